/**
 * The `--model` value as an embedding model: `openai:URL[#model-name]` for an
 * OpenAI-compatible endpoint, anything else a local folder: a transformers.js
 * model (config.json + onnx/*.onnx) or fastText word vectors (*.vec).
 */
import { EmbeddingError, openAiEmbeddings, type EmbeddingModel, type EndpointOptions } from './openai-embeddings.js';
import { isTransformerFolder, transformerFolder } from './transformer-folder.js';
import { folderNames, wordVectorFolder } from './word-vector-folder.js';

export { EmbeddingError, openAiEmbeddings, type EmbeddingModel, type EndpointOptions } from './openai-embeddings.js';
export { transformerFolder } from './transformer-folder.js';
export { wordVectorFolder } from './word-vector-folder.js';

/** Which kind of local model a folder holds; anything else is one error line naming the folder. */
function folderKind(dir: string): 'transformer' | 'vectors' {
  const names = folderNames(dir);
  if (isTransformerFolder(dir)) return 'transformer';
  if (names.some((n) => n.endsWith('.vec'))) return 'vectors';
  // config.json alone is a transformer folder missing its graph: transformerFolder says which file.
  if (names.includes('config.json')) return 'transformer';
  throw new EmbeddingError(`model folder ${dir} holds neither a transformer model (config.json + onnx/model.onnx) nor .vec word vectors`);
}

/**
 * Opens the model a `--model` value names.
 * @example openModel('openai:http://127.0.0.1:8080/v1/embeddings#multilingual-e5-small')
 */
export function openModel(spec: string, opts: Omit<EndpointOptions, 'model'> = {}): EmbeddingModel {
  if (spec.startsWith('openai:')) {
    const rest = spec.slice('openai:'.length);
    const hash = rest.indexOf('#');
    const url = hash >= 0 ? rest.slice(0, hash) : rest;
    const model = hash >= 0 ? rest.slice(hash + 1) : undefined;
    return openAiEmbeddings(url, { ...opts, ...(model ? { model } : {}) });
  }
  if (folderKind(spec) === 'transformer') {
    return transformerFolder(spec, { ...(opts.batchSize ? { batchSize: opts.batchSize } : {}) });
  }
  return wordVectorFolder(spec);
}

/**
 * Vectors of both texts of every pair; each distinct text is embedded once.
 * @example await embedPairs([{ text1: 'a', text2: 'b' }], model) // { first: [v], second: [v] }
 */
export async function embedPairs(
  pairs: readonly { readonly text1: string; readonly text2: string }[],
  model: EmbeddingModel,
): Promise<{ first: Float32Array[]; second: Float32Array[] }> {
  const unique = [...new Set(pairs.flatMap((p) => [p.text1, p.text2]))];
  const vectors = await model.embed(unique);
  const byText = new Map(unique.map((t, i) => [t, vectors[i]]));
  return { first: pairs.map((p) => byText.get(p.text1)!), second: pairs.map((p) => byText.get(p.text2)!) };
}
