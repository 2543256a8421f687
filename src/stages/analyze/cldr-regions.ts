/**
 * The countries and territories the runtime's CLDR data names in a language
 * (`Intl.DisplayNames`), with their English names: the place names of the
 * scripts without capitals (entities-zh.ts, entities-ar.ts) come from here,
 * so no list of them is kept.
 */

/**
 * Every region's name in `lang` (in the given style) with its English name, skipping unions and groupings (the EU,
 * the UN: organisations) and names with a qualifier in brackets ("刚果（金）", no name as written). "Hong Kong SAR
 * China" is "Hong Kong", as the English rules name it.
 * @example regionNames('zh', 'short').find(([zh]) => zh === '香港') // ['香港', 'Hong Kong']
 */
export function regionNames(lang: string, style: 'long' | 'short' = 'long'): [string, string][] {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const local = new Intl.DisplayNames([lang], { type: 'region', style });
  const out: [string, string][] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (code === 'EU' || code === 'UN' || code === 'EZ' || code === 'QO') continue;
      let name: string | undefined;
      try {
        name = local.of(code);
      } catch {
        name = undefined;
      }
      if (name === undefined || name === code || /[()（]/u.test(name)) continue;
      out.push([name, (en.of(code) ?? code).replace(/ SAR China$/u, '')]);
    }
  }
  return out;
}
