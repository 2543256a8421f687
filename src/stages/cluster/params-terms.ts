/**
 * How an article and a story become term vectors: weights of titles, names,
 * numbers and countries, IDF, the caps on terms kept, the title channel and the
 * recent-member vectors (part of ClusterParams; defaults in cluster-params.ts).
 *
 * Why these values:
 * - titleBoost 2, entityBoost 1.5: titles and names are the densest signals of
 *   "same event" (Miranda et al. 2018 weight title, body and entities apart).
 * - maxBodyTokens 600: a news lead and a few paragraphs; tails drift off-topic.
 * - maxScoredTerms 250: a cap on the terms an article scores with and adds
 *   to its story (its heaviest by TF-IDF; the title channel is kept whole;
 *   document frequencies still count every term), so a full text's cost is
 *   bounded whatever its length (the slow 1 % at scale are full texts with
 *   hundreds of terms). It is not a quality knob: giveme5w1h full texts have
 *   191 content terms at the median, 311 at p99, and every cap below 200
 *   costs B-cubed (80 → 0.938, 120 → 0.943, 150 → 0.943, 175 → 0.949,
 *   200/250/none → 0.951; uci headlines unchanged at any cap): the tail
 *   terms carry the recall of stories revisited months apart. 250 sits on the
 *   plateau with a margin; most of the speed came from walking the grown
 *   story once per merge step instead of once per candidate (assign-article.ts).
 * - minDocTerms 2: an empty or one-word text cannot be judged, so it stays
 *   alone; a headline has 3–8 content terms and must be compared (5 kept
 *   short headlines apart: uci-headlines-dev 0.74 → 0.80).
 * - titleWeight 0.7, titleChannelTerms 20 (full texts only): the similarity is
 *   0.3 × cosine of all terms + 0.7 × cosine of title terms alone (story: its
 *   20 heaviest title terms). The all-terms cosine says "same topic"; the
 *   errors on giveme5w1h (.dbg diagnostics) were stories of one topic fused:
 *   North Korean missile tests joined a satellite-launch story, Berlin's 2017
 *   New Year safe zones joined Cologne 2016, SpaceX's Falcon Heavy joined the
 *   Tesla-to-Mars story. Their titles differ where their bodies agree.
 *   The weight is scaled per article by the share of title terms its body
 *   uses, so a scraped title that is a site name ("ABC News") counts for
 *   nothing, and a headline-only article (uci) has no second channel.
 *   giveme5w1h B-cubed 0.920 → 0.949 (P 0.902 → 0.979); grid titleWeight
 *   0.6–0.75 × assignThreshold 0.14–0.15 all gave 0.942–0.949 (0.13 or 0.16:
 *   0.91–0.93, the threshold cliff moved, not removed); titleChannelTerms 10
 *   or 40 cost 0.01–0.03; without the body-support scaling 0.943.
 * - Ten languages (issue 13; semeval-multilingual-dev, scored on two halves
 *   split by a hash of the gold story id, bench/cluster.ts): every article is
 *   read in its language (text-model: stopwords-iso, Snowball, a Polish
 *   stripper, Chinese word segmentation), which alone took B-cubed 0.774 →
 *   0.859 (pairwise 0.023 → 0.348): unrelated Spanish or Italian articles
 *   had fused on "los", "della". languageIdf 1: a word's IDF counts only the
 *   articles of its language (0.859 → 0.877, halves 0.902/0.899 →
 *   0.913/0.919; English sets unchanged, they are one language).
 *   titleMinTerms 6: a title of fewer content terms ("Koronawirus w Polsce")
 *   names a topic, and its channel weight shrinks in proportion (0.877 →
 *   0.886, both halves up; 4 → 0.880, 8 → 0.887 but giveme5w1h −0.002;
 *   giveme5w1h titles have 6–8 terms at the median, unchanged at 4 and 6).
 *   backgroundWeight 0.5 over backgroundCandidates 5, assignThreshold 0.14:
 *   the best story must stand out from the runners-up (mean of the next 5
 *   candidates' similarity, halved, is subtracted before the threshold), so
 *   an article close to every story of its topic and language founds its
 *   own: semeval 0.886 → 0.897 (halves 0.921/0.924 → 0.925/0.926),
 *   uci-headlines-dev 0.9121 → 0.9173 (both halves up), giveme5w1h 0.9509 →
 *   0.9527 (halves 0.9497/0.9594 → 0.9546/0.9579). Weight 1 or 2 runners-up
 *   cost giveme5w1h recall (0.92, 0.88); 0.3 at threshold 0.15 gave 0.896.
 *   Names are keyed by their Latin spelling in every language ("Путин" →
 *   e:putin), and countryBoost 0.5 adds a country key that any language's
 *   name for it gives ("Russia", "Russland", "Россия", "俄罗斯" → c:ru):
 *   semeval 0.8934 → 0.8959 (halves 0.925/0.927 → 0.927/0.929), English
 *   sets unchanged (1: giveme5w1h −0.005).
 *   Tried and left off: IDF power 1.5–2 (English −0.03 to −0.06), number keys
 *   (numberBoost 1: semeval +0.0002, giveme5w1h −0.0025), names keyed by their first
 *   5 or 6 letters (semeval −0.002, both halves), concept keys
 *   (conceptBoost 0.5–1: no gain), a language-neutral cosine channel (names,
 *   numbers, concepts; 0.3–0.5: semeval −0.002 to −0.007: capitalised German
 *   nouns read as names), recent-member matching (semeval +0.01,
 *   giveme5w1h −0.02), and cutting a site name after a title's last
 *   separator ("… | Tiroler Tageszeitung Online": semeval halves −0.0008).
 * - entityNames 0 (2026-12-05): the pipeline (ingest, analyze, the queue's
 *   workers) gave the analyze stage's entity names as name keys, whole and
 *   lower-cased, where `parallax cluster` keys capitalised words of the
 *   text; the first meet less often across reports ("Oleksii Reznikov" vs
 *   "Reznikov") and scored lower on every set: giveme5w1h 0.9488 (halves
 *   0.9403 / 0.9582) against 0.9527 (0.9546 / 0.9579), semeval 0.899
 *   (0.9296 / 0.9296) against 0.9033 (0.9331 / 0.9351), uci 0.9173 either
 *   way (bench/cluster.ts entities=1 [entityNames=1]). Now both paths key
 *   names from the text and score alike.
 */
