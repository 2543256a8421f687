/**
 * A local sentence-embedding model in the Hugging Face / transformers.js
 * layout: config.json, tokenizer.json, tokenizer_config.json and an ONNX
 * graph under onnx/ (model.onnx, model_quantized.onnx, …), as in a downloaded
 * copy of Xenova/paraphrase-multilingual-MiniLM-L12-v2 or
 * intfloat/multilingual-e5-small. It runs through the optional package
 * `@huggingface/transformers` (feature-extraction, the folder's own pooling
 * and query prompt when it declares them, else mean pooling; L2
 * normalisation), imported only when such a folder is opened, with remote
 * models and the file cache switched off: nothing is ever downloaded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EmbeddingError, type EmbeddingModel } from './openai-embeddings.js';

/** The ONNX file names transformers.js knows, by the dtype that selects them; fp32 first, as it is the reference. */
const DTYPE_BY_SUFFIX: readonly (readonly [string, string])[] = [
  ['', 'fp32'], ['_quantized', 'q8'], ['_int8', 'int8'], ['_uint8', 'uint8'],
  ['_fp16', 'fp16'], ['_q4', 'q4'], ['_q4f16', 'q4f16'], ['_bnb4', 'bnb4'],
];

export interface OnnxChoice {
  /** File name under onnx/ without `.onnx`, as transformers.js' `model_file_name` plus dtype suffix. */
  readonly fileName: string;
  readonly dtype: string;
}

/**
 * Which ONNX file of the folder to run: the first of model.onnx,
 * model_quantized.onnx, … present, else any other `.onnx` (run as fp32).
 * @example pickOnnx(['model_quantized.onnx']) // { fileName: 'model', dtype: 'q8' }
 */
export function pickOnnx(names: readonly string[]): OnnxChoice | undefined {
  for (const [suffix, dtype] of DTYPE_BY_SUFFIX) {
    if (names.includes(`model${suffix}.onnx`)) return { fileName: 'model', dtype };
  }
  const other = names.filter((n) => n.endsWith('.onnx')).sort()[0];
  return other ? { fileName: other.slice(0, -'.onnx'.length), dtype: 'fp32' } : undefined;
}

function onnxNames(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'onnx'));
  } catch {
    return [];
  }
}

/** True when the folder holds config.json and an ONNX graph under onnx/. */
export function isTransformerFolder(dir: string): boolean {
  return existsSync(join(dir, 'config.json')) && pickOnnx(onnxNames(dir)) !== undefined;
}

/** The slice of transformers.js this module uses; typed here so the build never needs the optional package. */
interface Extractor {
  (texts: string[], opts: { pooling: Pooling; normalize: boolean }): Promise<{ data: Float32Array; dims: number[] }>;
  tokenizer: { model_max_length?: number };
  model: { config: { max_position_embeddings?: number; model_type?: string } };
  dispose?(): Promise<void>;
}
interface Transformers {
  env: Record<string, unknown>;
  pipeline(task: 'feature-extraction', model: string, opts: Record<string, unknown>): Promise<Extractor>;
}

const firstLine = (s: string): string => s.split('\n')[0].trim();

type Pooling = 'mean' | 'cls';

/** How the folder says its sentence vectors are made, as sentence-transformers exports write it. */
export interface SentenceSettings {
  /** `1_Pooling/config.json`: CLS pooling (BGE, LaBSE) or mean pooling (MiniLM, e5, the default). */
  readonly pooling: Pooling;
  /**
   * Text put before each input: the "query" prompt of `config_sentence_transformers.json`, or
   * "query: " for e5 models, which were trained with it and score worse without it. Pairs are
   * compared symmetrically, so both sides get the query prompt.
   */
  readonly prefix: string;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * The pooling and prompt a model folder declares; mean pooling and no prompt when it declares none.
 * @example sentenceSettings('models/multilingual-e5-small') // { pooling: 'mean', prefix: 'query: ' }
 */
export function sentenceSettings(dir: string): SentenceSettings {
  const pool = readJson(join(dir, '1_Pooling', 'config.json'));
  const pooling: Pooling = pool?.['pooling_mode_cls_token'] === true && pool['pooling_mode_mean_tokens'] !== true ? 'cls' : 'mean';
  const st = readJson(join(dir, 'config_sentence_transformers.json'));
  const prompts = (st?.['prompts'] ?? {}) as Record<string, unknown>;
  const named = typeof st?.['default_prompt_name'] === 'string' ? prompts[st['default_prompt_name'] as string] : undefined;
  const declared = [prompts['query'], named].find((p): p is string => typeof p === 'string');
  const name = String(readJson(join(dir, 'config.json'))?.['_name_or_path'] ?? dir);
  return { pooling, prefix: declared ?? (/(?:^|[/_-])(?:multilingual-)?e5(?:[-_]|$)/i.test(name) ? 'query: ' : '') };
}

async function importTransformers(dir: string): Promise<Transformers> {
  // A variable specifier keeps tsc from resolving the optional package's types at build time.
  const specifier = '@huggingface/transformers';
  try {
    return (await import(specifier)) as Transformers;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new EmbeddingError(`model folder ${dir} is a transformer model, which needs the optional package @huggingface/transformers: run npm install @huggingface/transformers@3`);
    }
    throw new EmbeddingError(`model folder ${dir}: @huggingface/transformers does not load: ${firstLine((err as Error).message)}`);
  }
}

