import { describe, expect, it } from 'vitest';
import { labelNames } from '../../../../src/stages/entities/ner/bio.js';
import { createNerModel, lookupRow, parseNerModel, serializeNerModel } from '../../../../src/stages/entities/ner/model.js';
import { SentenceTagger } from '../../../../src/stages/entities/ner/tagger.js';
import { trainNerModel } from '../../../../src/stages/entities/ner/training.js';

const gazetteers = { places: ['jakarta'], givenNames: ['siti'], orgMarkers: ['pt'], titles: ['bupati'] };

describe('model save/load', () => {
  const model = trainNerModel(
    [
      { tokens: ['Siti', 'Aminah', 'ke', 'Jakarta'], labels: ['B-PERSON', 'I-PERSON', 'O', 'B-LOC'] },
      { tokens: ['PT', 'Maju', 'di', 'Jakarta'], labels: ['B-ORG', 'I-ORG', 'O', 'B-LOC'] },
    ],
    gazetteers,
    { epochs: 5, seed: 3, trainedOn: ['hand-made'] },
  );

  it('round-trips exactly', () => {
    const bytes = serializeNerModel(model);
    const back = parseNerModel(bytes);
    expect(back.info).toEqual(model.info);
    expect([...back.keys]).toEqual([...model.keys]);
    expect([...back.weights]).toEqual([...model.weights]);
    expect([...back.transitions]).toEqual([...model.transitions]);
    expect(back.gazetteers.data).toEqual(gazetteers);
    const tokens = ['Siti', 'Aminah', 'di', 'PT', 'Maju'];
    expect(labelNames(new SentenceTagger(back).tag(tokens).labels)).toEqual(labelNames(new SentenceTagger(model).tag(tokens).labels));
    // A Buffer view into a bigger, unaligned buffer parses too.
    const shifted = Buffer.concat([Buffer.from([1]), bytes]).subarray(1);
    expect([...parseNerModel(shifted).keys]).toEqual([...model.keys]);
  });

  it('refuses a file that is not a model or is truncated', () => {
    expect(() => parseNerModel(Buffer.from('hello world'))).toThrow(/bad magic/);
    const bytes = serializeNerModel(model);
    expect(() => parseNerModel(bytes.subarray(0, bytes.length - 2))).toThrow(/truncated/);
  });

  it('finds every stored feature and no other', () => {
    model.keys.forEach((k, row) => expect(lookupRow(model, k)).toBe(row));
    const absent = [0, 1, 12345].filter((h) => !model.keys.includes(h));
    for (const h of absent) expect(lookupRow(model, h)).toBe(-1);
  });
});

describe('createNerModel', () => {
  it('prunes small rows and quantises to int16 within one step', () => {
    const emission = [0.5, -0.25, 0, 0, 0, 0, 0, 0.001, 0, 0, 0, 0, 0, 0];
    const m = createNerModel({
      hashes: Uint32Array.from([20, 10]),
      emission,
      transitions: new Array<number>(56).fill(0),
      gazetteers,
      pruneBelow: 0.01,
    });
    expect([...m.keys]).toEqual([20]);
    expect((m.weights[0] ?? 0) * m.info.scale).toBeCloseTo(0.5, 4);
    expect((m.weights[1] ?? 0) * m.info.scale).toBeCloseTo(-0.25, 4);
  });
});
