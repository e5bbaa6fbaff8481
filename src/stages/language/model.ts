import { readFileSync } from 'node:fs';

/** Name and version of the model file format. */
export const MODEL_FORMAT = 'warta-langid/1';

/** The model file as stored under models/langid/ (written by scripts/train-language.ts). */
export interface LangModelFile {
  format: string;
  /** BCP-47 codes, in the order of the weight columns. */
  classes: string[];
  /** Softmax temperature fitted on held-out training sentences. */
  temperature: number;
  /** Weights are int16; multiply by `scale` to get log-probability ratios. */
  scale: number;
  /**
   * Per-class score offset: the log of the expected share of each language among warta's inputs
   * (an Indonesian news tool sees far more Indonesian than Sundanese), in score units.
   */
  bias?: number[];
  /** Base64 of a little-endian Int32Array of feature hashes. */
  keys: string;
  /** Base64 of a little-endian Int16Array, `classes.length` weights per key. */
  weights: string;
  /** How the model was trained (data, hyperparameters, scores); not read at run time. */
  meta?: Record<string, unknown>;
}

/**
 * A loaded model: an open-addressing hash table of int32 keys (small, so the probe for a feature
 * the model lacks stays in cache) and, per slot, the class weights as int16.
 */
export interface LangModel {
  classes: readonly string[];
  temperature: number;
  scale: number;
  /** Per-class score offset (see LangModelFile.bias). */
  bias: Float64Array;
  /** Feature hash per slot; 0 marks an empty slot. */
  keys: Int32Array;
  /** `classes.length` int16 weights per slot. */
  weights16: Int16Array;
  mask: number;
}

function decode(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** Builds the run-time table from a model file. */
export function buildModel(file: LangModelFile): LangModel {
  if (file.format !== MODEL_FORMAT) {
    throw new Error(`language model: format "${file.format}" is not "${MODEL_FORMAT}"; retrain with scripts/train-language.ts`);
  }
  const stored = new Int32Array(decode(file.keys));
  const weights = new Int16Array(decode(file.weights));
  const C = file.classes.length;
  if (weights.length !== stored.length * C) throw new Error('language model: keys and weights disagree in length');
  let slots = 1;
  // Load factor at most 1/2: probes stay short.
  while (slots < stored.length * 2) slots <<= 1;
  const keys = new Int32Array(slots);
  const weights16 = new Int16Array(slots * C);
  const mask = slots - 1;
  for (let k = 0; k < stored.length; k++) {
    const key = stored[k]!;
    let slot = key & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    for (let c = 0; c < C; c++) weights16[slot * C + c] = weights[k * C + c]!;
  }
  const bias = Float64Array.from(file.classes, (_, c) => file.bias?.[c] ?? 0);
  return { classes: file.classes, temperature: file.temperature, scale: file.scale, bias, keys, weights16, mask };
}

/** Index of the int16 weights of `hash` in `model.weights16`, or -1 when the feature is unknown. */
export function lookup(model: LangModel, hash: number): number {
  const { keys, mask } = model;
  let slot = hash & mask;
  for (;;) {
    const k = keys[slot]!;
    if (k === hash) return slot * model.classes.length;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Where the shipped model lives (the same relative path from src/ and from dist/). */
export const DEFAULT_MODEL_URL = new URL('../../../models/langid/langid.json', import.meta.url);

let cached: LangModel | null = null;

/** The shipped model, read once per process on first use. */
export function defaultModel(): LangModel {
  if (cached === null) {
    let text: string;
    try {
      text = readFileSync(DEFAULT_MODEL_URL, 'utf8');
    } catch {
      throw new Error(`language model missing at ${DEFAULT_MODEL_URL.pathname}: run "npx tsx scripts/train-language.ts"`);
    }
    cached = buildModel(JSON.parse(text) as LangModelFile);
  }
  return cached;
}
