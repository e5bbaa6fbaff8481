import type { Doc, Token } from '../../doc/doc.js';
import type { Keyword } from '../../schema/summary.js';
import { titleEndOf } from '../../doc/span.js';

/** Options of {@link rankKeywords}. */
export interface KeywordOptions {
  limit: number;
  stopwords: ReadonlySet<string>;
}

const LETTERS = /^[\p{L}][\p{L}'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
// Number and scale words carry no topic ("juta", "persen"): the amounts are entities already.
const NUMBER_WORDS = new Set([
  'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas',
  'belas', 'puluh', 'ratus', 'ribu', 'juta', 'miliar', 'milyar', 'triliun', 'puluhan', 'ratusan', 'ribuan', 'jutaan',
  'seratus', 'seribu', 'sejuta', 'persen', 'rupiah', 'tahun', 'bulan', 'hari', 'pekan', 'minggu',
]);

/**
 * Keywords ranked by stem: frequency, a boost for words of the title and the lead, and a boost for
 * names (capitalised inside a sentence); each reported as its most frequent surface form.
 */
export function rankKeywords(doc: Pick<Doc, 'tokens' | 'sections' | 'paragraphs'>, options: KeywordOptions): Keyword[] {
  const titleEnd = titleEndOf(doc);
  const leadEnd = doc.paragraphs.find((p) => p.start >= titleEnd)?.end ?? 0;
  const stats = new Map<string, { count: number; score: number; forms: Map<string, number> }>();
  let prev: Token | undefined;
  for (const t of doc.tokens) {
    const sentenceStart = !prev || prev.sentence !== t.sentence;
    prev = t;
    if (t.kind !== 'word' || t.text.length < 3 || !LETTERS.test(t.text)) continue;
    const lower = t.text.toLowerCase();
    if (options.stopwords.has(lower) || NUMBER_WORDS.has(lower)) continue;
    const stem = t.stem ?? lower;
    if (stem.length < 3 || options.stopwords.has(stem)) continue;
    let s = stats.get(stem);
    if (!s) {
      s = { count: 0, score: 0, forms: new Map() };
      stats.set(stem, s);
    }
    const inTitle = t.start < titleEnd;
    // A title word counts for the headline, not as a body occurrence.
    if (!inTitle) s.count++;
    // A capital inside a sentence marks a name: kept as written, and weighed a little more.
    const name = !sentenceStart && CAPITALISED.test(t.text);
    const form = name ? t.text : lower;
    s.forms.set(form, (s.forms.get(form) ?? 0) + 1);
    s.score += inTitle ? 3 : t.start < leadEnd ? 1.5 : 1;
    if (name && !inTitle) s.score += 0.5;
  }
  return [...stats.entries()]
    .filter(([, s]) => s.count > 0)
    .map(([stem, s]) => {
      const text = [...s.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return { text, stem, count: s.count, score: Math.round(s.score * 100) / 100 };
    })
    .sort((a, b) => b.score - a.score || b.count - a.count || a.stem.localeCompare(b.stem))
    .slice(0, options.limit);
}
