import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../src/core/ids.js';
import { forgetKeptTexts, HELPER_MIN_ARTICLES, helperOffload, jobsOnHelper, startBriefJobs, startStoryReuse } from '../../src/pipeline/brief-helper.js';
import { alignVariants, variantSources } from '../../src/stages/compare/variants.js';
import { run } from '../../src/pipeline/brief-helper-jobs.js';
import { storyReuse, type ReuseText } from '../../src/stages/provenance/index.js';
import { mergeReuse, PreparedTexts, reuseCandidates, reuseOfPairs } from '../../src/stages/provenance/story-reuse.js';
import { loadExamples } from '../stages/dedupe/example-articles.js';
import { analyze, sameEntity } from '../../src/stages/analyze/index.js';
import { sameQuantity } from '../../src/stages/analyze/figures.js';
import { clean } from '../../src/stages/clean/index.js';
import { summarizeCluster } from '../../src/stages/summarize/index.js';
import { COMPARE_DEFAULTS, compareStory, prepareCompare, runQuoteJob, type QuoteJob } from '../../src/stages/compare/index.js';
import { candidateJobOf, runCandidateJob } from '../../src/stages/compare/candidate-pairs.js';
import { pairDiceJobOf, runPairDice } from '../../src/stages/compare/pair-dice.js';
import { claimStatementsOf } from '../../src/stages/compare/claims.js';

/** The five example articles and trimmed copies of them (a wire story's shape), `n` texts in all. */
function wireStory(n: number): ReuseText[] {
  const originals = loadExamples();
  return Array.from({ length: n }, (_, i) => {
    const o = originals[i % originals.length]!;
    if (i < originals.length) return { id: o.id, text: o.text };
    const paragraphs = o.text.split('\n\n');
    const kept = paragraphs.slice(0, Math.max(2, paragraphs.length - (i % 4)));
    return { id: asArticleId(`copy_${i}`), text: [`Copy ${i} of the wire report, filed by desk ${i % 7}.`, ...kept].join('\n\n') };
  });
}

test('a large story: the shared text found on the helper thread equals the shared text found on this one', () => {
  const texts = wireStory(HELPER_MIN_ARTICLES + 12);
  const here = storyReuse(texts);
  assert.ok(here.length > texts.length, 'the copies share text with their originals');
  const before = jobsOnHelper();
  assert.deepEqual(startStoryReuse(texts).result(), here);
  // Two jobs a story: the candidate pairs, then the helper's share of the pairs.
  assert.equal(jobsOnHelper(), before + 2, 'found by the helper thread');
  // A second story on the same (now started) helper.
  const more = wireStory(HELPER_MIN_ARTICLES + 3).reverse();
  assert.deepEqual(startStoryReuse(more).result(), storyReuse(more));
  assert.equal(jobsOnHelper(), before + 4);
});

test('the shared text of pairs split between two threads is the shared text of all of them', () => {
  const texts = wireStory(50);
  const prepared = new PreparedTexts(texts);
  const pairs = reuseCandidates(texts, prepared);
  assert.ok(pairs.length > 2 * texts.length);
  // Two drawers from one counter, as the helper and this thread do (here one after the other: a sixth, then the rest), and all to one.
  const sixth = Math.floor(pairs.length / 12);
  let k = 0;
  const first = reuseOfPairs(pairs, prepared, () => (k < sixth ? k++ : pairs.length));
  const rest = reuseOfPairs(pairs, new PreparedTexts(texts), () => k++);
  assert.ok(first.length > 0 && rest.length > 0);
  assert.deepEqual(mergeReuse([rest, first]), storyReuse(texts));
  let j = 0;
  assert.deepEqual(mergeReuse([[], reuseOfPairs(pairs, prepared, () => j++)]), storyReuse(texts));
});

test('a small story: found on this thread, the same shared text', () => {
  const texts = wireStory(12);
  const before = jobsOnHelper();
  const reuse = startStoryReuse(texts).result();
  assert.equal(jobsOnHelper(), before, 'not sent to the helper');
  assert.deepEqual(reuse, storyReuse(texts));
  assert.ok(reuse.some((r) => r.passages.some((p) => p.kind === 'identical')));
});

