import type { EntityType, Mention } from '../../schema/entity.js';
import type { Lexicon } from '../../lexicon/index.js';
import { abbreviates, initialsOf, longFormStart } from '../../lexicon/abbreviation.js';
import { orgCoreOf } from '../../lexicon/org-core.js';
import { alternation, perLexicon } from '../../lexicon/derive.js';
import { AROUND_SHORT_FORM, type Candidate } from '../../doc/candidate.js';
import { isCapitalsAcronym, isWhitespaceCode, isWordBoundary } from '../../doc/chars.js';
import { absorb, sortMentions, type EntityGroup } from './entity-group.js';
import { genericOrg } from './judge.js';

/** (Made here; the judges read it from entity-group.ts, which imports nothing of the stage.) */
export type { EntityGroup };

const UPPER_START = /^\p{Lu}/u;
const TRAILING_COMMA = /,$/;
const NATIONAL = /\s+(?:RI|Republik Indonesia)$/u;
const JAKARTA = /\s(?:DKI(?: Jakarta)?|Jakarta)$/u;

/** Whether {@link NATIONAL} matches a name (its last word tried first: the regex is tried at every character). */
function national(name: string): boolean {
  return (name.endsWith('RI') || name.endsWith('Republik Indonesia')) && NATIONAL.test(name);
}

/** An organisation's name with the place it ends with in one spelling ("Pemprov DKI" → "Pemprov Jakarta", "Polda Jabar" → "Polda Jawa Barat"). */
function placeKey(name: string, lex: Lexicon): string {
  if ((name.endsWith('Jakarta') || name.endsWith('DKI')) && JAKARTA.test(name)) return name.replace(JAKARTA, ' Jakarta');
  const cut = name.lastIndexOf(' ');
  const alias = cut > 0 ? lex.placeAliases.get(name.slice(cut + 1)) : undefined;
  return alias === undefined ? name : `${name.slice(0, cut)} ${alias}`;
}

/** What mentions are compared by, derived from the lexicon once per lexicon. */
interface Forms {
  /** The name prefixes at the start of a person's name ("Prof. Dr. ", "H. "). */
  namePrefixes: RegExp;
  /** Forms of address at the start of a person's name, in any case ("Pak ", "Uni ", "Mbah "). */
  address: RegExp;
  /** A final "." that is not part of an abbreviated legal form ("Facebook Inc." keeps it). */
  trailingDot: RegExp;
  /** An administrative prefix at the start of a place's name ("Kabupaten "). */
  adminPrefix: RegExp;
  /** An organisation name without its legal forms. */
  orgCore: (name: string) => string;
}

const formsOf = perLexicon(
  (lex: Lexicon): Forms => ({
    namePrefixes: new RegExp(`^(?:(?:${alternation(lex.namePrefixes)})\\.?\\s+)+`),
    address: new RegExp(`^(?:(?:${alternation([...lex.honorifics, ...lex.addressTerms])})\\.?\\s+)+`, 'i'),
    trailingDot: new RegExp(`(?<!\\b(?:${alternation(lex.legalFormsAbbreviated)}))\\.$`),
    adminPrefix: new RegExp(`^(?:${alternation(lex.adminPrefixes)})\\s+`),
    orgCore: orgCoreOf(lex),
  }),
);

/**
 * A name word as spelling variants of one name share it: lowercase, doubled letters single, the old
 * spellings "oe", "dj", "tj" as "u", "j", "c" ("Afifuddin", "Affifudin" and "Afifudin"; "Soeharto"
 * and "Suharto"), "Muhammad" in any of its spellings.
 */
function spellingKey(word: string): string {
  const lower = word.toLowerCase();
  // "Mochammad", "Mohamad", "Muhammad": one name in the spellings Indonesian names write it in.
  if (lower.charCodeAt(0) === 109 && MUHAMMAD.test(lower)) return 'muhamad';
  if (plainSpelling(lower)) return lower;
  return lower
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The spellings of "Muhammad" in lowercase ("mochamad", "mohammed", "muhamad"). */
const MUHAMMAD = /^m[ou]c?h?am+[ae]d$/u;

/**
 * Whether {@link spellingKey} leaves a lowercase word as it is: ASCII with no two equal characters
 * in a row and no "oe", "dj" or "tj" (most names: no regex then).
 */
function plainSpelling(lower: string): boolean {
  let prev = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 || c === prev || (c === 101 && prev === 111) || (c === 106 && (prev === 100 || prev === 116))) return false;
    prev = c;
  }
  return true;
}

function nameWords(text: string, forms: Forms): string[] {
  // "Uni Yusnidar", "Mbah Karto", "Pak H. Budi": a form of address is no word of the name (unless it is all of it).
  const bare = text.replace(forms.namePrefixes, '');
  const named = bare.replace(forms.address, '').replace(forms.namePrefixes, '');
  // (One loop over the words, no array per step; the regexes only where a character code leaves
  // the answer open.)
  const out: string[] = [];
  for (const word of (named === '' ? bare : named).split(/\s+/)) {
    // "Munafri 'Appi' Arifuddin": a nickname's quotes are no part of it.
    const w = opensQuote(word.charCodeAt(0)) ? word.replace(QUOTED, '$1') : word;
    if (w.length > 1 && upperStart(w)) out.push(spellingKey(w));
  }
  return out;
}