/**
 * Longest token sequence the model reads: the tokenizer's model_max_length,
 * capped by the model's position table (RoBERTa-style models keep 2 of
 * those positions for padding), so long articles are truncated, never fed past it.
 */
function tokenLimit(ex: Extractor): number | undefined {
  const { max_position_embeddings: positions, model_type: type } = ex.model.config;
  const table = positions ? positions - (/roberta|camembert/.test(type ?? '') ? 2 : 0) : undefined;
  const declared = ex.tokenizer.model_max_length;
  const limits = [declared, table].filter((n): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

async function load(dir: string, onnx: OnnxChoice): Promise<Extractor> {
  const hf = await importTransformers(dir);
  hf.env.allowRemoteModels = false;
  hf.env.allowLocalModels = true;
  hf.env.localModelPath = dirname(dir);
  // The file cache would copy the model under node_modules and could serve a stale copy after the folder changes.
  hf.env.useFSCache = false;
  hf.env.useBrowserCache = false;
  let ex: Extractor;
  try {
    ex = await hf.pipeline('feature-extraction', dir, {
      local_files_only: true,
      device: 'cpu',
      dtype: onnx.dtype,
      model_file_name: onnx.fileName,
    });
  } catch (err) {
    throw new EmbeddingError(`model folder ${dir}: cannot load the transformer model: ${firstLine((err as Error).message ?? String(err))}`);
  }
  const limit = tokenLimit(ex);
  if (limit !== undefined) ex.tokenizer.model_max_length = limit;
  return ex;
}

export interface FolderOptions {
  /** Texts per forward pass: 32 keeps a batch of 512-token texts within a few hundred MB. */
  readonly batchSize?: number;
  /** Characters kept per text before tokenizing: far above any model's token limit, it only spares tokenizing whole books. */
  readonly maxChars?: number;
}

/**
 * An embedding model read from a transformers.js folder; the model loads on
 * the first `embed` call and stays loaded.
 * @example await transformerFolder('models/multilingual-e5-small').embed(['query: Putin met Biden'])
 */
export function transformerFolder(folder: string, opts: FolderOptions = {}): EmbeddingModel {
  const dir = resolve(folder);
  const onnx = pickOnnx(onnxNames(dir));
  if (!existsSync(join(dir, 'config.json'))) throw new EmbeddingError(`model folder ${folder} has no config.json`);
  if (!onnx) throw new EmbeddingError(`model folder ${folder} has config.json but no ONNX model (onnx/model.onnx or onnx/model_quantized.onnx)`);
  const batchSize = Math.max(1, opts.batchSize ?? 32);
  const { pooling, prefix } = sentenceSettings(dir);
  const maxChars = opts.maxChars ?? 20_000;
  let loading: Promise<Extractor> | undefined;
  return {
    name: folder,
    async embed(texts) {
      loading ??= load(dir, onnx);
      // A failed load is not cached: the next call tries again.
      const ex = await loading.catch((err: unknown) => {
        loading = undefined;
        throw err;
      });
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const batch = texts.slice(i, i + batchSize).map((t) => prefix + t.slice(0, maxChars));
        let res: { data: Float32Array; dims: number[] };
        try {
          res = await ex(batch, { pooling, normalize: true });
        } catch (err) {
          throw new EmbeddingError(`model folder ${folder}: embedding failed: ${firstLine((err as Error).message ?? String(err))}`);
        }
        const dim = res.dims[res.dims.length - 1];
        for (let k = 0; k < batch.length; k++) out.push(Float32Array.from(res.data.subarray(k * dim, (k + 1) * dim)));
      }
      return out;
    },
  };
}
