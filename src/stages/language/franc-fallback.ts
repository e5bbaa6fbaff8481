import { francAll } from 'franc-min';
import type { LanguageGuess } from '../../schema/summary.js';

/** ISO 639-3 codes of franc-min that have a two-letter BCP-47 form (BCP-47 prefers the shortest). */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', fra: 'fr', deu: 'de', spa: 'es', por: 'pt',
  ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu',
  hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ell: 'el', tur: 'tr', arb: 'ar', pes: 'fa', urd: 'ur',
  hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml',
  ori: 'or', nep: 'ne', sin: 'si', mya: 'my', tha: 'th', vie: 'vi', khm: 'km', lao: 'lo', cmn: 'zh',
  jpn: 'ja', kor: 'ko', tgl: 'tl', ceb: 'ceb', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so',
  swh: 'sw', zul: 'zu', xho: 'xh', kin: 'rw', run: 'rn', nya: 'ny', sna: 'sn', mlg: 'mg', uzn: 'uz',
  kaz: 'kk', azj: 'az', aze: 'az', uig: 'ug', bel: 'be', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi',
  heb: 'he', hye: 'hy', kat: 'ka', tat: 'tt', tuk: 'tk', kir: 'ky', tgk: 'tg', pbu: 'ps', snd: 'sd',
  ckb: 'ckb', kmr: 'ku', skr: 'skr', ilo: 'ilo', hil: 'hil', plt: 'mg', fuf: 'ff', ful: 'ff', aka: 'ak',
  ewe: 'ee', lin: 'ln', lug: 'lg', tir: 'ti', orm: 'om', gax: 'om', hat: 'ht', cat: 'ca', glg: 'gl',
  eus: 'eu', lit: 'lt', lav: 'lv', est: 'et', slv: 'sl', mkd: 'mk', sqi: 'sq', als: 'sq', afr: 'af',
  mad: 'mad', bcc: 'bal', bho: 'bho', mai: 'mai', mag: 'mag', awa: 'awa', hne: 'hne'
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