/** A word in quotes, a nickname's ("'Appi'", "“Appi”"): the word inside. */
const QUOTED = /^['‘"“](.+)['’"”]$/u;

/** Whether a character code is one of the quotes that open {@link QUOTED}. */
function opensQuote(code: number): boolean {
  return code === 39 || code === 34 || code === 0x2018 || code === 0x201c;
}

/** Whether a word opens with a capital ({@link UPPER_START}), by its character code in ASCII. */
function upperStart(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_START.test(word);
}

/** Whether two words differ by at most one letter (substituted, added or dropped). */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * A group with the forms {@link findGroup} compares it by, computed once: a group's text never changes,
 * and an organisation's cores grow with its aliases.
 */
interface Slot {
  group: EntityGroup;
  /** Name words of the text (persons). */
  words: string[];
  /** The name words joined by spaces: what {@link findGroup} compares. */
  wordsKey: string;
  /** Cores of the text and of every alias (organisations only). */
  cores: Set<string> | undefined;
  /** The group's text the forms below are of (they are looked up again if it changes). */
  formsOf: string;
  /** The forms of the group's text. */
  f: NameForms;
}

/**
 * Forms of a name that {@link findGroup} compares a candidate with, each computed the first time one
 * asks: its lowercase; its initials; its organisation core ({@link Forms.orgCore}) and the initials
 * of that core; the words before a place ending it ({@link bodyBeforePlace}); whether a place's
 * prefix stands inside it, the name without that prefix, its {@link placeKey} and that of the name
 * without the prefix; the name without the country after a national body's name (null when none);
 * a place's name without its administrative prefix ({@link placeBare}) and that in lowercase; and the
 * one-word name of the capital it names with "Ibu Kota" (null when none). A candidate's forms are
 * those of the group it may found, and many names of an article are names of earlier ones
 * ("Polri", "Jakarta"): a grouper keeps them per name.
 */
interface NameForms {
  lower: string;
  initials: string | undefined;
  core: string | undefined;
  coreInitials: string | undefined;
  contractBody: { words: readonly string[]; placed: boolean } | undefined;
  adminInside: boolean | undefined;
  unprefixed: string | undefined;
  placed: string | undefined;
  placedUnprefixed: string | undefined;
  national: string | null | undefined;
  bare: string | undefined;
  bareLower: string | undefined;
  capital: string | null | undefined;
}

/** A candidate with its canonical form and name words, computed once. */
interface Entry {
  c: Candidate;
  t: string;
  words: string[];
  /** The name words joined by spaces. */
  wordsKey: string;
  /** The forms of the canonical form, once {@link findGroup} asks. */
  f: NameForms | undefined;
}

/**
 * In-article coreference: a later "Durov" is "Pavel Durov"; "BPS" is "Badan Pusat Statistik" when the
 * article spells it out or its initials match; "Jokowi" is "Joko Widodo" through the alias lexicon;
 * "Kabupaten Bogor" and "Bogor" are one place. Longer names are placed first so that short forms link
 * to them. What it derives from the lexicon is built here, once per lexicon.
 */
export function mentionGrouper(lex: Lexicon): (candidates: readonly Candidate[], text: string) => EntityGroup[] {
  const forms = formsOf(lex);
  // The name words of a text, kept for the names met again (in the article and in later ones).
  const named = new Map<string, NameWords>();
  const makeWords = (name: string): NameWords => {
    const list = nameWords(name, forms);
    return { list, key: list.join(' '), org: undefined, person: undefined };
  };
  const wordsOf = (name: string): NameWords => keptFor(named, name, makeWords);
  // The forms of a name, kept for the names met again.
  const known = new Map<string, NameForms>();
  const namesOf = (name: string): NameForms => keptFor(known, name, newNameForms);
  return (candidates, text) => groupWith(candidates, text, lex, forms, wordsOf, namesOf);
}

/** A text's name words, the words joined by spaces, and its canonical forms as an organisation's and a person's name (computed when asked). */
interface NameWords {
  list: string[];
  key: string;
  org: string | undefined;
  person: string | undefined;
}

/** Most texts a grouper keeps the name words (and, apart, the forms) of before it empties its cache. */
const NAME_WORDS_MAX = 8192;

/** What `map` keeps for a name, made and kept when it has none (the map emptied first when it holds NAME_WORDS_MAX). */
function keptFor<V>(map: Map<string, V>, name: string, make: (name: string) => V): V {
  let value = map.get(name);
  if (value === undefined) {
    value = make(name);
    if (map.size >= NAME_WORDS_MAX) map.clear();
    map.set(name, value);
  }
  return value;
}

/** A name's forms, none computed yet but its lowercase. */
function newNameForms(name: string): NameForms {
  return { lower: name.toLowerCase(), initials: undefined, core: undefined, coreInitials: undefined, contractBody: undefined, adminInside: undefined, unprefixed: undefined, placed: undefined, placedUnprefixed: undefined, national: undefined, bare: undefined, bareLower: undefined, capital: undefined };
}

/** {@link mentionGrouper} run once on one document. */
export function groupMentions(candidates: readonly Candidate[], text: string, lex: Lexicon): EntityGroup[] {
  return mentionGrouper(lex)(candidates, text);
}

function groupWith(candidates: readonly Candidate[], text: string, lex: Lexicon, forms: Forms, wordsOf: (name: string) => NameWords, namesOf: (name: string) => NameForms): EntityGroup[] {
  const groups: EntityGroup[] = [];
  const spelled = parenthesised(text);
  const byType = new Map<EntityType, Slot[]>();
  // A person's canonical form only drops honorifics, which nameWords drops too: one word list serves both.
  const ordered: Entry[] = candidates
    .map((c) => {
      const words = wordsOf(c.text);
      return { c, t: canonical(c, forms, words), words: words.list, wordsKey: words.key, f: undefined };
    })
    .sort((a, b) => b.words.length - a.words.length || a.c.start - b.c.start);
  // The words people are called by alone ("Victoria"): a surname several share is not theirs.
  const alone = new Set<string>();
  for (const e of ordered) if (e.c.type === 'PERSON' && e.words.length === 1) alone.add(e.words[0]!);
  for (const e of ordered) {
    const { c, t } = e;
    const mention: Mention = { start: c.start, end: c.end, text: c.text, source: c.source };
    let same = byType.get(c.type);
    if (!same) {
      same = [];
      byType.set(c.type, same);
    }
    const slot = findGroup(same, e, text, spelled, lex, forms, alone, namesOf);
    if (slot) {
      const group = slot.group;
      group.mentions.push(mention);
      // "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan" then "BPJS Kesehatan": the name before
      // the acronym is cut short; the acronym's form with the words after it names the body. A name
      // read whole around its acronym ("… (BPBD) Kabupaten Garut", then "BPBD Kabupaten Garut") stays.
      const inside = c.type === 'ORG' ? ACRONYM_HEAD.exec(t) : null;
      if (inside && !group.text.endsWith(` ${inside[2]!}`) && mentionBefore(slot, text, ` (${inside[1]!}) ${inside[2]!}`)) {
        group.aliases.add(group.text);
        group.text = t;
        slot.cores?.add(forms.orgCore(t));
        continue;
      }
      if (c.text !== group.text) {
        group.aliases.add(c.text);
        slot.cores?.add(forms.orgCore(c.text));
      }
      continue;
    }
    const group: EntityGroup = { type: c.type, text: t, mentions: [mention], source: c.source, aliases: new Set() };
    groups.push(group);
    const f = e.f ?? namesOf(t);
    same.push({ group, words: e.words, wordsKey: e.wordsKey, cores: c.type === 'ORG' ? new Set([(f.core ??= forms.orgCore(t))]) : undefined, formsOf: t, f });
  }
  const merged = mergeAliases(groups, lex);
  for (const g of merged) sortMentions(g.mentions);
  return merged.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Groups one of whose names the lexicon knows as another name of a group's ("Gus Ipul" of "Saifullah
 * Yusuf", "RI" of "Indonesia"), placed before it in the order above, become one group.
 */
function mergeAliases(groups: EntityGroup[], lex: Lexicon): EntityGroup[] {
  // The groups by type and by text, then by alias (one map of texts per type: no key string built per name).
  const byText = new Map<EntityType, Map<string, EntityGroup>>();
  const textsOf = (type: EntityType): Map<string, EntityGroup> => {
    let texts = byText.get(type);
    if (texts === undefined) {
      texts = new Map();
      byText.set(type, texts);
    }
    return texts;
  };
  for (const g of groups) textsOf(g.type).set(g.text, g);
  // ("Republik Indonesia" written "Indonesia" too is the group "RI" names.)
  for (const g of groups) {
    if (g.aliases.size === 0) continue;
    const texts = textsOf(g.type);
    for (const a of g.aliases) if (!texts.has(a)) texts.set(a, g);
  }
  const gone = new Set<EntityGroup>();
  for (const g of groups) {
    const texts = textsOf(g.type);
    // The group another name of this one's names, the text's first, then the aliases' in order.
    const targetOf = (n: string): EntityGroup | undefined => {
      const other = g.type === 'LOC' ? lex.placeAliases.get(n) : g.type === 'PERSON' ? lex.aliases.get(n) : lex.orgAliases.get(n);
      if (other === undefined) return undefined;
      const t = texts.get(other) ?? (g.type === 'ORG' ? onlyStartingWith(groups, g, other) : undefined);
      return t !== undefined && t !== g && !gone.has(t) ? t : undefined;
    };
    let target = targetOf(g.text);
    if (target === undefined && g.aliases.size > 0) {
      // ("Nusantara" of "Kota Nusantara" is that city's name, whatever other place the lexicon knows by it.)
      // ("Nusantara" of "Ibu Kota Nusantara" is that capital's name too.)
      const own = g.type === 'LOC' ? placeBare(g.text, formsOf(lex)) : undefined;
      const capital = g.type === 'LOC' ? capitalName(g.text, lex) : undefined;
      for (const a of g.aliases) {
        if (a !== g.text && (a === own || a === capital)) continue;
        target = targetOf(a);
        if (target !== undefined) break;
      }
    }
    if (!target) continue;
    absorb(target, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/** The one other organisation whose name starts with `name` and a space ("West Ham United" of "West Ham"), if only one does. */
function onlyStartingWith(groups: readonly EntityGroup[], g: EntityGroup, name: string): EntityGroup | undefined {
  const prefix = `${name} `;
  let hit: EntityGroup | undefined;
  for (const o of groups) {
    if (o === g || o.type !== 'ORG' || !o.text.startsWith(prefix)) continue;
    if (hit) return undefined;
    hit = o;
  }
  return hit;
}

/** A city's name in English ("New York City") and in Indonesian ("Kota New York"): the name. */
const CITY_EN = /^(\p{Lu}.*) City$/u;
const CITY_ID = /^Kota (\p{Lu}.*)$/u;

/** The province of Jakarta's prefix ("DKI Jakarta" is the place "Jakarta", "Kota Jakarta" too). */
const DKI_START = /^DKI (?=Jakarta$)/u;

/** A place's name without its administrative prefix ("Kabupaten Bogor" → "Bogor", "DKI Jakarta" → "Jakarta"). */
function placeBare(name: string, forms: Forms): string {
  return name.replace(forms.adminPrefix, '').replace(DKI_START, '');
}

/** A capital named by the words "Ibu Kota" before its name ("Ibu Kota Nusantara", "Daerah Khusus Ibu Kota Jakarta"). */
const CAPITAL_OF = /^(?:Daerah Khusus )?Ibu ?[Kk]ota (?:Negara )?(?=\p{Lu}\p{Ll})/u;

/** The one-word name of a capital named with "Ibu Kota" ("Nusantara" of "Ibu Kota Nusantara", also written "IKN"), else undefined. */
function capitalName(place: string, lex: Lexicon): string | undefined {
  const name = lex.placeAliases.get(place) ?? place;
  if (!CAPITAL_OF.test(name)) return undefined;
  const rest = name.replace(CAPITAL_OF, '');
  return rest.includes(' ') ? undefined : rest;
}

/** A candidate's canonical form; the forms of its text as an organisation's and a person's name are kept with its name words. */
function canonical(c: Candidate, forms: Forms, words: NameWords): string {
  // "Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari" is "Dinas Pendidikan dan Kebudayaan Kota Kendari".
  if (c.source === AROUND_SHORT_FORM) return c.text.replace(BRACKETED, ' ');
  if (c.type === 'ORG') return (words.org ??= c.text.replace(forms.trailingDot, '').replace(TRAILING_COMMA, ''));
  if (c.type === 'PERSON') return (words.person ??= c.text.replace(forms.namePrefixes, ''));
  return c.text;
}

/**
 * Whether "(name)" occurs in the text, answered from one pass over its parentheses: what stands
 * between each "(" and the next ")".
 */
function parenthesised(text: string): (name: string) => boolean {
  const inner = new Set<string>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    inner.add(text.slice(open + 1, close));
  }
  // A name with a ")" in it is not what stands before the next ")": search for it.
  return (name) => (name.includes(')') ? text.includes(`(${name})`) : inner.has(name));
}

/** Whether some mention of the group stands right before `marker` in the text. */
function mentionBefore(slot: Slot, text: string, marker: string): boolean {
  return slot.group.mentions.some((m) => text.startsWith(marker, m.end) || (m.source === AROUND_SHORT_FORM && m.text.includes(marker.trimStart())));
}

/** A bracketed short form inside a name, with the spaces around it. */
const BRACKETED = / \([^()]+\) /u;

/** An organisation's name that opens with an acronym: the acronym and the words after it ("BPJS Kesehatan"). */
const ACRONYM_HEAD = /^(\p{Lu}[\p{Lu}\d]{1,7}) (.+)$/u;

/** The only slot for which `test` holds, or undefined when none or several do. */
function only(slots: readonly Slot[], test: (s: Slot) => boolean): Slot | undefined {
  let hit: Slot | undefined;
  for (const s of slots) {
    if (!test(s)) continue;
    if (hit) return undefined;
    hit = s;
  }
  return hit;
}

/** A place's slot's text without its administrative prefix ({@link placeBare}). */
function bareOf(s: Slot, forms: Forms): string {
  return (s.f.bare ??= placeBare(s.group.text, forms));
}

/** Looks up the forms of a group's new text. */
function forget(s: Slot, namesOf: (name: string) => NameForms): void {
  s.formsOf = s.group.text;
  s.f = namesOf(s.group.text);
}

/** Whether an acronym spells out a slot's name word by word ("KPU" of "Komisi Pemilihan Umum"), a name that is no kind of body alone. */
function spellsOut(s: Slot, acronym: string, lex: Lexicon): boolean {
  return (s.f.initials ??= initialsOf(s.group.text)) === acronym && !genericOrg(s.group.text, lex);
}

/** A slot's text without the country after a national body's name ("Kementerian Kesehatan RI" → "Kementerian Kesehatan"), null when it has none. */
function nationalLess(s: Slot): string | null {
  return nationalOf(s.f, s.group.text);
}

/** A name's {@link NameForms.national}: the name without the country after a national body's name, null when it has none. */
function nationalOf(f: NameForms, name: string): string | null {
  if (f.national === undefined) f.national = national(name) ? name.replace(NATIONAL, '') : null;
  return f.national;
}

/** The words that make a body's name another level's body: " Daerah", " Pusat" ("Dewan Perwakilan Rakyat Daerah"). */
const LEVEL_AFTER = /^ (?:Daerah|Pusat)(?: |$)/u;

/**
 * Whether a longer name is a company's subsidiary named after the shorter, another company: a word of
 * a subsidiary's line right after the shorter name ("Bank Mega" and "Bank Mega Syariah", "PT Pertamina"
 * and "PT Pertamina Gas"), not a place or a legal form ("PT Saka Energi Indonesia"). Read from the
 * two names' organisation cores, `a` the shorter's, `b` the longer's.
 */
function subsidiaryCore(a: string, b: string, lex: Lexicon): boolean {
  return b.length > a.length && b.charCodeAt(a.length) === 32 && b.startsWith(a) && lex.subsidiaryLines.has(b.slice(a.length + 1).split(' ')[0]!);
}

/** A slot's organisation core, computed once per text of its group. */
function coreOf(s: Slot, forms: Forms): string {
  return (s.f.core ??= forms.orgCore(s.group.text));
}

/** A hospital's marker ("RS", "RSUP", "Rumah Sakit Umum Daerah") and the academic titles of its namesake ("Prof", "dr.", "Prof. Dr."). */
const HOSPITAL = /^(?:RS|RSU|RSUD|RSUP|Rumah Sakit(?: Umum(?: (?:Daerah|Pusat))?)?)\s+(?:(?:Prof|Dr|dr|DR)\.?\s+)*(?=\p{Lu})/u;

/** The name of a hospital after its marker and its namesake's titles ("Ngoerah" of "RSUP Prof Ngoerah"), or null for no hospital. */
function hospitalName(name: string): string | null {
  const m = HOSPITAL.exec(name);
  return m === null ? null : name.slice(m[0].length);
}

/** Whether `long` is `short` and the words of another level's body after it ("Dewan Perwakilan Rakyat" and "… Daerah"). */
function otherLevel(short: string, long: string): boolean {
  return long.startsWith(`${short} `) && LEVEL_AFTER.test(long.slice(short.length));
}

/** A place's prefix inside an organisation's name ("Dinas Pendidikan Kota Medan"). */
const ADMIN_INSIDE = /\s(?:Kota|Kabupaten|Kab\.|Provinsi)\s/u;

/** The word "Kementerian" inside a name, before the ministry's field ("Kanwil Kementerian HAM"). */
const MINISTRY_INSIDE = / Kementerian (?=\p{Lu})/u;

/** A slot's text without the place's prefix inside it ("Dinas Pendidikan Kota Medan" → "Dinas Pendidikan Medan"). */
function unprefixedOf(s: Slot): string {
  return (s.f.unprefixed ??= s.group.text.replace(ADMIN_INSIDE, ' '));
}

/** A slot's text without the place's prefix inside it, the place it ends with in one spelling ("DPRD Kabupaten Labuhanbatu Utara", "DPRD Labura" → "DPRD Labuhanbatu Utara"). */
function placedUnprefixedOf(s: Slot, lex: Lexicon): string {
  return (s.f.placedUnprefixed ??= placeKey(unprefixedOf(s), lex));
}

/** The one-word name of the capital a slot's text names with "Ibu Kota" ({@link capitalName}), null when none. */
function capitalOf(s: Slot, lex: Lexicon): string | null {
  if (s.f.capital === undefined) s.f.capital = capitalName(s.group.text, lex) ?? null;
  return s.f.capital;
}

/**
 * Whether a name with the word "Kementerian" before the ministry's field is `short` with that word
 * left out, its place after it or not ("Kanwil Kementerian HAM Jawa Barat" of "Kanwil HAM").
 */
function ministryOfficeOf(name: string, short: string, lex: Lexicon): boolean {
  if (!MINISTRY_INSIDE.test(name)) return false;
  const without = name.replace(MINISTRY_INSIDE, ' ');
  if (without === short) return true;
  const rest = without.startsWith(`${short} `) ? without.slice(short.length + 1) : '';
  return rest !== '' && (lex.places.has(rest) || lex.placeAliases.has(rest));
}

/** A body named by its kind (a state school's in one spelling) and its number, and what follows ("SMAN 11 Semarang", "Kodim 0313/Kampar"). */
const NUMBERED = /^(\p{Lu}\p{L}*?)(?:N| Negeri)? (\d+)(?:[ /](.+))?$/u;

function findGroup(
  same: readonly Slot[],
  e: Entry,
  text: string,
  spelled: (name: string) => boolean,
  lex: Lexicon,
  forms: Forms,
  alone: ReadonlySet<string>,
  namesOf: (name: string) => NameForms,
): Slot | undefined {
  // (The first name of a type in the article has no group to join: every test below would look
  // through no slots, after computing the candidate's forms for nothing.)
  if (same.length === 0) return undefined;
  const { c, t } = e;
  for (const s of same) if (s.formsOf !== s.group.text) forget(s, namesOf);
  // (Loops, no closures: most candidates are found here, before the tests of their type.)
  for (const s of same) if (s.group.text === t || s.group.aliases.has(c.text)) return s;
  // "PT DOSNI ROHA" and "PT Dosni Roha"; "Afifuddin", "Affifudin" and "Afifudin": one name written
  // in other capitals or spellings.
  const f = (e.f = namesOf(t));
  const lower = f.lower;
  const spelling = c.type === 'PERSON' && e.words.length > 0;
  for (const s of same) if (s.f.lower === lower || (spelling && s.wordsKey === e.wordsKey)) return s;
  if (c.type === 'PERSON') return personGroup(same, e, text, spelled, lex, alone);
  if (c.type === 'ORG') return orgGroup(same, e, f, text, spelled, lex, forms);
  if (c.type === 'LOC') return placeGroup(same, e, f, text, spelled, lex, forms);
  return undefined;
}

/** {@link findGroup}'s tests of a person's name. */
function personGroup(same: readonly Slot[], e: Entry, text: string, spelled: (name: string) => boolean, lex: Lexicon, alone: ReadonlySet<string>): Slot | undefined {
  const { c, t } = e;
  // "Saifullah Yusuf (Gus Ipul)": a name in parentheses right after a person's name.
  if (spelled(c.text)) {
    const bracketed = `(${c.text})`;
    const spaced = ` ${bracketed}`;
    const inParens = same.find((s) => mentionBefore(s, text, spaced) || mentionBefore(s, text, bracketed));
    if (inParens) return inParens;
  }
  const alias = lex.aliases.get(t);
  if (alias) {
    const s = same.find((x) => x.group.text === alias);
    if (s) return s;
  }
  const words = e.words;
  // A shorter name whose words all appear in exactly one longer name links to it.
  if (words.length > 0) {
    let hit: Slot | undefined;
    let several = false;
    for (const s of same) {
      if (s.words.length <= words.length || !words.every((w) => s.words.includes(w))) continue;
      if (hit) several = true;
      hit = s;
    }
    // "Prabowo" of "Prabowo Subianto" beside "Listyo Sigit Prabowo": one word, the first of one name only.
    if (several) {
      if (words.length !== 1) return undefined;
      const first = only(same, (s) => s.words.length > 1 && s.words[0] === words[0]);
      if (first) return first;
      // "Beckham" of "David Beckham" beside "Victoria Beckham", whom the article calls "Victoria":
      // the one name holding the word whose first word the article never uses alone.
      return only(same, (s) => s.words.length > 1 && s.words[0] !== words[0] && s.words.includes(words[0]!) && !alone.has(s.words[0]!));
    }
    if (hit) return hit;
    // "Melki" of "Emanuel Melkiades Laka Lena", "Adit" of "Adityawarman": one word of four letters
    // or more that opens a longer word of one name only, the short name the person is called by.
    if (words.length === 1 && words[0]!.length >= 4) {
      const w = words[0]!;
      const opens = only(same, (s) => s.words.some((x) => x.length > w.length && x.startsWith(w)));
      if (opens) return opens;
    }
    // "Bernad Darmawan Sutrisno" and "Bernad Dermawan Sutrisno": one letter apart in one word of two or more.
    if (words.length >= 2) return only(same, (s) => s.words.length === words.length && s.words.every((w, k) => nearlyEqual(w, words[k]!)));
  }
  return undefined;
}

/** {@link findGroup}'s tests of an organisation's name, `f` the forms of its canonical form. */
function orgGroup(same: readonly Slot[], e: Entry, f: NameForms, text: string, spelled: (name: string) => boolean, lex: Lexicon, forms: Forms): Slot | undefined {
  const { t } = e;
  // "SMKN Restorasi" and "SMK Negeri Restorasi": a state school's kind written in one word or two.
  if (STATE_SCHOOL.test(t)) {
    const school = schoolKey(t);
    const spelled2 = only(same, (s) => schoolKey(s.group.text) === school);
    if (spelled2) return spelled2;
  }
  // "Facebook Inc." and "Facebook", "PT Nusantara Baja Tbk" and "Nusantara Baja" are one company.
  const core = (f.core ??= forms.orgCore(t));
  const byCore = same.find((s) => s.cores?.has(core));
  if (byCore) return byCore;
  // "SMA 11" and "SMA Negeri 11 Semarang", "Kodim 0313 KPR" and "Kodim 0313/Kampar": a body named by
  // its kind and its number, the rest left out or, for a unit whose number is the country's only
  // one, written another way.
  const numbered = NUMBERED.exec(t);
  if (numbered) {
    const [, kind, number, rest] = numbered as unknown as [string, string, string, string | undefined];
    const unique = lex.numberedUnits.has(kind);
    const sameNumber = only(same, (s) => {
      const m = NUMBERED.exec(s.group.text);
      return m !== null && m[1] === kind && m[2] === number && (unique || rest === undefined || m[3] === undefined);
    });
    if (sameNumber) return sameNumber;
  }
  // "BMKG" is "Badan Meteorologi, Klimatologi, dan Geofisika" before it is "BMKG Sulsel".
  if (isCapitalsAcronym(t)) {
    // ("Rumah Sakit Umum Pusat (RSUP) Prof Ngoerah": a kind of body spelled out is no such name.)
    const spelledOut = same.find((s) => spellsOut(s, t, lex));
    if (spelledOut) return spelledOut;
  }
  // "RS Ngoerah" is "RSUP Prof Ngoerah": a hospital named by its short marker and the name after
  // the long marker and the namesake's academic titles.
  const hospital = hospitalName(t);
  if (hospital !== null) {
    const sameHospital = same.find((s) => s.group.text !== t && hospitalName(s.group.text) === hospital);
    if (sameHospital) return sameHospital;
  }
  // "Kemensos" is "Kementerian Sosial" even after "Direktorat Jenderal … Kementerian Sosial RI (Kemensos)";
  // "Kemenlu" is "Kementerian Luar Negeri (RI)": a short form the lexicon knows.
  const known = lex.orgAliases.get(t);
  const knownSlot = known === undefined ? undefined : same.find((s) => s.group.text === known || (nationalLess(s) ?? s.group.text) === known);
  if (knownSlot) return knownSlot;
  // "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)": the short name in brackets
  // right after a body's name is that body's, before any other name it may start or end.
  const bracketed = inBrackets(same, t, text, spelled, lex);
  if (bracketed) return bracketed;
  // (What a longer name of the same body opens with.)
  const prefix = `${t} `;
  // "Persija" is "Persija Jakarta" when that is the only organisation it starts.
  if (!t.includes(' ')) {
    let start: Slot | undefined;
    let n = 0;
    for (const s of same) {
      if (s.group.text.startsWith(prefix) && !subsidiaryCore(core, coreOf(s, forms), lex)) {
        start = s;
        n++;
      }
    }
    if (n === 1) return start;
    // "Timnas" is "Tim Nasional Indonesia (Timnas Indonesia)": the one body another of whose forms it starts.
    if (n === 0) {
      const form = only(same, (s) => {
        for (const a of s.group.aliases) if (a.startsWith(prefix)) return true;
        return false;
      });
      if (form) return form;
    }
  } else {
    // "Kementerian Haji dan Umrah" is "Kementerian Haji dan Umrah RI" before it is the same
    // ministry of another country named after it ("… Kerajaan Arab Saudi").
    const national = only(same, (s) => nationalLess(s) === t);
    if (national) return national;
    // "Komisi II DPR" is "Komisi II DPR RI", "PT Saka Energi" is "PT Saka Energi Indonesia".
    // (Not "Dewan Perwakilan Rakyat" and "Dewan Perwakilan Rakyat Daerah": a body's regional or
    // central counterpart, another body.)
    const longer = only(same, (s) => s.group.text.startsWith(prefix) && !otherLevel(t, s.group.text) && !subsidiaryCore(core, coreOf(s, forms), lex));
    if (longer) return longer;
    // "Kementerian Haji" is "Kementerian Haji dan Umrah" before it is "Kementerian Haji Indonesia":
    // a name cut before the second field it is of.
    const withAnd = `${t} dan `;
    const joined = only(same, (s) => s.group.text.startsWith(withAnd));
    if (joined) return joined;
    // "Ditjen Dikti" is "Ditjen Dikti Kemdiktisaintek", a form of "Direktorat Jenderal Pendidikan
    // Tinggi …": the longer name may be a body's other form.
    const longerForm = only(same, (s) => {
      for (const a of s.group.aliases) if (a.startsWith(prefix) && !otherLevel(t, a)) return true;
      return false;
    });
    if (longerForm) return longerForm;
  }
  // "KPU RI" and "KPU" or "Komisi Pemilihan Umum": the country after a national body's name.
  const bare = nationalOf(f, t);
  if (bare !== null) {
    // ("… RI" and "… Republik Indonesia": one body with its country written two ways.)
    const named = same.find((s) => s.group.text === bare || s.group.aliases.has(bare) || nationalLess(s) === bare || (isCapitalsAcronym(bare) && spellsOut(s, bare, lex)));
    if (named) return named;
    // "Bawaslu RI" and "Badan Pengawas Pemilu (Bawaslu)".
    const bareBracketed = inBrackets(same, bare, text, spelled, lex);
    if (bareBracketed) return bareBracketed;
  }
  // "Persero" alone is the one state company named with it ("PT Pertamina (Persero)").
  if (t === 'Persero') {
    const state = only(same, (s) => s.group.text.includes('(Persero)'));
    if (state) return state;
  }
  // "Dinas Pendidikan Medan" is "Dinas Pendidikan Kota Medan": the place's prefix left out.
  // (The prefix is inside the name when taking it out changes the name: no second regex.)
  const unprefixed = (f.unprefixed ??= t.replace(ADMIN_INSIDE, ' '));
  if (unprefixed !== t || same.some((s) => (s.f.adminInside ??= ADMIN_INSIDE.test(s.group.text)))) {
    const byPlace = only(same, (s) => unprefixedOf(s) === unprefixed);
    if (byPlace) return byPlace;
  }
  // "Pemprov DKI" and "Pemprov Jakarta", "Polda Jabar" and "Polda Jawa Barat": one body of one place.
  const placed = (f.placed ??= placeKey(t, lex));
  if (placed !== t) {
    const byAlias = only(same, (s) => (s.f.placed ??= placeKey(s.group.text, lex)) === placed);
    if (byAlias) return byAlias;
  }
  // "Kanwil HAM" of "Kanwil Kementerian HAM Jawa Barat": an office of a ministry named with the word
  // "Kementerian" before the ministry's field left out, its place after it or not.
  if (!t.startsWith('Kementerian ') && !t.includes(' Kementerian ')) {
    const ministryOffice = only(same, (s) => {
      if (ministryOfficeOf(s.group.text, t, lex)) return true;
      for (const a of s.group.aliases) if (ministryOfficeOf(a, t, lex)) return true;
      return false;
    });
    if (ministryOffice) return ministryOffice;
  }
  // "DPRD Labura" and "DPRD Kabupaten Labuhanbatu Utara": the place's short name, its prefix left out.
  // (With no prefix inside, that is the name's place key above.)
  const unplaced = (f.placedUnprefixed ??= unprefixed === t ? placed : placeKey(unprefixed, lex));
  if (unplaced !== t) {
    const byBoth = only(same, (s) => s.group.text !== t && placedUnprefixedOf(s, lex) === unplaced);
    if (byBoth) return byBoth;
  }
  // "Kemenkeu", "Kementerian PU", "Pemprov DKI": a word-by-word abbreviation of one longer name.
  // "Kemenkes" is also "Kementerian Kesehatan RI": the country after a national body's name.
  // (The abbreviations are tried first, the longer names they must not be after: most short forms
  // abbreviate no name, and those tests are the cheaper.)
  const abbreviated = only(same, (s) => {
    const national = nationalLess(s);
    // "Antam" of "PT Aneka Tambang Tbk": the name without its legal forms.
    const sCore = coreOf(s, forms);
    if (!(abbreviates(t, s.group.text) || (national !== null && abbreviates(t, national)) || (sCore !== s.group.text && abbreviates(t, sCore)))) return false;
    return !(otherLevel(t, s.group.text) || unitOf(t, s.group.text, lex) || subsidiaryCore(core, sCore, lex));
  });
  if (abbreviated) return abbreviated;
  // "Dinkes" and "Dinas Kesehatan Kota Kendari", "Kejari Sigi" and "Kejaksaan Negeri Sigi": a
  // contraction of the body's name before its place, the place written after it or left out.
  const contraction = contractionOf(t);
  const contracted = contraction === null ? undefined : only(same, (s) => contractsBeforePlace(contraction, s.group.text, s));
  if (contracted) return contracted;
  // "BPJS Kesehatan" and "Badan Penyelenggara Jaminan Sosial Kesehatan": an acronym of the first
  // words, the last words as written.
  const head = ACRONYM_HEAD.exec(t);
  if (head) {
    const tail = ` ${head[2]!}`;
    const long = only(same, (s) => s.group.text.endsWith(tail) && s.group.text.length > t.length && initialsOf(s.group.text.slice(0, -tail.length)) === head[1]);
    if (long) return long;
    // "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan": the acronym inside the name as written.
    // ("Kantor Dagang dan Ekonomi Indonesia (KDEI) di Taipei", then "KDEI Taipei": the place after "di".)
    const acronymBracketed = ` (${head[1]})`;
    const withTail = `${acronymBracketed}${tail}`;
    const withDi = `${acronymBracketed} di${tail}`;
    const around = only(same, (s) => mentionBefore(s, text, withTail) || mentionBefore(s, text, withDi));
    if (around) return around;
    // "Badan Penyelenggara Jaminan Kesehatan (BPJS)", then "BPJS Kesehatan": the body spelled out
    // with the acronym's last words, the acronym in brackets after it.
    const spelledWithTail = only(same, (s) => s.group.text.endsWith(tail) && s.group.text.length > t.length && mentionBefore(s, text, acronymBracketed));
    if (spelledWithTail) return spelledWithTail;
    // "KSOP Gresik" and "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP)": the acronym of a body
    // spelled out before it, and a place: the office the article is about. (Not a national body the
    // lexicon knows by its acronym: "BMKG Sulsel" is the province's office of "Badan Meteorologi,
    // Klimatologi, dan Geofisika (BMKG)".)
    if ((lex.places.has(head[2]!) || lex.placeAliases.has(head[2]!)) && !lex.orgs.has(head[1]!)) {
      const spelledBefore = only(same, (s) => mentionBefore(s, text, acronymBracketed));
      if (spelledBefore) return spelledBefore;
    }
  }
  // "Dikbud Kendari" and "Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari": the short form
  // read inside the organisation's name, and the end of its place.
  const space = t.indexOf(' ');
  if (space > 0) {
    const inside = `(${t.slice(0, space)}) `;
    const end = t.slice(space);
    // ("Kejati Sultra" and "Kejaksaan Tinggi (Kejati) Sulawesi Tenggara": the place by its short name.)
    const place = lex.placeAliases.get(t.slice(space + 1));
    const ends = (name: string) => name.endsWith(end) || (place !== undefined && name.endsWith(` ${place}`));
    const around = only(same, (s) => s.group.mentions.some((m) => m.source === AROUND_SHORT_FORM && m.text.includes(inside) && ends(m.text)));
    if (around) return around;
    // "Dinas PUPR Garut", "Kejati Sultra", "DLH DKI Jakarta": the short form read inside the name
    // ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Garut", "Kejaksaan Tinggi (Kejati)
    // Sulawesi Tenggara", "Dinas Lingkungan Hidup (DLH) Jakarta"), perhaps after the name's first
    // words, and the place after it written another way or left out.
    const written = only(same, (s) => s.group.mentions.some((m) => m.source === AROUND_SHORT_FORM && shortOfAround(t, m.text, lex)));
    if (written) return written;
  }
  // "Badan Pusat Statistik" and "BPS": the acronym of the name's initials.
  if (!isCapitalsAcronym(t)) return undefined;
  for (const s of same) {
    if ((s.f.initials ??= initialsOf(s.group.text)) === t || (s.f.coreInitials ??= initialsOf(coreOf(s, forms))) === t) return s;
  }
  return undefined;
}

/** {@link findGroup}'s tests of a place's name, `f` the forms of its canonical form. */
function placeGroup(same: readonly Slot[], e: Entry, f: NameForms, text: string, spelled: (name: string) => boolean, lex: Lexicon, forms: Forms): Slot | undefined {
  const { t } = e;
  // "Nusantara" is "Kota Nusantara" when the article names that city, before the country the lexicon knows by that name.
  const sameName = same.find((s) => bareOf(s, forms) === t && bareOf(s, forms) !== s.group.text);
  if (sameName) return sameName;
  // "New York City" and "Kota New York": a city named in English and in Indonesian.
  // (The fixed words are read first: most places are no city named so.)
  const city = (t.endsWith(' City') ? CITY_EN.exec(t) : null) ?? (t.startsWith('Kota ') ? CITY_ID.exec(t) : null);
  if (city) {
    const other = t.startsWith('Kota ') ? `${city[1]!} City` : `Kota ${city[1]!}`;
    const named = same.find((s) => s.group.text === other || s.group.aliases.has(other));
    if (named) return named;
  }
  // "Nusantara" and "Kota Nusantara" are "Ibu Kota Nusantara" (or "IKN") when the article names that
  // capital, before the country the lexicon knows by that name.
  const bare = (f.bare ??= placeBare(t, forms));
  if (!bare.includes(' ')) {
    const capital = only(same, (s) => capitalOf(s, lex) === bare);
    if (capital) return capital;
  }
  // "RI" and "Indonesia", "Tiongkok" and "China", "Jabar" and "Jawa Barat".
  const named = lex.placeAliases.get(t);
  // "PEA" and "Persatuan Emirat Arab": two other names of one place.
  // ("RI" is "Republik Indonesia" named "Indonesia" too.)
  const aliased = named === undefined ? undefined : same.find((s) => s.group.text === named || bareOf(s, forms) === named || lex.placeAliases.get(s.group.text) === named || s.group.aliases.has(named));
  if (aliased) return aliased;
  const inParens = ` (${t})`;
  if (spelled(t)) {
    // ("Jawa Barat dan Banten (BJB)": an acronym in brackets is the place's only if it spells it out.)
    const spells = (s: Slot) => !isCapitalsAcronym(t) || abbreviates(t, bareOf(s, forms)) || s.group.mentions.some((m) => text.startsWith(inParens, m.end) && initialsBefore(text, m.end, t));
    for (const s of same) if (mentionBefore(s, text, inParens) && spells(s)) return s;
  }
  // "Gedung DPRD Jatim" and "Gedung DPRD Provinsi Jatim": a place named after a body of an area,
  // the area's prefix left out or its name written short.
  if (t.includes(' ')) {
    const unplaced = (f.placedUnprefixed ??= placeKey((f.unprefixed ??= t.replace(ADMIN_INSIDE, ' ')), lex));
    const building = only(same, (s) => s.group.text !== t && placedUnprefixedOf(s, lex) === unplaced);
    if (building) return building;
  }
  // "CIANJUR" in a dateline is "Kabupaten Cianjur".
  const bareLower = (f.bareLower ??= bare.toLowerCase());
  // (The name with a space before it and after it: what a longer name ends or opens with.)
  const spacedT = ` ${t}`;
  const tSpaced = `${t} `;
  // ("Bima" is no abbreviation of "Panda Bima", nor "Ponorogo" of "Mapolres Ponorogo": a place named
  // last in another's name after a name, not after a place's kind as in "Pulau Sumatera", is its own.)
  const found =
    same.find((s) => bareOf(s, forms) === bare) ??
    same.find((s) => (s.f.bareLower ??= bareOf(s, forms).toLowerCase()) === bareLower) ??
    only(same, (s) => {
      const sBare = bareOf(s, forms);
      return abbreviates(t, sBare) && (!sBare.endsWith(spacedT) || placeKinds(sBare.slice(0, -t.length - 1), lex));
    });
  if (found || lex.places.has(t)) return found;
  // The one longer place this one shortens, if only one (not a known place: "Gresik" is no "Pelabuhan
  // Gresik", "Jakarta" no "Jakarta Selatan"):
  // - without its kind: "Alas Purwo" of "Taman Nasional Alas Purwo", "Soekarno-Hatta" of "Bandara
  //   Internasional Soekarno-Hatta" (not a name itself opened by a kind: "Pasar Besar" is no "Jalan
  //   Pasar Besar");
  // - by its first words: "Istora" of "Istora Gelora Bung Karno", "Pasar Besar" of "Pasar Besar
  //   Malang", "Rio" of "Rio de Janeiro" (not when the next word makes another area: "Tewah Hulu");
  // - without a word that only says it is an area or a complex: "Desa Gumantar" of "Desa Adat
  //   Gumantar", "Taman Impian Jaya Ancol" of "Kompleks Taman Impian Jaya Ancol".
  const kinded = placeKinds(t.split(' ')[0]!, lex);
  const plain = withoutAreaWords(t);
  return only(
    same,
    (s) =>
      (!kinded && s.group.text.endsWith(spacedT) && placeKinds(s.group.text.slice(0, -t.length - 1), lex)) ||
      (s.group.text.startsWith(tSpaced) && !AREA_PART.test(s.group.text.slice(t.length + 1))) ||
      (plain !== '' && s.group.text.length > t.length && withoutAreaWords(s.group.text) === plain),
  );
  return undefined;
}

/** The first slot with a mention right before "(name)" in the text ("Badan Pusat Statistik (BPS)"), if the text has "(name)" at all. */
function inBrackets(same: readonly Slot[], name: string, text: string, spelled: (name: string) => boolean, lex: Lexicon): Slot | undefined {
  if (!spelled(name)) return undefined;
  // ("Rumah Sakit Umum Pusat (RSUP)": a kind of body spelled out is no body's name.)
  return same.find((s) => (mentionBefore(s, text, ` (${name})`) || mentionBefore(s, text, `(${name})`)) && !s.group.text.split(' ').every((w) => w === 'dan' || lex.genericOrgWords.has(w)));
}

/** A name with a bracketed short form inside it: the words before, the short form, the words after. */
const AROUND_PARTS = /^(.+?) \(([^()]+)\) (.+)$/u;

/** An administrative prefix opening a place's name. */
const ADMIN_START = /^(?:Kota|Kabupaten|Kab\.|Provinsi)\s+/u;

/** A place's name in one spelling: no administrative prefix, "DKI Jakarta" as "Jakarta", a short form as the lexicon spells it out ("Sultra" → "Sulawesi Tenggara"). */
function placeSpelling(place: string, lex: Lexicon): string {
  const bare = place.replace(ADMIN_START, '');
  if (bare === 'DKI' || bare === 'DKI Jakarta') return 'Jakarta';
  return lex.placeAliases.get(bare) ?? bare;
}

/**
 * Whether `short` is a body's name written `around` with its short form in brackets ("Dinas Pekerjaan
 * Umum dan Penataan Ruang (PUPR) Kabupaten Garut"), by that short form: the short form, perhaps after
 * the first words of the name ("Dinas PUPR"), then the place after the brackets in any spelling
 * ("Garut", "Kabupaten Garut") or nothing (after some first words only).
 */
function shortOfAround(short: string, around: string, lex: Lexicon): boolean {
  const parts = AROUND_PARTS.exec(around);
  if (!parts) return false;
  const [, name, inner, place] = parts as unknown as [string, string, string, string];
  const inside = short.indexOf(` ${inner}`);
  const at = short === inner || short.startsWith(`${inner} `) ? 0 : inside < 0 ? -1 : inside + 1;
  if (at < 0 || (at > 0 && !`${name} `.startsWith(short.slice(0, at)))) return false;
  const rest = short.slice(at + inner.length);
  if (rest === '') return at > 0;
  return rest.startsWith(' ') && placeSpelling(rest.slice(1), lex) === placeSpelling(place, lex);
}

/** The one small word {@link initialsBefore} skips between capitalised words. */
const AND: ReadonlySet<string> = new Set(['dan']);

/**
 * Whether the capitalised words right before `end` in the text, the last one, two … five of them
 * ("dan" between them skipped), have `acronym` as their initials ("Ibu Kota Nusantara" before "(IKN)"
 * when only "Kota Nusantara" was read).
 */
function initialsBefore(text: string, end: number, acronym: string): boolean {
  const words = text.slice(Math.max(0, end - 80), end).split(/\s+/u);
  const first = longFormStart(words, AND, { jointsLast: true });
  let initials = '';
  for (let k = words.length - 1; k >= first && initials.length < acronym.length; k--) {
    if (words[k] === 'dan') continue;
    initials = words[k]![0] + initials;
    if (initials === acronym) return true;
  }
  return false;
}

/** Words after a place's name that make another area of it ("Jakarta Selatan", "Tewah Hulu", "Balikpapan Baru"). */
const AREA_PART = /^(?:Utara|Selatan|Barat|Timur|Tengah|Tenggara|Barat Daya|Barat Laut|Timur Laut|Raya|Baru|Lama|Hulu|Hilir|Ilir|Atas|Bawah|Besar|Kecil|Dalam|Luar|Wetan|Kulon|Lor|Kidul|Darat|Laut|Induk|Kota|Satu|Dua|I|II|III|IV|\d+)(?:\s|$)/u;

/** Whether `words` are one or two words naming a kind of place ("Taman Nasional", "Bandara Internasional", "Kawasan"). */
function placeKinds(words: string, lex: Lexicon): boolean {
  const list = words.split(' ');
  if (list.length > 2) return false;
  const kind = (w: string) => lex.placeMarkers.has(w) || lex.adminPrefixes.has(w) || PLACE_KIND_MORE.has(w);
  return kind(list[0]!) && (list.length === 1 || kind(list[1]!) || list[1] === 'Nasional' || list[1] === 'Internasional');
}

/** Words that only say a place is an area or a complex ("Desa Adat …", "Kompleks …", "Kawasan …"). */
const AREA_WORDS = /(?:^|\s)(?:Adat|Kompleks|Komplek|Kawasan)(?=\s|$)/gu;

/** A place's name without {@link AREA_WORDS}. */
function withoutAreaWords(name: string): string {
  // (Most names hold none of the words: no regex then.)
  if (!name.includes('Adat') && !name.includes('Komplek') && !name.includes('Kawasan')) return name.trim();
  return name.replace(AREA_WORDS, '').trim();
}

/** Kinds of places besides the lexicon's markers: an area or a complex around a name ("Kawasan Ciwidey", "Kompleks …"). */
const PLACE_KIND_MORE = new Set(['Kawasan', 'Kompleks', 'Komplek', 'Hutan', 'Cagar', 'Distrik', 'Nagari', 'Gampong', 'Kalurahan', 'Kapanewon', 'Kemantren', 'Padukuhan', 'Dusun', 'Adat', 'Jalur', 'TPA', 'TPAS', 'TPST', 'DKI', 'Kerajaan', 'Republik', 'Kesultanan', 'Negara']);

/** A state school's name opening with its kind, in one word or two ("SMAN 3 …", "SMA Negeri 3 …"). */
const STATE_SCHOOL = /^(?:SMK|SMA|SMP|SD|SLB)(?:N| Negeri)\s/u;

/** A school's name with its kind in one spelling ("SMA Negeri 3 Kendari" → "sman 3 kendari"). */
function schoolKey(name: string): string {
  return name.replace(/^(SMK|SMA|SMP|SD|SLB) Negeri(?=\s)/u, '$1N').toLowerCase();
}

/** An administrative prefix and the place after it, ending a body's name ("… Kota Kendari"). */
const PLACE_END = /\s+(?:Kota|Kabupaten|Provinsi|Kecamatan)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;

/**
 * Whether `short` ("Dinkes", "Kejari Sigi") contracts the name `long` ("Dinas Kesehatan Kota
 * Kendari", "Kejaksaan Negeri Sigi") before its place: the short form's first word is made of a
 * first part of each word of the body's name, the last part possibly the end of the last word
 * ("Kejari": KEJAksaan negeRI), a later word's part possibly after its prefix ("Dishub": DInaS
 * perHUBungan, the first word's first letters and its last); the short form's other words are the
 * end of the long one, or there are none and the long one ends in an administrative prefix and its
 * place, or has none ("Dishub" of "Dinas Perhubungan"). The short form is read as its
 * {@link Contraction}; `s` is the slot of `long`, which keeps the words of its name before its place.
 */
function contractsBeforePlace(short: Contraction, long: string, s: Slot): boolean {
  const { head } = short;
  let words: readonly string[];
  let placed = true;
  if (short.tail === null) {
    // ("Dishub" of "Dinas Perhubungan", with no place after it, too.)
    // (The words before the place are the long name's alone: kept with its slot.)
    const bare = (s.f.contractBody ??= bodyBeforePlace(long));
    words = bare.words;
    placed = bare.placed;
  } else {
    const tail = short.tail;
    if (!long.endsWith(tail) || long.length <= tail.length) return false;
    words = contractWords(long.slice(0, -tail.length).replace(/\s+(?:Kota|Kabupaten|Provinsi|Kecamatan)$/u, ''));
  }
  if (words.length < 2 || words.length > 4) return false;
  const match = (i: number, w: number): boolean => {
    if (w === words.length) return i === head.length;
    const word = words[w]!;
    for (let n = Math.min(word.length, head.length - i); n >= 2; n--) if (head.startsWith(word.slice(0, n), i) && match(i + n, w + 1)) return true;
    // The first word's first letters and its last ("dis" of "dinas": "Dishub", "Disdik").
    if (w === 0 && word.length > 3) {
      const ends = word.slice(0, 2) + word.slice(-1);
      if (head.startsWith(ends, i) && match(i + 3, 1)) return true;
    }
    // A part after the word's prefix ("hub" of "perhubungan", "dik" of "pendidikan"), three letters at least.
    const prefix = NOUN_PREFIX.exec(word);
    if (prefix && w > 0) {
      const stem = word.slice(prefix[0].length);
      for (let n = Math.min(stem.length, head.length - i); n >= 3; n--) if (head.startsWith(stem.slice(0, n), i) && match(i + n, w + 1)) return true;
    }
    // The last part may be the end of the last word ("ri" of "negeri").
    // (Three letters at least with no place to confirm it: "Kementan" is no "Kementerian Keuangan".)
    if (w === words.length - 1 && head.length - i >= (placed ? 2 : 3) && word.endsWith(head.slice(i))) return true;
    return false;
  };
  return match(0, 0);
}

/** A short form as {@link contractsBeforePlace} reads it: its first word in lowercase, and the rest after it with its space (null when none). */
interface Contraction {
  head: string;
  tail: string | null;
}

/** A short form's {@link Contraction}, or null when its first word is no capitalised word of four letters or more (it contracts no name). */
function contractionOf(short: string): Contraction | null {
  const space = short.indexOf(' ');
  const first = space < 0 ? short : short.slice(0, space);
  const head = first.toLowerCase();
  if (head.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  return { head, tail: space < 0 ? null : short.slice(space) };
}

/** The words of a long name before the administrative prefix and place ending it, and whether it ends so. */
function bodyBeforePlace(long: string): { words: readonly string[]; placed: boolean } {
  const place = PLACE_END.exec(long);
  return { words: contractWords(place ? long.slice(0, place.index) : long), placed: place !== null };
}

/** A body's name in lowercase words, without "dan" and "&". */
function contractWords(body: string): string[] {
  return body.toLowerCase().split(/\s+/u).filter((w) => w !== 'dan' && w !== '&');
}

/**
 * Whether `long` is a unit of the body `short` names, the unit's words before it: "Fraksi Gerindra"
 * of "Gerindra", "Satreskrim Polres Kampar" of "Polres Kampar" (organisations.txt [units]). Two
 * organisations: the body's name alone is no short form of its unit's.
 */
function unitOf(short: string, long: string, lex: Lexicon): boolean {
  if (!long.endsWith(` ${short}`)) return false;
  const space = long.indexOf(' ');
  return lex.orgUnits.has(long.slice(0, space));
}

/** The prefix of a derived noun a contraction skips ("per" of "perhubungan", "pen" of "pendidikan", "ke" of "kesehatan"). */
const NOUN_PREFIX = /^(?:keper|kepen|per|pen|pem|peng|peny|pe|ke)(?=[a-z]{4})/u;

// "… ujar pria yang akrab disapa Aco", "pelaku yang dikenal dengan sapaan Bunda Rosita": the nickname
// of the person the sentence is about (a form of address may stand before it: "akrab disapa Koh Aliong").
const NICKNAME_CUE = /(?:(?:akrab|biasa|kerap|sering|karib)\s+(?:disapa|dipanggil|disebut)|dikenal\s+dengan\s+(?:sapaan|panggilan)(?:\s+akrab)?)\s+$/u;

// "Anto, sapaan akrab gubernur, …", "Ayu, sapaan akrabnya", "Mbah Karto, begitu ia biasa disapa":
// a nickname, then the words that say it is one (and perhaps the person's name after them).
const NICKNAME_AFTER = /^,\s+(?:(?:sapaan|panggilan)\s+akrab(?:nya)?|begitu\s+(?:ia|dia|beliau)\s+(?:akrab|biasa|kerap|sering)\s+(?:disapa|dipanggil))(?=[\s,.])/u;

/** {@link NICKNAME_CUE}, then a form of address and the space after it ("Koh "), at most. */
const nicknameCues = perLexicon((lex: Lexicon) => new RegExp(`${NICKNAME_CUE.source.slice(0, -1)}(?:(?:${alternation([...lex.honorifics, ...lex.addressTerms])})\\.?\\s+)?$`, 'iu'));

/** An organisation's name that is another name and its country or corporate word ("Galderma Indonesia", "Euromedica Group"). */
const COMPANY_OF = /^(.+?) (?:Indonesia|Southeast Asia|Asia Tenggara|Asia Pacific|Asia Pasifik|Group|Grup|Tbk|Ltd|Inc|Corp|Corporation|Holding|Holdings)$/u;

/** An association's name after the short form of its national, regional or branch board ("DPN Tani Merdeka", "DPW Nelayan Bersatu", "PB Pemuda Tani"). */
const BOARD_OF = /^(?:DPP|DPN|DPW|DPD|DPC|PP|PW|PB|PC) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})$/u;

/** A group of companies named with the word before its name ("Grup Bakrie"). */
const GROUP_OF = /^(?:Grup|Group|Kelompok Usaha) (\p{Lu}.*)$/u;

/** A company's name opened by a legal form ("PT Marlip Indo Mandiri", "PT KANCIL"). */
const LEGAL_FORM_START = /^(?:PT|CV|PT\.)\s+(?=\p{Lu})/u;

/**
 * "Galderma Indonesia" and "brand … dari Galderma" read as a place: a name that is the core of an
 * organisation's name in the same article ("Galderma" of "Galderma Indonesia") is that organisation,
 * whatever type it was read as. Known places ("Bank Indonesia" holds no place "Bank") are left alone.
 * So is one word read as a person or a place that is, in any capitals, a company's name after its
 * legal form ("Kancil" of "PT KANCIL") or the first word of it ("Marlip" of "PT Marlip Indo Mandiri",
 * not a word of any body's name: "Bank" of "PT Bank Sentosa").
 */
export function mergeCompanyCores(groups: EntityGroup[], lex: Lexicon): EntityGroup[] {
  const cores = new Map<string, EntityGroup>();
  const words = new Map<string, EntityGroup>();
  for (const g of groups) {
    if (g.type !== 'ORG') continue;
    const m = COMPANY_OF.exec(g.text);
    if (m && !lex.places.has(m[1]!) && !lex.knownPlaces.has(m[1]!)) cores.set(m[1]!, g);
    // "Grup Bakrie" is the company "Bakrie" too; "DPN Tani Merdeka": the association the board leads
    // ("Tani Merdeka") is the organisation too.
    for (const named of [GROUP_OF, BOARD_OF]) {
      const name = named.exec(g.text)?.[1];
      if (name !== undefined && !lex.places.has(name) && !lex.knownPlaces.has(name) && !cores.has(name)) cores.set(name, g);
    }
    if (!LEGAL_FORM_START.test(g.text)) continue;
    const core = formsOf(lex).orgCore(g.text);
    const first = core.split(' ')[0]!;
    if (core === g.text || !/^\p{Lu}/u.test(first) || lex.genericOrgWords.has(first) || lex.orgMarkers.has(first) || lex.places.has(first) || lex.knownPlaces.has(first)) continue;
    if (!core.includes(' ')) words.set(core.toLowerCase(), g);
    else if (!words.has(first.toLowerCase())) words.set(first.toLowerCase(), g);
  }
  if (cores.size === 0 && words.size === 0) return groups;
  const gone = new Set<EntityGroup>();
  const grown = new Set<EntityGroup>();
  for (const g of groups) {
    if (g.type === 'ORG') continue;
    const target = cores.get(g.text) ?? (g.text.includes(' ') ? undefined : words.get(g.text.toLowerCase()));
    if (!target) {
      const company = g.type === 'PERSON' ? companyInName(g, cores, words, lex) : undefined;
      if (company === undefined) continue;
      // "Maung Pindad" (with "PT Pindad"), "Danone Impact Journey" (with "Danone Indonesia"): a
      // person's name holding the name of a company of the article, and no word of people's names
      // besides, names a product or a programme of it; its mentions of the company alone are the
      // company's, the others (the product's, "Maung") name no entity.
      const own = g.mentions.filter((m) => m.text === company.core);
      company.target.mentions.push(...own);
      company.target.aliases.add(company.core);
      gone.add(g);
      grown.add(company.target);
      continue;
    }
    absorb(target, g);
    gone.add(g);
    grown.add(target);
  }
  if (gone.size === 0) return groups;
  // Only the groups that took mentions need their mentions in text order again.
  for (const g of grown) sortMentions(g.mentions);
  return groups.filter((g) => !gone.has(g));
}

/**
 * The company of the article (a core of {@link mergeCompanyCores}) whose name is one word of a
 * person's name of two words or more, when no other word of the name is a word of people's names
 * ("Maung Pindad", "Danone Impact Journey"; not "Aburizal Wiratama", "Marlip Santoso").
 */
function companyInName(g: EntityGroup, cores: ReadonlyMap<string, EntityGroup>, words: ReadonlyMap<string, EntityGroup>, lex: Lexicon): { core: string; target: EntityGroup } | undefined {
  const parts = g.text.split(' ');
  if (parts.length < 2) return undefined;
  for (const core of parts) {
    const target = cores.get(core) ?? words.get(core.toLowerCase());
    if (target === undefined || !g.mentions.some((m) => m.text === core)) continue;
    const lower = core.toLowerCase();
    if (lex.givenNames.has(lower) || lex.personWords.has(lower)) continue;
    if (parts.every((w) => w === core || (!lex.givenNames.has(w.toLowerCase()) && !lex.personWords.has(w.toLowerCase())))) return { core, target };
  }
  return undefined;
}

/**
 * A person named only after "akrab disapa" / "biasa dipanggil" ("pria yang akrab disapa Aco"), or right
 * before ", sapaan akrabnya" ("Ayu, sapaan akrabnya, …"), is the nickname of the person mentioned
 * last before it, or of the person named after "sapaan akrab" ("Ayu, sapaan akrab Wulandari"); one named
 * after "alias" right after a person's name ("Darmaji alias Kocil") is that person's; and one first
 * named in brackets right after a person's name ("Saifullah Yusuf (Gus Ipul)") is that person's: the
 * two groups become one.
 */
export function mergeNicknames(groups: EntityGroup[], text: string, lex: Lexicon): EntityGroup[] {
  const gone = new Set<EntityGroup>();
  const cue = nicknameCues(lex);
  const join = (target: EntityGroup, g: EntityGroup): void => {
    absorb(target, g);
    sortMentions(target.mentions);
    gone.add(g);
  };
  /** The other person's group with a mention that ends (or starts) at `at`. */
  const personAt = (g: EntityGroup, at: number, end: boolean): EntityGroup | undefined =>
    groups.find((o) => o !== g && o.type === 'PERSON' && !gone.has(o) && o.mentions.some((m) => (end ? m.end : m.start) === at));
  for (const g of groups) {
    if (g.type !== 'PERSON') continue;
    const first = g.mentions[0]!;
    // "Saifullah Yusuf (Gus Ipul)": a name first written in brackets right after a person's name is that person's.
    // (The characters around the name are read first: most names stand in no brackets.)
    if (text.charCodeAt(first.start - 1) === 40 && text[first.end] === ')' && /^\s?\($/u.test(text.slice(Math.max(0, first.start - 2), first.start))) {
      const open = text.lastIndexOf('(', first.start);
      const before = groups.find((o) => o !== g && o.type === 'PERSON' && !gone.has(o) && o.mentions.some((m) => m.end === open || m.end === open - 1));
      if (before) {
        join(before, g);
        continue;
      }
    }
    // "Darmaji alias Kocil (23)", "RK alias Bang Udin": the name after "alias" is the one before it.
    const before = text.slice(Math.max(0, first.start - 7), first.start);
    if (before === ' alias ') {
      const named = personAt(g, first.start - 7, true);
      if (named) {
        join(named, g);
        continue;
      }
    }
    // (The comma it opens with is read first: most names are followed by none.)
    const after = text.charCodeAt(first.end) === 44 ? NICKNAME_AFTER.exec(text.slice(first.end, first.end + 60)) : null;
    if (after) {
      // "Ayu, sapaan akrab Wulandari": the person named right after the words.
      const at = first.end + after[0].length + 1;
      const named = text[at - 1] === ' ' ? personAt(g, at, false) : undefined;
      if (named) {
        join(named, g);
        continue;
      }
    } else if (!cue.test(text.slice(Math.max(0, first.start - 60), first.start))) continue;
    let target: EntityGroup | undefined;
    let at = -1;
    for (const o of groups) {
      if (o === g || o.type !== 'PERSON' || gone.has(o)) continue;
      for (const m of o.mentions) if (m.end <= first.start && m.start > at) [target, at] = [o, m.start];
    }
    if (!target || first.start - at > 1500) continue;
    join(target, g);
  }
  // "Dewi Perssik … Depe": one word made of the first letters of each word of one person's full
  // name, and no name of its own, is that person's short name.
  for (const g of groups) {
    if (g.type !== 'PERSON' || gone.has(g) || !/^\p{Lu}\p{Ll}{2,}$/u.test(g.text) || lex.givenNames.has(g.text.toLowerCase()) || lex.personWords.has(g.text.toLowerCase())) continue;
    const owners = groups.filter((o) => o !== g && o.type === 'PERSON' && !gone.has(o) && o.text.includes(' ') && abbreviates(g.text, o.text) && !o.text.split(' ').includes(g.text));
    if (owners.length === 1) join(owners[0]!, g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * "CT ARSA Foundation (CT ARSA)" and a quote's "CT Arsa" read as a person: a name the tagger alone
 * read, written in other capitals than a form of a group of another type that is named more often,
 * is that group's mention (within one type, {@link findGroup} links such variants).
 */
export function mergeCaseVariants(groups: EntityGroup[]): EntityGroup[] {
  let forms: Map<string, EntityGroup[]> | undefined;
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type === 'ORG' || !g.mentions.every((m) => m.source === 'model')) continue;
    forms ??= groupsByLowercaseForm(groups);
    let target: EntityGroup | undefined;
    for (const o of forms.get(g.text.toLowerCase()) ?? []) {
      if (o === g || o.type === g.type) continue;
      if (target) {
        target = undefined;
        break;
      }
      target = o;
    }
    if (!target || target.mentions.length <= g.mentions.length || gone?.has(target)) continue;
    // (The same form in the same capitals is the type's question, not a spelling's: harmoniseTypes answers it.)
    if (target.text === g.text || target.aliases.has(g.text)) continue;
    absorb(target, g);
    sortMentions(target.mentions);
    (gone ??= new Set()).add(g);
  }
  return gone === undefined ? groups : groups.filter((g) => !gone!.has(g));
}

/** The groups by each of their names (the text, then the aliases) in lowercase, each group once per name. */
function groupsByLowercaseForm(groups: readonly EntityGroup[]): Map<string, EntityGroup[]> {
  const forms = new Map<string, EntityGroup[]>();
  const add = (o: EntityGroup, form: string): void => {
    const key = form.toLowerCase();
    const list = forms.get(key);
    if (list === undefined) forms.set(key, [o]);
    else if (!list.includes(o)) list.push(o);
  };
  for (const o of groups) {
    add(o, o.text);
    for (const a of o.aliases) add(o, a);
  }
  return forms;
}

/** Words after which a name is a place's ("ke Purabaya", "warga Purabaya"). */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:di|ke|dari|menuju|warga|kawasan|wilayah|daerah|desa|kota|kabupaten|kecamatan|terminal|asal)\s+$/iu;

/**
 * "Purabaya hanya menyampaikan sepatah kata" in an article about "Purbaya Yudhi Sadewa": one word read
 * once as a place or a body, a letter away from a word of a person's name the article uses three
 * times or more, and not named where a place is, is that person's name misspelt.
 */
export function mergeMisspeltNames(groups: EntityGroup[], text: string): EntityGroup[] {
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type === 'PERSON' || g.mentions.length !== 1 || g.text.includes(' ') || g.text.length < 5) continue;
    const m = g.mentions[0]!;
    if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const lower = g.text.toLowerCase();
    let target: EntityGroup | undefined;
    for (const p of groups) {
      if (p.type !== 'PERSON' || p.mentions.length < 3 || gone?.has(p)) continue;
      let near = false;
      for (const name of [p.text, ...p.aliases]) for (const w of name.split(' ')) near ||= w.toLowerCase() !== lower && nearlyEqual(w.toLowerCase(), lower);
      if (!near) continue;
      if (target) {
        target = undefined;
        break;
      }
      target = p;
    }
    if (!target) continue;
    absorb(target, g);
    sortMentions(target.mentions);
    (gone ??= new Set()).add(g);
  }
  return gone === undefined ? groups : groups.filter((g) => !gone!.has(g));
}

/**
 * "Tan Malaka: Biografi …" with "Malaka" read as a place, "Ketua DPRD Kota Malang" with "Kota Malang"
 * read as a place: an entity every mention of which lies inside an occurrence of a longer name of
 * another entity (its name, another form or a mention) is no entity of its own but a piece of that
 * name (the guide takes the longest name as written): it goes, and the longer name takes those
 * places. (Not a body inside another body's name, "DPR" of "Komisi I DPR": two bodies, another rule's
 * question.)
 */
export function dropNamesInsideLongerNames(groups: EntityGroup[], text: string): EntityGroup[] {
  let spans: NameSpan[] | undefined;
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type !== 'PERSON' && g.type !== 'ORG' && g.type !== 'LOC') continue;
    spans ??= longerNameSpans(groups, text);
    const inside: NameSpan[] = [];
    for (const m of g.mentions) {
      const around = spanAround(spans, g, m, gone);
      if (around === undefined) break;
      inside.push(around);
    }
    if (inside.length !== g.mentions.length) continue;
    (gone ??= new Set()).add(g);
    for (const s of inside) {
      const o = s.group;
      if (o.mentions.some((m) => m.start < s.end && s.start < m.end)) continue;
      o.mentions.push({ start: s.start, end: s.end, text: s.form, source: 'coref/string-match' });
      sortMentions(o.mentions);
    }
  }
  return gone === undefined ? groups : groups.filter((g) => !gone!.has(g));
}

