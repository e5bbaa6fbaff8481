import { createRequire } from 'node:module';

/** One match of a compromise view, as `view.json({ offset: true })` gives it. */
export interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
  /** `num` is NaN (null once serialised) for amounts compromise cannot read, e.g. "1.000.000USD". */
  money?: { num?: number | null; currency?: string };
  number?: { num?: number | null; unit?: string };
}

/** The part of a compromise view warta uses. */
export interface CompromiseView {
  json(options: { offset: true }): CompromiseMatch[];
}

/** The part of a compromise document warta uses. */
export interface CompromiseDoc {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
  money(): CompromiseView;
  percentages(): CompromiseView;
}

/** compromise's entry function. */
export type Nlp = (text: string) => CompromiseDoc;

let nlp: Nlp | null = null;

/**
 * compromise, loaded on first use (its CommonJS build, synchronously: stages are synchronous).
 * Why lazy: loading it takes a few hundred milliseconds, which only English articles should pay.
 */
export function loadCompromise(): Nlp {
  if (nlp === null) {
    const require = createRequire(import.meta.url);
    nlp = require('compromise') as Nlp;
  }
  return nlp;
}
