import type { LoadError, LoadStats } from '../schema/facts.js';
import type { SourceRef } from '../schema/input.js';
import type { Status, Summary } from '../schema/summary.js';
import type { StoreBackend } from './backend.js';
import { markDerivedStale } from './derived.js';
import { articleLine, encodeFacts, numberLines, type EncodedFacts } from './copy-rows.js';
import { addFactRows, emptyRows, type FactRowSink } from './rows.js';
import type { ParsedLines } from './parse-lines.js';
import { analysisOf, checkSummary, parseSummaryLine, type Analysis } from './summary-line.js';
import { ARTICLES, FACT_TABLES, LOAD_ERRORS, type Cell, type FactTableName } from './tables.js';

/** What happens to an incoming analysis of an article the store (or the batch) already holds. */
type Decision = 'unchanged' | 'replace' | 'keep';

/** Compares dotted versions numerically ("0.10.0" > "0.9.1"); a pre-release suffix is ignored. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10));
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Idempotency: the same article (id) with the same content hash, config and warta version is
 * stored once. A new analysis replaces the stored one, except that an error record never replaces
 * facts, and a summary from an older warta never replaces one from a newer.
 */
function decide(stored: Analysis, incoming: Analysis): Decision {
  if (stored.hash === incoming.hash && stored.config === incoming.config && stored.version === incoming.version && stored.status === incoming.status) {
    return 'unchanged';
  }
  if (incoming.status === 'error' && stored.status !== 'error') return 'keep';
  if (compareVersions(incoming.version, stored.version) < 0) return 'keep';
  return 'replace';
}

/**
 * One article waiting to be written: what identifies its analysis, and its summary (with its
 * sentences' bounds when the pipeline handed them over), its rows encoded already (PostgreSQL's
 * COPY lines), its rows laid out by a parsing thread (DuckDB), or its line, which a parsing
 * thread read and checked without laying out its rows (see `writesMost`).
 */
type Pending = { analysis: Analysis } & ({ summary: Summary; sentences?: readonly number[] } | { encoded: EncodedFacts } | { parsed: ParsedBlock; index: number } | { line: string });

/** Lines a parsing thread read (parse-lines.ts), with the store's numbers of their articles once known. */
type ParsedBlock = NonNullable<ParsedLines['rows']> & { readonly articleNos: Int32Array; readonly summaryIndex: Int32Array };

/** Summaries whose rows are built between two pauses of a write (see `write`). */
const YIELD_EVERY = 16;

/** Ids per query when reading which articles are stored (well below every engine's limit). */
const ID_QUERY = 10_000;

function emptyStats(): LoadStats {
  return { read: 0, stored: 0, replaced: 0, unchanged: 0, kept: 0, errorRecords: 0, broken: 0 };
}

/** Options of a {@link FactWriter}. */
export interface FactWriterOptions {
  /**
   * Summaries buffered before a `push` or `add` asks for a flush (`needsFlush`). Default 4000:
   * larger transactions cost DuckDB less CPU per summary (~600 µs against ~700 µs at 2000), for
   * ~150 MB more memory.
   */
  batchSize?: number;
  /**
   * Check pushed lines against the summary schema (default true). `warta analyze --db` turns it off:
   * its lines come from the pipeline in the same process, which has checked them already.
   */
  validate?: boolean;
}

/**
 * Writes summaries into the store, idempotently, in batches: each `flush` is one transaction that
 * reads which of the batch's articles are stored, deletes the facts of those it replaces, and
 * appends the new rows through the backend's bulk path. It is also a destination for
 * `warta analyze --db`: `push(line)` takes a result line as the batch runner writes it.
 */
export class FactWriter {
  private pending = new Map<string, Pending>();
  private inFlight: Promise<void> = Promise.resolve();
  private broken: Cell[][] = [];
  /** Parsed lines taken in part, with what `addParsed` works out of them once. */
  private readonly parsedBlocks = new WeakMap<ParsedLines, ParsedBlock>();
  /** See `writesMost`. */
  private mostWritten = true;
  private readonly batchSize: number;
  private readonly validate: boolean;
  /** Counts of everything written so far. */
  readonly stats: LoadStats = emptyStats();
  /** The first broken lines of this writer (at most 20), for a report; all of them are in `load_errors`. */
  readonly brokenLines: LoadError[] = [];

  constructor(
    private readonly backend: StoreBackend,
    options: FactWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 4000;
    this.validate = options.validate ?? true;
  }

