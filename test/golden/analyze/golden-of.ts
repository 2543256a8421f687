/**
 * The golden view of an analysis: sentence count, entities and quotes with
 * speakers (figures and dates have their own goldens and may change apart).
 */
import { analyze } from '../../../src/stages/analyze/index.js';
import type { CleanArticle } from '../../../src/core/types.js';

export interface AnalyzeGolden {
  readonly language: string;
  readonly sentences: number;
  readonly entities: ReadonlyArray<{ readonly start: number; readonly text: string; readonly type: string; readonly name: string; readonly role?: string }>;
  readonly quotes: ReadonlyArray<{ readonly start: number; readonly text: string; readonly speaker?: string; readonly speakerMention?: string; readonly role?: string }>;
}

export function goldenOf(article: CleanArticle): AnalyzeGolden {
  const a = analyze(article);
  const { text } = article;
  return {
    language: a.language,
    sentences: a.sentences.length,
    entities: a.entities.map((e) => ({ start: e.start, text: e.text, type: e.type, name: e.name, ...(e.role !== undefined ? { role: e.role } : {}) })),
    quotes: a.quotes.map((q) => ({
      start: q.start,
      text: q.text,
      ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
      ...(q.speakerMention !== undefined ? { speakerMention: text.slice(q.speakerMention.start, q.speakerMention.end) } : {}),
      ...(q.role !== undefined ? { role: q.role } : {}),
    })),
  };
}
