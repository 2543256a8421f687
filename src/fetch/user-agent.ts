/** The honest user agent: who we are and where to read about it. */
import { packageVersion } from '../package-version.js';

/** The token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'parallax';

export const USER_AGENT = `Parallax/${packageVersion()} (+https://github.com/parallax-news/parallax)`;
