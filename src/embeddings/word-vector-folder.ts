/**
 * A local embedding model without any runtime: a folder of word-vector files
 * in fastText's text format (`*.vec`: a "count dim" header line, then "word
 * v1 … vdim" per line), such as the aligned multilingual vectors of MUSE
 * (wiki.multi.en.vec, wiki.multi.de.vec, …: one space for all languages).
 * A text's vector is the mean of its words' vectors. Only the words of the
 * texts being embedded are kept while the files stream by, so a folder of
 * several 600 MB files costs the memory of one batch's vocabulary.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { tokenizeWords } from '../stages/dedupe/text-tokens.js';
import { EmbeddingError, type EmbeddingModel } from './openai-embeddings.js';

/** The names in a model folder, or one error line naming it when it is not a readable folder. */
export function folderNames(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    return readdirSync(dir);
  } catch (err) {
    throw new EmbeddingError(`model folder ${dir}: ${(err as Error).message}`);
  }
}

function vecFiles(dir: string): string[] {
  const names = folderNames(dir);
  const files = names.filter((n) => n.endsWith('.vec')).sort();
  if (files.length === 0) throw new EmbeddingError(`model folder ${dir} has no .vec word-vector file`);
  return files.map((n) => join(dir, n));
}

async function readNeeded(file: string, needed: ReadonlySet<string>, into: Map<string, Float32Array>, dim: { n?: number }): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      // The header "count dim" is optional in some exports.
      if (/^\d+ \d+\s*$/.test(line)) continue;
    }
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const word = line.slice(0, sp).toLowerCase();
    // Files list frequent words first: the first vector of a word wins.
    if (!needed.has(word) || into.has(word)) continue;
    const v = Float32Array.from(line.slice(sp + 1).trim().split(' '), Number);
    if (dim.n === undefined) dim.n = v.length;
    if (v.length !== dim.n || v.some((x) => !Number.isFinite(x))) throw new EmbeddingError(`model folder: ${file} has a malformed vector for "${word}"`);
    into.set(word, v);
  }
}

/**
 * An embedding model read from a folder of `.vec` files.
 * @example await wordVectorFolder('models/muse').embed(['Putin met Biden'])
 */
export function wordVectorFolder(dir: string): EmbeddingModel {
  const files = vecFiles(dir);
  return {
    name: dir,
    async embed(texts) {
      const tokens = texts.map((t) => tokenizeWords(t).words);
      const needed = new Set(tokens.flat());
      const vectors = new Map<string, Float32Array>();
      const dim: { n?: number } = {};
      for (const f of files) await readNeeded(f, needed, vectors, dim);
      if (dim.n === undefined) throw new EmbeddingError(`model folder ${dir}: no word of the texts has a vector`);
      const n = dim.n;
      return tokens.map((words) => {
        const sum = new Float32Array(n);
        for (const w of words) {
          const v = vectors.get(w);
          if (v) for (let k = 0; k < n; k++) sum[k] += v[k];
        }
        // A zero vector (no known word) has cosine 0 with everything: "no evidence".
        return sum;
      });
    },
  };
}