/** An occurrence of a name of two words or more of a group ({@link dropNamesInsideLongerNames}). */
interface NameSpan {
  start: number;
  end: number;
  group: EntityGroup;
  form: string;
}

/**
 * Every occurrence as words of its own of each name of two words or more of the people, bodies and
 * places: by group, then by form (its text, its other forms, its mentions' texts, each once).
 */
function longerNameSpans(groups: readonly EntityGroup[], text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  // (One list of a group's forms, emptied for the next: only the names of two words or more are read.)
  const forms: string[] = [];
  const add = (o: EntityGroup, form: string): void => {
    if (!form.includes(' ') || forms.includes(form)) return;
    forms.push(form);
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (!isWordBoundary(text, at, end)) continue;
      spans.push({ start: at, end, group: o, form });
    }
  };
  for (const o of groups) {
    if (o.type !== 'PERSON' && o.type !== 'ORG' && o.type !== 'LOC') continue;
    forms.length = 0;
    add(o, o.text);
    for (const a of o.aliases) add(o, a);
    for (const m of o.mentions) add(o, m.text);
  }
  return spans;
}

/** The first span of another group's longer name that holds a mention (not a body's inside a body's), or undefined. */
function spanAround(spans: readonly NameSpan[], g: EntityGroup, m: Mention, gone: ReadonlySet<EntityGroup> | undefined): NameSpan | undefined {
  for (const s of spans) {
    if (s.group !== g && !gone?.has(s.group) && !(g.type === 'ORG' && s.group.type === 'ORG') && s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start) return s;
  }
  return undefined;
}

