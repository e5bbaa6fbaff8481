import type { EntityType, Mention } from '../../schema/entity.js';

/**
 * A group of mentions of one real-world entity, before ids are given: what the coref stage's
 * grouping (group.ts) makes and its judges (judge.ts, string-match.ts) read and change.
 */
export interface EntityGroup {
  type: EntityType;
  /** Canonical form: the longest full name. */
  text: string;
  mentions: Mention[];
  source: string;
  aliases: Set<string>;
}

/**
 * Moves a group's mentions and names into another group's (the caller drops the absorbed one, and
 * sorts the mentions when their order matters): the grouping's merges and the judges' ("Satgas
 * PPKPT" taking the mentions of "PPKPT").
 */
export function absorb(target: EntityGroup, g: EntityGroup): void {
  target.mentions.push(...g.mentions);
  target.aliases.add(g.text);
  for (const a of g.aliases) target.aliases.add(a);
}
