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
const listed = ((await (await fetch(`${t.url}/api/v1/stories?limit=50`)).json()) as { stories: { id: string; title: string }[] }).stories;
// The orchard story gains an article before each of its screenshots: shown from its previous brief with the Updating note.
const orchard = listed.find((s) => s.title.startsWith('Valley orchards'))?.id;
let variant = 0;
const browser = await launch(exe);
// A session, a watched folder and an alert, so the forms and lists show.
const signIn = await browser.newContext();
const sp = await signIn.newPage();
await sp.goto(`${t.url}/login`);
await sp.fill('#token', token);
await Promise.all([sp.waitForURL(`${t.url}/`), sp.click('form.login button')]);
await sp.goto(`${t.url}/alerts`);
await sp.fill('input[name=name]', 'Ukraine troop figures');
await sp.fill('input[name=query]', 'troops Ukraine');
await sp.check('input[name=onDisagreement]');
await Promise.all([sp.waitForURL('**/alerts?done=created'), sp.click('form.alert-form button')]);
await sp.goto(`${t.url}/sources`);
await sp.fill('#feed-url', t.dir);
await sp.selectOption('select[name=kind]', 'folder');
await Promise.all([sp.waitForURL('**/sources?done=added'), sp.click('form.add button')]);
const cookies = await signIn.cookies();
await signIn.close();
const pages: Record<string, string> = {
  stories: '/',
  story: `/stories/${story}`,
  figures: `/stories/${story}#figures`,
  search: '/search?q=Putin',
  sources: '/sources',
  alerts: '/alerts',
  attention: '/attention?q=Putin&q=apple',
};
for (const [w, h] of [[1280, 900], [390, 844]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    await ctx.addCookies(cookies);
    const page = await ctx.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${t.url}${path}`);
      await page.waitForTimeout(300);
      const wide = await page.evaluate((vw) => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > vw + 1).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`), w);
      if (wide.length > 0) console.log(`${name} ${w} ${scheme}: wider than the viewport: ${wide.join(', ')}`);
      await page.screenshot({ path: `${out}/${name}-${w}-${scheme}.png`, fullPage: false });
    }
    if (orchard !== undefined) {
      const gain = async (): Promise<void> => {
        variant++;
        await postJson(`${t.url}/api/v1/articles`, [{ ...OTHER_STORY, source: `Orchard Weekly ${variant}`, url: `https://example.org/orchard-${variant}`, text: `${OTHER_STORY.text}\nGrowers met again on day ${variant} to compare their harvest figures.` }], bearer(token));
      };
      await page.goto(`${t.url}/stories/${orchard}?wait=1`);
      await gain();
      // Without the event stream the note stays as the server wrote it (a small brief is ready within moments).
      await page.route('**/events', (r) => r.abort());
      await page.goto(`${t.url}/stories/${orchard}`);
      await page.screenshot({ path: `${out}/updating-${w}-${scheme}.png`, fullPage: false });
      await page.unroute('**/events');
      await page.goto(`${t.url}/stories/${orchard}?wait=1`);
      await gain();
      await page.goto(`${t.url}/stories/${orchard}`);
      // The new brief announced on the event stream: the note offers it.
      await page.locator('#story-status a').waitFor({ timeout: 30_000 }).catch(() => undefined);
      await page.screenshot({ path: `${out}/updated-${w}-${scheme}.png`, fullPage: false });
    }
    await ctx.close();
  }
}
await browser.close();
await t.stop();
console.log(`screenshots in ${out}`);