/**
 * "tiba di Istana" in an article that names one palace, "Istana Merdeka": a place whose name is a
 * building's word alone (places.txt [markers]: "Istana", "Stadion") is the one place of the article
 * whose name holds that word ("Istana Merdeka", "Kompleks Istana"); with two such places ("Istana
 * Negara", "Kompleks Istana Kepresidenan") which one is meant is unknown and it stays. (The building
 * word acting as an institution, "Istana menegaskan …", is an organisation and stays too.)
 */
export function joinBareBuildingWords(groups: EntityGroup[], lex: Lexicon): EntityGroup[] {
  return joinIntoOnePlace(groups, (g) => {
    if (g.text.includes(' ') || !lex.placeMarkers.has(g.text) || !g.mentions.every((m) => m.text === g.text)) return null;
    const word = ` ${g.text} `;
    return (o) => [o.text, ...o.aliases].some((name) => name !== g.text && ` ${name} `.includes(word));
  });
}

/**
 * Each place `matchOf` gives a test joins the one other place of the article that passes it; where
 * two or more pass, which one is meant is unknown and it stays.
 */
function joinIntoOnePlace(groups: EntityGroup[], matchOf: (g: EntityGroup) => ((o: EntityGroup) => boolean) | null): EntityGroup[] {
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    if (g.type !== 'LOC' || gone?.has(g)) continue;
    const matches = matchOf(g);
    if (matches === null) continue;
    let target: EntityGroup | undefined;
    let count = 0;
    for (const o of groups) {
      if (o === g || o.type !== 'LOC' || gone?.has(o) || !matches(o)) continue;
      count++;
      target = o;
    }
    if (count !== 1) continue;
    absorb(target!, g);
    sortMentions(target!.mentions);
    (gone ??= new Set()).add(g);
  }
  return gone === undefined ? groups : groups.filter((g) => !gone!.has(g));
}

