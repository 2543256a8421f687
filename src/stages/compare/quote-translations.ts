/**
 * A translation's quotes are its original's remarks: "Quiero decir que ha
 * jugado más golf que la mayoría de las personas en el PGA Tour" in the
 * Spanish rendering of a sentence that quotes "I mean he's played more golf
 * than most people on the PGA Tour" is that remark again. The quote grouping
 * compares renderings in two languages by their numbers and international
 * words (quote-links.ts), which many remarks lack; the translation detector
 * aligned the two texts sentence by sentence (provenance/translation.ts), and
 * within an aligned pair of passages holding as many quotes on each side, the
 * k-th renders the k-th: one remark when both name one speaker. Known only once provenance is traced,
 * so applied to the grouping afterwards, as figure-translations.ts is to the
 * figures.
 */
import type { BriefQuote, SpeakerQuotes } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import { alignedContents, type TranslatedText } from './figure-translations.js';
import { MAX_VARIANTS, type QuoteGrouping } from './group-quotes.js';
import { UnionFind } from './union-find.js';

/** Where a quote sits in the grouping: its speaker's index and its remark's index there (remarks never cross speakers). */
interface Place {
  readonly s: number;
  readonly r: number;
}

/**
 * `grouping` with the remarks a translation renders joined to their
 * original's, each joined remark's quotes in the brief's language (English)
 * first; the same object when no aligned passage pairs two remarks.
 * @example joinTranslatedRemarks(grouping, [{ a, b, pairs }], (id) => lang.get(id)).speakers[0].remarks.length // fewer
 */
export function joinTranslatedRemarks(grouping: QuoteGrouping, translations: readonly TranslatedText[], languageOf: (id: ArticleId) => string): QuoteGrouping {
  if (translations.length === 0) return grouping;
  const placeOf = new Map<string, Place>();
  const offsets: number[] = [];
  let total = 0;
  grouping.speakers.forEach((sp, s) => {
    offsets.push(total);
    sp.remarks.forEach((remark, r) => {
      for (const q of remark) placeOf.set(q.id, { s, r });
    });
    total += sp.remarks.length;
  });
  const byArticle = new Map<ArticleId, BriefQuote[]>();
  for (const q of grouping.quotes) {
    const list = byArticle.get(q.articleId);
    if (list) list.push(q);
    else byArticle.set(q.articleId, [q]);
  }
  for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start);
  // Remarks numbered across speakers (offsets[s] + r): a union never crosses speakers, as only one speaker's quotes pair.
  const uf = new UnionFind(total);
  let joined = false;
  for (const [xa, xb] of alignedContents(translations, byArticle, (q) => q)) {
    // As many quotes on each side: the k-th renders the k-th, one remark when both name one speaker; otherwise
    // (a quote found on one side only, "‘man of his word" left unclosed) which renders which is unknown.
    if (xa.length === 0 || xa.length !== xb.length) continue;
    for (let k = 0; k < xa.length; k++) {
      if (xa[k]!.speaker !== xb[k]!.speaker) continue;
      const pa = placeOf.get(xa[k]!.id)!;
      const pb = placeOf.get(xb[k]!.id)!;
      const x = offsets[pa.s]! + pa.r;
      const y = offsets[pb.s]! + pb.r;
      if (uf.find(x) === uf.find(y)) continue;
      uf.union(x, y);
      joined = true;
    }
  }
  return joined ? regrouped(grouping, uf, offsets, languageOf) : grouping;
}

/** The grouping with each speaker's joined remarks as one, at the place of the first; variants listed anew. */
function regrouped(grouping: QuoteGrouping, uf: UnionFind, offsets: readonly number[], languageOf: (id: ArticleId) => string): QuoteGrouping {
  const renamed = new Map<string, BriefQuote>();
  const position = new Map<BriefQuote, number>();
  grouping.quotes.forEach((q, i) => position.set(q, i));
  const speakers: SpeakerQuotes[] = grouping.speakers.map((sp, s) => {
    const merged = new Map<number, (readonly BriefQuote[])[]>();
    const order: number[] = [];
    sp.remarks.forEach((remark, r) => {
      const root = uf.find(offsets[s]! + r);
      const list = merged.get(root);
      if (list) list.push(remark);
      else {
        merged.set(root, [remark]);
        order.push(root);
      }
    });
    if (order.length === sp.remarks.length) return sp;
    const remarks = order.map((root) => {
      const parts = merged.get(root)!;
      if (parts.length === 1) return parts[0]!;
      const quotes = parts.flat().sort((x, y) => position.get(x)! - position.get(y)!);
      const ordered = [...quotes.filter((q) => languageOf(q.articleId) === 'en'), ...quotes.filter((q) => languageOf(q.articleId) !== 'en')];
      return ordered.map((q) => {
        const variants = ordered.filter((o) => o !== q).slice(0, MAX_VARIANTS).map((o) => o.id);
        const next = { ...q, variants };
        renamed.set(q.id, next);
        return next;
      });
    });
    return { ...sp, remarks };
  });
  const quotes = grouping.quotes.map((q) => renamed.get(q.id) ?? q);
  // Remarks of an unchanged speaker still hold the quote objects as they were; a joined remark holds the new ones.
  return { quotes, speakers };
}
