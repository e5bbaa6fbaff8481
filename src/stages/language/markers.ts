/**
 * Words that tell Indonesian from Malaysian Malay: the rows of corpora/langid/id-ms-lexicon.tsv
 * (the pairs the language model is trained on, "bahwa"/"bahawa", "persen"/"peratus",
 * "pemerintah"/"kerajaan"), less the words that both standards use in news all the same.
 *
 * Why a second opinion next to the model: the model tells the two apart by character n-grams and
 * words, and on real Indonesian news it reads a plain Indonesian paragraph as Malay once in about
 * a hundred (the two share most of their words). A paragraph is Malay in an Indonesian article only
 * when its words say so too.
 */
import { readFileSync } from 'node:fs';
import { normalize } from './features.js';

/** Where the lexicon lives (shipped with the package, like the model). */
export const ID_MS_LEXICON_URL = new URL('../../../corpora/langid/id-ms-lexicon.tsv', import.meta.url);

/**
 * Words of the lexicon that are ordinary Indonesian too (or Malay too), and names: no evidence
 * either way. "pejabat" is an official in Indonesian and an office in Malay; "kereta" a train and
 * a car; "bea cukai", "kilang minyak", "Puan Maharani", "Wang Yi", "RM Padang", "tahap",
 * "tren", "negeri jiran" (Malaysia, in Indonesian news); "menurut", "jabatan" and "depan" are common
 * in Malay news as well.
 */
const SHARED = new Set([
  'katanya', 'pejabat', 'tahap', 'boleh', 'bangunan', 'kereta', 'tren', 'beliau', 'menjawab', 'pasukan',
  'cadangan', 'kadar', 'ialah', 'hukuman', 'dibenarkan', 'keuntungan', 'disahkan', 'membenarkan',
  'mengesahkan', 'kerajaan', 'menewaskan', 'mana-mana', 'wang', 'aduan', 'bilik', 'perlawanan', 'sekiranya',
  'menyelaraskan', 'rm', 'rp', 'ringgit', 'rupiah', 'sen', 'cukai', 'akta', 'kelayakan', 'persidangan',
  'kerjasama', 'kenyataan', 'keperluan', 'doktor', 'menemui', 'pagi tadi', 'tadi pagi', 'petang', 'esok',
  'percuma', 'alam sekitar', 'kilang', 'semalam', 'kanak-kanak', 'kos', 'memberitahu', 'suspek', 'puan', 'pks',
  'pengurusan', 'peruntukan', 'mengukuhkan', 'pemandu', 'ketika dihubungi', 'saat dihubungi', 'tengah hari',
  'mengulas', 'hospital', 'ketagihan', 'rayuan', 'peminat', 'jualan', 'tiada', 'sepakan', 'mendapati', 'cedera',
  'maut', 'mangsa', 'korban', 'undi', 'lelaki', 'kedai', 'hutang', 'utang', 'bas', 'bus', 'mac', 'jun', 'sebab',
  'kemudahan', 'bersetuju', 'kes', 'usaha', 'bisnis', 'selesai', 'berakhir', 'terjadi', 'tidak ada', 'apa pun',
  'jasa', 'tempat usaha', 'rekan', 'kabar', 'situs', 'pesan', 'cabang', 'mobil', 'film', 'filem', 'sim', 'ban',
  'mesin', 'klinik kesihatan', 'tandas', 'pengarah', 'menurut', 'jabatan', 'depan', 'minggu depan', 'perayaan',
  'dakwaan', 'tarif', 'terlibat', 'sebelumnya', 'bakal', 'operasi', 'ditunda', 'pemberitahuan', 'jiran',
]);

/** Marker counts of a text. */
export interface MarkerCounts {
  id: number;
  ms: number;
}

/** Counts the Indonesian and the Malay markers of a text (case-insensitive, whole words). */
export interface MarkerCounter {
  (text: string): MarkerCounts;
  /**
   * The same count over the word hashes of a normalised text (features.ts), when the counter can:
   * a caller that has normalised the text already need not do it again.
   */
  ofWords?: (hashes: Int32Array, count: number) => MarkerCounts;
}

/** The word hashes of a normalised text (features.ts): valid until the next normalisation. */
function wordHashes(text: string): { hashes: Int32Array; count: number } {
  const { wordHashes: hashes, tokens: count } = normalize(text);
  return { hashes, count };
}

interface Entry {
  /** Hashes of the words after the first (a phrase). */
  rest: number[];
  lang: 'id' | 'ms';
}

/**
 * Builds a marker counter from the lexicon's text (`id<TAB>ms` rows, variants split by "|").
 * Words are compared by a hash of their normalised form (lowercase, as the model reads them),
 * which keeps a count over a whole article to one pass without building a string per word.
 */
export function markerCounter(tsv: string): MarkerCounter {
  // Phrases are found by their first word, then the words after it.
  const first = new Map<number, Entry[]>();
  const rows = tsv.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const row of rows.slice(1)) {
    const [id = '', ms = ''] = row.split('\t');
    for (const [lang, cell] of [['id', id], ['ms', ms]] as const) {
      for (const variant of cell.split('|')) {
        const phrase = variant.trim().toLowerCase().replace(/\s+/g, ' ');
        if (!phrase || SHARED.has(phrase)) continue;
        const { hashes: h, count } = wordHashes(phrase);
        const words = Array.from(h.subarray(0, count));
        const list = first.get(words[0]!) ?? [];
        list.push({ rest: words.slice(1), lang });
        first.set(words[0]!, list);
      }
    }
  }
  // The first words in an open-addressing table (a Map lookup per word of an article cost more
  // than the rest of the count): slot s holds a first word's hash (0: free) and its entries.
  let slots = 16;
  while (slots < first.size * 4) slots <<= 1;
  const mask = slots - 1;
  const keys = new Int32Array(slots);
  const lists: Entry[][] = [];
  for (const [hash, list] of first) {
    let slot = hash & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = hash;
    lists[slot] = list;
  }
  const ofWords = (words: Int32Array, count: number): MarkerCounts => {
    const counts: MarkerCounts = { id: 0, ms: 0 };
    for (let i = 0; i < count; i++) {
      const w = words[i]!;
      let slot = w & mask;
      while (keys[slot] !== w && keys[slot] !== 0) slot = (slot + 1) & mask;
      if (keys[slot] === 0) continue;
      const entries = lists[slot]!;
      // The longest entry that matches here: "minggu lepas" before a lone word.
      let best: Entry | null = null;
      for (const e of entries) {
        if (i + e.rest.length < count && (best === null || e.rest.length > best.rest.length) && restMatches(e.rest, words, i + 1)) best = e;
      }
      if (!best) continue;
      counts[best.lang]++;
      i += best.rest.length;
    }
    return counts;
  };
  const counter: MarkerCounter = (text) => {
    const { hashes, count } = wordHashes(text);
    return ofWords(hashes, count);
  };
  counter.ofWords = ofWords;
  return counter;
}

/** Whether `words` from `at` on begin with `rest`. */
function restMatches(rest: readonly number[], words: Int32Array, at: number): boolean {
  for (let k = 0; k < rest.length; k++) if (words[at + k] !== rest[k]) return false;
  return true;
}

let cached: MarkerCounter | null = null;

/** The marker counter of the shipped lexicon, read once. */
export function defaultMarkerCounter(): MarkerCounter {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(ID_MS_LEXICON_URL, 'utf8');
    } catch {
      throw new Error(`Indonesian-Malay lexicon missing at ${ID_MS_LEXICON_URL.pathname}: reinstall warta`);
    }
    cached = markerCounter(text);
  }
  return cached;
}
