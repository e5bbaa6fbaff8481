import type { ScanToken } from './tokens.js';
import { numberWords, type UnitPhraseKind } from '../../lexicon/numbers.js';
import { GROUP_SCALES, UNIT_WORDS, VAGUE_WORDS } from './number-words.js';
import { DAY_NAMES, MONTH_NAMES, TIME_UNITS, TIME_ZONES } from './calendar.js';
import { CURRENCY_CODES } from './currencies.js';
import { matchPhrase, phraseTable } from './phrases.js';

/** Measures written exactly so (case matters: "m" is metre, "M" a scale). Canonical unit as value. */
const EXACT_MEASURES: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['m', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['g', 'g'], ['mg', 'mg'],
  ['ha', 'ha'], ['l', 'liter'], ['ml', 'ml'], ['MW', 'MW'], ['kW', 'kW'], ['GW', 'GW'], ['KW', 'kW'],
  ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'], ['mw', 'MW'], ['kw', 'kW'],
  ['GB', 'GB'], ['TB', 'TB'], ['MB', 'MB'], ['Mbps', 'Mbps'], ['Gbps', 'Gbps'], ['cc', 'cc'],
  ['SR', 'SR'], ['bps', 'basis poin'], ['mph', 'mph'], ['KM', 'km'], ['Km', 'km'], ['KG', 'kg'], ['Kg', 'kg'],
]);

/** Measures written as words, any case; the unit is reported as written ("kilometer", "hektare"). */
const WORD_MEASURES = new Set([
  'kilometer', 'meter', 'sentimeter', 'centimeter', 'milimeter', 'kilogram', 'gram', 'miligram', 'ton',
  'kuintal', 'hektare', 'hektar', 'are', 'liter', 'mililiter', 'megawatt', 'gigawatt', 'kilowatt', 'watt',
  'volt', 'barel', 'mil', 'knot', 'derajat', 'inci', 'kaki', 'hertz', 'kalori', 'gigabyte', 'megabyte',
  'ons', 'kwintal', 'megawatt-jam', 'kilowatt-jam',
]);

/** Lengths that take "persegi" (square) or "kubik" (cubic). */
const AREA_BASES = new Set(['km', 'm', 'cm', 'kilometer', 'meter', 'sentimeter']);

/** Time units after a slash in a speed ("km/jam"). */
const SPEED_PER = new Set(['jam', 'j', 'h', 'detik', 'dtk', 's', 'menit']);

/** A measure after an amount: canonical unit and the token index after it. */
export interface UnitMatch {
  unit: string;
  end: number;
}

/** A measure at token `i` ("km", "kilometer", "meter persegi", "°C"); symbols keep their case ("MW"). */
export function matchMeasure(ts: readonly ScanToken[], i: number): UnitMatch | null {
  const t = ts[i];
  if (t === undefined) return null;
  if (t.text === '°') {
    const c = ts[i + 1];
    if (c !== undefined && c.gap === 0 && (c.text === 'C' || c.text === 'F')) return { unit: `°${c.text}`, end: i + 2 };
    return { unit: 'derajat', end: i + 1 };
  }
  if (t.kind !== 'word') return null;
  let unit = EXACT_MEASURES.get(t.text) ?? (t.text.length >= 3 && WORD_MEASURES.has(t.lower) ? t.lower : undefined);
  if (unit === undefined) return null;
  let end = i + 1;
  // "130 km/jam", "10 m/detik"
  const slash = ts[end];
  const per = ts[end + 1];
  if (slash !== undefined && per !== undefined && slash.text === '/' && slash.gap === 0 && per.gap === 0 && SPEED_PER.has(per.lower)) {
    return { unit: `${unit}/${per.lower}`, end: end + 2 };
  }
  // "km2", "m²", "m3"
  const pow = ts[end];
  if (pow !== undefined && pow.gap === 0 && (unit === 'km' || unit === 'm' || unit === 'cm')) {
    const sup = pow.text === '2' || pow.text === '²' ? '²' : pow.text === '3' || pow.text === '³' ? '³' : null;
    if (sup !== null) return { unit: `${unit}${sup}`, end: end + 1 };
  }
  // "meter persegi", "km persegi", "meter kubik"
  const sq = ts[end];
  if (sq !== undefined && sq.gap > 0 && (sq.lower === 'persegi' || sq.lower === 'kubik') && AREA_BASES.has(unit)) {
    unit = `${unit} ${sq.lower}`;
    end += 1;
  }
  return { unit, end };
}

