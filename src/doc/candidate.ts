import type { EntityType } from '../schema/entity.js';

/**
 * The source of an organisation read around its bracketed short form, the place after it included
 * ("Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari"): its name is the text without the
 * brackets.
 */
export const AROUND_SHORT_FORM = 'org/around-short-form';

/**
 * What a recogniser proposes: a typed span over `doc.text` with its provenance. The coref stage
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

/** A role found next to a person's name: "CEO Telegram, Pavel Durov" → title CEO, org Telegram. */
export interface RoleCandidate {
  /** The person mention it belongs to. */
  personStart: number;
  personEnd: number;
  title: string;
  org: string | null;
  start: number;
  end: number;
}
