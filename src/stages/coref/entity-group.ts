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

/**
 * Puts mentions in text order, in place: the array's sort only when they are not in it already (most
 * groups' are, and a sort copies the array however short it is).
 */
export function sortMentions(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.start < mentions[i - 1]!.start) {
      mentions.sort((a, b) => a.start - b.start);
      return;
    }
  }
}
