/**
 * The golden view of each extractor on a fixture: only what that extractor
 * decides, with offsets and the surface text so a diff reads on its own.
 */
import { analyze } from '../../../src/stages/analyze/index.js';
import { articleIdFor } from '../../../src/core/ids.js';
import type { Analysis, CleanArticle } from '../../../src/core/types.js';
import type { Extractor, Fixture } from './fixtures.js';

function articleOf(f: Fixture): CleanArticle {
  return {
    id: articleIdFor(f.text),
    title: '',
    text: f.text,
    meta: {
      publishedFrom: f.published !== undefined ? 'text' : 'none',
      ...(f.published !== undefined ? { published: f.published } : {}),
      headings: [], captions: [], credits: [], machineTranslated: false, removed: [],
    },
  };
}

export function analysisOf(f: Fixture): Analysis {
  return analyze(articleOf(f), f.anchorInferred !== undefined ? { anchorDate: f.anchorInferred, anchorInferred: true } : {});
}

/** One extractor's view of a fixture's analysis. */
export function goldenOf(f: Fixture, a: Analysis, x: Extractor): unknown {
  const span = (s: { start: number; end: number }): string => f.text.slice(s.start, s.end);
  switch (x) {
    case 'quotes':
      return a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text }));
    case 'speakers':
      return a.quotes.map((q) => ({
        quote: q.text.slice(0, 40),
        speaker: q.speaker ?? null,
        mention: q.speakerMention !== undefined ? span(q.speakerMention) : null,
        ...(q.role !== undefined ? { role: q.role } : {}),
      }));
    case 'entities':
      return a.entities.map((e) => ({ start: e.start, text: e.text, type: e.type, name: e.name, ...(e.role !== undefined ? { role: e.role } : {}) }));
    case 'figures':
      return a.figures.map((g) => ({
        text: g.text, value: g.value, ...(g.valueMax !== undefined ? { valueMax: g.valueMax } : {}), unit: g.unit, counted: g.counted,
        ...(g.qualifier !== undefined ? { qualifier: g.qualifier } : {}), ...(g.attribution !== undefined ? { attribution: g.attribution } : {}),
        ...(g.isYear === true ? { isYear: true } : {}),
      }));
    case 'dates':
      return a.dates.map((d) => ({
        text: d.text, date: d.date ?? null, resolution: d.resolution, relative: d.relative, ...(d.precision !== undefined ? { precision: d.precision } : {}),
      }));
  }
}
