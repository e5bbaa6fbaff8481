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
