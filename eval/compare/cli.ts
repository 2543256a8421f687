/** Runs the parallax CLI from source (no build needed): `node --import tsx eval/compare/cli.ts analyze …`. */
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then((c) => {
  process.exitCode = c;
});
