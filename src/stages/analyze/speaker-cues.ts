/**
 * The words that make an attribution: speech verbs of news prose and colons
 * that open a quotation.
 */
import type { Span } from '../../core/types.js';

// Speech verbs of news prose (the cue words of attribution corpora such as PolNeAR, most frequent first).
// "reads"/"read"/"reported" are how documents and outlets speak ("the email read", "the Post reported").
const VERB_RE = /\b(?:said|says|say|added|adds|told|tells|stated|states|noted|notes|warned|warns|explained|explains|asked|asks|replied|replies|insisted|insists|stressed|confirmed|declared|declares|announced|wrote|writes|acknowledged|according to|quoted|continued|continues|concluded|concludes|argued|argues|tweeted|tweets|claimed|claims|responded|responds|recalled|recalls|admitted|joked|quipped|posted|remarked|observed|retorted|countered|answered|predicted|promised|vowed|boasted|complained|lamented|conceded|cautioned|testified|exclaimed|shouted|shouts|yelled|yells|emailed|demanded|wondered|commented|reported|reports|reads|read|sings|sang|chanted|whispered|barked|urged|suggested|surmised|jokes|mocks|mocked|recounted|recounts|scoffed|griped|grumbled|mused|marveled|marvelled|deadpanned|pleaded|implored|gushed|bragged|shot back|fired back|chimed in|went on|pointed out|saying|adding|telling|noting|writing|explaining|arguing|asking|declaring|insisting|warning|chanting)\b/gi;

/** Verbs that may come before their subject ("said Peskov"). */
export const INVERTING: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'stated', 'noted', 'notes', 'continued', 'concluded', 'concludes', 'explained', 'tweeted', 'argued', 'recalled', 'replied', 'responded', 'warned', 'insisted', 'declared', 'answered', 'countered', 'retorted', 'remarked', 'observed', 'joked', 'quipped', 'predicted', 'claimed', 'acknowledged', 'went on', 'demanded', 'wondered', 'reads', 'read', 'recounted', 'mused', 'deadpanned']);

/** Participles take the subject of their clause ("Trump hit back, saying “…”"). */
export const PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'telling', 'noting', 'writing', 'explaining', 'arguing', 'asking', 'declaring', 'insisting', 'warning', 'chanting']);

export interface Cue {
  readonly index: number;
  readonly word: string;
  /** For a colon, where the quotation it opens starts. */
  readonly opens?: number;
}

/** Speech verbs, and colons that open a quotation, in text order. */
export function cues(text: string, masked: readonly Span[]): Cue[] {
  const out: Cue[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m !== null; m = VERB_RE.exec(text)) out.push({ index: m.index, word: m[0] });
  for (const q of masked) {
    let p = q.start - 1;
    while (p > 0 && /[\s“"„«‘]/.test(text[p])) p--;
    if (text[p] === ':' && !text.slice(p + 1, q.start).includes('\n\n\n')) out.push({ index: p, word: ':', opens: q.start });
  }
  return out.sort((a, b) => a.index - b.index);
}
