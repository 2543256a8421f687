/**
 * A tiny transformers.js model folder the tests write themselves: a WordPiece
 * tokenizer over a few dozen words, a BERT config, and an ONNX graph encoded
 * here by hand (protobuf) that looks each token up in a one-hot embedding
 * table and zeroes padding: input_ids, attention_mask → last_hidden_state.
 * With one-hot rows, a mean-pooled, normalised text vector is the
 * normalised count of its token ids, which the tests can compute exactly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
export const WORDS = [
  'the', 'a', 'cat', 'dog', 'sat', 'ran', 'on', 'mat', 'snow', 'rain', 'fell', 'in', 'alps', 'city',
  'putin', 'met', 'biden', 'geneva', 'talks', 'summit', 'election', 'vote', 'police', 'storm',
  'road', 'closed', 'news', 'today', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
];
/** Token id by token: specials first, as in BERT vocabularies. */
export const VOCAB = new Map([...SPECIALS, ...WORDS].map((t, i) => [t, i]));
/** Tokens per text the tokenizer keeps, [CLS] and [SEP] included. */
export const MAX_TOKENS = 8;

// --- A minimal protobuf writer, enough for ONNX's ModelProto. ---
function varint(v: number | bigint): number[] {
  let x = BigInt.asUintN(64, BigInt(v));
  const out: number[] = [];
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
  return out;
}
const int = (field: number, v: number | bigint): Buffer => Buffer.from([...varint(field << 3), ...varint(v)]);
const bytes = (field: number, b: Uint8Array): Buffer => Buffer.concat([Buffer.from([...varint((field << 3) | 2), ...varint(b.length)]), b]);
const str = (field: number, s: string): Buffer => bytes(field, Buffer.from(s, 'utf8'));
const msg = (field: number, ...parts: Buffer[]): Buffer => bytes(field, Buffer.concat(parts));

const FLOAT = 1;
const INT64 = 7;

/** TensorProto: dims 1, data_type 2, name 8, raw_data 9 (little-endian). */
function tensor(name: string, dims: number[], type: number, raw: Buffer): Buffer {
  return msg(5, ...dims.map((d) => int(1, d)), int(2, type), str(8, name), bytes(9, raw));
}
/** ValueInfoProto: name 1, type 2 → TypeProto.tensor_type 1 → elem_type 1, shape 2 → dim 1 (dim_param 2). */
function valueInfo(field: number, name: string, type: number, dims: string[]): Buffer {
  return msg(field, str(1, name), msg(2, msg(1, int(1, type), msg(2, ...dims.map((d) => msg(1, str(2, d)))))));
}
/** NodeProto: input 1, output 2, name 3, op_type 4, attribute 5 (name 1, i 3, type 20 = INT). */
function node(op: string, inputs: string[], outputs: string[], ints: Record<string, number> = {}): Buffer {
  return msg(1, ...inputs.map((s) => str(1, s)), ...outputs.map((s) => str(2, s)), str(3, `${op}_${outputs[0]}`), str(4, op),
    ...Object.entries(ints).map(([k, v]) => msg(5, str(1, k), int(3, v), int(20, 2))));
}

/** The ONNX graph: one-hot rows for every token but [PAD], whose row is zero. */
export function tinyOnnx(): Buffer {
  const n = VOCAB.size;
  const table = Buffer.alloc(n * n * 4);
  for (let i = 1; i < n; i++) table.writeFloatLE(1, (i * n + i) * 4);
  const axes = Buffer.alloc(8);
  axes.writeBigInt64LE(-1n);
  const graph = msg(7,
    node('Gather', ['embeddings', 'input_ids'], ['hidden'], { axis: 0 }),
    node('Cast', ['attention_mask'], ['mask_f'], { to: FLOAT }),
    node('Unsqueeze', ['mask_f', 'axes'], ['mask_3d']),
    node('Mul', ['hidden', 'mask_3d'], ['last_hidden_state']),
    str(2, 'tiny-bert'),
    tensor('embeddings', [n, n], FLOAT, table),
    tensor('axes', [1], INT64, axes),
    valueInfo(11, 'input_ids', INT64, ['batch', 'seq']),
    valueInfo(11, 'attention_mask', INT64, ['batch', 'seq']),
    valueInfo(12, 'last_hidden_state', FLOAT, ['batch', 'seq', 'dim']),
  );
  // ModelProto: ir_version 1, producer_name 2, graph 7, opset_import 8 (domain 1, version 2).
  return Buffer.concat([int(1, 8), str(2, 'parallax-test'), graph, msg(8, str(1, ''), int(2, 13))]);
}

function tokenizerJson(): object {
  const special = (id: string) => ({ SpecialToken: { id, type_id: 0 } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content) => ({ id: VOCAB.get(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
      pair: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]'), { Sequence: { id: 'B', type_id: 1 } }, special('[SEP]')],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [VOCAB.get(t)], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(VOCAB) },
  };
}

export interface TinyFolderOptions {
  /** File name under onnx/ (default model.onnx); undefined writes no graph at all. */
  readonly onnxFile?: string | undefined;
}

/** Writes the tiny model into `dir` (which must exist) and returns `dir`. */
export function writeTinyTransformer(dir: string, opts: TinyFolderOptions = { onnxFile: 'model.onnx' }): string {
  writeFileSync(join(dir, 'config.json'), JSON.stringify({
    model_type: 'bert', architectures: ['BertModel'], hidden_size: VOCAB.size, vocab_size: VOCAB.size,
    max_position_embeddings: 16, num_attention_heads: 1, num_hidden_layers: 1, pad_token_id: 0,
  }));
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson()));
  writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify({
    tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: MAX_TOKENS,
    cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]',
  }));
  if (opts.onnxFile) {
    mkdirSync(join(dir, 'onnx'), { recursive: true });
    writeFileSync(join(dir, 'onnx', opts.onnxFile), tinyOnnx());
  }
  return dir;
}

/**
 * The vector the tiny model must give a text of known words: normalised
 * counts of [CLS], the words and [SEP], cut to MAX_TOKENS (transformers.js
 * truncates after adding the special tokens, so a long text loses its [SEP]).
 */
export function expectedTinyVector(text: string): number[] {
  const tokens = ['[CLS]', ...text.toLowerCase().split(/\s+/).filter(Boolean), '[SEP]'].slice(0, MAX_TOKENS);
  const ids = tokens.map((t) => VOCAB.get(t) ?? VOCAB.get('[UNK]')!);
  const v = new Array<number>(VOCAB.size).fill(0);
  for (const id of ids) v[id] += 1;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}
