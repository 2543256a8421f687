/** Per-language text: language of a text, stopwords, stems, content words. */
export { asLanguage, LANGUAGES, textLanguage, type Language } from './languages.js';
export { isStopWordIn, stopWordsOf } from './stopwords.js';
export { polishStem, stemIn } from './stemmers.js';
export { contentWords, numberKey, type ContentWord, type ContentWords } from './content-words.js';
export { GLOSS_PREFIX, glossKeys, lexiconFromPack, type Lexicon, type LexiconResult } from './lexicon.js';
export { storyNameKey } from './name-keys.js';
