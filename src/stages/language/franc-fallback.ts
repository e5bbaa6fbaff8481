import { francAll } from 'franc-min';
import type { LanguageGuess } from '../../schema/summary.js';

/**
 * franc-min's ISO 639-3 codes that have a two-letter BCP-47 form (BCP-47 prefers the shortest);
 * codes without one (ceb, ilo, mad…) are kept as franc gives them.
 */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', fra: 'fr', deu: 'de', spa: 'es',
  por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', ces: 'cs', ron: 'ro',
  hun: 'hu', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ell: 'el', tur: 'tr', arb: 'ar',
  pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr', npi: 'ne',
  tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', mya: 'my', tha: 'th', vie: 'vi',
  cmn: 'zh', jpn: 'ja', kor: 'ko', tgl: 'tl', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am',
  som: 'so', swh: 'sw', zul: 'zu', kin: 'rw', run: 'rn', nya: 'ny', uzn: 'uz', kaz: 'kk',
  azj: 'az', bel: 'be', swe: 'sv', pbu: 'ps', plt: 'mg', lin: 'ln'
};

/** Languages the warta model knows itself: franc's word on them is not taken. */
const OWN = new Set(['id', 'ms', 'jv', 'su', 'en']);

/**
 * Asks franc-min (about 80 languages, trigram profiles) for a text the warta model does not
 * recognise. Returns null when franc has no answer or answers with one of warta's own languages.
 * Confidence is a heuristic from franc's margin (franc gives relative scores, not probabilities).
 */
export function francGuess(text: string): LanguageGuess | null {
  const ranked = francAll(text, { minLength: 10 });
  const best = ranked[0];
  if (!best || best[0] === 'und') return null;
  const code = ISO3_TO_ISO1[best[0]] ?? best[0];
  if (OWN.has(code)) return null;
  const second = ranked[1]?.[1] ?? 0;
  const confidence = Math.min(0.95, Math.max(0.3, 0.5 + 3 * (1 - second)));
  return { code, confidence: Math.round(confidence * 1000) / 1000 };
}