/** Whether `short`'s words stand in `long`'s in order, the first word of each the same, and every other word of `long` is one of `extra`. */
function sameNameWithWords(short: readonly string[], long: readonly string[], extra: ReadonlySet<string>): boolean {
  if (long.length <= short.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const w of long) {
    if (j < short.length && w === short[j]) j++;
    else if (!extra.has(w)) return false;
  }
  return j === short.length;
}

/**
 * "di Kantor Kemenkeu" in an article that also has "di Kantor Pusat Kemenkeu", "Jalan Kaligawe" with
 * "Jalan Pantura Kaligawe Raya": a place of two words or more (no administrative area's, "Kota
 * Tangerang") is the one other place of the article whose name is its name with words that name no
 * other place (places.txt [same-place-words]: "Pusat", "Raya") put in. (A route, "Jalan Kota A-Kota
 * B", is another road than "Jalan Kota B"; a "Kantor Wilayah …" another office.)
 */
export function joinPlacesWithinLongerNames(groups: EntityGroup[], lex: Lexicon): EntityGroup[] {
  return joinIntoOnePlace(groups, (g) => {
    const words = g.text.split(' ');
    if (words.length < 2 || g.text.includes('-') || lex.adminPrefixes.has(words[0]!)) return null;
    // (The other name opens with the same word and a space, which is read before its words are split.)
    const head = `${words[0]!} `;
    return (o) => o.text.startsWith(head) && !o.text.includes('-') && sameNameWithWords(words, o.text.split(' '), lex.samePlaceWords);
  });
}

