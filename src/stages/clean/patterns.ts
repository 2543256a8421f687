/**
 * Every boilerplate rule the cleaner knows, in one place, each with the
 * reason it is removed and why it is safe. Patterns match a whole scraped line
 * (trimmed, whitespace-normalised); `maxChars` keeps a pattern that could
 * also start a real sentence from eating a long paragraph.
 */
import type { RemovalReason } from '../../core/types.js';

export interface BoilerplatePattern {
  readonly pattern: RegExp;
  readonly reason: RemovalReason;
  /** Why this line is not article text. */
  readonly why: string;
  /** Lines longer than this are never matched by this pattern. */
  readonly maxChars?: number;
  /** The line declares the article a machine translation. */
  readonly machineTranslation?: boolean;
}

const p = (pattern: RegExp, reason: RemovalReason, why: string, extra: Partial<BoilerplatePattern> = {}): BoilerplatePattern =>
  Object.freeze({ pattern, reason, why, ...extra });

/** The default rules; pass your own list (e.g. `[...BOILERPLATE_PATTERNS, mine]`) through CleanOptions. */
export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = Object.freeze([
  p(/^(article|story) continues (after|below)( this)? (advertisement|ad)s?\.?$|^(advertisement|advertisements|sponsored( content)?|ad|ads|continue reading below)$/i,
    'advertisement', 'ad slot placeholders left in the text flow'),
  p(/^(skip to (main )?(content|navigation)|jump to (main )?content|toggle navigation|main menu|menu|search|home|back to top|print( this)?( article)?|share( this)?( article| story)?|share (on|via) \w+|email|close)$/i,
    'navigation', 'site chrome: menu, skip-links, share buttons'),
  p(/^(featured|related|trending|popular|recommended|latest|more|top|most read|editor'?s picks?)( stories| articles| news| posts| videos| reads)?$|^(you (may|might) also like|also read|read more|see also|read next|more from \w+)\b.{0,60}$/i,
    'site-template', 'widget headers for link lists, not part of the story', { maxChars: 80 }),
  p(/^(your subscription (could not be saved|has been successful)|please try again)\b.*$/i,
    'newsletter', 'newsletter sign-up form states', { maxChars: 120 }),
  p(/^(subscribe|sign up)\b.*\b(newsletter|updates|daily|weekly|inbox)\b.*$|^get (the latest|our) .*(newsletter|inbox)|^by (providing|entering|submitting) (an|your) e-?mail( address)?\b/i,
    'newsletter', 'newsletter sign-up prompts and their legal small print', { maxChars: 300 }),
  p(/^we use cookies\b|^(this (web)?site|our site) uses cookies\b|^by (continuing|using this (web)?site)\b.*\bcookies\b|^(accept|manage|reject) (all )?cookies$/i,
    'cookie-notice', 'cookie consent banners', { maxChars: 400 }),
  p(/^(©|\(c\)\s|copyright\b)|all rights reserved\.?$/i,
    'copyright', 'site footer copyright notices', { maxChars: 200 }),
  p(/^(tags?|topics?|keywords?|filed under|categories|category)\s*:.*$|^no tags (found )?(for this (post|article|story))?\.?$/i,
    'tags', 'tag and category lists under the article', { maxChars: 300 }),
  p(/^(news|story|article|report|content)\s*(code|id|no\.?|number)\s*[:：#]\s*[\p{Nd}\s-]+$/iu,
    'news-code', 'agency record numbers, in any script\'s digits'),
  p(/^(end|ends|\[end\]|-?30-|###|\*\*\*)\.?$|^end[A-Za-z]*message\d*$/i,
    'end-marker', 'wire end-of-story markers and their template residue'),
  p(/^((\d+\s+)?comments?(\s*\(\d+\))?|(leave|post|add|view|show|load) (a |all |more )?comments?|comments are closed\.?|join the (conversation|discussion))$/i,
    'comments', 'comment section headers'),
  // Needs both a translation cue and the page speaking about itself, so an
  // article *about* machine translation is not mistaken for a disclaimer.
  p(/^(?=.*\b(this|the|our|these)\s+(news|article|story|text|content|page|site|report|item)s?\b|\s*(note|disclaimer)\b)(?=.*\b(translated automatically|automatically translated|auto-?translated|machine[- ]translat\w*|programmatic technology|translate[ds]? (it |them )?(by|through|with|via|using) (software|a machine|google|an? automat\w+|programmatic)|not from a human (editor|translator))\b)/i,
    'disclaimer', 'machine-translation disclaimers', { maxChars: 500, machineTranslation: true }),
  p(/^(disclaimer\s*:|not all news on the site expresses|the views (and opinions )?expressed (in this|here))/i,
    'disclaimer', 'site disclaimers about editorial responsibility', { maxChars: 500 }),
  p(/^(this is an? (information|info|error|warning|success) message|loading\.*|please wait\.*|javascript (is )?(required|disabled)\b.*|(click|tap) here\b.*)$/i,
    'site-template', 'UI strings of the site template', { maxChars: 120 }),
  // A lone all-caps token of 2–4 letters between paragraphs ("ATM", "PR") is a
  // widget label; real prose never has a line that is just an acronym.
  p(/^[A-Z]{2,4}$/, 'site-template', 'stray widget labels'),
]);

/**
 * The first pattern a line matches, or undefined.
 * @example matchBoilerplate('Article continues after this advertisement')?.reason // 'advertisement'
 */
export function matchBoilerplate(line: string, patterns: readonly BoilerplatePattern[] = BOILERPLATE_PATTERNS): BoilerplatePattern | undefined {
  for (const rule of patterns) {
    if (rule.maxChars !== undefined && line.length > rule.maxChars) continue;
    if (rule.pattern.test(line)) return rule;
  }
  return undefined;
}
