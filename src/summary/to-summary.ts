import type { Doc } from '../doc/doc.js';
import { mapPacked } from '../doc/arrays.js';
import type { SourceRef } from '../schema/input.js';
import { defaultSeverity, type MessageCode } from '../schema/message.js';
import { compiledAfterFirstUse, type SchemaParser } from '../schema/compiled.js';
import { SummarySchema, type Summary } from '../schema/summary.js';
import { SCHEMA_VERSION, VERSION } from '../version.js';

// Every summary is validated, by the compiled schema from the second one on.
const summaryParser = compiledAfterFirstUse(SummarySchema);

function statusOf(doc: Doc): Summary['status'] {
  if (doc.failed.includes('clean') || !doc.layers.includes('text')) return 'error';
  if (doc.messages.some((m) => m.code === 'article-empty')) return 'error';
  if (doc.failed.length > 0) return 'partial';
  return 'ok';
}

/** Options of {@link toSummary}. */
export interface ToSummaryOptions {
  /** Include `timings` (milliseconds per stage). */
  timings?: boolean;
  /** The hash of the pipeline config that made the Doc (`warta.config`). */
  config?: string;
  /** The parser that validates the summary (a pipeline's, which knows its stages' `ext` schemas). */
  parser?: SchemaParser<Summary>;
}

/** Doc → summary (pure). The result is validated by {@link SummarySchema} (or the given parser). */
export function toSummary(doc: Doc, options: ToSummaryOptions = {}): Summary {
  let words = 0;
  for (const t of doc.tokens) if (t.kind === 'word') words++;
  const summary: Summary = {
    id: doc.id,
    status: statusOf(doc),
    ...(doc.meta.source ? { source: doc.meta.source } : {}),
    title: doc.meta.title,
    author: doc.meta.author,
    editor: doc.meta.editor,
    url: doc.meta.url,
    publishedAt: doc.meta.publishedAt,
    ...(doc.meta.publishedAtOriginal !== undefined ? { publishedAtOriginal: doc.meta.publishedAtOriginal } : {}),
    language: {
      code: doc.language?.code ?? 'und',
      confidence: doc.language?.confidence ?? 0,
      others: doc.language?.others ?? [],
      ...(doc.language?.source ? { source: doc.language.source } : {}),
    },
    text: doc.text,
    sections: doc.sections,
    // Two literals rather than a spread of `{ language }` or `{}`: a spread builds an object per
    // paragraph only to copy it, and the two literals keep the keys in the same order.
    paragraphs: mapPacked(doc.paragraphs, (p) => (p.language ? { start: p.start, end: p.end, language: p.language } : { start: p.start, end: p.end })),
    entities: doc.entities,
    quotes: doc.quotes,
    keywords: doc.keywords,
    summary: doc.extract,
    counts: {
      characters: doc.text.length,
      paragraphs: doc.paragraphs.length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
      words,
      entities: doc.entities.length,
      quotes: doc.quotes.length,
    },
    messages: doc.messages,
    ...(Object.keys(doc.ext).length > 0 ? { ext: doc.ext } : {}),
    ...(options.timings ? { timings: doc.timings } : {}),
    warta: { version: VERSION, schema: SCHEMA_VERSION, ...(options.config ? { config: options.config } : {}) },
  };
  return (options.parser ?? summaryParser).parse(summary);
}

/** The error record of an article that could not be analysed: same shape, `status: "error"`. */
export function errorSummary(args: { id: string; code: MessageCode; message: string; source?: SourceRef; config?: string }): Summary {
  return summaryParser.parse({
    id: args.id,
    status: 'error',
    ...(args.source ? { source: args.source } : {}),
    title: null,
    author: null,
    editor: null,
    url: null,
    publishedAt: null,
    language: { code: 'und', confidence: 0, others: [] },
    text: '',
    sections: [],
    paragraphs: [],
    entities: [],
    quotes: [],
    keywords: [],
    summary: [],
    counts: { characters: 0, paragraphs: 0, sentences: 0, tokens: 0, words: 0, entities: 0, quotes: 0 },
    messages: [{ code: args.code, severity: defaultSeverity(args.code), message: args.message }],
    error: { code: args.code, message: args.message },
    warta: { version: VERSION, schema: SCHEMA_VERSION, ...(args.config ? { config: args.config } : {}) },
  });
}
