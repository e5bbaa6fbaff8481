/**
 * Publication-date and outlet benchmark: what reading `publishedAt` and the outlet adds to every
 * article (createDoc does both, before any stage runs). Prints microseconds per call for each form
 * of date, for the outlet of a URL and of a site name, and, for scale, the median time of one
 * whole default-pipeline analysis of a short article.
 *
 *   npx tsx scripts/bench-published-at.ts [--calls 200000]
 */
import { readPublishedAt } from '../src/doc/published-at.js';
import { getLexicon } from '../src/lexicon/index.js';
import { articleOutlet } from '../src/lexicon/outlet.js';
import { createPipeline } from '../src/pipeline/pipeline.js';

const at = process.argv.indexOf('--calls');
const calls = at >= 0 ? Number(process.argv[at + 1]) : 200_000;

/** Microseconds per call of `fn` (best of 5 rounds of `calls` calls, after a warm-up round). */
function perCall(fn: (i: number) => unknown, n = calls): number {
  let sink = 0;
  for (let i = 0; i < n; i++) sink += fn(i) ? 1 : 0;
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += fn(i) ? 1 : 0;
    best = Math.min(best, (performance.now() - t0) / n);
  }
  if (sink < 0) console.log(sink);
  return best * 1000;
}

const rows: [string, number][] = [];
for (const value of [
  '2025-10-21T20:43:00+07:00',
  'Selasa, 21 Okt 2025 20:43 WIB',
  'Tue, 21 Oct 2025 13:43:00 GMT',
  '21/10/2025 20:43',
  'Rabu, 5/11/2025 09:15 WITA',
  '1761054180',
  'minggu lalu',
]) {
  rows.push([`readPublishedAt(${JSON.stringify(value)})`, perCall(() => readPublishedAt(value).ok)]);
}
const lex = getLexicon();
rows.push(['articleOutlet(url of news.detik.com)', perCall(() => articleOutlet({ url: 'https://news.detik.com/berita/d-8123/banjir' }, lex))]);
rows.push(['articleOutlet(url of an unknown site)', perCall(() => articleOutlet({ url: 'https://www.kabar-nusantara.example/x' }, lex))]);
rows.push(['articleOutlet(site name "detikNews")', perCall(() => articleOutlet({ siteName: 'detikNews', url: null }, lex))]);

const pipeline = createPipeline();
const article = {
  body: 'JAKARTA - Banjir melanda Bekasi kemarin sore. Warga mengungsi ke masjid. "Air naik cepat," kata Budi, warga setempat.',
  publishedAt: 'Selasa, 21 Okt 2025 20:43 WIB',
  url: 'https://news.detik.com/berita/d-8123/banjir',
};
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const t0 = performance.now();
  pipeline.analyze({ ...article, id: `a${i}` });
  if (i >= 50) times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
rows.push(['for scale: one analysis of a 3-sentence article (median)', times[times.length >> 1]! * 1000]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'what'.padEnd(width)}  µs per call`);
for (const [name, us] of rows) console.log(`${name.padEnd(width)}  ${us.toFixed(2)}`);