  /**
   * PostgreSQL: encode each summary's rows for COPY as it is added, instead of in the write of its
   * batch. The server then ingests one batch while this thread parses and encodes the next, instead
   * of the two taking turns (wall ≈ client CPU + server CPU). On while the writes store most of
   * their articles (`writesMost`): reloading unchanged articles encodes rows that are never written
   * for its first batch only.
   */
  private get encodeAhead(): boolean {
    return this.backend.appendLines !== undefined && this.mostWritten;
  }

  /** Summaries (and broken lines) waiting for the next flush. */
  get buffered(): number {
    return this.pending.size + this.broken.length;
  }

  /** True when enough is buffered that the caller should `flush`. */
  get needsFlush(): boolean {
    return this.buffered >= this.batchSize;
  }

  /**
   * Takes one JSON line: a summary or error record as `warta analyze` writes it. A line that is not
   * a summary is recorded as a broken line (`load_errors`), never thrown. `sentences`, the bounds
   * of the summary's sentences as the pipeline split them, saves splitting its text again.
   */
  push(line: string, source: SourceRef = {}, sentences?: readonly number[]): void {
    const r = parseSummaryLine(line, this.validate);
    if ('broken' in r) this.addBroken(source, r.broken);
    else this.add(r.summary, sentences);
  }

  /** Takes a result of the batch runner: its line, with its sentences' bounds when it has them. */
  pushResult(result: { line: string; sentences?: readonly number[] }): void {
    this.push(result.line, {}, result.sentences);
  }

  /** Takes a parsed value, checked against the summary schema; anything else is a broken line. */
  addValue(value: unknown, source: SourceRef = {}): void {
    const r = checkSummary(value);
    if ('broken' in r) this.addBroken(source, r.broken);
    else this.add(r.summary);
  }

  /**
   * Takes a summary (already valid: from the pipeline or parsed with `SummarySchema`), with the
   * bounds of its sentences (start, end, … as the segment stage split its text) when they are known.
   */
  add(summary: Summary, sentences?: readonly number[]): void {
    const analysis = analysisOf(summary);
    if (this.encodeAhead) {
      // Encoded now, while the database may still be writing the last batch, rather than in the
      // next write, when it would wait for them (see `encodeAhead`).
      this.enqueue(summary.id, { analysis, encoded: encodeFacts(summary, sentences ? { hash: analysis.hash, sentences } : { hash: analysis.hash }) });
    } else this.enqueue(summary.id, sentences ? { summary, sentences, analysis } : { summary, analysis });
  }

  /**
   * Takes a summary's rows as {@link encodeFacts} made them where it was analysed (PostgreSQL
   * only): the same rows `add` would write, without parsing its line again.
   */
  addEncoded(facts: EncodedFacts): void {
    if (!this.backend.appendLines) throw new Error(`the ${this.backend.kind} store takes no encoded rows`);
    this.enqueue(facts.id, { analysis: { hash: facts.hash, config: facts.config, version: facts.version, status: facts.status }, encoded: facts });
  }

  private enqueue(id: string, item: Pending): void {
    const { analysis } = item;
    this.stats.read += 1;
    if (analysis.status === 'error') this.stats.errorRecords += 1;
    const earlier = this.pending.get(id);
    if (earlier) {
      // The same article twice in one batch: the two are compared as a stored one would be.
      const d = decide(earlier.analysis, analysis);
      if (d === 'unchanged') this.stats.unchanged += 1;
      if (d !== 'replace') {
        if (d === 'keep') this.stats.kept += 1;
        return;
      }
      // The earlier one never reaches the store: it counts as replaced by the later one, which is
      // counted against the store when it is written.
      this.stats.replaced += 1;
      this.pending.delete(id);
    }
    this.pending.set(id, item);
  }

  /**
   * Takes lines a parsing thread read (see `ParsePool`), `sources[i]` where the i-th came from and
   * `text(i)` its text (for a line whose rows the thread did not lay out):
   * their summaries, with their rows laid out already (DuckDB only), and their broken lines. Takes
   * them from line `from` on until a flush is due (`needsFlush`), and returns where it stopped
   * (the number of lines when it took them all), so that batches keep their size.
   */
  addParsed(parsed: ParsedLines, text: (i: number) => string, sources: readonly SourceRef[], from = 0): number {
    if (!this.backend.appendRows) throw new Error(`the ${this.backend.kind} store takes no parsed rows`);
    let block = parsed.rows && this.parsedBlocks.get(parsed);
    if (parsed.rows && !block) {
      const summaryIndex = new Int32Array(parsed.lines.length);
      let k = 0;
      parsed.lines.forEach((line, i) => (summaryIndex[i] = 'id' in line ? k++ : -1));
      block = { ...parsed.rows, articleNos: new Int32Array(k), summaryIndex };
      this.parsedBlocks.set(parsed, block);
    }
    for (let i = from; i < parsed.lines.length; i++) {
      if (this.needsFlush) return i;
      const line = parsed.lines[i]!;
      if ('blank' in line) continue;
      if ('broken' in line) this.addBroken(sources[i] ?? {}, line.broken);
      else if (block) this.enqueue(line.id, { analysis: line.analysis, parsed: block, index: block.summaryIndex[i]! });
      else this.enqueue(line.id, { analysis: line.analysis, line: text(i) });
    }
    return parsed.lines.length;
  }