test('a large story: its quotes grouped, its overview summarised and its candidate pairs found on the helper thread as on this one', () => {
  const members = wireStory(HELPER_MIN_ARTICLES + 5).map((t) => {
    const r = clean({ format: 'txt', title: `Report ${t.id}`, body: t.text });
    assert.ok(r.ok);
    return { article: r.value, analysis: analyze(r.value) };
  });
  const rules = { sameEntity, sameQuantity };
  let job: QuoteJob | undefined;
  const here = prepareCompare(members, rules, COMPARE_DEFAULTS, {
    quotes: (j) => {
      job = j;
      return () => runQuoteJob(j, sameEntity);
    },
  }).quoteGrouping();
  assert.ok(job && here.quotes.length > 0 && here.speakers.length > 0);
  const before = jobsOnHelper();
  assert.deepEqual(helperOffload(members.length).quotes!(job)(), here);
  assert.equal(jobsOnHelper(), before + 1, 'grouped by the helper thread');
  const input = { articles: members.slice(0, 5).map((m) => ({ title: m.article.title, text: m.article.text, sentences: m.analysis.sentences })) };
  const summary = summarizeCluster(input, { maxWords: 75 });
  assert.ok(summary.sentences.length > 0);
  assert.deepEqual(helperOffload(members.length).summary!(input, { maxWords: 75 })(), summary);
  assert.equal(jobsOnHelper(), before + 2, 'summarised by the helper thread');
  const candidates = candidateJobOf(claimStatementsOf(members.map((m) => m.analysis), (n) => n.toLowerCase()), 24);
  const pairs = runCandidateJob(candidates);
  assert.ok(pairs.length > 0);
  assert.deepEqual(helperOffload(members.length).candidates!(candidates)(), pairs);
  assert.equal(jobsOnHelper(), before + 3, 'candidate pairs found by the helper thread');
  assert.deepEqual(helperOffload(5), {}, 'a small story runs every step here');
});

test('a large story\'s variant alignment: with a stored record posted before its shared text and found on the helper as here; without one, or for a small story, done here', () => {
  const texts = wireStory(HELPER_MIN_ARTICLES + 7);
  const analyses = texts.map((t) => {
    const r = clean({ format: 'txt', title: `Report ${t.id}`, body: t.text });
    assert.ok(r.ok);
    return analyze(r.value);
  });
  const here = alignVariants(analyses);
  assert.ok(here.repOf.some((r) => r >= 0) && here.sentenceOf.some((s) => s !== undefined), 'the copies are variants of their originals');
  // The job as either thread runs it, from the fields posted.
  assert.deepEqual(run({ kind: 'variants', articles: structuredClone(variantSources(analyses)) }), here);
  // Without a stored record the helper compares the whole story's pairs: the alignment is done here.
  const before0 = jobsOnHelper();
  const plain = startBriefJobs(texts, analyses);
  assert.deepEqual(plain.variants(), here);
  assert.deepEqual(plain.reuse.result(), storyReuse(texts));
  assert.equal(jobsOnHelper(), before0 + 2, 'only the two shared-text jobs on the helper');
  // With one (here a record that does not fit: read as none), the alignment is posted first.
  const before = jobsOnHelper();
  const jobs = startBriefJobs(texts, analyses, () => undefined);
  // Taken over here when the helper has not started it when asked (it may still be on an earlier test's job).
  assert.deepEqual(jobs.variants(), here);
  assert.equal(jobs.variants(), jobs.variants(), 'asked again: the same value, not read off the port twice');
  assert.deepEqual(jobs.reuse.result(), storyReuse(texts));
  const onHelper = jobsOnHelper() - before;
  assert.ok(onHelper === 2 || onHelper === 3, `${onHelper} jobs answered by the helper`);
  const small = startBriefJobs(texts.slice(0, 12), analyses.slice(0, 12), () => undefined);
  assert.deepEqual(small.variants(), alignVariants(analyses.slice(0, 12)));
  assert.deepEqual(small.reuse.result(), storyReuse(texts.slice(0, 12)));
  assert.equal(jobsOnHelper(), before + onHelper, 'a small story: nothing sent to the helper');
});

test('jobs under way together are each answered, whatever order their results are asked for in', () => {
  const a = wireStory(HELPER_MIN_ARTICLES + 1);
  const b = wireStory(HELPER_MIN_ARTICLES + 2).reverse();
  const c = wireStory(HELPER_MIN_ARTICLES + 4).slice(2);
  const before = jobsOnHelper();
  const [ra, rb, rc] = [startStoryReuse(a), startStoryReuse(b), startStoryReuse(c)];
  // Computed here meanwhile, so the helper has mostly answered all three when they are asked for:
  // reading b's reply must keep a's for later and leave c's queued.
  const [ea, eb, ec] = [storyReuse(a), storyReuse(b), storyReuse(c)];
  assert.deepEqual(rb.result(), eb);
  assert.deepEqual(ra.result(), ea);
  assert.deepEqual(rc.result(), ec);
  assert.equal(jobsOnHelper(), before + 6);
});

