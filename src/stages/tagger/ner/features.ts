import { markPhrases, type GazetteerKind, type Gazetteers } from './gazetteers.js';
import { lightStem } from './light-stem.js';

/**
 * The shape of a token with runs collapsed: "Jakarta" → "Xx", "BPS" → "X", "2024" → "d",
 * "Rp1,5" → "Xxd,d", "se-Sulawesi" → "x-Xx".
 */
export function wordShape(token: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < token.length && out.length < 8; i++) {
    const c = token.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c < 128) s = token[i] ?? '';
    else {
      const ch = token[i] ?? '';
      const lo = ch.toLowerCase();
      s = lo !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Capitalisation class: "U" (starts upper case), "l" (lower case), "d" (digit), "p" (other). */
export function capClass(shape: string): string {
  const c = shape[0];
  if (c === 'X') return 'U';
  if (c === 'x') return 'l';
  if (c === 'd') return 'd';
  return 'p';
}

/** The gazetteer kinds in the order their features are visited. */
export const GAZ_KINDS: readonly GazetteerKind[] = ['place', 'name', 'org', 'orgName', 'title'];
/** The feature of a token at the start / inside of a gazetteer match, per kind. */
export const GAZ_TAG: Readonly<Record<GazetteerKind, readonly [string, string]>> = {
  place: ['gp', 'gP'],
  name: ['gn', 'gN'],
  org: ['go', 'gO'],
  orgName: ['gk', 'gK'],
  title: ['gt', 'gT'],
};

/** Per-sentence values computed once and shared by the features of all its tokens. */
interface SentenceView {
  lower: string[];
  shapes: string[];
  caps: string[];
  /** Gazetteer tags per token ('' when none), e.g. "gp" (first token of a place), "gP" (inside one). */
  gaz: string[][];
  /** Whether the token has upper-case letters. */
  cased: boolean[];
  /** How the sentence is cased: "L" all lowercase, "U" all capitals, "T" title case (a headline), "C" normal. */
  casing: string;
}

/** Typographic quotes as the corpora's ASCII ones: news text uses “ ” ‘ ’, the training data " and '. */
export function asciiQuote(lower: string): string {
  if (lower.length !== 1) return lower;
  const c = lower.charCodeAt(0);
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return '"';
  if (c === 0x2018 || c === 0x2019 || c === 0x201a) return "'";
  return lower;
}

/**
 * A sentence's casing: "L" all lowercase, "U" all capitals (with at least one long word), "T" title
 * case (at least 3 long words, 85% of them capitalised), else "C". Long words have more than 3
 * characters and do not start with a digit or a non-letter.
 */
export function sentenceCasing(allLower: boolean, allUpper: boolean, long: number, longCapitalised: number): string {
  // Headlines capitalise every word ("Jokowi Resmikan Jembatan Baru"), which makes capitals useless.
  return allLower ? 'L' : allUpper && long > 0 ? 'U' : long >= 3 && longCapitalised >= long * 0.85 ? 'T' : 'C';
}

function view(tokens: readonly string[], gazetteers: Gazetteers): SentenceView {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const caps = new Array<string>(n);
  const cased = new Array<boolean>(n);
  let allLower = true;
  let allUpper = true;
  let long = 0;
  let longCapitalised = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] ?? '';
    const l = t.toLowerCase();
    lower[i] = asciiQuote(l);
    cased[i] = l !== t;
    if (l !== t) allLower = false;
    if (t.toUpperCase() !== t) allUpper = false;
    const s = wordShape(lower[i] === l ? t : (lower[i] ?? t));
    shapes[i] = s;
    caps[i] = capClass(s);
    if (t.length > 3 && s[0] !== 'd' && s[0] !== t[0]) {
      long++;
      if (s[0] === 'X') longCapitalised++;
    }
  }
  const gaz: string[][] = [];
  for (let i = 0; i < n; i++) gaz.push([]);
  const marks = new Uint8Array(n);
  for (const kind of GAZ_KINDS) {
    const set = gazetteers.phrases.get(kind);
    if (!set) continue;
    markPhrases(set, lower, marks);
    const [b, inside] = GAZ_TAG[kind];
    for (let i = 0; i < n; i++) {
      const m = marks[i];
      if (m === 1) gaz[i]?.push(b);
      else if (m === 2) gaz[i]?.push(inside);
    }
  }
  return { lower, shapes, caps, gaz, cased, casing: sentenceCasing(allLower, allUpper, long, longCapitalised) };
}

