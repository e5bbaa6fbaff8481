import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FeatureIndex, layoutFeatureIndex } from './feature-index.js';
import { buildGazetteers, type GazetteerData, type Gazetteers } from './gazetteers.js';
import { LABEL_COUNT, NER_LABELS } from './labels.js';

/** Bumped when features or the file layout change; a model of another version is refused. */
export const NER_FORMAT_VERSION = 3;

const MAGIC = 0x52454e57; // "WNER" little-endian

/** What the model file's header says about its training (shown in the card). */
export interface NerModelInfo {
  version: number;
  labels: string[];
  /** Weights are stored as int16; the real weight is `int16 * scale`. */
  scale: number;
  features: number;
  /** log2 of the number of slots of the feature index. */
  tableBits: number;
  trainedOn?: string[];
  epochs?: number;
  seed?: number;
}

/**
 * A trained tagger: feature hashes with one int16 weight row each, label transitions, the
 * gazetteers it was trained with, and the index from feature hash to row ({@link FeatureIndex}).
 * Rows are in the index's slot order, so the index is stored, not rebuilt, and loading is cheap.
 */
export interface NerModel {
  readonly info: NerModelInfo;
  /** The feature hash of each row. */
  readonly keys: Uint32Array;
  /** `LABEL_COUNT` weights per row; the real weight is `int16 * info.scale`. */
  readonly weights: Int16Array;
  readonly transitions: Float32Array;
  readonly gazetteers: Gazetteers;
  /** The index's table ({@link layoutFeatureIndex}), as stored in the file. */
  readonly table: Uint32Array;
  readonly index: FeatureIndex;
}

/** Inputs of {@link createNerModel}: trained weights indexed by row, and the hash of each row. */
export interface NerModelParts {
  hashes: Uint32Array;
  emission: ArrayLike<number>;
  transitions: ArrayLike<number>;
  gazetteers: GazetteerData;
  /** Rows whose largest absolute weight is below this are dropped (default 0: keep non-zero rows). */
  pruneBelow?: number;
  trainedOn?: string[];
  epochs?: number;
  seed?: number;
}

/** Builds a compact model: prunes tiny rows, quantises weights to int16 and orders rows as the index's slots. */
export function createNerModel(parts: NerModelParts): NerModel {
  const L = LABEL_COUNT;
  const rows = parts.hashes.length;
  const prune = parts.pruneBelow ?? 0;
  let maxAbs = 0;
  const keep: number[] = [];
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(parts.emission[r * L + l] ?? 0));
    if (m > prune && m > 0) {
      keep.push(r);
      if (m > maxAbs) maxAbs = m;
    }
  }
  const { order, table, bits } = layoutFeatureIndex(Uint32Array.from(keep, (r) => parts.hashes[r] ?? 0));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keys = new Uint32Array(keep.length);
  const weights = new Int16Array(keep.length * L);
  order.forEach((k, i) => {
    const r = keep[k] ?? 0;
    keys[i] = parts.hashes[r] ?? 0;
    for (let l = 0; l < L; l++) weights[i * L + l] = Math.round((parts.emission[r * L + l] ?? 0) / scale);
  });
  const transitions = Float32Array.from({ length: (L + 1) * L }, (_, j) => parts.transitions[j] ?? 0);
  const info: NerModelInfo = {
    version: NER_FORMAT_VERSION,
    labels: [...NER_LABELS],
    scale,
    features: keys.length,
    tableBits: bits,
    ...(parts.trainedOn ? { trainedOn: parts.trainedOn } : {}),
    ...(parts.epochs !== undefined ? { epochs: parts.epochs } : {}),
    ...(parts.seed !== undefined ? { seed: parts.seed } : {}),
  };
  const index = new FeatureIndex(keys, table, bits);
  return { info, keys, weights, transitions, gazetteers: buildGazetteers(parts.gazetteers), table, index };
}

/**
 * Serialises a model: "WNER", header length (u32), JSON header (info and gazetteer lists), padding
 * to 4 bytes, then the index's table (u32 × 2^(tableBits-4): per 32 slots, occupancy bits and the
 * number of occupied slots before them), keys (u32 × n), transitions (f32 × 56) and weights
 * (i16 × 7n), all little-endian, rows in slot order: loading takes views of the bytes, with no
 * table to rebuild.
 */
