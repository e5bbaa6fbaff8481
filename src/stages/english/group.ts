import type { Entity, EntityType } from '../../schema/entity.js';
import type { EnglishCandidate } from './recognize.js';
import { overlaps } from '../../doc/span.js';
import { makeEntity } from '../../doc/entity.js';
import { mapPacked } from '../../doc/arrays.js';

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|President|Minister|Governor|Senator)\.?\s+/u;

/** Name without honorific, lowercased: the key that joins "Mr. Durov" to "Pavel Durov". */
function personKey(text: string): string {
  return text.replace(HONORIFIC, '').toLowerCase();
}

/**
 * Groups candidates into entities: overlapping candidates keep the first (people before
 * organisations before places, as recognised); people join when one name's words end another's
 * ("Durov", "Mr. Durov" -> "Pavel Durov"); others join on the same lowercased text. Ids are
 * "e1", "e2", ... in order of first mention; the canonical text is the longest mention.
 */
export function groupEnglishEntities(candidates: EnglishCandidate[], section: (offset: number) => NonNullable<Entity['section']>): Entity[] {
  const kept: EnglishCandidate[] = [];
  for (const c of candidates) if (!kept.some((k) => overlaps(k.start, k.end, c.start, c.end))) kept.push(c);
  kept.sort((a, b) => a.start - b.start);

  interface Group {
    type: EntityType;
    members: EnglishCandidate[];
    key: string;
  }
  const groups: Group[] = [];
  // Longest person names first, so shorter mentions can join them.
  const order = [...kept].sort((a, b) => (a.type === 'PERSON' && b.type === 'PERSON' ? b.text.length - a.text.length : 0) || a.start - b.start);
  for (const c of order) {
    const key = c.type === 'PERSON' ? personKey(c.text) : c.text.toLowerCase();
    const group = groups.find((g) => {
      if (g.type !== c.type) return false;
      if (g.key === key) return true;
      return c.type === 'PERSON' && (g.key.endsWith(` ${key}`) || key.endsWith(` ${g.key}`));
    });
    if (group) group.members.push(c);
    else groups.push({ type: c.type, members: [c], key });
  }
  for (const g of groups) g.members.sort((a, b) => a.start - b.start);
  groups.sort((a, b) => a.members[0]!.start - b.members[0]!.start);

  return mapPacked(groups, (g, i): Entity => {
    const first = g.members[0]!;
    const canonical = g.members.reduce((best, m) => (personKey(m.text).length > personKey(best.text).length ? m : best), first);
    return makeEntity(
      `e${i + 1}`,
      {
        type: g.type,
        text: g.type === 'PERSON' ? canonical.text.replace(HONORIFIC, '') : canonical.text,
        mentions: mapPacked(g.members, (m) => ({ start: m.start, end: m.end, text: m.text, source: m.source })),
        source: 'compromise',
        value: first.value,
        currency: first.currency,
      },
      section(first.start),
    );
  });
}
