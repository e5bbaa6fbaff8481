import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteers, type GazetteerData, type Gazetteers } from './gazetteers.js';
import { LABEL_COUNT, NER_LABELS } from './labels.js';

/** Bumped when features or the file layout change; a model of another version is refused. */
export const NER_FORMAT_VERSION = 2;

const MAGIC = 0x52454e57; // "WNER" little-endian

/** What the model file's header says about its training (shown in the card). */
export interface NerModelInfo {
  version: number;
  labels: string[];
  /** Weights are stored as int16; the real weight is `int16 * scale`. */
  scale: number;
  features: number;
  /** log2 of the hash table's size. */
  tableBits: number;
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
  const { table, tableBits } = buildTable(keys);
  const info: NerModelInfo = {
    version: NER_FORMAT_VERSION,
    labels: [...NER_LABELS],
    scale,
    features: keys.length,
    tableBits,
    ...(parts.trainedOn ? { trainedOn: parts.trainedOn } : {}),
    ...(parts.epochs !== undefined ? { epochs: parts.epochs } : {}),
    ...(parts.seed !== undefined ? { seed: parts.seed } : {}),
  };
  return { info, keys, weights, transitions, gazetteers: buildGazetteers(parts.gazetteers), table, tableBits };
}

/**
 * Serialises a model: "WNER", header length (u32), JSON header (info and gazetteer lists), padding
 * to 4 bytes, then keys (u32 × n), transitions (f32 × 56), the hash table (i32 × 2^tableBits) and
 * weights (i16 × 7n), all little-endian. The table is stored so that loading is a copy, not a rebuild.
 */
export function serializeNerModel(model: NerModel): Buffer {
  const header = Buffer.from(JSON.stringify({ info: model.info, gazetteers: model.gazetteers.data }), 'utf8');
  const headerEnd = 8 + header.length;
  const body = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const sections = [model.keys, model.transitions, model.table, model.weights];
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

/** Parses a model serialised by {@link serializeNerModel}. Throws with a clear message on a bad file. */
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
  const tableSize = 2 ** info.tableBits;
  const headerEnd = 8 + headerLength;
  const body = headerEnd + ((4 - (headerEnd % 4)) % 4);
  const lengths = [n * 4, (L + 1) * L * 4, tableSize * 4, n * L * 2];
  const need = body + lengths.reduce((a, x) => a + x, 0);
  if (buf.length !== need || tableSize < n) throw new Error(`NER model file is truncated or corrupt (${buf.length} bytes, expected ${need})`);
  // Copy into fresh, aligned buffers (the file's bytes may sit at any offset of a pooled Buffer).
  let o = body;
  const next = (length: number) => {
    const ab = new ArrayBuffer(length);
    new Uint8Array(ab).set(buf.subarray(o, o + length));
    o += length;
    return ab;
  };
  const keys = new Uint32Array(next(lengths[0] ?? 0));
  const transitions = new Float32Array(next(lengths[1] ?? 0));
  const table = new Int32Array(next(lengths[2] ?? 0));
  const weights = new Int16Array(next(lengths[3] ?? 0));
  return { info, keys, weights, transitions, gazetteers: buildGazetteers(parsed.gazetteers), table, tableBits: info.tableBits };
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