/** What stands between a person's name and another spelling of it: "… atau …", "… alias …". */
const OTHER_SPELLING_BETWEEN = /^\s+(?:atau|alias)\s+$/u;

/** What {@link OTHER_SPELLING_BETWEEN} opens with, read where a name ends. */
const OTHER_SPELLING_AFTER = /\s+(?:atau|alias)\s/uy;

/**
 * Whether {@link OTHER_SPELLING_BETWEEN} is all the text from `from` to `to`: the spaces at both ends
 * are read first (between most pairs of mentions stand whole sentences: no slice, no regex then).
 */
function spelledAgainBetween(text: string, from: number, to: number): boolean {
  return to - from >= 6 && isWhitespaceCode(text.charCodeAt(from)) && isWhitespaceCode(text.charCodeAt(to - 1)) && OTHER_SPELLING_BETWEEN.test(text.slice(from, to));
}

/** Whether "atau" or "alias" between spaces follows some mention of a group (what {@link spelledAgainBetween} needs after its name). */
function spelledAgainAfter(g: EntityGroup, text: string): boolean {
  for (const m of g.mentions) {
    if (!isWhitespaceCode(text.charCodeAt(m.end))) continue;
    OTHER_SPELLING_AFTER.lastIndex = m.end;
    if (OTHER_SPELLING_AFTER.test(text)) return true;
  }
  return false;
}

