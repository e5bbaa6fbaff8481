import type { Doc, Token } from '../../../doc/doc.js';
import { makeCandidate, type Candidate } from '../../../doc/candidate.js';
import { idsToSpans, labelNames, spanMargin } from './bio.js';
import { defaultNerModel, type NerModel } from './model.js';
import { propagateSpans, PROPAGATE_SOURCE, type FoundSpan } from './propagate.js';
import { SentenceTagger } from './tagger.js';

export { bioToSpans, type TokenSpan } from './bio.js';
export { PROPAGATE_SOURCE } from './propagate.js';
export { NER_LABELS, NER_TYPES, type NerLabel, type NerType } from './labels.js';
export { defaultNerModel, loadNerModel, parseNerModel, serializeNerModel, type NerModel } from './model.js';

/** The provenance of every candidate the model proposes. */
export const NER_SOURCE = 'model';

const taggers = new WeakMap<NerModel, SentenceTagger>();

function taggerFor(model: NerModel): SentenceTagger {
  let t = taggers.get(model);
  if (!t) {
    t = new SentenceTagger(model);
    taggers.set(model, t);
  }
  return t;
}

/**
 * Tags one pre-tokenised sentence with BIO labels over PERSON, ORG and LOC.
 *
 * @example tagTokens(['Presiden', 'Joko', 'Widodo', 'tiba']) // ['O', 'B-PERSON', 'I-PERSON', 'O']
 * @param model defaults to the shipped model (loaded once per process)
 */
export function tagTokens(tokens: readonly string[], model: NerModel = defaultNerModel()): string[] {
  return labelNames(taggerFor(model).tag(tokens).labels);
}

/**
 * Maps a span's smallest decoding margin to a confidence. Fitted on the shipped model's predictions
 * on idner-news-2k dev and NERGRIT valid (share of exact-span hits per margin octile: 0.45 at margin
 * ~6, 0.72 at ~31, 0.89 at ~45, 0.97 above ~100), so a score reads roughly as a precision.
 */
export function marginToScore(margin: number): number {
  return Math.round((1 / (1 + Math.exp(-(margin - 10) / 22))) * 1000) / 1000;
}

/** Options of {@link createNerRecognizer}. */
export interface NerRecognizerOptions {
  /** A model to use instead of the shipped one (tests, custom training). */
  model?: NerModel;
  /** Load the shipped model on the first call instead of now (default false: load when built). */
  lazy?: boolean;
  /** Drop candidates whose score is below this (default 0: keep all). */
  minScore?: number;
  /** Longest sentence tagged in one piece, in tokens; longer runs are cut (default 400). */
  maxSentenceTokens?: number;
  /**
   * Also propose untagged repeats of names found elsewhere in the Doc, and lone parts of found
   * person names ("Durov" after "Pavel Durov"), with source `model/propagate` (default true).
   */
  propagate?: boolean;
}

/**
 * Builds the model recognizer for the entities stage: a pure function from a Doc (with `tokens` from
 * the segment stage) to PERSON/ORG/LOC candidates with `source: 'model'` (or `'model/propagate'`,
 * see {@link NerRecognizerOptions.propagate}). Offsets index `doc.text`
 * (`doc.text.slice(c.start, c.end) === c.text`). `score` is a confidence in (0, 1) from the smallest
 * decoding margin over the span's tokens ({@link marginToScore}); propagated spans keep the score of
 * the span they repeat.
 *
 * @example createNerRecognizer()(doc) // [{ type: 'PERSON', start: 9, end: 20, text: 'Joko Widodo', source: 'model', score: 0.97 }]
 */
export function createNerRecognizer(options: NerRecognizerOptions = {}): (doc: Doc) => Candidate[] {
  const minScore = options.minScore ?? 0;
  const maxLen = options.maxSentenceTokens ?? 400;
  const propagate = options.propagate ?? true;
  if (!(maxLen >= 1)) throw new Error('createNerRecognizer: maxSentenceTokens must be >= 1');
  let model = options.model ?? (options.lazy ? undefined : defaultNerModel());

  /** Tags doc.tokens[from, to) and appends its spans (in Doc token indexes). */
  const tagRun = (tokens: readonly Token[], from: number, to: number, m: NerModel, found: FoundSpan[]) => {
    const tagger = taggerFor(m);
    const spans = idsToSpans(tagger.tagRange(tokens, from, to).labels);
    // Margins only score spans: the backward pass is skipped for the many sentences without one.
    if (spans.length === 0) return;
    const margins = tagger.marginsOfLast();
    for (const span of spans) {
      const score = marginToScore(spanMargin(margins, span.start, span.end));
      found.push({ type: span.type, start: from + span.start, end: from + span.end, score });
    }
  };

  return (doc: Doc): Candidate[] => {
    const tokens = doc.tokens;
    if (tokens.length === 0) return [];
    model ??= defaultNerModel();
    const m = model;
    const found: FoundSpan[] = [];
    let from = 0;
    for (let i = 1; i <= tokens.length; i++) {
      const cut = i === tokens.length || tokens[i]?.sentence !== tokens[from]?.sentence || i - from >= maxLen;
      if (!cut) continue;
      tagRun(tokens, from, i, m, found);
      from = i;
    }
    const isCommon = (lower: string) => {
      const band = m.gazetteers.band.get(lower);
      return band === '0' || band === '1' || m.gazetteers.phrases.get('title')?.entries.has(lower) === true;
    };
    const extra = propagate ? propagateSpans(tokens, found, isCommon) : [];
    const out: Candidate[] = [];
    const emit = (f: FoundSpan, source: string) => {
      const first = tokens[f.start];
      const last = tokens[f.end - 1];
      if (!first || !last || f.score < minScore) return;
      out.push(makeCandidate(f.type, first.start, last.end, doc.text.slice(first.start, last.end), source, f.score));
    };
    for (const f of found) emit(f, NER_SOURCE);
    for (const f of extra) emit(f, PROPAGATE_SOURCE);
    return out.sort((a, b) => a.start - b.start);
  };
}
