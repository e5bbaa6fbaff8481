import { createHash } from 'node:crypto';
import type { Entity } from '../schema/entity.js';
import type { Summary } from '../schema/summary.js';
import { paragraphBlocks, splitSentences } from '../stages/segment/index.js';
import type { AmountKind } from '../schema/facts.js';
import { nameKey } from './name-key.js';
import type { Cell, FactTableName } from './tables.js';

/** Rows for every fact table, in each table's column order (see tables.ts). */
export type FactRows = Record<FactTableName, Cell[][]>;

/**
 * Where {@link addFactRows} puts rows: per fact table, something that takes one row at a time (an
 * array collects them; a backend may write each as it comes).
 */
export type FactRowSink = Record<FactTableName, { push(row: Cell[]): unknown }>;

/** An empty set of rows. */
export function emptyRows(): FactRows {
  return { articles: [], entities: [], aliases: [], mentions: [], roles: [], quotes: [], amounts: [], keywords: [], messages: [] };
}

/**
 * The content hash of a summary: SHA-256 (hex) of its `text`, the title and body as warta cleaned
 * them (the title is the first section of the text). Two analyses of the same article text share
 * it; an edited article, or a cleaning that changed, gets a new one.
 */
export function contentHash(summary: Pick<Summary, 'text'>): string {
  return createHash('sha256').update(summary.text).digest('hex');
}

/**
 * The day an article was published, YYYY-MM-DD: the date as written at the start of `publishedAt`
 * ("2025-10-22T06:50:00+07:00" is the 22nd, its local day), else the UTC day of any other date form
 * `Date` reads; null when there is none.
 */
