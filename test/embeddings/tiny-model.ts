/**
 * A tiny embedding model the tests build themselves: hashed character
 * trigrams (64 dimensions), served by a local http server that speaks the
 * OpenAI embeddings protocol and records every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TINY_DIM = 64;

/** Deterministic vector of a text: counts of its character trigrams, hashed (FNV-1a) into 64 slots. */
export function tinyEmbed(text: string): number[] {
  const v = new Array<number>(TINY_DIM).fill(0);
  const s = ` ${text.toLowerCase()} `;
  for (let i = 0; i + 3 <= s.length; i++) {
    let h = 2166136261;
    for (let k = i; k < i + 3; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
    v[(h >>> 0) % TINY_DIM] += 1;
  }
  return v;
}

export interface TinyServer {
  readonly url: string;
  /** Bodies of the requests received, parsed. */
  readonly requests: { model?: string; input: string[] }[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1; `fail` makes it answer every request with that HTTP status. */
export async function startTinyServer(fail?: number): Promise<TinyServer> {
  const requests: { model?: string; input: string[] }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { model?: string; input: string[] };
      requests.push(parsed);
      if (fail) {
        res.writeHead(fail, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'model overloaded' } }));
        return;
      }
      // Answer in reverse order with indexes, as the protocol allows.
      const data = parsed.input.map((t, index) => ({ object: 'embedding', index, embedding: tinyEmbed(t) })).reverse();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data, model: parsed.model ?? 'tiny' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/embeddings`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
