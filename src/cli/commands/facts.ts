import { InvalidArgumentError, Option, type Command } from 'commander';
import { ZodError } from 'zod';
import type { AmountsQuery, EntityProfile, LoadStats } from '../../schema/facts.js';
import type { FactStore } from '../../store/store.js';
import { OUTPUT_FORMATS, renderRows, renderTable, type OutputFormat } from '../rows-output.js';
import { write } from '../io.js';
import { positiveInt } from '../pipeline-args.js';

/** Exit codes of `warta facts`. */
const EXIT = {
  ok: 0,
  /** A load recorded broken lines, or a query named an entity the store does not know. */
  partly: 1,
  /** Usage error, or the store could not be opened, migrated or written. */
  failed: 2,
} as const;

/** The store when --db is not given: `WARTA_DB`, else facts.duckdb in the working folder. */
const defaultDb = (): string => process.env.WARTA_DB ?? 'facts.duckdb';

interface CommonFlags {
  db: string;
  format: OutputFormat;
}

function finiteNumber(name: string) {
  return (value: string): number => {
    const n = Number(value.replaceAll('_', ''));
    if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${name} must be a number (1e12, 1500000)`);
    return n;
  };
}

const TYPES = ['PERSON', 'ORG', 'LOC'] as const;

function withDb(cmd: Command, format = true): Command {
  cmd.option('--db <url>', 'the store: a DuckDB file or postgres://…?schema=NAME (default: $WARTA_DB or facts.duckdb)', defaultDb());
  if (format) cmd.addOption(new Option('--format <format>', 'output: an aligned table, JSON lines or CSV').choices(OUTPUT_FORMATS).default('table'));
  return cmd.exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.failed));
}

/** Opens the store, runs `fn`, closes it; a failure is reported on stderr with the exit code it deserves. */
async function withStore(name: string, db: string, readOnly: boolean, fn: (store: FactStore) => Promise<number>): Promise<void> {
  process.exitCode = EXIT.failed;
  const { openStore, WartaNotFoundError } = await import('../../store/index.js');
  let store: FactStore | undefined;
  try {
    store = await openStore(db, { readOnly });
    process.exitCode = await fn(store);
  } catch (err) {
    process.stderr.write(`warta facts ${name}: ${problem(err)}\n`);
    process.exitCode = err instanceof WartaNotFoundError ? EXIT.partly : EXIT.failed;
  } finally {
    await store?.close().catch(() => {});
  }
}

/** An error as one line; a rejected query parameter names its flag ("--from: a date bound is …"). */
function problem(err: unknown): string {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const flag = issue?.path[0] === undefined ? 'a parameter' : `--${String(issue.path[0])}`;
    return `${flag}: ${issue?.message ?? 'invalid'}`;
  }
  return err instanceof Error ? err.message : String(err);
}

async function print(format: OutputFormat, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<number> {
  await write(renderRows(format, columns, rows));
  return EXIT.ok;
}

/** The load's counts, one line. */
export function loadLine(stats: LoadStats): string {
  const { read, stored, replaced, unchanged, kept, errorRecords, broken } = stats;
  return (
    `${read} summar${read === 1 ? 'y' : 'ies'} read: ${stored} stored, ${replaced} replaced, ${unchanged} unchanged, ${kept} kept` +
    `${errorRecords > 0 ? ` (${errorRecords} error record${errorRecords === 1 ? '' : 's'})` : ''}; ${broken} broken line${broken === 1 ? '' : 's'}`
  );
}

const list = (items: readonly Record<string, unknown>[], label: string, count: string): string =>
  items.length === 0 ? '—' : items.map((i) => `${String(i[label])} (${String(i[count])})`).join(', ');

/** The profile of an entity as sections of text and tables. */
function renderProfile(p: EntityProfile): string {
  const merged = p.names.filter((n) => n !== p.key);
  const parts = [
    `${p.name} (${p.type}) key "${p.key}"${merged.length > 0 ? `, merged with ${merged.map((n) => `"${n}"`).join(', ')}` : ''}`,
    `${p.articles} article${p.articles === 1 ? '' : 's'}, ${p.mentions} mention${p.mentions === 1 ? '' : 's'}, published ${p.firstDate ?? '?'} to ${p.lastDate ?? '?'}` +
      (p.otherTypes.length > 0 ? `; also typed ${p.otherTypes.map((t) => `${t.type} in ${t.articles} articles`).join(', ')}` : ''),
    `forms: ${list(p.forms, 'text', 'count')}`,
    `aliases: ${list(p.aliases, 'alias', 'count')}`,
    `roles: ${p.roles.length === 0 ? '—' : p.roles.map((r) => `${r.title}${r.org ? ` ${r.org}` : ''} (${r.articles})`).join(', ')}`,
    `people: ${p.people.length === 0 ? '—' : p.people.map((r) => `${r.name}, ${r.title} (${r.articles})`).join('; ')}`,
  ];
  const section = (title: string, columns: readonly string[], rows: readonly Record<string, unknown>[]) => {
    if (rows.length > 0) parts.push('', title, renderTable(columns, rows).trimEnd());
  };
  section('mentions per month', ['month', 'articles', 'mentions'], p.months);
  section('named with it', ['name', 'type', 'articles', 'sentences'], p.cooccurring);
  section('amounts in its sentences (largest first)', ['date', 'text', 'value', 'currency', 'unit', 'entity', 'articleId'], p.amounts);
  section('its quotes', ['date', 'speaker', 'text', 'articleId'], p.quotes);
  section("its people's quotes", ['date', 'speaker', 'text', 'articleId'], p.peopleQuotes);
  return `${parts.join('\n')}\n`;
}

const QUOTE_COLUMNS = ['date', 'speaker', 'text', 'articleId', 'title', 'url', 'cue', 'attribution'] as const;
const AMOUNT_COLUMNS = ['date', 'kind', 'text', 'value', 'min', 'max', 'currency', 'unit', 'entity', 'articleId', 'sentence'] as const;

const HELP = `
A fact store holds the summaries of many articles (from \`warta analyze … --db\` or
\`warta facts load\`) and answers questions across them. --db names it: a DuckDB file (the
default, facts.duckdb; one writer at a time, many readers) or PostgreSQL
(postgres://user@host/db?schema=NAME; many writers). Names match case-insensitively and by the
aliases articles give ("Joko Widodo (Jokowi)").

Exit codes: 0 done; 1 a load recorded broken lines, or a query names an entity the store does not
know; 2 usage error, or the store could not be opened or written.

Examples:
  warta facts load out.jsonl.gz --db facts.duckdb
  warta facts quotes --speaker "Sri Mulyani" --contains subsidi --from 2025-01 --to 2025-06
  warta facts entity "Bank Indonesia"
  warta facts amounts --entity KPK --currency IDR --min 1e12
  warta facts cooccur "Prabowo Subianto"
  warta facts warnings --code title-number-mismatch --format csv
  warta facts sql "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC"
  warta facts export --parquet facts-parquet/`;

/** Registers `warta facts`: load summaries into a fact store and query it. */
export function registerFacts(program: Command): void {
  const facts = program.command('facts').description('load summaries into a fact store (DuckDB or PostgreSQL) and query it').addHelpText('after', HELP);

  withDb(facts.command('load').description('load `warta analyze` output (JSONL, .gz, - for stdin) into the store').argument('<files...>', 'JSONL files of summaries'), false)
    .option('-q, --quiet', 'no counts on stderr')
    .option('--threads <n>', 'threads that parse the lines while the store writes (DuckDB; default: one per core, at most 4; 0: none)', positiveInt('--threads', true))
    .action(async (files: string[], flags: { db: string; quiet?: boolean; threads?: number }) => {
      await withStore('load', flags.db, false, async (store) => {
        const { loadFiles } = await import('../../store/load.js');
        const stats = await loadFiles(store, files, flags.threads === undefined ? {} : { parseThreads: flags.threads });
        if (!flags.quiet) process.stderr.write(`warta facts load: ${loadLine(stats)} into ${store.location}\n`);
        for (const e of stats.brokenLines) process.stderr.write(`  ${e.file ?? '?'}:${e.line ?? '?'}: ${e.message}\n`);
        if (stats.broken > stats.brokenLines.length) process.stderr.write(`  … and ${stats.broken - stats.brokenLines.length} more in the table load_errors\n`);
        return stats.broken > 0 ? EXIT.partly : EXIT.ok;
      });
    });

  withDb(facts.command('quotes').description('quotes by a speaker or by the people of an organisation, with words, in a period'))
    .option('--speaker <name>', 'the speaker (a person or an organisation), by any of its names')
    .option('--org <name>', 'quotes by people whose role in the article names this organisation')
    .option('--contains <text>', 'words the quotation contains (case-insensitive)')
    .option('--from <date>', 'published on or after: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'published on or before (the whole month or year for YYYY-MM, YYYY)')
    .option('--outlet <name>', 'articles of this outlet only: detik, kompas, tribun, cnn-indonesia, … (the summaries\' source.outlet)')
    .addOption(new Option('--type <type>', 'the type of --speaker when a name has several').choices(TYPES))
    .option('--limit <n>', 'at most this many rows', positiveInt('--limit'), 100)
    .action(async (flags: CommonFlags & { speaker?: string; org?: string; contains?: string; from?: string; to?: string; outlet?: string; type?: (typeof TYPES)[number]; limit: number }) => {
      const { db, format, ...query } = flags;
      await withStore('quotes', db, true, async (store) => print(format, QUOTE_COLUMNS, await store.quotes(query)));
    });

  withDb(facts.command('entity').description('profile of an entity: forms, aliases, roles, months, co-occurring entities, amounts, quotes').argument('<name>', 'any of its names'))
    .addOption(new Option('--type <type>', 'the type, when the name has several').choices(TYPES))
    .option('--limit <n>', 'rows per list', positiveInt('--limit'), 10)
    .action(async (name: string, flags: CommonFlags & { type?: (typeof TYPES)[number]; limit: number }) => {
      await withStore('entity', flags.db, true, async (store) => {
        if (flags.format === 'csv') throw new InvalidArgumentError('a profile is nested: use --format jsonl or table (amounts, quotes and cooccur give CSV)');
        const profile = await store.entity({ name, limit: flags.limit, ...(flags.type ? { type: flags.type } : {}) });
        if (!profile) {
          process.stderr.write(`warta facts entity: no entity named "${name}" in the store\n`);
          return EXIT.partly;
        }
        await write(flags.format === 'jsonl' ? `${JSON.stringify(profile)}\n` : renderProfile(profile));
        return EXIT.ok;
      });
    });

  withDb(facts.command('amounts').description('money, quantities, percentages and durations, by entity, currency, size and period'))
    .option('--entity <name>', 'amounts stated in a sentence that names this entity')
    .addOption(new Option('--type <type>', 'the type of --entity when a name has several').choices(TYPES))
    .addOption(new Option('--kind <kind>', 'kind of amount').choices(['money', 'quantity', 'percent', 'duration']))
    .option('--currency <code>', 'ISO 4217 currency (IDR, USD)')
    .option('--min <number>', 'at least this value (a range reaching it counts)', finiteNumber('--min'))
    .option('--max <number>', 'at most this value', finiteNumber('--max'))
    .option('--from <date>', 'published on or after: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'published on or before')
    .option('--outlet <name>', 'articles of this outlet only: detik, kompas, tribun, cnn-indonesia, … (the summaries\' source.outlet)')
    .addOption(new Option('--sort <order>', 'date (oldest first) or value (largest first)').choices(['date', 'value']).default('date'))
    .option('--limit <n>', 'at most this many rows', positiveInt('--limit'), 100)
    .action(async (flags: CommonFlags & AmountsQuery) => {
      const { db, format, ...query } = flags;
      await withStore('amounts', db, true, async (store) => print(format, AMOUNT_COLUMNS, await store.amounts(query)));
    });

  withDb(facts.command('cooccur').description('the people, organisations and places named in the same articles as an entity').argument('<name>', 'any of its names'))
    .addOption(new Option('--type <type>', 'the type, when the name has several').choices(TYPES))
    .option('--limit <n>', 'at most this many rows', positiveInt('--limit'), 20)
    .action(async (name: string, flags: CommonFlags & { type?: (typeof TYPES)[number]; limit: number }) => {
      await withStore('cooccur', flags.db, true, async (store) =>
        print(flags.format, ['name', 'type', 'articles', 'sentences', 'key'], await store.cooccur({ name, limit: flags.limit, ...(flags.type ? { type: flags.type } : {}) })),
      );
    });

  withDb(facts.command('warnings').description('messages of a code (title-number-mismatch …), or every warning and error'))
    .option('--code <code>', 'message code, e.g. title-number-mismatch, amount-out-of-range')
    .option('--from <date>', 'published on or after')
    .option('--to <date>', 'published on or before')
    .option('--outlet <name>', 'articles of this outlet only (the summaries\' source.outlet)')
    .option('--limit <n>', 'at most this many rows', positiveInt('--limit'), 100)
    .action(async (flags: CommonFlags & { code?: string; from?: string; to?: string; outlet?: string; limit: number }) => {
      const { db, format, ...query } = flags;
      await withStore('warnings', db, true, async (store) => print(format, ['date', 'code', 'severity', 'message', 'span', 'articleId', 'title'], await store.warnings(query)));
    });

  withDb(facts.command('sql').description('one read-only SQL statement (SELECT, WITH … SELECT); a statement that writes is refused').argument('<statement>'))
    .action(async (statement: string, flags: CommonFlags) => {
      await withStore('sql', flags.db, true, async (store) => {
        const result = await store.sql(statement);
        return print(flags.format, result.columns, result.rows);
      });
    });

  withDb(facts.command('export').description('write every table to DIR/<table>.parquet'), false)
    .requiredOption('--parquet <dir>', 'folder for the Parquet files')
    .action(async (flags: { db: string; parquet: string }) => {
      await withStore('export', flags.db, true, async (store) => {
        const files = await store.exportParquet(flags.parquet);
        process.stderr.write(`warta facts export: ${files.length} Parquet files in ${flags.parquet}\n`);
        return EXIT.ok;
      });
    });

  withDb(facts.command('info').description('what the store holds: schema version, articles by status, rows per table, analyses'))
    .action(async (flags: CommonFlags) => {
      await withStore('info', flags.db, true, async (store) => {
        const info = await store.info();
        if (flags.format === 'jsonl') await write(`${JSON.stringify(info)}\n`);
        else {
          const rows = Object.entries(info.tables).map(([table, rowCount]) => ({ table, rows: rowCount }));
          const head =
            `${info.backend} store ${info.location}, schema version ${info.schemaVersion}\n` +
            `${info.articles} articles (${Object.entries(info.byStatus).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'}), published ${info.firstDate ?? '?'} to ${info.lastDate ?? '?'}\n` +
            `analyses: ${info.analyses.map((a) => `warta ${a.version ?? '?'} config ${a.config ?? '?'} (${a.articles})`).join(', ') || '—'}\n\n`;
          await write(head + renderRows(flags.format, ['table', 'rows'], rows));
        }
        return EXIT.ok;
      });
    });

  withDb(facts.command('migrate').description("bring a store made by an older warta to this warta's schema (its facts are kept)"), false).action(async (flags: { db: string }) => {
    await withStore('migrate', flags.db, false, async (store) => {
      process.stderr.write(`warta facts migrate: ${store.location} is at schema version ${store.schemaVersion}\n`);
      return EXIT.ok;
    });
  });
}
