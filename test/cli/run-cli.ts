// The CLI as bin/parallax.js runs it, but from source (tests spawn this through tsx).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
