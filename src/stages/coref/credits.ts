/**
 * The publishing outlet's own credits. A scraped article names its publisher in the dateline
 * ("KOMPAS.com -", "Jakarta, CNN Indonesia --", "Jakarta (ANTARA) -") and where its reporter spoke
 * to someone ("kata Tessa kepada Tempo", "saat ditemui Kompas.com"): neither is an organisation the
 * article is about (GUIDE.md of the news corpus leaves them out). Another outlet cited as a source
 * ("dikutip dari Antara" in a detik article) stays an organisation.
 */
import type { Candidate } from '../../doc/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import { outletOf, outletOfUrl } from '../../lexicon/outlet.js';

export { outletOf, outletOfUrl } from '../../lexicon/outlet.js';

// The dateline runs from the body's start to its dash: "TRIBUNNEWS.COM, CIANJUR - ", "Jakarta (ANTARA) - ".
const DATELINE_END = /\s(?:-{1,2}|[–—])\s/u;
const DATELINE_MAX = 60;
// Where a reporter's outlet is credited: "kepada Tempo", "saat ditemui Kompas.com", "dihubungi detikcom".
const CREDIT_BEFORE = /(?:^|[\s,(])(?:kepada|ditemui|dihubungi|dikonfirmasi|diwawancarai)\s+$/iu;

/**
 * The candidates left once the publisher's names are taken out. The publisher is the outlet of the
 * URL, of a name in the dateline (the body's first words up to its dash), or of a name credited
 * after "kepada"/"ditemui"; every candidate naming it goes.
 */
export function dropOwnCredits(
  candidates: readonly Candidate[],
  text: string,
  bodyStart: number,
  url: string | null,
  lex: Lexicon,
): Candidate[] {
  const publishers = new Set<string>();
  const fromUrl = outletOfUrl(url, lex);
  if (fromUrl) publishers.add(fromUrl);
  let from = bodyStart;
  while (from < text.length && /\s/u.test(text[from]!)) from++;
  const head = text.slice(from, from + DATELINE_MAX);
  const dash = DATELINE_END.exec(head);
  const datelineEnd = dash && !head.slice(0, dash.index).includes('\n') ? from + dash.index : -1;
  // (Each candidate's outlet, found once.)
  const outlets = candidates.map((c) => outletOf(c.text, lex));
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const outlet = outlets[i] ?? null;
    if (outlet === null) continue;
    const inDateline = c.start >= from && c.end <= datelineEnd;
    if (inDateline || CREDIT_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) publishers.add(outlet);
  }
  if (publishers.size === 0) return [...candidates];
  return candidates.filter((_, i) => {
    const outlet = outlets[i] ?? null;
    return outlet === null || !publishers.has(outlet);
  });
}
