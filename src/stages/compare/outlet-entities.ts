/**
 * The story's own outlets among its entities. An article names the outlet it
 * was taken from or translated for ("das Original erschien bei Kyiv Wire",
 * "told USA TODAY"), and the analyzer's rules, which read capitals, not
 * meaning, take such a name for a person. The story knows its outlets by
 * name (each article's source), so a person of that name is an organisation.
 */
import type { BriefEntity } from '../../core/brief.js';

/**
 * `entities` with each person named like one of `outlets` (any case) an
 * organisation, joined to the organisation of that name when there is one.
 * @example outletsAsOrganisations(entities, ['Kyiv Wire']).find((e) => e.name === 'Kyiv Wire')?.type // 'organization'
 */
export function outletsAsOrganisations(entities: readonly BriefEntity[], outlets: readonly string[]): BriefEntity[] {
  const names = new Set(outlets.map((o) => o.trim().toLowerCase()).filter((o) => o.length > 0));
  const isOutlet = (e: BriefEntity): boolean => e.type === 'person' && names.has(e.name.toLowerCase());
  if (names.size === 0 || !entities.some(isOutlet)) return [...entities];
  const orgAt = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type === 'organization' && !orgAt.has(e.name.toLowerCase())) orgAt.set(e.name.toLowerCase(), i);
  });
  const out = [...entities];
  const gone = new Set<number>();
  entities.forEach((e, i) => {
    if (!isOutlet(e)) return;
    const j = orgAt.get(e.name.toLowerCase());
    if (j === undefined) {
      out[i] = { ...e, type: 'organization', roles: [] };
      return;
    }
    const org = out[j]!;
    const aliases = new Set([...org.aliases, ...e.aliases, ...(e.name !== org.name ? [e.name] : [])]);
    out[j] = { ...org, aliases: [...aliases].sort(), articleIds: [...new Set([...org.articleIds, ...e.articleIds])], mentions: org.mentions + e.mentions };
    gone.add(i);
  });
  return out.filter((_, i) => !gone.has(i));
}