/** A measure or counted noun of several words: numbers.txt [unit-phrases] ("metrik ton", "rumah tangga"). */
const UNIT_PHRASES = phraseTable<UnitPhraseKind>([...numberWords().unitPhrases]);

/** A unit of several words at token `i` ("500.000 metrik ton", "40.000 rumah tangga"): unit lower-cased, as written. */
export function matchUnitPhrase(ts: readonly ScanToken[], i: number): (UnitMatch & { measure: boolean }) | null {
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || t.gap === 0) return null;
  const m = matchPhrase(UNIT_PHRASES, ts, i);
  if (m === null) return null;
  for (let k = i + 1; k < m.end; k += 1) if ((ts[k]?.gap ?? 0) === 0) return null;
  const words: string[] = [];
  for (let k = i; k < m.end; k += 1) words.push(ts[k]!.lower);
  return { unit: words.join(' '), end: m.end, measure: m.value === 'measure' };
}

/** Mixed-case acronyms that count what they name ("3 MoU"): numbers.txt [acronym-units]. */
const MIXED_ACRONYMS: ReadonlySet<string> = numberWords().acronymUnits;
/** Capitals after an amount that count nothing: numbers.txt [acronyms-not-units], time zones and currency codes. */
const NOT_ACRONYM_UNITS: ReadonlySet<string> = new Set([...numberWords().notAcronymUnits, ...TIME_ZONES.keys(), ...CURRENCY_CODES]);
const ROMAN = /^[IVXLCDM]+$/;
const CAPITALS = /^[A-Z]{2,6}$/;

/** The word is written in capitals ("SPPG", "KORBAN"). */
function allCaps(t: ScanToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/**
 * An acronym at token `i` that counts what it names after an amount: "120 SPPG", "tujuh CCTV",
 * "50 UMKM" (two to six capitals), "3 MoU" (numbers.txt [acronym-units]). Not a time zone ("20
 * WIB"), a currency code, a roman numeral ("5 III"), an era ("500 SM"), nor a word of a line
 * written all in capitals ("KORBAN 75 ORANG"), nor after a number with a leading zero ("Kodim 0313
 * KPR"). The unit keeps its case.
 */
export function matchAcronymUnit(ts: readonly ScanToken[], i: number, amountStart: number): UnitMatch | null {
  // "Kodim 0313 KPR": a number with a leading zero names something.
  if (/^0\d/.test(ts[amountStart]?.text ?? '')) return null;
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || t.gap === 0 || t.gap > 2) return null;
  if (MIXED_ACRONYMS.has(t.text)) return { unit: t.text, end: i + 1 };
  if (!CAPITALS.test(t.text) || ROMAN.test(t.text) || NOT_ACRONYM_UNITS.has(t.text)) return null;
  // A line in capitals: the word before the amount, and the one before it unless none, are capitals.
  const before = ts[amountStart - 2];
  if (allCaps(ts[amountStart - 1]) && (before === undefined || before.kind === 'sym' || allCaps(before))) return null;
  return { unit: t.text, end: i + 1 };
}

/** Words after an amount that are never what it counts: numbers.txt [not-counted] ("Pasal 2 jo Pasal 18"). */
const NOT_COUNTED_MORE: ReadonlySet<string> = numberWords().notCounted;

/**
 * Words that follow a number without being what is counted: function words, time units (a duration
 * or a year is not a counted thing), predicates ("70 tewas"), and calendar names.
 */