  /**
   * Whether the last write stored or replaced at least half of its articles (true before the
   * first): rows made ahead of a write are then mostly written, not thrown away.
   */
  get writesMost(): boolean {
    return this.mostWritten;
  }

  /** Records a line that could not be loaded (an unreadable file, invalid JSON, another shape). */
  addBroken(source: SourceRef, message: string): void {
    this.stats.broken += 1;
    if (this.brokenLines.length < 20) this.brokenLines.push({ file: source.file ?? null, line: source.line ?? null, message });
    this.broken.push([source.file ?? null, source.line ?? null, message, new Date().toISOString()]);
  }

  /**
   * Starts writing what is buffered in the background and returns once the write before it is
   * done (one write at a time, in order), so that the caller reads and parses the next batch while
   * the database commits this one. A failed write is thrown by the next `flushSoon` or `flush`.
   */
  async flushSoon(): Promise<void> {
    await this.inFlight;
    const writing = this.writeBuffered().then(() => undefined);
    writing.catch(() => {});
    this.inFlight = writing;
  }

  /** Writes what is buffered, in one transaction, after any write still running. */
  async flush(): Promise<void> {
    await this.inFlight;
    await this.writeBuffered();
  }

  /**
   * Writes what is buffered in one transaction together with the caller's own statements, run on
   * the same connection: `before` first (it may lock rows and return false to write nothing), then
   * the facts, then `after`. Everything is committed, or nothing (the queue's workers complete a
   * job so). Returns false when `before` declined. A failed write drops the buffered summaries.
   */
  async flushWithin(hooks: { before?: () => Promise<boolean>; after?: () => Promise<void> }): Promise<boolean> {
    await this.inFlight;
    return this.writeBuffered(hooks);
  }

  private async writeBuffered(hooks: { before?: () => Promise<boolean>; after?: () => Promise<void> } = {}): Promise<boolean> {
    if (this.buffered === 0 && !hooks.before && !hooks.after) return true;
    const batch = [...this.pending];
    const broken = this.broken;
    this.pending = new Map();
    this.broken = [];
    // Two writers of one PostgreSQL store may insert the same new article at once: the one that
    // loses retries, and then sees the other's row.
    for (let attempt = 1; ; attempt++) {
      try {
        const counts = await this.backend.transaction(async () => {
          if (hooks.before && !(await hooks.before())) return null;
          const c = await this.write(batch, broken);
          await hooks.after?.();
          return c;
        });
        if (counts === null) return false;
        this.mostWritten = (counts.stored + counts.replaced) * 2 >= batch.length;
        this.stats.stored += counts.stored;
        this.stats.replaced += counts.replaced;
        this.stats.unchanged += counts.unchanged;
        this.stats.kept += counts.kept;
        return true;
      } catch (err) {
        if (attempt >= 3 || !this.backend.isConflict(err)) throw err;
      }
    }
  }

  /** Flushes; the writer can be used again afterwards (it holds no resources). */
  async close(): Promise<void> {
    await this.flush();
  }

  private async storedAnalyses(ids: readonly string[]): Promise<Map<string, Analysis>> {
    const stored = new Map<string, Analysis>();
    for (let i = 0; i < ids.length; i += ID_QUERY) {
      const rows = await this.backend.all(
        `SELECT article_id, content_hash, config_hash, warta_version, status FROM articles WHERE article_id = ANY($1)${this.backend.forUpdate}`,
        [ids.slice(i, i + ID_QUERY)],
      );
      for (const r of rows) {
        stored.set(String(r.article_id), { hash: String(r.content_hash), config: r.config_hash === null ? null : String(r.config_hash), version: String(r.warta_version), status: r.status as Status });
      }
    }
    return stored;
  }

