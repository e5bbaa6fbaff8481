import type { Entity } from '../schema/entity.js';
import type { Candidate, RoleCandidate } from './candidate.js';
import type { SourceRef } from '../schema/input.js';
import type { Message } from '../schema/message.js';
import type { NumberItem } from '../schema/number.js';
import type { Quote } from '../schema/quote.js';
import type { Keyword, LanguageGuess, Section } from '../schema/summary.js';
import type { OffsetMap } from './offset-map.js';

/**
 * The layers a stage can read (`requires`, `uses`) and write (`provides`), and the Doc fields that
 * hold them: `text` (text, offsets, sections, meta.author and meta.editor), `paragraphs`, `language`
 * (language and each paragraph's language), `sentences`, `tokens`, `stems` (token.stem), `numbers`,
 * `candidates`, `role-candidates` (roleCandidates), `entities`, `roles` (entity.roles), `quotes`,
 * `consistency` (its messages), `keywords`, `extract`. A custom stage's own field is `ext`.
 */
export type Layer =
  | 'text'
  | 'paragraphs'
  | 'language'
  | 'sentences'
  | 'tokens'
  | 'stems'
  | 'numbers'
  | 'candidates'
  | 'role-candidates'
  | 'entities'
  | 'roles'
  | 'quotes'
  | 'consistency'
  | 'keywords'
  | 'extract';

export interface Paragraph {
  start: number;
  end: number;
  language?: LanguageGuess;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Index of the sentence that holds it. */
  sentence: number;
  /**
   * Set by the stem stage for Indonesian words. Tokens are made with the property present
   * (`undefined`), so that every token has one object shape before and after stemming: code that
   * reads tokens in later stages then sees one shape, not two (V8 compiles it once).
   */
  stem?: string | undefined;
}

export interface DocLanguage extends LanguageGuess {
  others: (LanguageGuess & { share: number })[];
  source?: string;
}

/** Article metadata, moved out of the text by the clean stage or given with the input. */
export interface DocMeta {
  title: string | null;
  author: string | null;
  editor: string | null;
  url: string | null;
  /** ISO 8601 (read by `readPublishedAt`), or null when none was given or it could not be read. */
  publishedAt: string | null;
  /** The value as given, when it was written otherwise than `publishedAt` or could not be read. */
  publishedAtOriginal?: string;
  /** `source.outlet` is the publishing outlet ("detik"), from the input or the URL. */
  source?: SourceRef;
  /** A language forced by the caller. */
  forcedLanguage?: string;
}

/**
 * The one document that flows through the stages. Every annotation is a span of UTF-16 offsets into
 * `text`; only the clean stage changes `text`, and it keeps `offsets` back to `raw`.
 */
export interface Doc {
  id: string;
  raw: string;
  /** Where the title ends in `raw` (0 when there is no title). */
  rawTitleLength: number;
  text: string;
  offsets: OffsetMap;
  sections: Section[];
  meta: DocMeta;
  paragraphs: Paragraph[];
  language: DocLanguage | null;
  sentences: Sentence[];
  tokens: Token[];
  numbers: NumberItem[];
  /** Typed name spans proposed by the recognisers (rules, tagger), before they are linked into entities. */
  candidates: Candidate[];
  /** Titles found next to names, before they are attached to the person entities. */
  roleCandidates: RoleCandidate[];
  entities: Entity[];
  quotes: Quote[];
  keywords: Keyword[];
  /** The extractive summary: the article's most telling sentences, in text order. */
  extract: { start: number; end: number; text: string }[];
  /** What custom stages add to the summary, by stage name (`summary.ext`). */
  ext: Record<string, unknown>;
  messages: Message[];
  layers: Layer[];
  /** Stages that did not run (language routing) or failed. */
  skipped: string[];
  failed: string[];
  timings: Record<string, number>;
}
