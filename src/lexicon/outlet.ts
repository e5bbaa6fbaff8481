/**
 * The publishing outlet of an article, as a short name ("detik", "kompas", "cnn-indonesia"): from a
 * name the outlet credits itself with in the text ("TEMPO.CO", "detikFinance"), from its page's
 * og:site_name, or from its URL's domain. Shared by the coref stage (which leaves the publisher's own
 * credits out of the entities) and the pipeline (which writes `source.outlet` into the summary).
 */
import type { Lexicon } from './index.js';
import { asciiLower } from './ascii.js';
import { perLexicon } from './derive.js';

/** The lexicon sections an outlet is read from (a whole {@link Lexicon} has them). */
export type OutletWords = Pick<Lexicon, 'outletCredits'> & Partial<Pick<Lexicon, 'outletDomains' | 'outletNames'>>;

/** The outlet a name credits ("TEMPO.CO" → "tempo", "TribunJabar.id" → "tribun"), or null. */
export function outletOf(form: string, lex: Pick<Lexicon, 'outletCredits'>): string | null {
  // Most names open with a letter no credit opens with: they are not lowercased whole.
  const c = form.charCodeAt(0);
  if (c < 128 && !creditFirstLetters(lex).has(asciiLower(c))) return null;
  const lower = form.toLowerCase();
  const known = lex.outletCredits.get(lower);
  if (known !== undefined) return known;
  // Most names are no credit: the Unicode regexes run only on names that start like one.
  if (lower.startsWith('tribun') && /^tribun\p{L}*\.(?:com|id)$/u.test(lower)) return 'tribun';
  if (lower.startsWith('detik') && /^detik\p{L}*$/u.test(lower)) return 'detik';
  return null;
}

/** The first characters of the credits in small letters ("t" of "tempo.co", "d" of "detik…", "t" of "tribun…"): what a credit opens with. */
const creditFirstLetters = perLexicon((lex: Pick<Lexicon, 'outletCredits'>): ReadonlySet<number> => {
  const firsts = new Set<number>(['t'.charCodeAt(0), 'd'.charCodeAt(0)]);
  for (const form of lex.outletCredits.keys()) firsts.add(form.charCodeAt(0));
  return firsts;
});

// The host of an ordinary web address, read without the URL parser: "http://" or "https://", then
// labels of lowercase letters, digits and hyphens, each starting with a letter, then the path, query
// or fragment or the end ("https://news.detik.com/berita/…"). Such a host is its own hostname: no
// port, user, IP address, capital, tab, backslash or escape that the parser would read or rewrite.
// Punycode ("xn--…") is checked by the parser, so such a host is left to it.
const PLAIN_HOST = /^https?:\/\/([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*)(?=[/?#]|$)/;

/** The host of a URL, lowercased, or null when it is none. */
function hostOf(url: string): string | null {
  const plain = PLAIN_HOST.exec(url);
  if (plain !== null && !plain[1]!.includes('xn--')) return plain[1]!;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/**
 * The outlet an article's URL belongs to ("https://news.detik.com/…" → "detik"), or null. Only the
 * credits written as domains are read unless `lex` has the outlet domains too.
 */
export function outletOfUrl(url: string | null, lex: Pick<Lexicon, 'outletCredits'> & Partial<Pick<Lexicon, 'outletDomains'>>): string | null {
  if (!url) return null;
  // An article's URL is asked for twice (the pipeline's source outlet, the coref stage's credits):
  // the last answer is kept, as parsing a URL costs more than the rest of the lookup.
  if (url === lastUrl && lex === lastLex) return lastOutlet;
  const outlet = outletOfNewUrl(url, lex);
  lastUrl = url;
  lastLex = lex;
  lastOutlet = outlet;
  return outlet;
}

let lastUrl: string | undefined;
let lastLex: object | undefined;
let lastOutlet: string | null = null;

function outletOfNewUrl(url: string, lex: Pick<Lexicon, 'outletCredits'> & Partial<Pick<Lexicon, 'outletDomains'>>): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  for (const [form, outlet] of lex.outletCredits) {
    if (form.includes('.') && (host === form || host.endsWith(`.${form}`))) return outlet;
  }
  for (const [domain, outlet] of lex.outletDomains ?? []) {
    if (host === domain || host.endsWith(`.${domain}`)) return outlet;
  }
  return /(?:^|\.)tribun\p{L}*\.(?:com|id)$/u.test(host) ? 'tribun' : null;
}

/** "The Jakarta Post" → "the-jakarta-post": a site name no table knows, as a short name. */
function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The outlet of an article: its site name (og:site_name) when a table knows it, else its URL's
 * domain when a table knows it, else the site name as a short name, else the URL's host without
 * "www." ("www.example.org" → "example.org"); null when there is neither.
 *
 * @example articleOutlet({ siteName: 'detikNews', url: null }, lex) // "detik"
 */
export function articleOutlet(article: { siteName?: string | null | undefined; url?: string | null | undefined }, lex: OutletWords): string | null {
  const name = article.siteName?.trim() ?? '';
  if (name !== '') {
    const lower = name.toLowerCase().replace(/\s+/g, ' ');
    const known = outletOf(lower, lex) ?? lex.outletNames?.get(lower) ?? lex.outletDomains?.get(lower) ?? outletOf(lower.replace(/ /g, ''), lex);
    if (known !== null && known !== undefined) return known;
  }
  const url = article.url ?? null;
  const fromUrl = outletOfUrl(url, lex);
  if (fromUrl !== null) return fromUrl;
  if (name !== '') {
    const s = slug(name);
    if (s !== '') return s;
  }
  const host = url ? hostOf(url) : null;
  return host === null ? null : host.replace(/^www\./, '');
}
