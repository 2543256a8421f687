/**
 * Client of an OpenAI-compatible embeddings endpoint: POST {model, input:
 * [...]} → {data: [{embedding, index?}]}. Texts go in batches, each request
 * has a timeout, and every failure is one EmbeddingError line naming the
 * endpoint and what went wrong (HTTP status, bad JSON, wrong count).
 */

/** A failure to obtain embeddings, with a one-line message for the user. */
export class EmbeddingError extends Error {}

export interface EmbeddingModel {
  /** Where the vectors come from, for messages. */
  readonly name: string;
  /** One vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export interface EndpointOptions {
  /** Model name sent in each request (some servers need one, others ignore it). */
  readonly model?: string;
  /** Texts per request: 32 keeps requests under the input limits of common servers. */
  readonly batchSize?: number;
  /** Milliseconds per request before giving up: long enough for a CPU server embedding 32 news texts. */
  readonly timeoutMs?: number;
  /** Sent as `Authorization: Bearer …` when given. */
  readonly apiKey?: string;
  /** Characters kept per text: embedding models read a few hundred tokens, and long bodies only slow requests. */
  readonly maxChars?: number;
}

const DEFAULTS = { batchSize: 32, timeoutMs: 60_000, maxChars: 4000 };

function vectorOf(item: unknown): Float32Array | undefined {
  const e = (item as { embedding?: unknown } | null)?.embedding;
  if (!Array.isArray(e) || e.length === 0 || !e.every((x) => typeof x === 'number' && Number.isFinite(x))) return undefined;
  return Float32Array.from(e as number[]);
}

async function post(url: string, body: string, opts: EndpointOptions, timeoutMs: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message);
    throw new EmbeddingError(`embedding endpoint ${url}: ${why}`);
  }
  const text = await res.text();
  if (!res.ok) {
    const detail = text.replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new EmbeddingError(`embedding endpoint ${url} answered HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EmbeddingError(`embedding endpoint ${url} did not answer JSON`);
  }
}

/**
 * An embedding model behind an OpenAI-compatible endpoint.
 * @example await openAiEmbeddings('http://127.0.0.1:8080/v1/embeddings', { model: 'e5' }).embed(['hello'])
 */
export function openAiEmbeddings(url: string, opts: EndpointOptions = {}): EmbeddingModel {
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULTS.batchSize);
  const timeoutMs = opts.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxChars = opts.maxChars ?? DEFAULTS.maxChars;
  return {
    name: opts.model ? `${url}#${opts.model}` : url,
    async embed(texts) {
      const out: Float32Array[] = [];
      let dim: number | undefined;
      for (let i = 0; i < texts.length; i += batchSize) {
        // Empty input is an error on some servers: send a space for an empty text.
        const input = texts.slice(i, i + batchSize).map((t) => t.slice(0, maxChars) || ' ');
        const json = await post(url, JSON.stringify({ ...(opts.model ? { model: opts.model } : {}), input }), opts, timeoutMs);
        const data = (json as { data?: unknown } | null)?.data;
        if (!Array.isArray(data) || data.length !== input.length) {
          throw new EmbeddingError(`embedding endpoint ${url} returned ${Array.isArray(data) ? data.length : 'no'} embeddings for ${input.length} texts`);
        }
        // The protocol allows any order; `index` says which input each vector belongs to.
        const ordered = data.every((d) => typeof (d as { index?: unknown }).index === 'number')
          ? [...data].sort((a, b) => (a as { index: number }).index - (b as { index: number }).index)
          : data;
        for (const item of ordered) {
          const v = vectorOf(item);
          if (!v) throw new EmbeddingError(`embedding endpoint ${url} returned an item without a numeric "embedding"`);
          if (dim !== undefined && v.length !== dim) throw new EmbeddingError(`embedding endpoint ${url} returned vectors of ${dim} and ${v.length} dimensions`);
          dim = v.length;
          out.push(v);
        }
      }
      return out;
    },
  };
}
