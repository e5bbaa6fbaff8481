import { isWhitespaceCode } from '../../doc/chars.js';
import type { DocLanguage } from '../../doc/doc.js';
import { z } from 'zod';
import { defineStage, defineStageFactory, type Stage } from '../../doc/stage.js';
import type { LanguageGuess } from '../../schema/summary.js';
import { bestGuess, readLanguage, round3, type LanguageReading } from './detect.js';
import { defaultMarkerCounter, type MarkerCounter } from './markers.js';
import { defaultModel, type LangModel } from './model.js';
import { flagsMixed, paragraphLanguage, switchesIdMs } from './rules.js';
import { paragraphShape } from './paragraph.js';
import { MAX_SCORED_CHARS, posterior, type WordSink } from './score.js';

/** Options of the language stage. */
export const LanguageOptionsSchema = z
  .object({
    paragraphPrior: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.7)
      .describe(
        "Prior probability that a paragraph is in the article's language: a short paragraph that reads as id or ms by a hair follows its article; a clearly English paragraph still wins",
      ),
    uncertainBelow: z.number().min(0).max(1).default(0.6).describe('Below this article confidence, report language-uncertain'),
  })
  .strict();
export type LanguageStageOptions = z.output<typeof LanguageOptionsSchema>;

/**
 * The language stage: a code and a calibrated confidence per paragraph (`p.language`) and for the
 * article (`doc.language`: the language with the largest share of letters, its confidence, and the
 * other languages that have paragraphs). A language given with the input (`meta.forcedLanguage`)
 * wins for the article; paragraphs are still read.
 */
export const languageStage = defineStageFactory({
  name: 'language',
  description: 'Language of every paragraph and of the article (Indonesian apart from Malay, Javanese, Sundanese, English)',
  options: LanguageOptionsSchema,
  create: (options, ctx) => createLanguageStage(options, defaultModel(), ctx.name, defaultMarkerCounter()),
});

interface Unit {
  start: number;
  end: number;
  reading: LanguageReading;
  guess: LanguageGuess;
  letters: number;
  /** Words with a letter (for the share of the article in another language). */
  words: number;
}

/**
 * The language stage with a given model (tests and experiments can bring their own) and counter of
 * the words that tell Indonesian from Malay.
 */
