import { forEachFeature, type FeatureVisitor } from './features.js';
import { FNV_OFFSET, hashInto } from '../../../lexicon/hash.js';
import { BIO_ALLOWED, LABEL_COUNT } from './labels.js';
import type { NerModel } from './model.js';
import type { TaggedSentence } from './tagger.js';
import { ViterbiDecoder } from './viterbi.js';

/**
 * The straightforward tagger: every feature of {@link forEachFeature} is hashed and looked up on
 * its own. Slow, but obviously what training computed; the fast {@link SentenceTagger} must give
 * exactly its labels and margins (the equivalence test compares both).
 */
export class ReferenceTagger {
  private emissions = new Float64Array(0);
  private readonly decoder = new ViterbiDecoder(LABEL_COUNT, BIO_ALLOWED);
  private readonly visit: FeatureVisitor;

  constructor(readonly model: NerModel) {
    const L = LABEL_COUNT;
    const { weights } = model;
    this.visit = (i, p0, p1, p2, p3, p4) => {
      let h = hashInto(FNV_OFFSET, p0);
      if (p1 !== undefined) h = hashInto(h, p1);
      if (p2 !== undefined) h = hashInto(h, p2);
      if (p3 !== undefined) h = hashInto(h, p3);
      if (p4 !== undefined) h = hashInto(h, p4);
      const row = model.index.row(h);
      if (row < 0) return;
      const e = this.emissions;
      const base = i * L;
      const w = row * L;
      for (let l = 0; l < L; l++) e[base + l] = (e[base + l] ?? 0) + (weights[w + l] ?? 0);
    };
  }

  /** Tags one sentence of tokens. */
  tag(tokens: readonly string[], withMargins = false): TaggedSentence {
    const L = LABEL_COUNT;
    const n = tokens.length;
    const labels = new Int32Array(n);
    const margins = new Float64Array(withMargins ? n : 0);
    if (n === 0) return { labels, margins };
    if (this.emissions.length < n * L) this.emissions = new Float64Array(Math.max(n * L, this.emissions.length * 2));
    const e = this.emissions;
    e.fill(0, 0, n * L);
    forEachFeature(tokens, this.model.gazetteers, this.visit);
    // Weights are int16; scale the summed emissions once per token rather than per feature.
    const scale = this.model.info.scale;
    for (let k = 0; k < n * L; k++) e[k] = (e[k] ?? 0) * scale;
    this.decoder.decode(e, n, this.model.transitions, labels, withMargins ? margins : null);
    return { labels, margins };
  }
}
