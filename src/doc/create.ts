import type { ParsedArticleInput } from '../schema/input.js';
import type { Message } from '../schema/message.js';
import { defaultSeverity } from '../schema/message.js';
import type { Doc, DocMeta } from './doc.js';
import { identityOffsetMap } from './offset-map.js';
import { readPublishedAt, shownValue, type PublishedAtOptions } from './published-at.js';

/** How {@link createDoc} reads an input's metadata. */
export interface CreateDocOptions {
  /** The order of numeric dates and the default zone of `publishedAt` (default D/M/Y, WIB). */
  dates?: PublishedAtOptions;
  /**
   * The publishing outlet (`source.outlet`) of an article: from the outlet given with it (a site name
   * such as og:site_name, "detikNews" → "detik") or else its URL. Without it, a given outlet is kept as it is.
   */
  outletOf?: (article: { siteName?: string | undefined; url: string | null }) => string | null;
}

/**
 * Builds a fresh Doc from a validated input. `raw` is the title, a blank line and the body, so the
 * title and the body share one offset space; until the clean stage runs, `text` is `raw`.
 * `publishedAt` is read into ISO 8601 (the value as given is kept when it differs); a value that
 * cannot be read, or a numeric date that reads two ways, gets a message on the Doc.
 */
export function createDoc(input: ParsedArticleInput, fallbackId: string, options: CreateDocOptions = {}): Doc {
  const body = input.body ?? input.text ?? '';
  const title = input.title?.trim() ? input.title : null;
  const raw = title !== null ? `${title}\n\n${body}` : body;
  const messages: Message[] = [];
  const url = input.url ?? null;
  const outlet = options.outletOf?.({ siteName: input.source?.outlet, url }) ?? input.source?.outlet ?? null;
  const source = input.source || outlet !== null ? { ...input.source, ...(outlet !== null ? { outlet } : {}) } : undefined;
  const meta: DocMeta = {
    title,
    author: input.author?.trim() ? input.author.trim() : null,
    editor: null,
    url,
    ...publishedAtOf(input.publishedAt ?? null, options.dates ?? {}, messages),
    ...(source ? { source } : {}),
    ...(input.language ? { forcedLanguage: input.language } : {}),
  };
  return {
    id: input.id ?? fallbackId,
    raw,
    rawTitleLength: title !== null ? title.length : 0,
    text: raw,
    offsets: identityOffsetMap(raw.length),
    sections: [],
    meta,
    paragraphs: [],
    language: null,
    sentences: [],
    tokens: [],
    numbers: [],
    candidates: [],
    roleCandidates: [],
    entities: [],
    quotes: [],
    keywords: [],
    extract: [],
    ext: {},
    messages,
    layers: [],
    skipped: [],
    failed: [],
    timings: {},
  };
}

/** `publishedAt` read, with the original when it differs, and the messages of reading it. */
function publishedAtOf(value: string | null, options: PublishedAtOptions, messages: Message[]): Pick<DocMeta, 'publishedAt' | 'publishedAtOriginal'> {
  if (value === null || value.trim() === '') return { publishedAt: null };
  const reading = readPublishedAt(value, options);
  if (!reading.ok) {
    // The message names the value (its start when it is long); publishedAtOriginal keeps all of it.
    const named = shownValue(value);
    messages.push({
      code: 'published-at-unreadable',
      severity: defaultSeverity('published-at-unreadable'),
      message: `publication date "${named}" cannot be read (${reading.reason}); relative dates stay unresolved`,
      data: { value: named, reason: reading.reason },
    });
    return { publishedAt: null, publishedAtOriginal: value };
  }
  if (reading.ambiguous) {
    const order = reading.ambiguous.order === 'mdy' ? 'month/day/year' : 'day/month/year';
    messages.push({
      code: 'published-at-ambiguous',
      severity: defaultSeverity('published-at-ambiguous'),
      message: `publication date "${value}" read as ${order} (${reading.iso.slice(0, 10)}), not ${reading.ambiguous.other}; set the date order (dateOrder, --date-order) if that is wrong`,
      data: { value, read: reading.iso, order: reading.ambiguous.order, other: reading.ambiguous.other },
    });
  }
  return reading.iso === value ? { publishedAt: reading.iso } : { publishedAt: reading.iso, publishedAtOriginal: value };
}
