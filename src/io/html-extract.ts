import { createRequire } from 'node:module';

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
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree with one paragraph per block element, separated by blank lines
 * (Readability's own `textContent` glues paragraphs together).
 */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
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
 * article:published_time), then from what Readability found. Returns a null body when the page
 * holds no article text.
 */
export function extractHtmlArticle(html: string, pageUrl?: string): HtmlArticle {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html);
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
    url: url ?? pageUrl ?? null,
    language,
  };
}
