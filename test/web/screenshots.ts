/**
 * Screenshots of the main pages at 1280 and 390 px, light and dark, over a
 * server seeded with the bundled example and a few more stories, for
 * looking at (not a test). Also lists elements wider than the viewport.
 *   node --import tsx test/web/screenshots.ts [OUT_DIR]      # default /tmp/parallax-shots
 */
import { mkdirSync } from 'node:fs';
import { bearer, CHINESE_STORY, createToken, OTHER_STORY, postJson, seedRecords, startTestServer } from '../server/helpers.js';
import { chromiumPath, launch, SKIP_MESSAGE } from './browser.js';

const out = process.argv[2] ?? '/tmp/parallax-shots';
mkdirSync(out, { recursive: true });
const exe = chromiumPath();
if (exe === undefined) {
  console.log(SKIP_MESSAGE);
  process.exit(0);
}
const t = await startTestServer();
const token = await createToken(t.db, 'write');
const posted = await postJson(`${t.url}/api/v1/articles`, [...seedRecords(), OTHER_STORY, CHINESE_STORY], bearer(token));
const story = ((await posted.json()) as { stories: { id: string }[] }).stories[0]!.id;
const browser = await launch(exe);
const pages: Record<string, string> = {
  stories: '/',
  story: `/stories/${story}`,
  search: '/search?q=Putin',
  sources: '/sources',
  alerts: '/alerts',
  attention: '/attention?q=Putin&q=apple',
};
for (const [w, h] of [[1280, 900], [390, 844]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${t.url}${path}`);
      await page.waitForTimeout(300);
      const wide = await page.evaluate((vw) => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > vw + 1).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`), w);
      if (wide.length > 0) console.log(`${name} ${w} ${scheme}: wider than the viewport: ${wide.join(', ')}`);
      await page.screenshot({ path: `${out}/${name}-${w}-${scheme}.png`, fullPage: false });
    }
    await ctx.close();
  }
}
await browser.close();
await t.stop();
console.log(`screenshots in ${out}`);
