import type { EntityType } from '../../schema/entity.js';

/**
 * What a recognizer proposes: a typed span over `doc.text` with its provenance. The entities stage
 * resolves overlaps between candidates and links mentions into entities.
 */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Rule id ("person/title-name") or "model". */
  source: string;
  /** Higher wins an overlap (default 0); model candidates use their confidence. */
  score?: number;
}
