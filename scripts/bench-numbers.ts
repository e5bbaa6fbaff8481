/**
 * Speed of the numbers recogniser on generated news-style sentences and on pathological input.
 * Prints a table (texts/s, chars/s, µs per text).
 *
 *   npx tsx scripts/bench-numbers.ts [--texts 5000] [--rounds 5]
 */
import { extractNumbers } from '../src/stages/numbers/index.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const N = arg('--texts', 5000);
const ROUNDS = arg('--rounds', 5);

/** A small deterministic PRNG so every run measures the same texts. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const int = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));

const SUBJECTS = ['Pemerintah', 'Kementerian Keuangan', 'Bank Indonesia', 'PT Pertamina (Persero)', 'Pemprov DKI Jakarta', 'BPS', 'Polda Metro Jaya'];
const AMOUNTS = [
  () => `Rp ${int(1, 999)} ${pick(['juta', 'miliar', 'triliun', 'M', 'T'])}`,
  () => `Rp${int(1, 99)},${int(1, 9)} ${pick(['juta', 'miliar', 'triliun'])}`,
  () => `Rp${int(1, 999)}.${String(int(0, 999)).padStart(3, '0')}.000`,
  () => `US$ ${int(1, 99)},${int(1, 9)} miliar`,
  () => `${int(2, 900)} ribu dolar AS`,
  () => `sekitar Rp ${int(10, 90)}-${int(100, 500)} ribu`,
];
const COUNTS = [
  () => `${int(2, 999)} orang`,
  () => `${int(1, 99)} juta pengguna`,
  () => `${int(1, 9)}.${String(int(0, 999)).padStart(3, '0')} responden`,
  () => `lebih dari ${int(2, 90)} juta pengungsi`,
  () => `${pick(['dua', 'tiga', 'lima', 'tujuh', 'sepuluh'])} jembatan`,
  () => `ratusan warga`,
  () => `${int(1, 500)} km`,
];
const PCTS = [() => `${int(1, 20)},${int(0, 99)} persen`, () => `${int(1, 99)}%`, () => `${int(0, 3)},${int(1, 9)} persen poin`];
const DATES = [
  () => `${pick(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])} (${int(1, 28)}/${int(1, 12)}/2025)`,
  () => `${int(1, 28)} ${pick(['Januari', 'Maret', 'Oktober', 'Desember'])} 2025`,
  () => pick(['kemarin', 'pekan lalu', 'Senin lalu', 'tahun lalu', 'Senin hingga Selasa lalu']),
  () => `pukul ${int(7, 22)}.${pick(['00', '15', '30'])} WIB`,
];
const FILLER = ['mengatakan bahwa', 'kata dia kepada wartawan', 'menurut keterangan resmi', 'dalam konferensi pers', 'di Jakarta'];

function sentence(): string {
  return `${pick(SUBJECTS)} ${pick(['menganggarkan', 'mencatat', 'melaporkan'])} ${pick(AMOUNTS)()} untuk ${pick(COUNTS)()} ` +
    `${pick(DATES)()}, ${pick(FILLER)}, naik ${pick(PCTS)()} dibanding periode yang sama tahun ${int(2019, 2024)}.`;
}
const sentences = Array.from({ length: N }, sentence);
const paragraphs = Array.from({ length: Math.max(1, Math.floor(N / 10)) }, () => Array.from({ length: 10 }, sentence).join(' '));

function measure(name: string, texts: readonly string[], rounds = ROUNDS): string {
  let items = 0;
  for (const t of texts.slice(0, 50)) items += extractNumbers(t).length; // warm-up
  const chars = texts.reduce((a, t) => a + t.length, 0);
  let best = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    const t0 = performance.now();
    items = 0;
    for (const t of texts) items += extractNumbers(t, { publishedAt: '2025-10-23' }).length;
    best = Math.min(best, performance.now() - t0);
  }
  const perSec = (texts.length / best) * 1000;
  return `| ${name} | ${texts.length} | ${items} | ${Math.round(perSec).toLocaleString('en-US')} | ${Math.round((chars / best) * 1000).toLocaleString('en-US')} | ${((best * 1000) / texts.length).toFixed(1)} |`;
}

/** Inputs built to hurt: long digit runs, separators, repeated prefixes and connectors (~10k chars each). */
const pathological: readonly (readonly [string, string])[] = [
  ['10,000 digits', '9'.repeat(10_000)],
  ['"1." × 5,000', '1.'.repeat(5_000)],
  ['"1," × 5,000', '1,'.repeat(5_000)],
  ['"dua puluh " × 1,000', 'dua puluh '.repeat(1_000)],
  ['"Rp " × 3,000', 'Rp '.repeat(3_000)],
  ['"sekitar " × 1,250', 'sekitar '.repeat(1_250)],
  ['"1-" × 5,000', '1-'.repeat(5_000)],
  ['"(1/" × 3,000', '(1/'.repeat(3_000)],
  ['"antara 1 " × 1,100', 'antara 1 '.repeat(1_100)],
  ['"Senin hingga " × 800', 'Senin hingga '.repeat(800)],
];

const lines = [
  `numbers recogniser: ${N} generated sentences, best of ${ROUNDS} rounds (Node ${process.version}; 2-core machine shared with other jobs, so numbers are noisy)`,
  '',
  '| input | texts | items | texts/s | chars/s | µs/text |',
  '|---|---:|---:|---:|---:|---:|',
  measure('news sentence', sentences),
  measure('news paragraph (10 sentences)', paragraphs),
  ...pathological.map(([name, text]) => measure(`pathological: ${name}`, Array.from({ length: 20 }, () => text), 3)),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(`\nexample: ${sentences[0]}\n${JSON.stringify(extractNumbers(sentences[0] ?? '').map((x) => x.text))}\n`);
