/** The distinct person mentions of `text` in `lang`, as the other-language tests read them. */
import { entitiesFromTokens } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';
import type { Language } from '../../../src/stages/text-model/languages.js';

export function people(text: string, lang: Language): string[] {
  const sentences = splitSentences(text, lang);
  return [...new Set(entitiesFromTokens(text, tokenize(text, sentences), lang).filter((e) => e.type === 'person').map((e) => e.text))];
}
