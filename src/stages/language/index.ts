import { francAll } from 'franc-min';
import type { DocLanguage } from '../../doc/doc.js';
import type { LanguageGuess } from '../../schema/summary.js';
import { defineStage } from '../../pipeline/stage.js';

const ISO3_TO_BCP47: Record<string, string> = { ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', eng: 'en' };
const ONLY = Object.keys(ISO3_TO_BCP47);

/** Detects the language of a text (first version: franc-min restricted to id, ms, jv, su, en). */
export function detectLanguage(text: string): LanguageGuess {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < 10) return { code: 'und', confidence: 0 };
  const [best] = francAll(text, { only: ONLY, minLength: 10 });
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0 };
  return { code: ISO3_TO_BCP47[best[0]] ?? best[0], confidence: Math.min(1, letters / 200) };
}

/** The language stage: a code and confidence per paragraph and for the article. */
export function createLanguageStage() {
  return defineStage({
    name: 'language',
    requires: ['text', 'paragraphs'],
    provides: ['language'],
    run(doc) {
      const weight = new Map<string, number>();
      let total = 0;
      for (const p of doc.paragraphs) {
        const guess = detectLanguage(doc.text.slice(p.start, p.end));
        p.language = guess;
        if (guess.code === 'und') continue;
        const w = p.end - p.start;
        weight.set(guess.code, (weight.get(guess.code) ?? 0) + w);
        total += w;
      }
      const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1]);
      const forced = doc.meta.forcedLanguage;
      const top = ranked[0];
      const lang: DocLanguage = forced
        ? { code: forced, confidence: 1, others: [], source: 'input' }
        : top
          ? { code: top[0], confidence: top[1] / total, others: [], source: 'franc-min' }
          : { code: 'und', confidence: 0, others: [] };
      lang.others = ranked
        .filter(([code]) => code !== lang.code)
        .map(([code, w]) => ({ code, confidence: 1, share: w / total }));
      doc.language = lang;
    },
  });
}
