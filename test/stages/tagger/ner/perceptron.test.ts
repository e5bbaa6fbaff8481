import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/stages/tagger/ner/perceptron.js';
import { SentenceTagger } from '../../../../src/stages/tagger/ner/tagger.js';
import { labelNames } from '../../../../src/stages/tagger/ner/bio.js';
import { serializeNerModel } from '../../../../src/stages/tagger/ner/model.js';
import { trainNerModel, type LabelledSentence } from '../../../../src/stages/tagger/ner/training.js';

const gazetteers = { places: ['bandung'], givenNames: ['budi'], orgMarkers: ['bank'], titles: ['menteri'] };

function s(text: string): LabelledSentence {
  const tokens: string[] = [];
  const labels: string[] = [];
  for (const part of text.split(' ')) {
    const [tok, label] = part.split('/');
    tokens.push(tok ?? '');
    labels.push(label ?? 'O');
  }
  return { tokens, labels };
}

const train: LabelledSentence[] = [
  s('Menteri Budi/B-PERSON Santoso/I-PERSON tiba di Bandung/B-LOC .'),
  s('Bank/B-ORG Mandiri/I-ORG membuka kantor di Surabaya/B-LOC .'),
  s('Rina/B-PERSON Wati/I-PERSON bekerja di Bank/B-ORG Jaya/I-ORG .'),
  s('Menteri Ani/B-PERSON Lestari/I-PERSON mengunjungi Medan/B-LOC .'),
  s('Warga Bandung/B-LOC menyambut Menteri Dedi/B-PERSON .'),
  s('Bank/B-ORG Nusa/I-ORG tiba di Makassar/B-LOC .'),
  s('Menteri Eko/B-PERSON Prasetyo/I-PERSON tiba di Padang/B-LOC .'),
  s('Menteri Sri/B-PERSON Mulyani/I-PERSON tiba di Bandung/B-LOC .'),
  s('Bank/B-ORG Sentosa/I-ORG membuka kantor di Bandung/B-LOC .'),
];

describe('trainNerModel (averaged perceptron)', () => {
  const model = trainNerModel(train, gazetteers, { epochs: 10, seed: 1 });
  const tagger = new SentenceTagger(model);

  it('learns its training set', () => {
    for (const ex of train) expect(labelNames(tagger.tag(ex.tokens).labels)).toEqual(ex.labels);
  });

  it('generalises a pattern to unseen words', () => {
    expect(labelNames(tagger.tag(['Menteri', 'Joko', 'Susilo', 'tiba', 'di', 'Bandung', '.']).labels)).toEqual([
      'O', 'B-PERSON', 'I-PERSON', 'O', 'O', 'B-LOC', 'O',
    ]);
  });

  it('is deterministic for a seed', () => {
    const again = trainNerModel(train, gazetteers, { epochs: 10, seed: 1 });
    expect(serializeNerModel(again).equals(serializeNerModel(model))).toBe(true);
  });

  it('rejects labels outside the label set', () => {
    expect(() => trainNerModel([{ tokens: ['a'], labels: ['B-MISC'] }], gazetteers, { epochs: 1, seed: 1 })).toThrow(/unknown label/);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