const NOT_COUNTED = new Set([
  'dan', 'atau', 'yang', 'di', 'ke', 'dari', 'daripada', 'pada', 'untuk', 'dengan', 'dalam', 'oleh', 'itu', 'ini',
  'adalah', 'ialah', 'akan', 'sudah', 'telah', 'juga', 'tersebut', 'kali', 'lipat', 'lalu', 'lagi', 'saja',
  'pun', 'per', 'sebagai', 'karena', 'bahwa', 'tetapi', 'namun', 'serta', 'hingga', 'sampai', 'sejak',
  'setelah', 'sebelum', 'menjadi', 'jadi', 'tidak', 'tak', 'belum', 'masih', 'bisa', 'dapat', 'harus',
  'hanya', 'sekitar', 'lebih', 'kurang', 'hampir', 'sebanyak', 'sebesar', 'atas', 'bawah', 'antara',
  'tentang', 'terhadap', 'bagi', 'kepada', 'agar', 'supaya', 'maupun', 'pula', 'kemudian', 'sedangkan',
  'sementara', 'ketika', 'saat', 'bila', 'jika', 'kalau', 'meski', 'walau', 'seperti', 'yakni', 'yaitu',
  'para', 'semua', 'seluruh', 'banyak', 'beberapa', 'tiap', 'setiap', 'lain', 'sendiri', 'sekali',
  'pagi', 'siang', 'sore', 'malam', 'silam', 'mendatang', 'depan', 'terakhir', 'pertama', 'kedua',
  'tewas', 'meninggal', 'hilang', 'luka', 'terluka', 'selamat', 'naik', 'turun', 'persen', 'prosen',
  'koma', 'vs', 'versus', 'lawan', 'x', 'kata', 'ujar', 'tutur', 'jelas', 'ungkap', 'sebut',
  'orangnya', 'sen', 'ribuan', 'si', 'sang', 'nya', 'pukul', 'jam', 'tanggal', 'nomor', 'no',
  'pasal', 'ayat', 'huruf', 'angka', 'sekira', 'kira-kira', 'mencapai', 'tercatat', 'ia', 'dia', 'mereka',
  'kami', 'kita', 'saya', 'anda', 'ada', 'bukan', 'sangat', 'paling', 'terus', 'langsung', 'kembali',
  'belah', 'puluh', 'belas', 'ratus', 'secara', 'sama', 'seiring', 'akibat', 'besar', 'kecil', 'tinggi', 'rendah', 'baru', 'lama', 'panjang',
  'lebar', 'konon', 'milik', 'sebelumnya', 'berikutnya', 'lainnya', 'tersisa', 'sisanya', 'pertamanya',
  'and', 'or', 'of', 'the', 'to', 'in', 'on', 'at', 'by', 'for', 'is', 'was', 'are', 'were', 'a', 'an',
  'sekitarnya', 'kemarin', 'besok', 'nanti', 'tadi', 'dulu', 'kini', 'sekarang', 'segera', 'mulai',
]);

/** Nouns that look like me-/di- verbs. */
const PREFIX_NOUNS = new Set([
  'menteri', 'mentri', 'menara', 'menu', 'mentega', 'memori', 'dinas', 'direktur', 'distrik', 'dinding',
  'diplomat', 'diskon', 'digit', 'dividen', 'dirjen', 'dirut', 'diagnosis', 'dimensi', 'dialog', 'diesel',
  'divisi', 'distributor', 'dinasti', 'diaspora', 'dialisis', 'direksi', 'diktator', 'disertasi',
  'tersangka', 'terdakwa', 'terpidana', 'tertuduh', 'terperiksa', 'terminal', 'termin', 'teroris',
  'merek', 'meriam', 'melon', 'berkas', 'beras', 'berita', 'bermuda', 'benteng', 'berlian', 'meter',
]);

/** Prefixes of verb forms: me-, di-, ter-, ber-. */
const VERB_PREFIX = /^(?:meng|meny|mem|men|me[lr]|di|ter|ber)/;

/**
 * The counted noun at token `i` after an amount ("70 juta pengguna", "tiga jembatan"), or null:
 * it must be a lower-case word, not a function word, time unit, number word or verb form. In a
 * title-case line ("Telegram Dapatkan 70 Pengguna Baru") a capitalised noun counts too.
 */
export function matchCountedNoun(ts: readonly ScanToken[], i: number, titleCase = false): UnitMatch | null {
  const t = ts[i];
  if (t === undefined || t.kind !== 'word' || t.gap === 0 || t.gap > 2) return null;
  const w = t.lower;
  const first = t.text.charAt(0);
  const capitalised = first !== first.toLowerCase();
  if ((capitalised && !(titleCase && t.text.slice(1) === w.slice(1))) || w.length < 2) return null;
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(w)) return null;
  if (NOT_COUNTED.has(w) || NOT_COUNTED_MORE.has(w) || TIME_UNITS.has(w) || UNIT_WORDS.has(w) || GROUP_SCALES.has(w) || VAGUE_WORDS.has(w)) return null;
  if (MONTH_NAMES.has(w) || DAY_NAMES.has(w)) return null;
  // "perbulan", "pertahun": a rate, not a counted noun.
  if (w.startsWith('per') && TIME_UNITS.has(w.slice(3))) return null;
  // Verb forms ("meninggal", "ditangkap", "terluka", "berusia") describe, they are not counted.
  if (w.length >= 6 && VERB_PREFIX.test(w) && !PREFIX_NOUNS.has(w)) return null;
  return { unit: w, end: i + 1 };
}