export function publishedDate(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(publishedAt);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const NAMED = new Set(['PERSON', 'ORG', 'LOC']);
const AMOUNT_KINDS: Partial<Record<Entity['type'], AmountKind>> = { MONEY: 'money', PERCENT: 'percent', QUANTITY: 'quantity' };
/** Counted nouns that make a quantity a duration ("3 tahun", "14 hari"). */
const TIME_UNITS = new Set(['detik', 'menit', 'jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'windu', 'dekade', 'abad', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

function amountKind(e: Entity): AmountKind | undefined {
  const kind = AMOUNT_KINDS[e.type];
  return kind === 'quantity' && e.unit !== undefined && TIME_UNITS.has(e.unit.toLowerCase()) ? 'duration' : kind;
}

/**
 * Sentence boundaries of a summary's text, split as the segment stage splits them; `given`, the
 * bounds flat (start, end, …) as the segment stage made them for this text, saves the splitting.
 */
function sentenceStarts(summary: Summary, given?: readonly number[]): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  if (summary.text === '') return { starts, ends };
  if (given) {
    for (let i = 0; i + 1 < given.length; i += 2) {
      starts.push(given[i]!);
      ends.push(given[i + 1]!);
    }
    return { starts, ends };
  }
  const paragraphs = summary.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  for (const block of paragraphBlocks({ text: summary.text, sections: summary.sections, paragraphs })) {
    for (const s of splitSentences(summary.text, block.start, block.end, block.paragraph)) {
      starts.push(s.start);
      ends.push(s.end);
    }
  }
  return { starts, ends };
}

/** Index of the sentence that holds `offset` (the last one starting at or before it), or null. */
function sentenceAt(starts: readonly number[], offset: number): number | null {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : found;
}

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * The named entity an amount belongs to: of the PERSON/ORG/LOC mentions in the amount's sentence,
 * the nearest one before it, else the nearest after it ("KPK menyita Rp 1 triliun" → KPK).
 */
function subjectOf(named: readonly { id: string; start: number; sentence: number | null }[], sentence: number | null, at: number): string | null {
  if (sentence === null) return null;
  let before: { id: string; start: number } | undefined;
  let after: { id: string; start: number } | undefined;
  for (const m of named) {
    if (m.sentence !== sentence) continue;
    if (m.start < at) {
      if (!before || m.start > before.start) before = m;
    } else if (!after || m.start < after.start) after = m;
  }
  return (before ?? after)?.id ?? null;
}

/** What is known of a summary already, so that its rows need not compute it again. */
export interface KnownOfSummary {
  /** Its {@link contentHash}. */
  hash?: string;
  /** Its sentences' bounds as the segment stage split its text, flat: start, end, start, end, … */
  sentences?: readonly number[];
}

/** Appends the rows of one summary's facts to `rows`, under the store's number for the article. */
export function addFactRows(rows: FactRowSink, summary: Summary, articleNo: number, loadedAt: string | null, known: KnownOfSummary = {}): void {
  const id = articleNo;
  const { starts, ends } = sentenceStarts(summary, known.sentences);
  rows.articles.push([
    articleNo,
    summary.id,
    summary.url,
    summary.title,
    summary.publishedAt,
    publishedDate(summary.publishedAt),
    summary.language.code,
    summary.language.confidence,
    summary.author,
    summary.editor,
    summary.status,
    known.hash ?? contentHash(summary),
    opt(summary.warta.config),
    summary.warta.version,
    summary.warta.schema,
    opt(summary.source?.file),
    opt(summary.source?.line),
    summary.counts.characters,
    starts.length,
    opt(summary.error?.code),
    opt(summary.error?.message),
    summary.text,
    loadedAt,
    opt(summary.source?.outlet),
  ]);

  const byId = new Map<string, Entity>();
  const named: { id: string; start: number; sentence: number | null }[] = [];
  for (const e of summary.entities) {
    byId.set(e.id, e);
    const key = nameKey(e.text);
    const first = e.mentions[0]!;
    rows.entities.push([id, e.id, e.type, e.text, key, e.source, opt(e.section), e.mentions.length, first.start, opt(e.date), opt(e.time)]);
    for (const m of e.mentions) {
      const sentence = sentenceAt(starts, m.start);
      rows.mentions.push([id, e.id, e.type, key, m.start, m.end, m.text, opt(m.source), sentence]);
      if (NAMED.has(e.type)) named.push({ id: e.id, start: m.start, sentence });
    }
    for (const alias of e.aliases ?? []) rows.aliases.push([id, e.id, e.type, alias, nameKey(alias), key]);
  }

  for (const e of summary.entities) {
    for (const r of e.roles ?? []) {
      const org = r.orgEntity ? byId.get(r.orgEntity) : undefined;
      const orgKey = org ? nameKey(org.text) : r.org ? nameKey(r.org) : null;
      rows.roles.push([id, e.id, r.title, r.org, opt(r.orgEntity ?? undefined), orgKey, r.start, r.end]);
    }
    const kind = amountKind(e);
    if (kind === undefined) continue;
    const first = e.mentions[0]!;
    const sentence = sentenceAt(starts, first.start);
    const subject = subjectOf(named, sentence, first.start);
    const sentenceText = sentence === null ? null : summary.text.slice(starts[sentence], ends[sentence]);
    rows.amounts.push([
      id,
      e.id,
      kind,
      e.text,
      opt(e.value),
      opt(e.min),
      opt(e.max),
      opt(e.currency),
      opt(e.unit),
      opt(e.approximate),
      first.start,
      first.end,
      sentence,
      sentenceText,
      subject,
      subject === null ? null : (byId.get(subject)?.text ?? null),
    ]);
  }

  summary.quotes.forEach((q, i) => {
    const speaker = q.speaker?.entity ? byId.get(q.speaker.entity) : undefined;
    const speakerKey = speaker ? nameKey(speaker.text) : q.speaker ? nameKey(q.speaker.name) : null;
    rows.quotes.push([id, i, q.text, q.start, q.end, q.cue, q.speaker?.name ?? null, q.speaker?.entity ?? null, speaker?.type ?? null, speakerKey, q.attribution, sentenceAt(starts, q.start)]);
  });
  summary.keywords.forEach((k, i) => rows.keywords.push([id, i + 1, k.text, k.stem, k.count, k.score]));
  summary.messages.forEach((m, i) =>
    rows.messages.push([id, i, m.code, m.severity, opt(m.stage), m.message, m.span?.start ?? null, m.span?.end ?? null, m.span?.text ?? null]),
  );
}
