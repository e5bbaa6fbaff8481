import type { ParsedArticleInput } from '../schema/input.js';
import type { Doc } from './doc.js';
import { identityOffsetMap } from './offset-map.js';

/**
 * Builds a fresh Doc from a validated input. `raw` is the title, a blank line and the body, so the
 * title and the body share one offset space; until the clean stage runs, `text` is `raw`.
 */
export function createDoc(input: ParsedArticleInput, fallbackId: string): Doc {
  const body = input.body ?? input.text ?? '';
  const title = input.title?.trim() ? input.title : null;
  const raw = title !== null ? `${title}\n\n${body}` : body;
  return {
    id: input.id ?? fallbackId,
    raw,
    rawTitleLength: title !== null ? title.length : 0,
    text: raw,
    offsets: identityOffsetMap(raw.length),
    sections: [],
    meta: {
      title,
      author: input.author?.trim() ? input.author.trim() : null,
      editor: null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      ...(input.source ? { source: input.source } : {}),
      ...(input.language ? { forcedLanguage: input.language } : {}),
    },
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
    messages: [],
    layers: [],
    skipped: [],
    failed: [],
    timings: {},
  };
}