test('jobs the helper has not started when this thread waits for the shared text are done here, with the same results', () => {
  const texts = wireStory(HELPER_MIN_ARTICLES + 8);
  const members = texts.map((t) => {
    const r = clean({ format: 'txt', title: `Report ${t.id}`, body: t.text });
    assert.ok(r.ok);
    return { article: r.value, analysis: analyze(r.value) };
  });
  const candidates = candidateJobOf(claimStatementsOf(members.map((m) => m.analysis), (n) => n.toLowerCase()), 24);
  const pairsHere = runCandidateJob(candidates);
  const before = jobsOnHelper();
  // Posted behind the shared-text jobs, so the helper is still comparing pairs when this thread asks for the shared text.
  const reuse = startStoryReuse(texts);
  const pairs = helperOffload(members.length).candidates!(candidates);
  assert.deepEqual(reuse.result(), storyReuse(texts));
  assert.deepEqual(pairs(), pairsHere);
  const onHelper = jobsOnHelper() - before;
  assert.ok(onHelper === 2 || onHelper === 3, `${onHelper} jobs answered by the helper`);
  // A later story's jobs are the helper's again when nothing waits.
  assert.deepEqual(helperOffload(members.length).candidates!(candidates)(), pairsHere);
  assert.equal(jobsOnHelper(), before + onHelper + 1);
});

test('the claims\' pair Dice: on the helper when it is free, here when it is busy when asked; the same values', () => {
  const texts = wireStory(HELPER_MIN_ARTICLES + 6);
  const members = texts.map((t) => {
    const r = clean({ format: 'txt', title: `Report ${t.id}`, body: t.text });
    assert.ok(r.ok);
    return { article: r.value, analysis: analyze(r.value) };
  });
  const units = claimStatementsOf(members.map((m) => m.analysis), (n) => n.toLowerCase());
  const candidates = candidateJobOf(units, 24);
  const job = pairDiceJobOf(units, candidates, runCandidateJob(candidates));
  const here = runPairDice(job);
  assert.ok(here.length > 100 && here.some((s) => s > 0.5));
  const offload = helperOffload(members.length);
  const before = jobsOnHelper();
  // Asked for after a later job's result: the helper answers in order, so it has done this one.
  const sims = offload.pairDice!(job);
  assert.deepEqual(offload.candidates!(candidates)(), runCandidateJob(candidates));
  assert.deepEqual(sims(), here);
  assert.equal(jobsOnHelper(), before + 2, 'both on the helper');
  // Asked for at once behind a story's shared text (the helper compares its pairs): taken over here.
  const reuse = startStoryReuse(texts);
  const taken = offload.pairDice!(job);
  assert.deepEqual(taken(), here);
  assert.deepEqual(reuse.result(), storyReuse(texts));
  const after = jobsOnHelper() - before - 2;
  assert.ok(after === 2 || after === 3, `${after} jobs answered by the helper`);
});

test('a large story briefed with every step offered to the helper: the brief computed here, and the helper still answers after it', () => {
  const texts = wireStory(HELPER_MIN_ARTICLES + 4);
  const members = texts.map((t) => {
    const r = clean({ format: 'txt', title: `Report ${t.id}`, body: t.text });
    assert.ok(r.ok);
    return { article: r.value, analysis: analyze(r.value) };
  });
  const rules = { sameEntity, sameQuantity };
  const input = { id: 's_helper' as never, members, reuse: storyReuse(texts) };
  const plain = compareStory(input, rules, COMPARE_DEFAULTS);
  const before = jobsOnHelper();
  const t0 = Date.now();
  const offloaded = compareStory(input, rules, COMPARE_DEFAULTS, prepareCompare(members, rules, COMPARE_DEFAULTS, helperOffload(members.length)));
  assert.deepEqual(offloaded, plain);
  // Each result read once off the port (one read twice would wait for the time limit, then break the helper).
  assert.ok(Date.now() - t0 < 60_000);
  assert.ok(jobsOnHelper() > before, 'some steps answered by the helper');
  const after = jobsOnHelper();
  assert.deepEqual(startStoryReuse(texts).result(), storyReuse(texts));
  assert.equal(jobsOnHelper(), after + 2, 'the helper still answers');
});

test('forgetKeptTexts drops the prepared texts kept between briefs, here and on the helper; the next brief is the same', () => {
  const texts = wireStory(HELPER_MIN_ARTICLES + 5);
  const expected = storyReuse(texts);
  assert.deepEqual(startStoryReuse(texts).result(), expected);
  const first = forgetKeptTexts();
  assert.ok(first.here >= texts.length, 'this thread kept the texts its own storyReuse prepared');
  assert.ok(first.helper !== undefined, 'the helper runs');
  // The helper prepared every text to choose the candidate pairs.
  assert.ok(first.helper() >= texts.length, 'the helper kept them too');
  const again = forgetKeptTexts();
  assert.equal(again.here, 0, 'nothing left here');
  assert.equal(again.helper?.(), 0, 'nothing left on the helper');
  assert.deepEqual(startStoryReuse(texts).result(), expected, 'prepared anew, the same shared text');
});
