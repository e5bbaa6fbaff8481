import type { Candidate } from '../../doc/candidate.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityGroup } from './group.js';

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;
const BUILDING = /^(?:Kantor|Gedung)\s+\S/;

/** A proper word of an organisation's name: a place, an acronym, or a capitalised word that is no common word. */
function properWord(word: string, lex: Lexicon): boolean {
  if (ACRONYM.test(word) || lex.places.has(word) || lex.orgs.has(word)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !lex.commonWords.has(lower) && !lex.newsWords.has(lower) && !lex.genericOrgWords.has(word);
}

/**
 * Whether a name read as an organisation names a kind of body, not one: only generic words
 * ("Direktorat Jenderal", "Kementerian Koordinator"), or a word that needs a name followed by common
 * words only ("Dinas Sosial", "Pemerintah Kota", "Satuan Tugas Koordinasi").
 */
export function genericOrg(text: string, lex: Lexicon): boolean {
  const words = text.split(/\s+/).filter((w) => w !== 'dan' && w !== '&');
  if (words.length === 0) return false;
  if (words.every((w) => lex.genericOrgWords.has(w))) return true;
  return lex.orgNeedsName.has(words[0]!) && !words.slice(1).some((w) => properWord(w, lex));
}

// Last words that make an English phrase the name of an organisation or a place ("International
// Maritime Organization", "Times Square", "Four Season Hotel").
const ENGLISH_NAME_HEAD =
  /^(?:organi[sz]ation|association|agency|council|university|foundation|company|corporation|committee|commission|fund|group|ministry|department|court|party|union|federation|authority|board|administration|exchange|office|bureau|reserve|network|alliance|coalition|society|club|league|bank|institute|school|college|academy|police|army|navy|force|service|services|inc|ltd|corp|llc|times|post|journal|news|square|town|city|hotel|street|park|garden|gardens|center|centre|hall|tower|bridge|island|islands|airport|station|studio|studios|stadium|arena|mall|plaza|hospital|museum|valley|bay|river|lake|mountain|beach)$/;

/**
 * Whether a capitalised phrase is common English words ("Sustainable Development Goals",
 * "Governance", "Best Bank"): no name, unless it ends like an organisation ("… Organization").
 */
function englishPhrase(form: string, lex: Lexicon): boolean {
  const words = form.split(/\s+/).map((w) => w.replace(/['’]s$/u, '').toLowerCase());
  // One word is too often a brand or a name ("Apple", "Hamas"): only phrases.
  if (words.length < 2 || !words.every((w) => lex.englishWords.has(w) && !lex.personWords.has(w))) return false;
  return !ENGLISH_NAME_HEAD.test(words[words.length - 1]!);
}

/** Whether one form of an entity names no entity: a programme, a document, a kind of thing, the outlet's own credit. */
function nonEntityForm(form: string, type: EntityGroup['type'], lex: Lexicon): boolean {
  if (lex.nonEntityAcronyms.has(form) || lex.nonEntityPhrases.has(form)) return true;
  if (/^detik/.test(form) && lex.outletCredits.get(form.toLowerCase().replace(/^detik(?!com)/, 'detik')) !== undefined) return true;
  if (/^detik\p{L}*$/u.test(form)) return true;
  const first = form.split(/\s+/)[0]!;
  if (type !== 'PERSON' && lex.nonEntityHeads.has(first) && form.includes(' ')) return true;
  if (!lex.orgs.has(form) && !lex.places.has(form) && englishPhrase(form, lex)) return true;
  return type === 'ORG' && genericOrg(form, lex);
}

/**
 * Drops the groups that name no entity: every form of them is a programme, a document or a kind of
 * thing of the lexicon ("BLT", "Makan Bergizi Gratis", "Peraturan Pemerintah"), the outlet's own
 * credit ("detikcom"), or, for an organisation, a kind of body ("Dinas Sosial").
 */
export function dropNonEntities(groups: readonly EntityGroup[], lex: Lexicon): EntityGroup[] {
  return groups.filter((g) => !(nonEntityForm(g.text, g.type, lex) && g.mentions.every((m) => nonEntityForm(m.text, g.type, lex))));
}

/**
 * Types a candidate by what the lexicon knows of its whole text: a known place is a place (the
 * tagger reads "Jakarta Pusat" after "Polres Metro" as an organisation), a building ("Kantor
 * Kementerian Sosial", "gedung KPK") is a place, a known organisation is one.
 */
export function typeByLexicon(c: Candidate, lex: Lexicon): Candidate {
  if (lex.orgs.has(c.text)) return c.type === 'ORG' ? c : { ...c, type: 'ORG' };
  if (c.type === 'LOC' || !(lex.places.has(c.text) || BUILDING.test(c.text))) return c;
  // "Bima", "Arse": a person's name that is also a place stays a person.
  if (c.type === 'PERSON' && !c.text.includes(' ') && (lex.personWords.has(c.text.toLowerCase()) || lex.givenNames.has(c.text.toLowerCase()))) return c;
  return { ...c, type: 'LOC' };
  return c;
}

/**
 * A name in parentheses right after another ("Ridwan Kamil (RK)", "Badan Pusat Statistik (BPS)")
 * is another form of it: it takes that name's type, whatever a recogniser read it as, so that the
 * coref stage links the two.
 */
export function typeBrackets(candidates: readonly Candidate[], text: string): Candidate[] {
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    const known = byEnd.get(c.end);
    if (!known || (c.score ?? 0) > (known.score ?? 0)) byEnd.set(c.end, c);
  }
  return candidates.map((c) => {
    if (text[c.start - 1] !== '(' || text[c.end] !== ')') return c;
    const at = text[c.start - 2] === ' ' ? c.start - 2 : c.start - 1;
    const before = byEnd.get(at);
    return before && before.type !== c.type ? { ...c, type: before.type } : c;
  });
}

const LEADING_WORD = /^(\S+)\s+/u;

/**
 * A person's name read with the rank, title or form of address before it ("AKP Iriansyah", "JPU
 * Supinto Priyono", "Menag Nasaruddin Umar", "Pak Budi"): the words before the name are dropped
 * (academic and religious prefixes such as "Prof." stay: the canonical name drops them). A
 * candidate with nothing left is dropped.
 */
export function trimPersonTitles(c: Candidate, lex: Lexicon): Candidate | null {
  if (c.type !== 'PERSON') return c;
  let start = c.start;
  let text = c.text;
  for (let m = LEADING_WORD.exec(text); m; m = LEADING_WORD.exec(text)) {
    const word = m[1]!.replace(/\.$/, '');
    if (!(lex.ranks.has(word) || lex.titles.has(word.toLowerCase()) || lex.honorifics.has(word))) break;
    start += m[0].length;
    text = text.slice(m[0].length);
  }
  if (text === c.text) return c;
  const single = text.replace(/\.$/, '');
  if (lex.ranks.has(single) || lex.titles.has(single.toLowerCase()) || lex.honorifics.has(single)) return null;
  return { ...c, start, text, source: `${c.source}/trimmed` };
}

/**
 * An organisation read without the legal form right before it ("Perum [Bulog]", "PT [Pertamina]"):
 * the form is part of its name as written.
 */
export function withLegalForm(c: Candidate, text: string, lex: Lexicon): Candidate {
  if (c.type !== 'ORG') return c;
  const m = /(\S+) $/u.exec(text.slice(Math.max(0, c.start - 12), c.start));
  if (!m || !lex.legalFormsBefore.has(m[1]!)) return c;
  const start = c.start - m[0].length;
  return { ...c, start, text: text.slice(start, c.end) };
}