export interface TermParams {
  /** Weight of title terms relative to body terms. */
  readonly titleBoost: number;
  /** Weight of entity-name terms relative to body terms. */
  readonly entityBoost: number;
  /** Weight of number keys ("#70000") relative to body terms. */
  readonly numberBoost: number;
  /** Weight of dictionary-concept keys ("x:election") relative to body terms. */
  readonly conceptBoost: number;
  /** Weight of country keys ("c:ru" for Russia, Россия, 俄罗斯) relative to body terms. */
  readonly countryBoost: number;
  /** Weight of gloss keys ("l:govern", from the optional lexicon pack, given with the article) relative to body terms. */
  readonly glossBoost: number;
  /**
   * 1: the analyze stage's entity names, when given with the article
   * (ClusterDoc.entities), are its name keys; 0: capitalised words of its
   * text are, on every path, so `ingest` clusters as `parallax cluster` does.
   */
  readonly entityNames: number;
  /** 1: names keyed by their sound classes across scripts (storyNameKey), entity names word by word; 0: by their Latin spelling. */
  readonly soundNameKeys: number;
  /** 1: number keys by value in the article's language's formats ("70 000", "70.000", "70 тысяч" → "#70000"), years left out; 0: by digits. */
  readonly valueNumbers: number;
  /** IDF is raised to this power: > 1 lets the rare words and names that tie two reports to one event outweigh the topic's common words. */
  readonly idfPower: number;
  /** 1: a word's IDF counts only the articles of the reading article's language; 0: all articles. */
  readonly languageIdf: number;
  /** Body tokens read per article (the lead carries the story). */
  readonly maxBodyTokens: number;
  /** Terms kept in a story centroid. */
  readonly centroidSize: number;
  /** Terms of an article (heaviest by TF-IDF; title channel apart) that score it and enter its story; 0 = all. */
  readonly maxScoredTerms: number;
  /** Articles with fewer distinct terms found their own story (too little to compare). */
  readonly minDocTerms: number;
  /** Recent member vectors kept per story for member matching; 0 compares with the centroid only. */
  readonly recentMembers: number;
  /** Terms kept of each recent member vector. */
  readonly memberTerms: number;
  /** How many best-matching recent members are averaged. */
  readonly memberTopK: number;
  /** Weight of the member match against the centroid match (0 = centroid only). */
  readonly memberWeight: number;
  /** Title-channel terms kept in a story centroid (besides centroidSize); 0 turns the channel off. */
  readonly titleChannelTerms: number;
  /** A title with fewer distinct content terms than this has its channel weight scaled down in proportion; 0 = off. */
  readonly titleMinTerms: number;
  /** Weight of the title-channel cosine in the similarity (the rest is the all-terms cosine). */
  readonly titleWeight: number;
}
