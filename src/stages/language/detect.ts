import type { LanguageGuess } from '../../schema/summary.js';
import { francGuess } from './franc-fallback.js';
import { defaultModel, type LangModel } from './model.js';
import { FRANC_CONFIDENCE, isArabicScript, isWeakParagraph, LONG_WORDS, paragraphShape } from './paragraph.js';
import { posterior, scoreText, type LanguageScores, type WordSink } from './score.js';

/** Fewer words with letters than this: "und" (too little text to say). */
export const MIN_WORDS = 3;
/**
 * Below this share of tokens the model has seen, the text is probably in none of its languages and
 * franc-min is asked. Why 0.3: running text of id/ms/jv/su/en is mostly function words the model
 * knows (measured: own id/ms news sentences median 0.85, lowest 0.56; English 0.63-0.93; UDHR
 * Javanese and Sundanese median 0.45, where franc's answer is theirs and the model decides);
 * French, German, Spanish and Tagalog sentences 0-0.27.
 */
export const MIN_KNOWN_SHARE = 0.3;

/** A language reading with the evidence behind it (for the stage's article-level decision). */
export interface LanguageReading extends LanguageGuess {
  /** Which detector decided: the warta model, franc-min, the script (Arabic), or nothing ("und"). */
  source: 'warta-langid' | 'franc-min' | 'script' | 'none';
  /** The model's evidence; null for "und" and franc-min readings. */
  evidence: LanguageScores | null;
}

const UND: LanguageReading = { code: 'und', confidence: 0, source: 'none', evidence: null };

/** Rounds a confidence or share to three decimals, as reported. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Posteriors of bestGuess, reused (one per paragraph was a tenth of the stage's garbage). */
let scratch = new Float64Array(8);

/** The model's most probable class for some scores (with optional log-priors) and its rounded confidence. */
export function bestGuess(model: LangModel, scores: Float64Array, logPrior?: Float64Array): LanguageGuess {
  if (scratch.length !== scores.length) scratch = new Float64Array(scores.length);
  const p = posterior(scores, model.temperature, logPrior, scratch);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return { code: model.classes[best]!, confidence: round3(p[best]!) };
}

/**
 * Reads the language of a text with a given model, optionally with log-priors per model class.
 *
 * `paragraph: true` reads it as a paragraph of an article: Arabic script is "ar" (a Qur'an verse
 * or a prayer, whatever franc makes of its few words), and franc-min is asked only about running
 * text of at least LONG_WORDS words, its answer taken from FRANC_CONFIDENCE on; a short,
 * list-like or mostly-number paragraph the model does not know is read by the model all the same
 * (the stage then lets it follow its article), because franc's guesses on such text ("ceb" for a
 * headline, "es" for a line-up) mean nothing. `onWords` is shown the word hashes of the text (score.ts).
 * `from` and `to` read a part of the text (a paragraph in its article's text) as its slice would be read.
 */
export function readLanguage(
  text: string,
  model: LangModel,
  logPrior?: Float64Array,
  paragraph = false,
  onWords?: WordSink,
  from = 0,
  to = text.length,
): LanguageReading {
  const evidence = scoreText(model, text, onWords, from, to);
  if (evidence.words < MIN_WORDS) return UND;
  const otherScript = evidence.nonLatinLetters * 2 > evidence.letters;
  if (otherScript || evidence.knownWords < MIN_KNOWN_SHARE * evidence.tokens) {
    // (Rare: the part's slice is made only here.)
    const part = text.slice(from, to);
    const shape = paragraph ? paragraphShape(part) : null;
    if (shape && isArabicScript(shape)) return { code: 'ar', confidence: round3(shape.arabicLetters / shape.letters), source: 'script', evidence: null };
    const asked = !shape || (shape.words >= LONG_WORDS && !isWeakParagraph(shape)) ? francGuess(part) : null;
    const franc = asked && (!shape || asked.confidence >= FRANC_CONFIDENCE) ? asked : null;
    if (franc) return { code: franc.code, confidence: franc.confidence, source: 'franc-min', evidence: null };
    if (otherScript) return UND;
  }
  const { code, confidence } = bestGuess(model, evidence.scores, logPrior);
  // Why no object spread here: it cost a tenth of the stage's time (measured).
  return { code, confidence, source: 'warta-langid', evidence };
}

/**
 * Detects the language of a text: a BCP-47 code (id, ms, jv, su, en from warta's own model, other
 * languages through franc-min) and a calibrated confidence in [0, 1]; "und" with confidence 0 when
 * there are fewer than three words.
 *
 * @example detectLanguage('Kerajaan berkata bahawa kadar inflasi kekal rendah.') // { code: 'ms', confidence: 0.99 }
 */
export function detectLanguage(text: string): LanguageGuess {
  const { code, confidence } = readLanguage(text, defaultModel());
  return { code, confidence };
}