export function createLanguageStage(
  options: LanguageStageOptions,
  model: LangModel,
  name = 'language',
  markers: MarkerCounter = defaultMarkerCounter(),
): Stage {
  const prior = options.paragraphPrior;
  const uncertainBelow = options.uncertainBelow;
  const C = model.classes.length;
  // log-priors per article class, built once: row a favours class a.
  const priors = model.classes.map((_, a) => Float64Array.from(model.classes, (__, c) => Math.log(c === a ? prior : (1 - prior) / (C - 1))));
  // The word hashes of the article's paragraphs, one after another, as the model reads them: the
  // marker counter's input when they are the whole text's (see wordsCoverText).
  let words = new Int32Array(4096);
  let wordCount = 0;
  const collect: WordSink = (hashes, count) => {
    if (words.length < wordCount + count) {
      const grown = new Int32Array(2 * (wordCount + count));
      grown.set(words.subarray(0, wordCount));
      words = grown;
    }
    for (let i = 0; i < count; i++) words[wordCount++] = hashes[i]!;
  };

  return defineStage({
    name,
    requires: ['text', 'paragraphs'],
    provides: ['language'],
    run(doc, ctx) {
      const spans = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
      wordCount = 0;
      const units: Unit[] = spans.map(({ start, end }) => {
        // (Read in the article's text, not in a slice: see normalize in features.ts.)
        const reading = readLanguage(doc.text, model, undefined, true, collect, start, end);
        const letters = reading.evidence?.letters ?? end - start;
        const words = reading.evidence?.words ?? paragraphShape(doc.text.slice(start, end)).words;
        return { start, end, reading, guess: { code: reading.code, confidence: reading.confidence }, letters, words };
      });

      // The article's evidence: every paragraph the model read, summed, with the class bias (the
      // prior, included in each paragraph's scores) counted once.
      // (A copy by the constructor: Float64Array.from goes through the iterator protocol.)
      const total = new Float64Array(model.bias);
      for (const u of units) {
        const scores = u.reading.evidence?.scores;
        if (scores) for (let c = 0; c < C; c++) total[c]! += scores[c]! - model.bias[c]!;
      }
      // The article's posterior, read up to three times below.
      const ofTotal = posterior(total, model.temperature);

      // The languages of the paragraphs and their shares of the letters, largest first. (In a list
      // searched by hand: an article has one language or a few, and a Map with spreads of its values
      // and entries cost more than the search. The letters are whole numbers, so their sum is the
      // same in any order.)
      const shares = (): [string, number][] => {
        const ranked: [string, number][] = [];
        let sum = 0;
        for (const u of units) {
          const code = u.guess.code;
          if (code === 'und') continue;
          sum += u.letters;
          let k = 0;
          while (k < ranked.length && ranked[k]![0] !== code) k++;
          if (k === ranked.length) ranked.push([code, u.letters]);
          else ranked[k]![1] += u.letters;
        }
        for (const r of ranked) r[1] /= sum;
        return ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      };

      const forced = doc.meta.forcedLanguage;
      let ranked = shares();
      let top = ranked[0]?.[0] ?? 'und';
      let topIndex = model.classes.indexOf(top);
      // Indonesian or Malay by the model, and the other by the words that differ: the words win
      // (the model's confidence is then that of the two together). Counted only where the model
      // is in doubt (a paragraph read as the other one, or a confidence below 0.99 over the
      // article): it costs a pass over the whole text.
      const partner = top === 'id' ? 'ms' : top === 'ms' ? 'id' : null;
      const doubt = partner !== null && (units.some((u) => u.guess.code === partner) || ofTotal[topIndex]! < 0.99);
      const counts = () => (markers.ofWords && wordsCoverText(doc.text, spans) ? markers.ofWords(words, wordCount) : markers(doc.text));
      const switched = !forced && doubt ? switchesIdMs(top, counts()) : null;
      if (switched) ((top = switched), (topIndex = model.classes.indexOf(switched)));
      // The article's language for the second pass: the caller's, when it is one of the model's.
      const forcedIndex = forced ? model.classes.indexOf(forced.split('-')[0]!.toLowerCase()) : -1;
      const leanIndex = forcedIndex >= 0 ? forcedIndex : topIndex;

      // Second pass: paragraphs read by the model lean towards the article's language.
      if (leanIndex >= 0) {
        for (const u of units) {
          if (!u.reading.evidence) continue;
          u.guess = bestGuess(model, u.reading.evidence.scores, priors[leanIndex]);
        }
        // Third: a paragraph the model reads in another of its languages follows the article
        // unless its words confirm that language (rules.ts); one that follows carries the
        // article's confidence, which is the evidence it was decided on.
        const article = model.classes[leanIndex]!;
        const followConfidence = round3(switched ? ofTotal[model.classes.indexOf('id')]! + ofTotal[model.classes.indexOf('ms')]! : ofTotal[leanIndex]!);
        for (const u of units) {
          if (!u.reading.evidence || u.guess.code === article) continue;
          const text = doc.text.slice(u.start, u.end);
          const p = posterior(u.reading.evidence.scores, model.temperature, priors[leanIndex]);
          u.guess = paragraphLanguage(text, u.guess, p, article, model, markers) ?? { code: article, confidence: followConfidence };
        }
        ranked = shares();
        top = ranked[0]?.[0] ?? 'und';
        topIndex = model.classes.indexOf(top);
      }

      if (doc.paragraphs.length > 0) doc.paragraphs.forEach((p, i) => (p.language = units[i]!.guess));

      // The letter-weighted mean of the confidences of a language's paragraphs.
      const meanConfidence = (code: string): number => {
        let num = 0;
        let den = 0;
        for (const u of units) if (u.guess.code === code) ((num += u.guess.confidence * u.letters), (den += u.letters));
        return den > 0 ? num / den : 0;
      };

      let confidence = 0;
      if (topIndex >= 0 && switched === top) {
        confidence = ofTotal[model.classes.indexOf('id')]! + ofTotal[model.classes.indexOf('ms')]!;
      } else if (topIndex >= 0) {
        confidence = ofTotal[topIndex]!;
      } else if (top !== 'und') {
        // A franc-min language: the mean of its paragraphs' confidences.
        confidence = meanConfidence(top);
      }

      const others = (code: string) =>
        ranked
          .filter(([c]) => c !== code)
          .map(([c, share]) => ({ code: c, confidence: round3(meanConfidence(c)), share: round3(share) }));

      const lang: DocLanguage = forced
        ? { code: forced, confidence: 1, others: others(forced.split('-')[0]!.toLowerCase()), source: 'input' }
        : { code: top, confidence: round3(confidence), others: others(top), source: sourceOf(top, topIndex, units) };
      doc.language = lang;

      if (!forced && lang.confidence < uncertainBelow) {
        const why = lang.code === 'und' ? 'too little text to tell the language' : `language "${lang.code}" read with confidence ${lang.confidence}`;
        ctx.report('language-uncertain', why, { data: { code: lang.code, confidence: lang.confidence } });
      }
      if (lang.others.length > 0 && flagsMixed(lang.code, units.map((u) => ({ code: u.guess.code, words: u.words })))) {
        const list = lang.others.map((o) => `${o.code} ${Math.round(o.share * 100)}%`).join(', ');
        ctx.report('language-mixed', `article in "${lang.code}" has paragraphs in other languages: ${list}`, {
          data: { code: lang.code, others: lang.others },
        });
      }
    },
  });
}

/**
 * Whether the words of the paragraphs, one after another, are the words of the whole text as
 * normalisation reads it (features.ts): no paragraph is cut at MAX_SCORED_CHARS, and the text
 * around and between them is blank (between two, at least one character, which ends a word as the
 * start and the end of a paragraph's own text do).
 */
export function wordsCoverText(text: string, spans: readonly { start: number; end: number }[]): boolean {
  let at = 0;
  for (const { start, end } of spans) {
    if (end - start > MAX_SCORED_CHARS || start < at || (start === at && at > 0) || !isBlank(text, at, start)) return false;
    at = end;
  }
  return isBlank(text, at, text.length);
}

/** Whether `text` from `from` to `to` is white space only. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Which detector the article's language came from. */
function sourceOf(top: string, topIndex: number, units: readonly Unit[]): string {
  if (topIndex >= 0 || top === 'und') return 'warta-langid';
  return units.some((u) => u.guess.code === top && u.reading.source === 'script') ? 'warta-script' : 'franc-min';
}
