import type { EntityType } from '../schema/entity.js';

/**
 * The source of an organisation read around its bracketed short form, the place after it included
 * ("Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari"): its name is the text without the
 * brackets.
 */
export const AROUND_SHORT_FORM = 'org/around-short-form';

/** The source of a person named by initials ("berinisial RA (34)"), read by the names stage and kept apart by the coref stage. */
export const INITIALS_SOURCE = 'person/initials';

/** The source of a player read from a team's line-up ("West Ham: Hermansen; Walker-Peters, …"). */
export const LINE_UP_SOURCE = 'person/line-up';

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
  score?: number | undefined;
}

/**
 * A candidate with every field, always in this order. The recognisers and the judges of the coref
 * stage make theirs here (or with {@link changeCandidate}), so that all candidates of a Doc share
 * one object shape: the loops of the entity stages over them then stay monomorphic (an object
 * spread, `{ ...c, type }`, makes objects of another shape than a literal, and V8 compiles the
 * loops that meet both again, each time it meets one more).
 */
export function makeCandidate(type: Candidate['type'], start: number, end: number, text: string, source: string, score: number | undefined): Candidate {
  return { type, start, end, text, source, score };
}

/** `c` with the fields of `change` changed (as `{ ...c, ...change }`, for a candidate's fields), made by {@link makeCandidate}. */
export function changeCandidate(c: Candidate, change: Partial<Candidate>): Candidate {
  return makeCandidate(
    change.type ?? c.type,
    change.start ?? c.start,
    change.end ?? c.end,
    change.text ?? c.text,
    change.source ?? c.source,
    change.score ?? c.score,
  );
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