export function serializeNerModel(model: NerModel): Buffer {
  const header = Buffer.from(JSON.stringify({ info: model.info, gazetteers: model.gazetteers.data }), 'utf8');
  const headerEnd = 8 + header.length;
  const body = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const sections = [model.table, model.keys, model.transitions, model.weights];
  const size = body + sections.reduce((a, x) => a + x.byteLength, 0);
  const buf = Buffer.alloc(size);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(header.length, 4);
  header.copy(buf, 8);
  if (!isLittleEndian()) throw new Error('serializeNerModel: big-endian hosts are not supported');
  let o = body;
  for (const x of sections) {
    buf.set(new Uint8Array(x.buffer, x.byteOffset, x.byteLength), o);
    o += x.byteLength;
  }
  return buf;
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/**
 * Parses a model serialised by {@link serializeNerModel}. The model's arrays are views of `bytes`
 * when the sections sit at 4-byte-aligned addresses (as in a file read with `readFileSync`), copies
 * otherwise. Throws with a clear message on a bad file.
 */
export function parseNerModel(bytes: Uint8Array): NerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw new Error('Not a warta NER model file (bad magic); retrain with scripts/train-ner.ts');
  if (!isLittleEndian()) throw new Error('The NER model needs a little-endian host');
  const headerLength = buf.readUInt32LE(4);
  const parsed = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as { info: NerModelInfo; gazetteers: GazetteerData };
  const { info } = parsed;
  if (info.version !== NER_FORMAT_VERSION) {
    throw new Error(`NER model format ${info.version} is not supported (expected ${NER_FORMAT_VERSION}); retrain with scripts/train-ner.ts`);
  }
  const L = LABEL_COUNT;
  const n = info.features;
  const tableLength = 2 ** (info.tableBits - 4);
  const headerEnd = 8 + headerLength;
  const body = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const need = body + tableLength * 4 + n * 4 + (L + 1) * L * 4 + n * L * 2;
  if (buf.length !== need) throw new Error(`NER model file is truncated or corrupt (${buf.length} bytes, expected ${need})`);
  const aligned = (buf.byteOffset + body) % 4 === 0;
  const ab = buf.buffer as ArrayBuffer;
  let o = buf.byteOffset + body;
  /** The next `size` bytes: where they are when aligned, else a copy. */
  const section = (size: number): [ArrayBuffer, number] => {
    const at = o;
    o += size;
    return aligned ? [ab, at] : [ab.slice(at, at + size), 0];
  };
  const table = new Uint32Array(...section(tableLength * 4), tableLength);
  const keys = new Uint32Array(...section(n * 4), n);
  const transitions = new Float32Array(...section((L + 1) * L * 4), (L + 1) * L);
  const weights = new Int16Array(...section(n * L * 2), n * L);
  let index: FeatureIndex;
  try {
    index = new FeatureIndex(keys, table, info.tableBits);
  } catch (err) {
    throw new Error(`NER model file is corrupt: ${(err as Error).message}`);
  }
  return { info, keys, weights, transitions, gazetteers: buildGazetteers(parsed.gazetteers), table, index };
}

/**
 * Where the shipped model lives: models/ner/ at the package root. The same relative URL works from
 * src/stages/tagger/ner/ (tsx) and dist/stages/tagger/ner/ (built).
 */
export const DEFAULT_NER_MODEL_URL = new URL('../../../../models/ner/ner.bin', import.meta.url);

/** Reads and parses a model file (default: the shipped one). */
export function loadNerModel(path: string | URL = DEFAULT_NER_MODEL_URL): NerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const where = path instanceof URL ? fileURLToPath(path) : path;
    throw new Error(`NER model not found at ${where}: run \`npx tsx scripts/train-ner.ts\` or reinstall warta (${(err as Error).message})`);
  }
  return parseNerModel(bytes);
}

let shipped: NerModel | undefined;

/** The shipped model, loaded on first use and cached for the life of the process. */
export function defaultNerModel(): NerModel {
  shipped ??= loadNerModel();
  return shipped;
}
