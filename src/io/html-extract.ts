import { createRequire } from 'node:module';
import { WartaInputError } from '../errors.js';

// linkedom and Readability (about 170 modules) load on the first HTML page, not when warta starts.
const require = createRequire(import.meta.url);
let libs: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | undefined;
function htmlLibs(): NonNullable<typeof libs> {
  libs ??= {
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return libs;
}

/** An article found in an HTML page. */
export interface HtmlArticle {
  title: string | null;
  body: string;
  author: string | null;
  publishedAt: string | null;
  /** The site's name (og:site_name, application-name), which names the outlet. */
  siteName: string | null;
  url: string | null;
  language: string | null;
}

// Elements that end a paragraph when the article DOM is turned back into text.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/** Marks, on the walk's stack, the end of a block element. */
const END_OF_BLOCK = Symbol('end of block');

/**
 * The text of a DOM subtree with one paragraph per block element, separated by blank lines
 * (Readability's own `textContent` glues paragraphs together). The walk keeps its own stack, so a
 * deep page cannot overflow the call stack, and follows `nextSibling`: linkedom builds `childNodes`
 * anew on every access, which made reading a page of many siblings quadratic.
 */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const stack: Array<DomNode | typeof END_OF_BLOCK> = [root];
  const children: DomNode[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push(END_OF_BLOCK);
    }
    children.length = 0;
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Readability's time grows with the cube of the nesting depth (2,000 nested `<div>`s took 45 s,
 * 3,000 overflowed the stack); news pages nest 20–60 deep. A page nested deeper is refused.
 */
export const MAX_HTML_DEPTH = 200;
/** Pages with more elements are refused (Readability takes ~40 µs an element; a news page has a few thousand). */
export const MAX_HTML_ELEMENTS = 100_000;

// Elements that hold nothing, or whose end tag may be left out (a parser closes them itself):
// they do not deepen the nesting the scan below counts.
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rp', 'rt', 'tbody', 'thead', 'tfoot', 'colgroup',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--/g;
const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;

/**
 * Why linkedom must not parse this HTML, from a scan of its tags (linear): more elements than the
 * limit, or tags left open deeper than 4 × {@link MAX_HTML_DEPTH} (linkedom's time grows with the
 * square of the depth: 100,000 open `<span>`s took 17 s). The DOM is checked exactly once parsed;
 * this scan only keeps the parser out of trouble, so it counts generously.
 */
function markupProblem(html: string): string | undefined {
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!NO_DEPTH.has(name) && depth > 0) depth--;
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) return `HTML page has more than ${MAX_HTML_ELEMENTS} elements; the page is not read`;
    if (name === 'script' || name === 'style') {
      // Their text is not markup: skip to the end tag.
      const close = name === 'script' ? SCRIPT_END : STYLE_END;
      close.lastIndex = TAG.lastIndex;
      const end = close.exec(html);
      if (!end) break;
      TAG.lastIndex = end.index;
      continue;
    }
    if (!m[3] && !NO_DEPTH.has(name) && ++depth > 4 * MAX_HTML_DEPTH) return `HTML elements are nested more than ${MAX_HTML_DEPTH} deep; the page is not read`;
  }
  return undefined;
}

interface ElementNode {
  firstElementChild: ElementNode | null;
  nextElementSibling: ElementNode | null;
}

/** Why Readability must not read this DOM (too deep, too many elements), or undefined. Iterative: no stack overflow. */
function domProblem(root: ElementNode): string | undefined {
  const stack: Array<[ElementNode, number]> = [[root, 1]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_HTML_DEPTH) return `HTML elements are nested more than ${MAX_HTML_DEPTH} deep; the page is not read`;
    if (++elements > MAX_HTML_ELEMENTS) return `HTML page has more than ${MAX_HTML_ELEMENTS} elements; the page is not read`;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return undefined;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** A byline without its lead word: "Oleh Rina Marlina", "Penulis: Rina" → the name. */
function bylineName(byline: string | null | undefined): string | null {
  const v = clean(byline)?.replace(/^(oleh|by|penulis|reporter|ditulis oleh)\s*:?\s+/i, '');
  return v ? v : null;
}

/**
 * Extracts the article of an HTML page: the body with @mozilla/readability (on linkedom, a fast
 * DOM), the title, author and publication time from meta tags first (og:title, author,
 * article:published_time), then from what Readability found. Returns an empty body when the page
 * holds no article text (an empty file included). Throws {@link WartaInputError} for a page nested
 * deeper than {@link MAX_HTML_DEPTH} or with more than {@link MAX_HTML_ELEMENTS} elements, which
 * Readability would take minutes on.
 */
export function extractHtmlArticle(html: string, pageUrl?: string): HtmlArticle {
  const empty: HtmlArticle = { title: null, body: '', author: null, publishedAt: null, siteName: null, url: pageUrl ?? null, language: null };
  // An empty page has no document element, which Readability refuses with a TypeError.
  if (html.trim() === '') return empty;
  const early = markupProblem(html);
  if (early) throw new WartaInputError(early, 'html');
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html);
  if (!document.documentElement) return empty;
  const problem = domProblem(document.documentElement as unknown as ElementNode);
  if (problem) throw new WartaInputError(problem, 'html');
  const meta = (selector: string): string | null => clean(document.querySelector(selector)?.getAttribute('content'));
  const title = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const author =
    meta('meta[name="author"]') ?? meta('meta[name="content_author"]') ?? meta('meta[property="article:author"]');
  const publishedAt =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publishdate"]') ??
    meta('meta[name="content_PublishedDate"]') ??
    meta('meta[itemprop="datePublished"]') ??
    clean(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const url =
    meta('meta[property="og:url"]') ?? clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const language = clean(document.documentElement?.getAttribute('lang'));
  const docTitle = clean(document.querySelector('title')?.textContent);

  // Readability mutates the document; everything read from it above is read first.
  const parsed = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  let body = parsed?.content ? blockText(parsed.content) : '';
  if (body === '' && document.body) body = blockText(document.body as unknown as DomNode);
  return {
    title: title ?? clean(parsed?.title) ?? docTitle,
    body,
    author: author && !/^https?:/i.test(author) ? author : bylineName(parsed?.byline),
    publishedAt: publishedAt ?? clean(parsed?.publishedTime),
    siteName,
    url: url ?? pageUrl ?? null,
    language,
  };
}
