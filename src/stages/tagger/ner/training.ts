import { forEachFeature } from './features.js';
import { buildGazetteers, type GazetteerData } from './gazetteers.js';
import { hashFeature } from '../../../lexicon/hash.js';
import { labelId } from './labels.js';
import { createNerModel, type NerModel } from './model.js';
import { trainPerceptron, type EncodedSentence, type LinearWeights } from './perceptron.js';

/** A labelled training sentence: tokens with BIO labels from {@link NER_LABELS}. */
export interface LabelledSentence {
  tokens: readonly string[];
  labels: readonly string[];
}

/** Sentences encoded as feature rows, with the feature hash of each row. */
export interface EncodedCorpus {
  sentences: EncodedSentence[];
  hashes: Uint32Array;
}

/** Computes every sentence's features once and numbers the distinct feature hashes as rows. */
export function encodeCorpus(data: readonly LabelledSentence[], gazetteerData: GazetteerData): EncodedCorpus {
  const gazetteers = buildGazetteers(gazetteerData);
  const rowOf = new Map<number, number>();
  const hashes: number[] = [];
  const sentences = data.map((s): EncodedSentence => {
    const n = s.tokens.length;
    if (s.labels.length !== n) throw new Error(`encodeCorpus: ${n} tokens but ${s.labels.length} labels`);
    const perToken: number[][] = s.tokens.map(() => []);
    forEachFeature(s.tokens, gazetteers, (i, a, b = '', c = '', d = '', e = '') => {
      const h = hashFeature(a + b + c + d + e);
      let row = rowOf.get(h);
      if (row === undefined) {
        row = hashes.length;
        rowOf.set(h, row);
        hashes.push(h);
      }
      perToken[i]?.push(row);
    });
    const offsets = new Int32Array(n + 1);
    const ids: number[] = [];
    perToken.forEach((rows, i) => {
      for (const r of rows) ids.push(r);
      offsets[i + 1] = ids.length;
    });
    const labels = Uint8Array.from(s.labels, (l) => {
      const id = labelId(l);
      if (id < 0) throw new Error(`encodeCorpus: unknown label ${l}`);
      return id;
    });
    return { ids: Int32Array.from(ids), offsets, labels };
  });
  return { sentences, hashes: Uint32Array.from(hashes) };
}

/** Options of {@link trainNerModel}. */
export interface TrainNerOptions {
  epochs: number;
  seed: number;
  /** Drop feature rows whose largest absolute weight is below this. */
  pruneBelow?: number;
  trainedOn?: string[];
  /** Called after each epoch with the model so far (e.g. to score a dev set). */
  onEpoch?: (epoch: number, model: NerModel) => void;
}

/** Trains a complete model (averaged perceptron) on labelled sentences, deterministically. */
export function trainNerModel(data: readonly LabelledSentence[], gazetteerData: GazetteerData, options: TrainNerOptions): NerModel {
  const corpus = encodeCorpus(data, gazetteerData);
  const build = (w: LinearWeights) =>
    createNerModel({
      hashes: corpus.hashes,
      emission: w.emission,
      transitions: w.transitions,
      gazetteers: gazetteerData,
      epochs: options.epochs,
      seed: options.seed,
      ...(options.pruneBelow !== undefined ? { pruneBelow: options.pruneBelow } : {}),
      ...(options.trainedOn ? { trainedOn: options.trainedOn } : {}),
    });
  const onEpoch = options.onEpoch;
  const weights = trainPerceptron(corpus.sentences, corpus.hashes.length, {
    epochs: options.epochs,
    seed: options.seed,
    ...(onEpoch ? { onEpoch: (epoch: number, avg: LinearWeights) => onEpoch(epoch, build(avg)) } : {}),
  });
  return build(weights);
}