/** Whether some mention of `o` stands after one of `g` with only "atau" or "alias" between them. */
function spelledAgainIn(g: EntityGroup, o: EntityGroup, text: string): boolean {
  for (const m of g.mentions) for (const n of o.mentions) if (n.start > m.end && spelledAgainBetween(text, m.end, n.start)) return true;
  return false;
}

/**
 * "Zieyad Alfeiyad Ahfi atau Ziyad Ahfi": a person's name right after another's and "atau" (or
 * "alias"), each word of the shorter name a word of the longer one or a letter away from one, is
 * that person's other spelling: one person, named by the longer name. ("Mario Kbarek atau Richard
 * Kbarek" are two people.)
 */
export function joinNamesSpelledTwice(groups: EntityGroup[], text: string): EntityGroup[] {
  let gone: Set<EntityGroup> | undefined;
  for (const g of groups) {
    // (Most people's names are followed by no "atau": no other person is read for them.)
    if (g.type !== 'PERSON' || gone?.has(g) || !spelledAgainAfter(g, text)) continue;
    for (const o of groups) {
      if (o === g || o.type !== 'PERSON' || gone?.has(o)) continue;
      if (!spelledAgainIn(g, o, text)) continue;
      const [short, long] = o.text.split(' ').length <= g.text.split(' ').length ? [o, g] : [g, o];
      const longWords = long.text.toLowerCase().split(' ');
      if (!short.text.toLowerCase().split(' ').every((w) => longWords.some((l) => nearlyEqual(l, w)))) continue;
      absorb(long, short);
      sortMentions(long.mentions);
      (gone ??= new Set()).add(short);
      break;
    }
  }
  return gone === undefined ? groups : groups.filter((g) => !gone!.has(g));
}
