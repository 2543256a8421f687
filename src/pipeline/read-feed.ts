/**
 * A feed file too big to parse whole (over the per-file limit), read item by
 * item: the part before the first `<item>`/`<entry>` (the channel's title and
 * language) is kept, and each item is parsed on its own inside that header,
 * by the same `parseFeed` small feeds go through. The limit then applies to
 * one item, and memory holds one chunk and one item, whatever the file's size.
 */
import { readSync } from 'node:fs';
import { parseFeed } from '../stages/ingest/parse-feed.js';
import type { InputEvent } from './input-events.js';

const CHUNK = 1024 * 1024;
const ITEM_START = /<(item|entry)(?=[\s>/])/g;

/** End tags that close what a feed's header opened. */
function closersOf(head: string): string {
  if (/<feed[\s>]/.test(head)) return '</feed>';
  if (/<rdf:RDF[\s>]/.test(head)) return '</rdf:RDF>';
  return /<channel[\s>]/.test(head) && !/<\/channel\s*>/.test(head) ? '</channel></rss>' : '</rss>';
}

/** Index just past the item's end tag, skipping CDATA sections; -1 when not in `s` yet. */
function itemEnd(s: string, from: number, tag: string): number {
  const close = `</${tag}>`;
  for (let i = from; ;) {
    const e = s.indexOf(close, i);
    const c = s.indexOf('<![CDATA[', i);
    if (c >= 0 && (e < 0 || c < e)) {
      const ce = s.indexOf(']]>', c + 9);
      if (ce < 0) return -1;
      i = ce + 3;
      continue;
    }
    return e < 0 ? -1 : e + close.length;
  }
}

/**
 * The articles and problems of a big feed file open as `fd`, item by item.
 * @example for (const ev of feedEvents('huge.xml', fd, 20 << 20)) …
 */
export function* feedEvents(path: string, fd: number, maxItemBytes: number): Generator<InputEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const problem = (message: string): InputEvent => ({ kind: 'problem', problem: { path, message } });
  let buf = '';
  let pos = 0;
  let head: string | undefined;
  let closers = '';
  let n = 0;
  let skipping: string | undefined;
  const chunk = Buffer.allocUnsafe(CHUNK);
  let eof = false;
  while (!eof) {
    const got = readSync(fd, chunk, 0, CHUNK, null);
    eof = got === 0;
    try {
      buf = buf.slice(pos) + decoder.decode(chunk.subarray(0, got), { stream: !eof });
    } catch {
      yield problem('not valid UTF-8 text');
      return;
    }
    pos = 0;
    if (head === undefined) {
      ITEM_START.lastIndex = 0;
      const m = ITEM_START.exec(buf);
      if (!m) {
        if (buf.length > maxItemBytes) {
          yield problem(`no feed item in the first ${maxItemBytes} bytes; not read further`);
          return;
        }
        continue;
      }
      head = buf.slice(0, m.index);
      closers = closersOf(head);
      pos = m.index;
    }
    for (;;) {
      if (skipping !== undefined) {
        const end = itemEnd(buf, pos, skipping);
        if (end < 0) {
          pos = Math.max(pos, buf.length - 64);
          break;
        }
        pos = end;
        skipping = undefined;
      }
      ITEM_START.lastIndex = pos;
      const m = ITEM_START.exec(buf);
      if (!m) {
        pos = Math.max(pos, buf.length - 16); // a start tag may be cut at the chunk's end
        break;
      }
      const end = itemEnd(buf, m.index + m[0].length, m[1]!);
      if (end < 0) {
        if (buf.length - m.index > maxItemBytes) {
          n++;
          yield problem(`feed item ${n} too large (over ${maxItemBytes} bytes); skipped`);
          skipping = m[1];
          pos = m.index + m[0].length;
          continue;
        }
        pos = m.index;
        break;
      }
      n++;
      if (end - m.index > maxItemBytes) {
        yield problem(`feed item ${n} too large (over ${maxItemBytes} bytes); skipped`);
        pos = end;
        continue;
      }
      const parsed = parseFeed(path, `${head}${buf.slice(m.index, end)}${closers}`);
      for (const p of parsed.problems) yield problem(p.message.replace(/^feed item 1\b/, `feed item ${n}`));
      for (const a of parsed.articles) yield { kind: 'article', article: { ...a, path: `${path}#item${n}` } };
      pos = end;
    }
  }
  if (head === undefined || n === 0) yield problem('feed has no items');
}