  private async write(batch: readonly (readonly [string, Pending])[], broken: Cell[][]) {
    const counts = { stored: 0, replaced: 0, unchanged: 0, kept: 0 };
    const stored = await this.storedAnalyses(batch.map(([id]) => id));
    const replace: string[] = [];
    const write: Pending[] = [];
    for (const [id, item] of batch) {
      const before = stored.get(id);
      const d = before ? decide(before, item.analysis) : undefined;
      if (d === 'unchanged') counts.unchanged += 1;
      else if (d === 'keep') counts.kept += 1;
      else {
        if (d === 'replace') {
          replace.push(id);
          counts.replaced += 1;
        } else counts.stored += 1;
        write.push(item);
      }
    }
    for (let i = 0; i < replace.length; i += ID_QUERY) {
      const part = replace.slice(i, i + ID_QUERY);
      // The article's other rows first: they find it by its number.
      for (const t of [...FACT_TABLES].reverse()) {
        const which = t === ARTICLES ? 'article_id = ANY($1)' : 'article_no IN (SELECT article_no FROM articles WHERE article_id = ANY($1))';
        await this.backend.all(`DELETE FROM ${t.name} WHERE ${which}`, [part]);
      }
    }
    const numbers = write.length === 0 ? [] : await this.backend.all('SELECT CAST(nextval(\'article_no_seq\') AS INTEGER) AS n FROM generate_series(1, $1)', [write.length]);
    const lines: Partial<Record<FactTableName, string[]>> = {};
    const loadedAt = new Date().toISOString();
    // Rows go straight into the backend's appenders where it has them (DuckDB): a batch's rows are
    // never all held at once (~15% of the load's CPU went to collecting the garbage they left).
    const rows = emptyRows();
    const loadedAtColumn: readonly (readonly [number, Cell])[] = [[ARTICLES.columns.findIndex(([name]) => name === 'loaded_at'), loadedAt]];
    const direct = write.length > 0 && this.backend.appendRows ? await this.backend.appendRows(FACT_TABLES) : undefined;
    try {
      const sink: FactRowSink = direct ? (direct.tables as FactRowSink) : rows;
      for (let i = 0; i < write.length; i++) {
        const item = write[i]!;
        const no = Number(numbers[i]!.n);
        if ('parsed' in item) {
          // A run of the block's articles in a row goes in as one range of its rows.
          const block = item.parsed;
          block.articleNos[item.index] = no;
          let last = i;
          for (let j = i + 1; j < write.length; j++) {
            const next = write[j]!;
            if (!('parsed' in next) || next.parsed !== block || next.index !== item.index + (j - i)) break;
            block.articleNos[next.index] = Number(numbers[j]!.n);
            last = j;
          }
          const lastIndex = item.index + (last - i);
          for (const t of FACT_TABLES) {
            const starts = block.starts[t.name];
            const how = t === ARTICLES ? { articleNos: block.articleNos, fixed: loadedAtColumn } : { articleNos: block.articleNos };
            direct!.tables[t.name]!.pushBlock!(block.tables[t.name], starts[item.index]!, starts[lastIndex + 1]!, how);
          }
          i = last;
          continue;
        }
        if ('line' in item) {
          // Checked by the thread that parsed it; its rows were not laid out there (see `writesMost`).
          const r = parseSummaryLine(item.line, false);
          if ('broken' in r) throw new Error(`a line read before no longer reads: ${r.broken}`);
          addFactRows(sink, r.summary, no, loadedAt, { hash: item.analysis.hash });
          continue;
        }
        if ('encoded' in item) {
          (lines.articles ??= []).push(articleLine(item.encoded.article, no, loadedAt));
          for (const [table, text] of Object.entries(item.encoded.lines) as [FactTableName, string][]) (lines[table] ??= []).push(numberLines(text, no));
          continue;
        }
        // The content hash was computed once, for the analysis: hashing the text again cost ~2% of a load.
        addFactRows(sink, item.summary, no, loadedAt, { hash: item.analysis.hash, ...(item.sentences ? { sentences: item.sentences } : {}) });
        // A pause every few summaries: the process's other work (a queue worker handing its threads
        // their next records) is not held up for the whole batch.
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      direct?.close();
    }
    for (const t of FACT_TABLES) {
      await this.backend.append(t, rows[t.name]);
      const encoded = lines[t.name];
      if (encoded) await this.backend.appendLines!(t, encoded);
    }
    await this.backend.append(LOAD_ERRORS, broken);
    if (write.length > 0) await markDerivedStale(this.backend);
    return counts;
  }
}
