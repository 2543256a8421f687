/**
 * The web interface in a real browser (Debian's Chromium through
 * playwright-core) against a real server on loopback: a story appears live
 * on the stories page when articles are posted, a citation lands on its
 * highlighted words in view, search with the keyboard, sign in, add a feed
 * (a local feed server), then a sitemap, a URL list and a feed following its
 * item links (chosen by their labels), create an alert; axe-core finds no violations on
 * any page, light or dark, and the pages fit 390 px. Skips with a message
 * only when no Chromium is installed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bearer, createToken, postJson, seedRecords, startTestServer, type TestServer } from '../server/helpers.js';
import { startFeedServer, type FeedServer } from '../server/sources-feed-server.js';
import { axeViolations, chromiumPath, describeViolations, launch, SKIP_MESSAGE } from './browser.js';

const exe = chromiumPath();
if (exe === undefined) console.log(`# ${SKIP_MESSAGE}`);

describe('web interface in Chromium', { skip: exe === undefined ? SKIP_MESSAGE : false, timeout: 180_000 }, () => {
  let t: TestServer;
  let feed: FeedServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let token: string;
  const cspErrors: string[] = [];
  let storyId = '';

  before(async () => {
    feed = await startFeedServer();
    feed.items.push({
      title: 'Harbour ferry service resumes after storm repairs',
      text: 'The harbour ferry service resumed on Monday after three weeks of repairs to the main pier, which was damaged in the October storm. The port authority said 14 crossings a day would run again, and that the repairs cost 2.3 million euros. Commuters had been using a bus link around the bay that added forty minutes to the journey. Ferry staff said bookings for the first week were already full.',
      link: 'http://127.0.0.1/ferry.html',
    });
    t = await startTestServer({ sources: { tickMs: 50, allowPrivate: true, fetch: { delayMs: 0, retries: 0, timeoutMs: 3000, connectTimeoutMs: 3000 } } });
    token = await createToken(t.db, 'write');
    browser = await launch(exe!);
    ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await ctx.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    });
  });

  after(async () => {
    await browser?.close();
    await t?.stop();
    await feed?.close();
  });

  it('shows a story live when articles are posted, without reloading', async () => {
    await page.goto(`${t.url}/`);
    await page.locator('p.none').waitFor();
    // The page is listening before anything is posted.
    for (let i = 0; i < 100 && t.server.deps.metrics.sseClients === 0; i++) await page.waitForTimeout(50);
    assert.equal(t.server.deps.metrics.sseClients, 1);
    const res = await postJson(`${t.url}/api/v1/articles`, seedRecords(), bearer(token));
    assert.equal(res.status, 200);
    storyId = ((await res.json()) as { stories: { id: string }[] }).stories[0]!.id;
    const item = page.locator(`li.story[data-id="${storyId}"]`);
    await item.waitFor({ timeout: 10_000 });
    assert.match(await item.locator('.title').innerText(), /Biden/);
    assert.match(await item.locator('.meta').innerText(), /5 articles/);
  });

  it('opens the story with j and Enter, and a citation shows its words highlighted and in view', async () => {
    await page.keyboard.press('j');
    assert.equal(await page.locator('li.story.selected').count(), 1);
    await Promise.all([page.waitForURL(`**/stories/${storyId}`), page.keyboard.press('Enter')]);
    await page.locator('#summary a.cite').first().waitFor();
    const cite = page.locator('#summary a.cite[href^="#m"]').first();
    const href = (await cite.getAttribute('href'))!;
    await cite.click();
    const mark = page.locator(`mark[id="${href.slice(1)}"]`);
    await page.waitForFunction(
      (id) => {
        const el = document.getElementById(id);
        const bar = document.querySelector('nav.toc');
        if (!el || !bar) return false;
        const r = el.getBoundingClientRect();
        return el.classList.contains('cited') && r.top >= bar.getBoundingClientRect().bottom && r.bottom <= window.innerHeight;
      },
      href.slice(1),
      { timeout: 5000 },
    );
    const words = await mark.innerText();
    assert.ok(words.length > 10, `cited words: ${words}`);
    assert.equal(new URL(page.url()).hash, href);
    // The highlight differs from an uncited mark's.
    const outline = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid');
  });

  it('searches from the keyboard, with highlighted snippets and facets', async () => {
    await page.goto(`${t.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Putin');
    await Promise.all([page.waitForURL('**/search?q=Putin'), page.keyboard.press('Enter')]);
    assert.ok((await page.locator('li.hit').count()) >= 3);
    assert.match(await page.locator('li.hit .snippet mark').first().innerText(), /Putin/i);
    await Promise.all([page.waitForURL(/source/), page.locator('aside.facets a').first().click()]);
    assert.ok((await page.locator('li.hit').count()) >= 1);
  });

  it('signs in, adds a feed that is polled into a story, and creates an alert', async () => {
    await page.goto(`${t.url}/sources`);
    await page.getByRole('link', { name: 'sign in', exact: true }).click();
    await page.fill('#token', token);
    await Promise.all([page.waitForURL('**/sources'), page.click('form.login button')]);
    const cookies = await ctx.cookies();
    const session = cookies.find((c) => c.name === 'px_session')!;
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');

    await page.fill('#feed-url', `${feed.url}`);
    await Promise.all([page.waitForURL('**/sources?done=added'), page.click('form.add button')]);
    assert.equal(await page.locator('#source-table').getByText(feed.url).count(), 1);
    // The scheduler polls it at once; its story shows up among the stories.
    const deadline = Date.now() + 10_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      await page.goto(`${t.url}/`);
      found = (await page.getByText('Harbour ferry service resumes').count()) > 0;
      if (!found) await page.waitForTimeout(200);
    }
    assert.ok(found, 'the feed item became a story');
    await page.goto(`${t.url}/sources`);
    assert.equal(await page.locator('#source-table .badge.ok').count(), 1);

    // The other kinds, chosen by their labels as a screen reader names them.
    const base = feed.url.replace(/feed\.xml$/, '');
    const add = async (url: string, kind: string, follow: boolean): Promise<void> => {
      await page.getByLabel(/^URL of a feed/).fill(url);
      await page.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
      await page.getByLabel('Follow item links (feeds only)').setChecked(follow);
      await Promise.all([page.waitForURL('**/sources?done=added'), page.click('form.add button')]);
    };
    await add(`${base}sitemap.xml`, 'sitemap', false);
    await add(`${base}urls.txt`, 'URL list', false);
    await add(`${base}feed.xml?full=1`, 'feed', true);
    const rows = page.locator('#source-table tbody tr');
    assert.match(await rows.filter({ hasText: 'sitemap.xml' }).locator('.qual').first().innerText(), /^sitemap$/);
    assert.match(await rows.filter({ hasText: 'urls.txt' }).locator('.qual').first().innerText(), /^URL list$/);
    assert.match(await rows.filter({ hasText: 'feed.xml?full=1' }).locator('.qual').first().innerText(), /^feed, follows item links$/);
    const api = (await (await fetch(`${t.url}/api/v1/sources`, { headers: bearer(token) })).json()) as { sources: { url: string; kind: string; followLinks: boolean }[] };
    assert.deepEqual(api.sources.map((s) => [s.url.replace(base, ''), s.kind, s.followLinks]).sort(), [['feed.xml', 'feed', false], ['feed.xml?full=1', 'feed', true], ['sitemap.xml', 'sitemap', false], ['urls.txt', 'urls', false]]);
    // Following links is for feeds only: the API's message, announced.
    await page.getByLabel(/^URL of a feed/).fill(`${base}other-sitemap.xml`);
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'sitemap' });
    await page.getByLabel('Follow item links (feeds only)').check();
    await page.click('form.add button');
    await page.locator('p.error[role=alert]').waitFor();
    assert.match(await page.locator('p.error[role=alert]').innerText(), /followLinks is for feed sources only/);

    await page.goto(`${t.url}/alerts`);
    await page.fill('input[name=name]', 'Ferry news');
    await page.fill('input[name=query]', 'ferry');
    await Promise.all([page.waitForURL('**/alerts?done=created'), page.click('form.alert-form button')]);
    assert.equal(await page.locator('li.alert-item h3').getByText('Ferry news').count(), 1);
  });

  it('shows a large story at once while its brief is computed, then reloads into the brief', async () => {
    // 60 light variants of one report nobody has briefed: one story, too large to brief within the request.
    const base = {
      title: 'City museum reopens its river gallery after two years of restoration',
      text: [
        'The city museum reopened its river gallery on Saturday after two years of restoration work that cost 4.5 million euros, the museum director said.',
        'Visitors queued along the embankment from early morning to see the restored ceiling paintings and the collection of river boats, which had been kept in storage since the flood.',
        '"We have brought the gallery back as it was meant to be seen," said director Helena Brandt, adding that entry would be free for the first month.',
        'The restoration team replaced the roof, rebuilt the floor of the boat hall and cleaned more than three hundred paintings by hand.',
      ].join('\n'),
    };
    const variants = Array.from({ length: 60 }, (_, i) => ({ ...base, source: `Outlet ${i}`, url: `https://example.org/museum-${i}`, text: `${base.text}\nEditor's note ${i}: this copy was filed by desk number ${i + 100}.` }));
    const res = await postJson(`${t.url}/api/v1/articles`, variants, bearer(token));
    const big = ((await res.json()) as { stories: { id: string; articles: number }[] }).stories.sort((a, b) => b.articles - a.articles)[0]!;
    assert.ok(big.articles >= 60, `one story of the variants (${big.articles})`);
    await page.goto(`${t.url}/stories/${big.id}`);
    assert.match(await page.locator('#story-status').innerText(), /Comparing \d+ articles/);
    await page.locator('#summary').waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('.story-page[data-wait]').count(), 0);
  });

  it('shows a changed story from its previous brief with a note, then offers the new brief', async () => {
    // The story opened above gains an article: its page answers from the brief it has, and says so.
    const seed = seedRecords()[0]!;
    const res = await postJson(`${t.url}/api/v1/articles`, [{ ...seed, source: 'Late Wire', url: 'https://example.org/late-copy', text: `${seed.text}\nThis copy was filed late by another desk.` }], bearer(token));
    assert.equal(((await res.json()) as { stories: { id: string }[] }).stories[0]!.id, storyId, 'the copy joins the story');
    const served = await page.goto(`${t.url}/stories/${storyId}`);
    // Read the page as served: on a fast machine the new brief can be announced (and the live note changed) before
    // the test reads the DOM, so the note's first state is checked in the HTML the server sent.
    const html = await served!.text();
    const noteHtml = /<p id="story-status"[^>]*role="status"[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    assert.match(noteHtml.replace(/<[^>]+>/g, ''), /^Updating: 1 new article since this brief\./);
    assert.match(/<ul class="facts"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '', /5 articles/);
    const note = page.locator('#story-status');
    assert.equal(await note.getAttribute('role'), 'status');
    // The event stream announces the new brief: the note offers it.
    const link = note.getByRole('link', { name: 'Show the new brief' });
    await link.waitFor({ timeout: 60_000 });
    await Promise.all([page.waitForLoadState('load'), link.click()]);
    await page.locator('#summary').waitFor();
    assert.match(await page.locator('ul.facts').innerText(), /6 articles/);
    assert.equal(await page.locator('.story-page[data-updating]').count(), 0);
    assert.equal(await page.locator('#story-status').isHidden(), true);
  });

  it('refuses a form without its CSRF token', async () => {
    const status = await page.evaluate(async () => {
      const r = await fetch('/alerts', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=x&query=y' });
      return r.status;
    });
    assert.equal(status, 403);
  });

  it('loads no script or style that the CSP refuses', () => {
    assert.deepEqual(cspErrors, []);
  });

  it('has no axe-core violations on any page, light or dark, prints without its controls, and fits 390 px', async () => {
    const pages = ['/', `/stories/${storyId}`, '/search?q=Putin', '/sources', '/alerts', '/attention?q=Putin&q=ferry', `/attention?story=${storyId}`, '/login'];
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as a script: this context lets it past the CSP (the one above enforces it).
      const axeCtx = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
      await axeCtx.addCookies((await ctx.cookies()).map((c) => ({ ...c })));
      const p = await axeCtx.newPage();
      for (const path of pages) {
        await p.goto(`${t.url}${path}`);
        const v = await axeViolations(p);
        if (v.length > 0) problems.push(describeViolations(`${colorScheme} ${path}`, v));
      }
      // The story page with its Updating note (the story gains a copy just before).
      const seed = seedRecords()[1]!;
      await postJson(`${t.url}/api/v1/articles`, [{ ...seed, source: `Desk ${colorScheme}`, url: `https://example.org/desk-${colorScheme}`, text: `${seed.text}\nFiled again by the ${colorScheme} desk.` }], bearer(token));
      await p.goto(`${t.url}/stories/${storyId}`);
      assert.equal(await p.locator('#story-status.updating').isVisible(), true, 'the note is shown');
      const v = await axeViolations(p);
      if (v.length > 0) problems.push(describeViolations(`${colorScheme} /stories/${storyId} updating`, v));
      await axeCtx.close();
    }
    assert.equal(problems.join('\n'), '');

    // Printed: no site header, forms or section bar; the brief's cards stay.
    const print = await browser.newContext();
    const pp = await print.newPage();
    await pp.emulateMedia({ media: 'print' });
    await pp.goto(`${t.url}/stories/${storyId}`);
    assert.deepEqual(await pp.evaluate(() => ['header.site', 'nav.toc', 'form.search'].map((s) => getComputedStyle(document.querySelector(s)!).display)), ['none', 'none', 'none']);
    assert.notEqual(await pp.evaluate(() => getComputedStyle(document.querySelector('#figures')!).display), 'none');
    await print.close();

    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await narrow.newPage();
    for (const path of pages) {
      await p.goto(`${t.url}${path}`);
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${path} is ${width} px wide at 390`);
    }
    // The search facets fit too: none cut off at the right edge, nothing to scroll sideways inside them.
    await p.goto(`${t.url}/search?q=Putin`);
    const facets = await p.evaluate(() => {
      const aside = document.querySelector('aside.facets')!;
      return { rights: [...aside.querySelectorAll('.facet')].map((e) => Math.round(e.getBoundingClientRect().right)), overflow: aside.scrollWidth - aside.clientWidth };
    });
    assert.equal(facets.rights.length, 3);
    assert.ok(facets.rights.every((r) => r <= 390), `facets end at ${facets.rights.join(', ')} px`);
    assert.equal(facets.overflow, 0);
    await narrow.close();
  });
});
