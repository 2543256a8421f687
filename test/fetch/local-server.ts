/** A throwaway HTTP server on 127.0.0.1 for the fetcher tests (no network). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface LocalServer {
  readonly base: string;
  readonly port: number;
  /** Paths requested, in order, with the user agent each came with. */
  readonly hits: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

/** Serves `routes` (exact path → handler); anything else is a 404. */
export async function serve(routes: Record<string, Handler>): Promise<LocalServer> {
  const hits: LocalServer['hits'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, userAgent: req.headers['user-agent'] });
    const handler = routes[path];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export const html = (body: string, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
};

/** A page with enough paragraphs for the extractor to call it an article. */
export function articlePage(title: string, sentence: string, extraHead = ''): string {
  const paras = Array.from({ length: 6 }, (_, i) => `<p>${sentence} Paragraph ${i + 1} adds more detail about the events of the day and what officials said.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title>${extraHead}</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paras}</article><footer>Copyright</footer></body></html>`;
}
