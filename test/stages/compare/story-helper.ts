/**
 * Builds a story brief from hand-written articles through the real stages:
 * clean → analyze → findReuse → provenance → compare (what the pipeline does
 * for a stored story), for tests of the compare stage's judgements.
 */
import assert from 'node:assert/strict';
import type { StoryBrief } from '../../../src/core/brief.js';
import { asStoryId } from '../../../src/core/ids.js';
import type { Reuse } from '../../../src/core/types.js';
import { analyze, sameEntity } from '../../../src/stages/analyze/index.js';
import { sameQuantity } from '../../../src/stages/analyze/figures.js';
import { clean } from '../../../src/stages/clean/index.js';
import { compareStory, type StoryMember } from '../../../src/stages/compare/index.js';
import { findReuse } from '../../../src/stages/dedupe/passages.js';
import { findCredits, traceProvenance } from '../../../src/stages/provenance/index.js';

export interface Spec {
  readonly title: string;
  readonly body: string;
  readonly published?: string;
  readonly source?: string;
  readonly machineTranslated?: boolean;
}

/** Filler that no other article shares, so short bodies pass the cleaner's minimum length. */
const PAD = [
  ['Reporters gathered outside the hall long before the doors opened to the public.', 'Traffic on the main avenue was diverted for most of the afternoon.'],
  ['A spokesperson declined to give further details about the timetable for the coming weeks.', 'Local newspapers had predicted the decision days earlier.'],
  ['Several residents interviewed afterwards said they had expected a different outcome.', 'The next public hearing is scheduled for the spring.'],
];

export function brief(specs: readonly Spec[]): StoryBrief {
  const members: StoryMember[] = specs.map((s, i) => {
    const body = s.body.length >= 220 ? s.body : `${s.body}\n\n${PAD[i % PAD.length]!.join('\n\n')}`;
    const r = clean({ format: 'txt', title: s.title, body, ...(s.published ? { published: s.published } : {}), ...(s.source ? { source: s.source } : {}) });
    assert.ok(r.ok);
    const article = s.machineTranslated ? { ...r.value, meta: { ...r.value.meta, machineTranslated: true } } : r.value;
    return { article, analysis: analyze(article) };
  });
  const reuse: Reuse[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const x = members[i]!.article;
      const y = members[j]!.article;
      const r = findReuse({ id: x.id, text: x.text }, { id: y.id, text: y.text });
      if (r) reuse.push(r);
    }
  }
  const provenance = traceProvenance(
    members.map((m) => ({
      id: m.article.id,
      text: m.article.text,
      language: m.analysis.language,
      machineTranslated: m.article.meta.machineTranslated,
      ...(m.article.meta.source ? { source: m.article.meta.source } : {}),
      ...(m.article.meta.published ? { published: m.article.meta.published } : {}),
      credits: findCredits(m.article.text, m.article.meta.credits),
    })),
    reuse,
  );
  return compareStory({ id: asStoryId('s_test'), members, reuse, provenance }, { sameEntity, sameQuantity });
}

