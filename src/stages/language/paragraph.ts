/**
 * What a paragraph looks like, for the rules that decide whether its language may differ from the
 * article's: short, list-like (names and separators: a team line-up, a list of institutions),
 * mostly numbers, or in Arabic script; and its text without capitalised words, which is what the
 * model re-reads to confirm another language (names of awards, committees and studies are
 * capitalised English inside Indonesian sentences).
 */

/** Fewer words than this: a short paragraph (a heading, a caption, a line of boilerplate). */
export const SHORT_WORDS = 8;
/**
 * A paragraph of at least this many words in another language is a mixed article by itself (the
 * issue's "a whole paragraph of at least ~15 words"); shorter ones count towards the 20% share.
 * Also the fewest words for franc-min to be asked at all.
 */
export const LONG_WORDS = 15;

/**
 * franc-min's confidence (its margin, see franc-fallback.ts) from which its answer is taken for a
 * paragraph of an article: below it, franc is choosing between languages it finds alike (a
 * lowercased team line-up read as Spanish at 0.7).
 */
export const FRANC_CONFIDENCE = 0.8;

/** The shape of a paragraph. */
export interface ParagraphShape {
  /** Tokens with a letter. */
  words: number;
  /** Tokens with a digit and no letter. */
  numbers: number;
  /** Words starting with a capital letter. */
  capitalised: number;
  /** List separators: ",", ";", "|", "•", "·". */
  separators: number;
  letters: number;
  arabicLetters: number;
}

const TOKEN = /\S+/g;
const LETTER = /\p{L}/u;
const UPPER_START = /^[^\p{L}\p{N}]*\p{Lu}/u;
const DIGIT = /\d/;
// Letters only: the vowel marks (harakat) of a verse are marks, not letters.
const ARABIC = /(?=\p{L})\p{Script=Arabic}/gu;
const ALL_LETTERS = /\p{L}/gu;
const SEPARATORS = /[,;|•·]/g;

/** Measures a paragraph. */
export function paragraphShape(text: string): ParagraphShape {
  let words = 0;
  let numbers = 0;
  let capitalised = 0;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (LETTER.test(t)) {
      words++;
      if (UPPER_START.test(t)) capitalised++;
    } else if (DIGIT.test(t)) {
      numbers++;
    }
  }
  return {
    words,
    numbers,
    capitalised,
    separators: text.match(SEPARATORS)?.length ?? 0,
    letters: text.match(ALL_LETTERS)?.length ?? 0,
    arabicLetters: text.match(ARABIC)?.length ?? 0,
  };
}

/** Most letters are Arabic script (a Qur'an verse, a prayer, an Arabic quotation). */
export function isArabicScript(shape: ParagraphShape): boolean {
  return shape.letters > 0 && shape.arabicLetters * 2 > shape.letters;
}

/**
 * Too little running text for its language to be told apart from the article's: short, mostly
 * numbers ("Kementerian Agama skor 3,264."), or a list (most words capitalised, as in names and
 * headings, or a separator every three words or fewer, as in a team line-up; prose has a comma
 * every ten words or so).
 */
export function isWeakParagraph(shape: ParagraphShape): boolean {
  if (shape.words < SHORT_WORDS) return true;
  if (shape.numbers * 3 >= shape.words + shape.numbers) return true;
  if (shape.capitalised * 5 >= shape.words * 3) return true;
  return shape.separators >= 3 && shape.separators * 3 >= shape.words;
}

/**
 * The paragraph without its capitalised words (names, titles, sentence starts): what is left is the
 * running text that carries the language ("dipimpin langsung oleh … bersama jajarannya").
 */
export function runningText(text: string): string {
  return text.replace(/\S+/g, (t) => (UPPER_START.test(t) ? ' ' : t));
}
