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

// A word with a capital inside after a lowercase letter: "KemudianGolden", "VisaIndonesia". (Only
// from a word's start, the letter before read once: tried from each letter of a word, the runs of
// letters backtrack over the rest of it.)
const CAMEL = /(?<!\p{L})\p{L}*\p{Ll}\p{Lu}\p{L}*/gu;
// Whether a line has a CAMEL word at all: a lowercase letter before a capital, which every
// LINK_WORD_GLUE match has too (its words end in a lowercase letter). One linear scan, where
// CAMEL itself backtracks over every word of a line that has none.
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

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
    const camel = LOWER_UPPER.test(line);
    if (!camel && !line.includes('detik')) return [];
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
    if (camel) {
      LINK_WORD_GLUE.lastIndex = 0;
      for (let m = LINK_WORD_GLUE.exec(line); m; m = LINK_WORD_GLUE.exec(line)) at.add(m.index + m[0].length);
      // "KemudianGolden Visa", "Golden VisaIndonesia": two words whose space a link took, told from
      // brand names ("YouTube", "WhatsApp", "McDonald") by what the parts are: the first an Indonesian
      // function word or a whole lowercase common word, or the second a place, organisation or given
      // name the lexicon knows.
      CAMEL.lastIndex = 0;
      for (let m = CAMEL.exec(line); m; m = CAMEL.exec(line)) {
        const word = m[0];
        // A detik channel's credit ("detikJabar") is one word.
        if (word.startsWith('detik')) continue;
        for (let k = 1; k < word.length; k++) {
          if (!isUpper(word[k]!) || !isLowerLetter(word[k - 1]!)) continue;
          const leftWord = /\p{Lu}?\p{Ll}+$/u.exec(word.slice(0, k))?.[0] ?? '';
          const rightWord = /^\p{Lu}\p{Ll}+/u.exec(word.slice(k))?.[0] ?? '';
          if (leftWord.length < 3 || rightWord.length < 3) continue;
          const known = lex.places.has(rightWord) || lex.orgs.has(rightWord) || lex.givenNames.has(rightWord.toLowerCase());
          // "terendamKampung", "bukuBahan": a whole lowercase common word runs into a capitalised one
          // (brands glue a letter or a short prefix: "iPhone", "eFishery").
          const common = leftWord.length === k && leftWord.length >= 4 && lex.commonWords.has(leftWord);
          if (lex.stopwords.has(leftWord.toLowerCase()) || (known && leftWord.length >= 4) || common) at.add(m.index + k);
        }
      }
    }
    return [...at].sort((a, b) => a - b);
  };
});
