/**
 * What the multilingual golden files pin for one case: the detected language,
 * sentences, quotes with speakers, figures with values and units, and dates
 * resolved against the case's publication date.
 */
import { analyze } from '../../../../src/stages/analyze/index.js';
import type { MultilingualCase } from './cases.js';

export interface MultilingualGolden {
  readonly lang: string;
  readonly detected: string;
  readonly sentences: readonly string[];
  readonly quotes: readonly { readonly text: string; readonly speaker: string | null }[];
  readonly figures: readonly { readonly text: string; readonly value: number; readonly unit: string; readonly qualifier: string | null }[];
  readonly dates: readonly { readonly text: string; readonly date: string | null }[];
}

export function multilingualGoldenOf(c: MultilingualCase): MultilingualGolden {
  const a = analyze({
    id: `case-${c.lang}`,
    title: '',
    text: c.text,
    meta: { published: c.published, publishedFrom: 'metadata', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] },
  });
  return {
    lang: c.lang,
    detected: a.language,
    sentences: a.sentences.map((s) => s.text),
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? null })),
    figures: a.figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier ?? null })),
    dates: a.dates.map((d) => ({ text: d.text, date: d.date ?? null })),
  };
}
