/**
 * Words glued together by a scraper that dropped the spaces around a link: "kepadadetikcom",
 * "detikJatengdi Jalan Kaligawe", "dikutip dariAntara". The clean stage puts a space back at each
 * place found here (an inserted character, with no raw offset), so that names and credits become
 * words of their own.
 */
import { perLexicon } from '../../lexicon/derive.js';
import type { Lexicon } from '../../lexicon/index.js';

// Words that introduce a linked source or place ("dari", "kepada", "dilansir"): one glued to a
// capitalised word is two words ("dariAntara").
const LINK_WORD_GLUE = /(?<![\p{L}\p{N}])(?:dari|kepada|dengan|dilansir|melalui|dilaporkan|lewat|oleh|laporan|pantauan|Pantauan)(?=\p{Lu}\p{Ll})/gu;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** The glue finder of a lexicon: the places in a line where a space belongs, in order. */
export const glueFinder = perLexicon((lex: Lexicon) => {
  // Longest first, so that "news" is tried before "ne…" prefixes of other channels.
  const channels = [...lex.detikChannels].sort((a, b) => b.length - a.length);
  return (line: string): number[] => {
    LINK_WORD_GLUE.lastIndex = 0;
    if (!line.includes('detik') && !LINK_WORD_GLUE.test(line)) return [];
    const at = new Set<number>();
    for (let i = line.indexOf('detik'); i >= 0; i = line.indexOf('detik', i + 5)) {
      const rest = line.slice(i + 5, i + 5 + 12).toLowerCase();
      const channel = channels.find((c) => rest.startsWith(c));
      if (!channel) continue;
      // "kepadadetikcom": a lowercase word runs into the credit.
      if (i > 0 && isLowerAscii(line.charCodeAt(i - 1))) at.add(i);
      // "detikJatengdi": the next word runs on after the channel.
      const end = i + 5 + channel.length;
      if (isLetter(line[end])) at.add(end);
    }
    LINK_WORD_GLUE.lastIndex = 0;
    for (let m = LINK_WORD_GLUE.exec(line); m; m = LINK_WORD_GLUE.exec(line)) at.add(m.index + m[0].length);
    return [...at].sort((a, b) => a - b);
  };
});
