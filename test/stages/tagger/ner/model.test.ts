import { describe, expect, it } from 'vitest';
import { labelNames } from '../../../../src/stages/tagger/ner/bio.js';
import { createNerModel, parseNerModel, serializeNerModel } from '../../../../src/stages/tagger/ner/model.js';
import { SentenceTagger } from '../../../../src/stages/tagger/ner/tagger.js';
import { trainNerModel } from '../../../../src/stages/tagger/ner/training.js';

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
    // A Buffer view into a bigger, unaligned buffer parses too (into copies).
    const shifted = Buffer.concat([Buffer.from([1]), bytes]).subarray(1);
    const copied = parseNerModel(shifted);
    expect([...copied.keys]).toEqual([...model.keys]);
    expect([...copied.weights]).toEqual([...model.weights]);
    expect(labelNames(new SentenceTagger(copied).tag(tokens).labels)).toEqual(labelNames(new SentenceTagger(model).tag(tokens).labels));
  });

  it('loads aligned bytes without copying them', () => {
    const bytes = serializeNerModel(model);
    const back = parseNerModel(bytes);
    for (const x of [back.keys, back.weights, back.transitions, back.table]) expect(x.buffer).toBe(bytes.buffer);
  });

  it('refuses a file that is not a model or is truncated', () => {
    expect(() => parseNerModel(Buffer.from('hello world'))).toThrow(/bad magic/);
    const bytes = serializeNerModel(model);
    expect(() => parseNerModel(bytes.subarray(0, bytes.length - 2))).toThrow(/truncated/);
  });

  it('refuses another format version and an index that does not match its rows', () => {
    const bytes = serializeNerModel(model);
    const headerLength = bytes.readUInt32LE(4);
    const header = bytes.toString('utf8', 8, 8 + headerLength);
    const old = Buffer.from(bytes);
    old.write(header.replace('"version":3', '"version":2'), 8, 'utf8');
    expect(() => parseNerModel(old)).toThrow(/format 2 is not supported/);
    // The index's table follows the header, padded to 4 bytes: clear it.
    const body = 8 + headerLength + ((4 - ((8 + headerLength) % 4)) % 4);
    const corrupt = Buffer.from(bytes);
    corrupt.fill(0, body, body + 4 * 2 ** (model.info.tableBits - 4));
    expect(() => parseNerModel(corrupt)).toThrow(/corrupt/);
  });

  it('finds every stored feature and no other', () => {
    model.keys.forEach((k, row) => expect(model.index.row(k)).toBe(row));
    const absent = [0, 1, 12345].filter((h) => !model.keys.includes(h));
    for (const h of absent) expect(model.index.row(h)).toBe(-1);
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
