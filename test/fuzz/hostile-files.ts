/**
 * Generates a folder of hostile inputs of every kind issue 12 found, mixed
 * with good articles, for the fuzz tests and for measuring memory. `scale`
 * shrinks the big cases so the test suite stays fast (1 = the sizes that
 * broke the process: 6,000-deep pages, 150,000-item JSON-LD, …).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface HostileSet {
  /** Files that must each be named in at least one problem line. */
  readonly bad: readonly string[];
  /** Distinctive phrase of every good article, which must be stored. */
  readonly goodMarks: readonly string[];
  /** Files that are hostile but still hold an article (deep pages): their marks are in goodMarks. */
  readonly survivors: readonly string[];
}

const TOPICS = ['harbour', 'election', 'flood', 'vaccine', 'railway', 'wildfire', 'budget', 'strike', 'museum', 'bridge'];

/** A good article's body: several real sentences with a unique mark. */
export function goodBody(mark: string, i: number): string {
  const t = TOPICS[i % TOPICS.length]!;
  return [
    `Officials in Port Elan said on Monday that the ${t} plan known as ${mark} would go ahead despite objections from residents.`,
    `Figures released by the council showed ${100 + i} complaints about the ${t} project this month, up from last year.`,
    `A spokesperson said a further review would be published within weeks, and that contractors had been told to prepare.`,
    `Opposition councillors called the decision rushed and asked for an independent audit of the ${t} costs before work begins.`,
  ].join(' ');
}

const page = (inner: string, head = ''): string => `<!doctype html><html><head><title>T</title>${head}</head><body>${inner}</body></html>`;

/** A WARC response record holding one HTML page. */
function warcRecord(uri: string, html: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-02-01T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:${uri.length}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

/**
 * Writes the set into `dir` (which must exist and be empty).
 * @example const set = writeHostileSet('/tmp/x', { scale: 0.1, good: 20 })
 */
export function writeHostileSet(dir: string, opts: { scale?: number; good?: number } = {}): HostileSet {
  const scale = opts.scale ?? 1;
  const n = (full: number): number => Math.max(1, Math.round(full * scale));
  const bad: string[] = [];
  const survivors: string[] = [];
  const goodMarks: string[] = [];
  const write = (name: string, data: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  let mark = 0;
  const good = (): { mark: string; body: string } => {
    const m = `Zephyr${String(mark).padStart(5, '0')}`;
    const body = goodBody(m, mark++);
    goodMarks.push(m);
    return { mark: m, body };
  };

  // Good articles in every format.
  const goods = opts.good ?? 20;
  for (let i = 0; i < goods; i++) {
    const g = good();
    const kind = i % 4;
    if (kind === 0) write(`good-${i}.txt`, `Headline ${g.mark}\n${g.body}\n`);
    else if (kind === 1) write(`good-${i}.html`, page(`<article><h1>Headline ${g.mark}</h1><p>${g.body}</p></article>`));
    else if (kind === 2) write(`good-${i}.jsonl`, `${JSON.stringify({ title: `Headline ${g.mark}`, text: g.body })}\n`);
    else write(`good-${i}.xml`, `<rss><channel><title>Feed</title><item><title>Headline ${g.mark}</title><description>${g.body}</description></item></channel></rss>`);
  }

  // Pages that overflowed the stack or ran for minutes: they still hold an article.
  const deep = (name: string, open: string, close: string, count: number): void => {
    const g = good();
    survivors.push(write(name, page(`${open.repeat(count)}<p>${g.body}</p>${close.repeat(count)}`)));
  };
  deep('deep-divs.html', '<div>', '</div>', n(6000));
  deep('nested-tables.html', '<table><tr><td>', '', n(5000));
  {
    const g = good();
    survivors.push(write('unclosed-spans.html', page(`${'<span>'.repeat(n(200_000))}<p>${g.body}</p>`)));
  }
  {
    const g = good();
    const graph = JSON.stringify({ '@graph': Array.from({ length: n(150_000) }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })) });
    survivors.push(write('jsonld-graph.html', page(`<article><p>${g.body}</p></article>`, `<script type="application/ld+json">${graph}</script>`)));
  }

  // Feeds the XML parser refuses.
  const body = goodBody('Refused', 0);
  const feed = (name: string, xml: string): void => void bad.push(write(name, xml));
  feed('external-entity.xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><description>${body}</description></item></channel></rss>`);
  feed('parameter-entity.xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p "x"> %p;]><rss><channel><item><title>t</title><description>${body}</description></item></channel></rss>`);
  feed('big-entity.xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "${'a'.repeat(20_000)}">]><rss><channel><item><title>&x;</title><description>${body}</description></item></channel></rss>`);
  feed('nested-tags.xml', `<rss><channel><item><title>t</title><description>${body}</description>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</item></channel></rss>`);
  feed('proto.xml', `<rss><channel><item><title>t</title><__proto__><polluted>1</polluted></__proto__><description>${body}</description></item></channel></rss>`);

  // JSONL with bad lines among good ones, and a line over the limit.
  {
    const g1 = good(), g2 = good();
    const lines = [JSON.stringify({ text: g1.body }), '{not json', JSON.stringify({ text: { nested: true } }), 'x'.repeat(n(3_000_000)), JSON.stringify({ text: g2.body })];
    bad.push(write('mixed.jsonl', `${lines.join('\n')}\n`));
  }

  // Not text at all.
  bad.push(write('binary.txt', Buffer.from([72, 105, 0, 1, 2, 3, 0xff, 0xfe, 0])));
  bad.push(write('empty.html', ''));
  bad.push(write('invalid-utf8.txt', Buffer.from([0x48, 0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0x41])));

  // A WARC whose one gzip member inflates to zeros without end (a gzip bomb), then a good record.
  {
    const g = good();
    const bomb = gzipSync(Buffer.alloc(n(80) * 1024 * 1024), { level: 9 });
    const ok = gzipSync(warcRecord('https://news.example/ok', page(`<article><p>${g.body}</p></article>`)));
    bad.push(write('bomb.warc.gz', Buffer.concat([bomb, ok])));
  }

  // Special files: a FIFO, a symlink to /dev/zero, a folder with symlink loops.
  try {
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    bad.push(join(dir, 'fifo.txt'));
  } catch {
    // no mkfifo on this system: that case is skipped
  }
  symlinkSync('/dev/zero', join(dir, 'zero.txt'));
  bad.push(join(dir, 'zero.txt'));
  const loop = join(dir, 'loop');
  mkdirSync(loop);
  symlinkSync('.', join(loop, 'again'));
  symlinkSync('..', join(loop, 'up'));
  bad.push(join(loop, 'again'));
  return { bad, goodMarks, survivors };
}
