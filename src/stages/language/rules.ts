/**
 * The rules that make the language stage's flags worth reading on real news: when a paragraph may
 * be in another language than its article, when an Indonesian/Malay reading of the model gives way
 * to the words that differ between the two, and when an article is mixed enough to say so.
 */
import type { LanguageGuess } from '../../schema/summary.js';
import { bestGuess, round3 } from './detect.js';
import { francGuess } from './franc-fallback.js';
import type { MarkerCounter, MarkerCounts } from './markers.js';
import type { LangModel } from './model.js';
import { FRANC_CONFIDENCE, isWeakParagraph, LONG_WORDS, paragraphShape, runningText } from './paragraph.js';
import { posterior, scoreText } from './score.js';

/** Fewest words of running text for the model to confirm Javanese or Sundanese. */
const MIN_RUNNING_WORDS = 6;
/** The model's confidence on the running text that confirms Javanese or Sundanese. */
const CONFIRM_CONFIDENCE = 0.9;
/** Fewest distinct words of running text that must read as the other language. */
const MIN_VOTES = 3;
/** Share of an article's words in other languages that makes it mixed (with LONG_WORDS: the rule). */
const MIXED_SHARE = 0.2;

/**
 * The model's confidence from which a single word that differs between Indonesian and Malay, with
 * none against it, decides between the two.
 */
const SURE_ID_MS = 0.9;

function isIdMs(code: string): code is 'id' | 'ms' {
  return code === 'id' || code === 'ms';
}

/**
 * The language of a paragraph the model reads as `guess.code` (one of its languages, not the
 * article's `article`), or null when it follows its article.
 *
 * - Indonesian against Malay (either way round): only the words that differ between the two
 *   decide (markers.ts), and only in running text (never a short, list-like or mostly-number
 *   paragraph): at least two for `guess.code` and more than for the article's ("Kerajaan …
 *   bahawa … kerana …"), or one with none against it when the model is sure.
 * - Another pair: the paragraph's running text must confirm the reading ({@link confirmsOther}),
 *   which a line-up, a URL, a formula or a caption in capitals cannot; a paragraph read as
 *   Indonesian or Malay in an article in neither is then told apart by {@link idOrMs}.
 * - A long paragraph of running text that is not confirmed: franc-min's language when franc is
 *   confident (and names none of the model's languages): a Spanish quotation has enough words the
 *   model knows ("de", "la", "a") to be read by the model, as English.
 *
 * `p` is the model's posterior for the paragraph (with the article's prior), in `model.classes` order.
 */
export function paragraphLanguage(
  text: string,
  guess: LanguageGuess,
  p: Float64Array,
  article: string,
  model: LangModel,
  markers: MarkerCounter,
): LanguageGuess | null {
  const shape = paragraphShape(text);
  const weak = isWeakParagraph(shape);
  if (isIdMs(guess.code) && isIdMs(article)) {
    if (weak) return null;
    const counts = markers(text);
    const inFavour = counts[guess.code];
    const against = counts[article];
    return (inFavour >= 2 && inFavour > against) || (inFavour >= 1 && against === 0 && guess.confidence >= SURE_ID_MS) ? guess : null;
  }
  if (confirmsOther(text, guess.code, article, model)) return isIdMs(guess.code) ? idOrMs(text, guess, p, model, markers) : guess;
  if (weak || shape.words < LONG_WORDS) return null;
  const franc = francGuess(text);
  return franc && franc.confidence >= FRANC_CONFIDENCE ? franc : null;
}

/**
 * Indonesian or Malay, for a paragraph of one of the two in an article in neither: the words that
 * differ when they say it, else the model's reading when it is sure, else Indonesian (what warta
 * reads most). The confidence is the model's for the two together when the words or the default
 * overrule it.
 */
