/** The entity types the NER model tags. */
export const NER_TYPES = ['PERSON', 'ORG', 'LOC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/**
 * The model's label set, in index order: `O`, then `B-`/`I-` for each type. Label ids are indexes
 * into this array; `B-X` is at `1 + 2k`, `I-X` at `2 + 2k` for type `k`.
 */
export const NER_LABELS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];

/** Number of labels (7). */
export const LABEL_COUNT: number = NER_LABELS.length;

const LABEL_INDEX = new Map<string, number>(NER_LABELS.map((l, i) => [l, i]));

/** The id of a label name, or -1 when it is not one of {@link NER_LABELS}. */
export function labelId(label: string): number {
  return LABEL_INDEX.get(label) ?? -1;
}

/** True when label id `b` may follow label id `a` (`a` = -1 at the sentence start): `I-X` only after `B-X`/`I-X`. */
export function allowedTransition(a: number, b: number): boolean {
  if (b === 0 || b % 2 === 1) return true;
  return a === b || a === b - 1;
}

/**
 * The BIO constraint as a table for decoding: entry `a * L + b` is 1 when label `b` may follow label
 * `a`; row `L` is the sentence start.
 */
export const BIO_ALLOWED: Uint8Array = (() => {
  const t = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let a = 0; a <= LABEL_COUNT; a++) {
    for (let b = 0; b < LABEL_COUNT; b++) t[a * LABEL_COUNT + b] = allowedTransition(a === LABEL_COUNT ? -1 : a, b) ? 1 : 0;
  }
  return t;
})();