/**
 * Called once per feature of token `i`; the feature is the concatenation of the parts `a…e`. Parts
 * let the tagger hash a feature without building its string (FNV-1a runs over the parts in order, so
 * the hash equals that of the concatenation).
 */
export type FeatureVisitor = (i: number, a: string, b?: string, c?: string, d?: string, e?: string) => void;

/**
 * Visits the features of every token of one sentence: the word (lowercased and as written), shape,
 * prefixes and suffixes, a light stem, the neighbouring words and shapes, word bigrams, position,
 * capitalisation in context, acronyms, the sentence's casing (normal, lowercase, title case,
 * capitals), the word's frequency band, and gazetteer hits (places, given names, organisation
 * markers and names, titles) of the token and its neighbours. Features are plain strings ("w=jakarta").
 */
export function forEachFeature(tokens: readonly string[], gazetteers: Gazetteers, visit: FeatureVisitor): void {
  const n = tokens.length;
  if (n === 0) return;
  const v = view(tokens, gazetteers);
  const { lower, shapes, caps, gaz, cased } = v;
  const lc = v.casing;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] ?? '';
    const w = lower[i] ?? '';
    const s = shapes[i] ?? '';
    const p1 = i > 0 ? (lower[i - 1] ?? '') : '<s>';
    const p2 = i > 1 ? (lower[i - 2] ?? '') : '<s>';
    const n1 = i + 1 < n ? (lower[i + 1] ?? '') : '</s>';
    const n2 = i + 2 < n ? (lower[i + 2] ?? '') : '</s>';
    const ps = i > 0 ? (shapes[i - 1] ?? '') : '<s>';
    const ns = i + 1 < n ? (shapes[i + 1] ?? '') : '</s>';
    visit(i, 'b');
    visit(i, 'lc=', lc);
    visit(i, 'w=', w);
    const isCased = cased[i] === true;
    if (isCased) visit(i, 'W=', t);
    visit(i, 's=', s);
    visit(i, 'lcs=', lc, s);
    const len = w.length;
    if (len > 2) {
      visit(i, 'p2=', w.slice(0, 2));
      visit(i, 's2=', w.slice(len - 2));
    }
    if (len > 3) {
      visit(i, 'p3=', w.slice(0, 3));
      visit(i, 's3=', w.slice(len - 3));
    }
    if (len > 4) {
      visit(i, 'p4=', w.slice(0, 4));
      visit(i, 's4=', w.slice(len - 4));
    }
    if (len > 5) visit(i, 'st=', lightStem(w));
    visit(i, 'w-1=', p1);
    visit(i, 'w-2=', p2);
    visit(i, 'w+1=', n1);
    visit(i, 'w+2=', n2);
    visit(i, 's-1=', ps);
    visit(i, 's+1=', ns);
    visit(i, 'ww-1=', p1, '|', w);
    visit(i, 'ww+1=', w, '|', n1);
    visit(i, 'ss=', ps + '|' + s, '|', ns);
    visit(i, 'ws-1=', p1, '|', s);
    visit(i, 'ws+1=', s, '|', n1);
    visit(i, 'cc=', (i > 0 ? caps[i - 1] : '^') ?? '', caps[i] ?? '', (i + 1 < n ? caps[i + 1] : '$') ?? '');
    if (i === 0) visit(i, 'first');
    // How common the word is: a lowercase word missing from the list is a likely name.
    const band = gazetteers.band.get(w) ?? '-';
    visit(i, 'fq=', band);
    visit(i, 'fqc=', band, caps[i] ?? '');
    // An acronym: two or more capitals, maybe with digits ("BPS", "DPRD", "G20").
    if (len >= 2 && (s === 'X' || s === 'Xd') && isCased) visit(i, 'acr');
    for (const g of gaz[i] ?? []) visit(i, g);
    if (i > 0) for (const g of gaz[i - 1] ?? []) visit(i, g, '-1');
    if (i + 1 < n) for (const g of gaz[i + 1] ?? []) visit(i, g, '+1');
    if (i > 1) for (const g of gaz[i - 2] ?? []) visit(i, g, '-2');
  }
}

/** The features of every token of one sentence, as strings (for tests and inspection). */
export function extractFeatures(tokens: readonly string[], gazetteers: Gazetteers): string[][] {
  const out: string[][] = tokens.map(() => []);
  forEachFeature(tokens, gazetteers, (i, a, b = '', c = '', d = '', e = '') => out[i]?.push(a + b + c + d + e));
  return out;
}