function idOrMs(text: string, guess: LanguageGuess, p: Float64Array, model: LangModel, markers: MarkerCounter): LanguageGuess {
  const counts = markers(text);
  const code = counts.ms > counts.id ? 'ms' : counts.id > counts.ms ? 'id' : guess.confidence >= SURE_ID_MS ? guess.code : 'id';
  if (code === guess.code) return guess;
  return { code, confidence: round3(p[model.classes.indexOf('id')]! + p[model.classes.indexOf('ms')]!) };
}

/**
 * Whether the running text of a paragraph (capitalised words left out) confirms that it is in
 * `code` rather than in the article's language `article`. For Javanese and Sundanese, the model
 * reads the running text whole and must be sure. Otherwise its distinct words vote, each read alone
 * by the model: at least MIN_VOTES and twice as many for `code` as for the article's language. An
 * Indonesian sentence naming "Chairman of the Committee on International Trade of the Arizona
 * House" has "of", "the", "on" against "dipimpin", "langsung", "oleh", "bersama", "jajarannya",
 * "di"; an English quotation is English without its names too.
 */
export function confirmsOther(text: string, code: string, article: string, model: LangModel): boolean {
  const running = runningText(text);
  if (code === 'jv' || code === 'su') {
    // Javanese and Sundanese share many words with Indonesian, so a vote of words alone would
    // not find them; names are no trouble there.
    const evidence = scoreText(model, running);
    if (evidence.words < MIN_RUNNING_WORDS) return false;
    const reading = bestGuess(model, evidence.scores);
    return reading.code === code && reading.confidence >= CONFIRM_CONFIDENCE;
  }
  const { other, own } = wordVotes(running, code, article, model);
  return other >= MIN_VOTES && other >= 2 * own;
}

/**
 * Distinct words of a text read alone by the model: how many read as `code`, and how many as the
 * article's language. Indonesian and Malay count together for an article in either (a word alone
 * seldom tells them apart: "dan" is half and half), and so they do for `code`.
 */
function wordVotes(text: string, code: string, article: string, model: LangModel): { other: number; own: number } {
  const family = (x: string) => (isIdMs(x) ? ['id', 'ms'] : [x]).map((y) => model.classes.indexOf(y)).filter((i) => i >= 0);
  const o = family(code);
  const a = family(article);
  let votes = { other: 0, own: 0 };
  const words = new Set(text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
  for (const w of words) {
    const p = posterior(scoreText(model, w).scores, model.temperature);
    const pOther = o.reduce((sum, i) => sum + p[i]!, 0);
    const pOwn = a.reduce((sum, i) => sum + p[i]!, 0);
    if (pOther >= 0.5 && pOther > pOwn) votes = { ...votes, other: votes.other + 1 };
    else if (pOwn >= 0.5 && pOwn > pOther) votes = { ...votes, own: votes.own + 1 };
  }
  return votes;
}

/**
 * The article's language when the model says Indonesian or Malay and the words that differ say the
 * other one clearly (at least three, and more than twice as many), else null.
 */
export function switchesIdMs(top: string, counts: MarkerCounts): 'id' | 'ms' | null {
  if (!isIdMs(top)) return null;
  const other = top === 'id' ? 'ms' : 'id';
  return counts[other] >= 3 && counts[other] > 2 * counts[top] ? other : null;
}

/**
 * Whether an article in `article` is mixed: its paragraphs in other languages hold at least a
 * fifth of its words, or one of them is a whole paragraph of LONG_WORDS words or more. Arabic
 * paragraphs do not count: a Qur'an verse or a prayer in an Indonesian article is a quotation, not
 * mixed content; "und" paragraphs are no language.
 */
export function flagsMixed(article: string, paragraphs: readonly { code: string; words: number }[]): boolean {
  const primary = article.split('-')[0]!.toLowerCase();
  let total = 0;
  let other = 0;
  for (const p of paragraphs) {
    total += p.words;
    if (p.code === primary || p.code === 'und' || p.code === 'ar') continue;
    if (p.words >= LONG_WORDS) return true;
    other += p.words;
  }
  return total > 0 && other >= MIXED_SHARE * total;
}
