/**
 * A local RSS feed on 127.0.0.1 for the source tests: items are added over
 * time, the ETag and Last-Modified follow the items, a conditional request
 * for the current version gets 304, and the next answer can be made an
 * error or slow.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedItem {
  readonly title: string;
  readonly text: string;
  readonly link: string;
  readonly source?: string;
}

export interface FeedRequest {
  readonly path: string;
  readonly ifNoneMatch?: string;
  readonly ifModifiedSince?: string;
  status: number;
}

export interface FeedServer {
  readonly url: string;
  readonly items: FeedItem[];
  readonly requests: FeedRequest[];
  /** The next feed request answers this status instead. */
  failNext(status: number): void;
  /** The next feed request waits this long before answering. */
  slowNext(ms: number): void;
  close(): Promise<void>;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(items: readonly FeedItem[]): string {
  const body = items
    .map((it, i) => `<item><title>${esc(it.title)}</title><link>${esc(it.link)}</link><guid>${esc(it.link)}</guid><pubDate>${new Date(Date.UTC(2024, 4, 1 + i)).toUTCString()}</pubDate><description>${esc(it.text)}</description></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local Wire</title><link>http://127.0.0.1/</link>${body}</channel></rss>`;
}

export async function startFeedServer(): Promise<FeedServer> {
  const items: FeedItem[] = [];
  const requests: FeedRequest[] = [];
  let fail: number | undefined;
  let slow: number | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    if (req.url !== '/feed.xml') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r: FeedRequest = {
      path: req.url,
      status: 0,
      ...(typeof req.headers['if-none-match'] === 'string' ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
      ...(typeof req.headers['if-modified-since'] === 'string' ? { ifModifiedSince: req.headers['if-modified-since'] } : {}),
    };
    requests.push(r);
    const answer = (): void => {
      if (fail !== undefined) {
        r.status = fail;
        fail = undefined;
        res.writeHead(r.status, { 'content-type': 'text/plain' }).end('broken');
        return;
      }
      const etag = `"v${items.length}"`;
      const lastModified = new Date(Date.UTC(2024, 4, 1, 0, items.length)).toUTCString();
      if (r.ifNoneMatch === etag) {
        r.status = 304;
        res.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
      r.status = 200;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified }).end(rss(items));
    };
    if (slow !== undefined) {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) answer();
      }, slow);
      timers.add(t);
      slow = undefined;
    } else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/feed.xml`,
    items,
    requests,
    failNext: (status) => {
      fail = status;
    },
    slowNext: (ms) => {
      slow = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
