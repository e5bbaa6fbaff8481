import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteers, type GazetteerData, type Gazetteers } from './gazetteers.js';
import { LABEL_COUNT, NER_LABELS } from './labels.js';

/** Bumped when features or the file layout change; a model of another version is refused. */
export const NER_FORMAT_VERSION = 1;

const MAGIC = 0x52454e57; // "WNER" little-endian

/** What the model file's header says about its training (shown in the card). */
export interface NerModelInfo {
  version: number;
  labels: string[];
  /** Weights are stored as int16; the real weight is `int16 * scale`. */
  scale: number;
  features: number;
  trainedOn?: string[];
  epochs?: number;
  seed?: number;
}

/**
 * A trained tagger: feature hashes (sorted) with one int16 weight row each, label transitions, the
 * gazetteers it was trained with, and an open-addressing table from hash to row.
 */
export interface NerModel {
  readonly info: NerModelInfo;
  readonly keys: Uint32Array;
  readonly weights: Int16Array;
  readonly transitions: Float32Array;
  readonly gazetteers: Gazetteers;
  readonly table: Int32Array;
  readonly tableBits: number;
}

function buildTable(keys: Uint32Array): { table: Int32Array; tableBits: number } {
  let bits = 4;
  while (1 << bits < keys.length * 2) bits++;
  const table = new Int32Array(1 << bits);
  const mask = (1 << bits) - 1;
  for (let r = 0; r < keys.length; r++) {
    let slot = Math.imul(keys[r] ?? 0, 0x9e3779b1) >>> (32 - bits);
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = r + 1;
  }
  return { table, tableBits: bits };
}

/** The weight row of a feature hash, or -1 when the model has no such feature. */
export function lookupRow(model: NerModel, hash: number): number {
  const { table, keys, tableBits } = model;
  const mask = (1 << tableBits) - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - tableBits);
  for (;;) {
    const r = table[slot] ?? 0;
    if (r === 0) return -1;
    if (keys[r - 1] === hash) return r - 1;
    slot = (slot + 1) & mask;
  }
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

/** Builds a compact model: prunes tiny rows, quantises weights to int16 and sorts rows by hash. */
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
  keep.sort((a, b) => (parts.hashes[a] ?? 0) - (parts.hashes[b] ?? 0));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keys = new Uint32Array(keep.length);
  const weights = new Int16Array(keep.length * L);
  keep.forEach((r, i) => {
    keys[i] = parts.hashes[r] ?? 0;
    for (let l = 0; l < L; l++) weights[i * L + l] = Math.round((parts.emission[r * L + l] ?? 0) / scale);
  });
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] === keys[i - 1]) throw new Error('createNerModel: duplicate feature hash; merge rows before building');
  }
  const transitions = Float32Array.from({ length: (L + 1) * L }, (_, j) => parts.transitions[j] ?? 0);
  const info: NerModelInfo = {
    version: NER_FORMAT_VERSION,
    labels: [...NER_LABELS],
    scale,
    features: keys.length,
    ...(parts.trainedOn ? { trainedOn: parts.trainedOn } : {}),
    ...(parts.epochs !== undefined ? { epochs: parts.epochs } : {}),
    ...(parts.seed !== undefined ? { seed: parts.seed } : {}),
  };
  return { info, keys, weights, transitions, gazetteers: buildGazetteers(parts.gazetteers), ...buildTable(keys) };
}

/**
 * Serialises a model: "WNER", header length (u32), JSON header (info and gazetteer lists), padding
 * to 4 bytes, then keys (u32 × n), transitions (f32 × 56), weights (i16 × 7n), all little-endian.
 */
export function serializeNerModel(model: NerModel): Buffer {
  const header = Buffer.from(JSON.stringify({ info: model.info, gazetteers: model.gazetteers.data }), 'utf8');
  const headerEnd = 8 + header.length;
  const pad = (4 - (headerEnd % 4)) % 4;
  const body = headerEnd + pad;
  const size = body + model.keys.byteLength + model.transitions.byteLength + model.weights.byteLength;
  const buf = Buffer.alloc(size);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(header.length, 4);
  header.copy(buf, 8);
  let o = body;
  for (const v of model.keys) {
    buf.writeUInt32LE(v, o);
    o += 4;
  }
  for (const v of model.transitions) {
    buf.writeFloatLE(v, o);
    o += 4;
  }
  for (const v of model.weights) {
    buf.writeInt16LE(v, o);
    o += 2;
  }
  return buf;
}

/** Parses a model serialised by {@link serializeNerModel}. Throws with a clear message on a bad file. */
export function parseNerModel(bytes: Uint8Array): NerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw new Error('Not a warta NER model file (bad magic); retrain with scripts/train-ner.ts');
  const headerLength = buf.readUInt32LE(4);
  const parsed = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as { info: NerModelInfo; gazetteers: GazetteerData };
  const { info } = parsed;
  if (info.version !== NER_FORMAT_VERSION) {
    throw new Error(`NER model format ${info.version} is not supported (expected ${NER_FORMAT_VERSION}); retrain with scripts/train-ner.ts`);
  }
  const L = LABEL_COUNT;
  const n = info.features;
  const headerEnd = 8 + headerLength;
  const body = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const need = body + n * 4 + (L + 1) * L * 4 + n * L * 2;
  if (buf.length !== need) throw new Error(`NER model file is truncated or corrupt (${buf.length} bytes, expected ${need})`);
  // Copy into fresh, aligned buffers; on little-endian hosts (all Node targets) this is a memcpy.
  const copy = (from: number, bytesLength: number) => {
    const ab = new ArrayBuffer(bytesLength);
    new Uint8Array(ab).set(buf.subarray(from, from + bytesLength));
    return ab;
  };
  const keys = new Uint32Array(copy(body, n * 4));
  const transitions = new Float32Array(copy(body + n * 4, (L + 1) * L * 4));
  const weights = new Int16Array(copy(body + n * 4 + (L + 1) * L * 4, n * L * 2));
  return { info, keys, weights, transitions, gazetteers: buildGazetteers(parsed.gazetteers), ...buildTable(keys) };
}

/**
 * Where the shipped model lives: models/ner/ at the package root. The same relative URL works from
 * src/stages/entities/ner/ (tsx) and dist/stages/entities/ner/ (built).
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
