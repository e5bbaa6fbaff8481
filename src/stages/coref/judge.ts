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

/** Whether one form of an entity names no entity: a programme, a document, a kind of thing, the outlet's own credit. */
function nonEntityForm(form: string, type: EntityGroup['type'], lex: Lexicon): boolean {
  if (lex.nonEntityAcronyms.has(form) || lex.nonEntityPhrases.has(form)) return true;
  if (/^detik/.test(form) && lex.outletCredits.get(form.toLowerCase().replace(/^detik(?!com)/, 'detik')) !== undefined) return true;
  if (/^detik\p{L}*$/u.test(form)) return true;
  const first = form.split(/\s+/)[0]!;
  if (type !== 'PERSON' && lex.nonEntityHeads.has(first) && form.includes(' ')) return true;
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
