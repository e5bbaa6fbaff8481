import { Writable } from 'node:stream';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT } from '../../batch/exit.js';
import type { BatchOptions } from '../../batch/run-batch.js';
import { DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_LINE_BYTES, DEFAULT_RECORD_TIMEOUT_MS, DEFAULT_WORKER_MEMORY_MB } from '../../batch/limits.js';
import { parseShard, type Shard } from '../../batch/shard.js';
import { WartaConfigError } from '../../errors.js';
import { parseFieldMap } from '../../io/field-map.js';
import { WORKER_YOUNG_GENERATION_MB } from '../../worker-script.js';
import { INPUT_FORMATS, type InputFormat } from '../../io/format.js';
import { collect, dateOptions, pipelineOf, pluginSpecifiers, positiveInt, type DateFlags } from '../pipeline-args.js';
import type { FactStore } from '../../store/store.js';
import type { FactWriter } from '../../store/writer.js';
import { loadLine } from './facts.js';

/** `--record-timeout S`: seconds (decimals allowed), 0 for no limit; the library takes milliseconds. */
function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('--record-timeout must be a number of seconds >= 0 (0: no limit)');
  return n;
}

/** `--shard i/n`, its error naming the flag. */
function shardFlag(value: string): Shard {
  try {
    return parseShard(value);
  } catch (err) {
    throw new WartaConfigError(`--shard: ${(err as Error).message}`);
  }
}

/** The flags that messages of a run name, where the library would name its options. */
const CLI_NAMES = {
  maxArticleBytes: '--max-article-bytes',
  maxLineBytes: '--max-line-bytes',
  map: '--map',
  format: '--format',
  workers: '--workers',
  resume: '--resume',
  output: '-o FILE',
  errors: '--errors',
  chunkSize: '--chunk-size',
  recordTimeout: '--record-timeout',
  workerMemory: '--worker-memory',
};

interface AnalyzeFlags extends DateFlags {
  output?: string;
  errors?: string;
  format?: InputFormat;
  map?: string;
  workers?: number;
  unordered?: boolean;
  shard?: string;
  resume?: boolean;
  maxArticleBytes: number;
  maxLineBytes: number;
  timings?: boolean;
  quiet?: boolean;
  progress: 'auto' | 'bar' | 'plain' | 'none';
  chunkSize?: number;
  recordTimeout: number;
  workerMemory: number;
  config?: string;
  plugin?: string[];
  db?: string;
}

const HELP_AFTER = `
Inputs:
  FILE.txt            one article: the first non-empty line is the title, the rest the body
  FILE.jsonl          one article per line: {"id"?, "title"?, "body" | "text", "url"?, "publishedAt"?,
                      "author"?, "language"?, "outlet"?} (UTF-8, or UTF-16 with a byte-order mark);
                      publishedAt in any common form ("Selasa, 21 Okt 2025 20:43 WIB", RFC 2822,
                      21/10/2025, a Unix timestamp; see --date-order, --time-zone)
  FILE.csv, FILE.tsv  a header row; columns named like the fields, or mapped with --map
                      (--map renames JSONL keys too, e.g. --map body=content,publishedAt=date)
  FILE.html           one page: the article via Readability, title/author/date/outlet from meta tags
  FILE.warc           every text/html 2xx response record is one article (Common Crawl, CC-NEWS)
  FILE.*.gz           any of the above, gzipped
  FOLDER              walked recursively in sorted order (known extensions only)
  -                   JSONL on stdin (or --format)

Every input record gives exactly one output line: a summary, or an error record
({"status":"error","error":{"code","message"},"source":{"file","line"|"record","offset"}}).
Blank JSONL lines are not records. Progress and errors go to stderr, never to the output.

Limits: on worker threads, a record still running after --record-timeout seconds (default 10) is
stopped and becomes a "time-limit" error record; a record that takes its worker past
--worker-memory MB (default 1024) becomes a "memory-limit" error record. The worker is replaced and
the run goes on. With -w 0 records run in the main thread, without these limits.

With -o FILE, FILE.checkpoint.json is rewritten (atomically) after each flush of the output.
After a kill or a crash, rerun the same command with --resume: the output is cut back to the
last checkpoint and the run goes on with the next record, so every record is written once.

Exit codes:
  0    every article analysed (status "ok")
  1    the run completed, but some records are errors or partial summaries
  2    usage error, unreadable options, or the output could not be written
  130  interrupted (SIGINT/SIGTERM) after a checkpoint; rerun with --resume

Pipeline: --config FILE builds every worker's pipeline from FILE (\`warta config\` prints the default
to start from); --plugin MODULE adds the stage factories a module exports, so a config can name them.

Examples:
  warta analyze corpora/samples/telegram-lonjakan.txt
  warta analyze dump.jsonl --config pipeline.json -o out.jsonl
  warta analyze dump.jsonl.gz -o out.jsonl --errors errors.jsonl
  warta analyze berita.csv --map title=judul,body=isi_berita,id=id,url=tautan,publishedAt=tanggal -o out.jsonl
  warta analyze crawl/ -o out.jsonl --shard 1/4 --resume
  warta analyze dump.jsonl.gz --db facts.duckdb -o out.jsonl   (then: warta facts --help)
  warta analyze dump.jsonl -o out.jsonl --record-timeout 30 --worker-memory 2048
  cat dump.jsonl | warta analyze - > out.jsonl`;

/** Registers `warta analyze`: articles from files, folders or stdin → one JSON summary per line. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles from files, folders or stdin; one JSON summary per line')
    .argument('[inputs...]', 'files, folders, or - for stdin (default: stdin when it is not a terminal)')
    .option('-o, --output <file>', 'write summaries to FILE instead of stdout ("-": stdout)')
    .option('--errors <file>', 'write error records to FILE instead of the output')
    .addOption(new Option('--format <format>', 'input format, overriding file extensions').choices(INPUT_FORMATS))
    .option('--map <mapping>', 'CSV/TSV columns or JSONL keys: field=name,… (fields: id, title, body, text, url, publishedAt, language, author, outlet)')
    .option('-w, --workers <n>', 'worker threads; 0 = run in the main thread (default: one per core; inline for tiny inputs)', positiveInt('--workers', true))
    .option('--unordered', 'write summaries as they finish instead of in input order (faster)')
    .option('--shard <i/n>', 'process only shard i of n (1 <= i <= n): every n-th record, deterministic')
    .option('--resume', 'continue a killed run from the checkpoint next to -o FILE, exactly once')
    .option('--max-article-bytes <n>', 'larger articles become error records (HTML pages may be 4x)', positiveInt('--max-article-bytes'), DEFAULT_MAX_ARTICLE_BYTES)
    .option('--max-line-bytes <n>', 'longer JSONL/CSV lines become error records, unbuffered', positiveInt('--max-line-bytes'), DEFAULT_MAX_LINE_BYTES)
    .option('--record-timeout <seconds>', 'a record still running after this becomes a time-limit error record (0: no limit; not with -w 0)', seconds, DEFAULT_RECORD_TIMEOUT_MS / 1000)
    .option('--worker-memory <mb>', `heap limit of each worker thread (its old generation; the young generation is ${WORKER_YOUNG_GENERATION_MB} MB more); a record that exhausts it becomes a memory-limit error record`, positiveInt('--worker-memory'), DEFAULT_WORKER_MEMORY_MB)
    .option('--config <file>', 'the pipeline config (JSON; see `warta config`): stages and their options, for every worker')
    .option('--plugin <module>', 'load stage factories from a module, in every worker (repeatable)', collect)
    .addOption(dateOptions()[0]!)
    .addOption(dateOptions()[1]!)
    .option('--db <url>', 'also store the facts of every summary in a fact store: a DuckDB file or postgres://…?schema=NAME (see `warta facts`); without -o, no JSONL is written')
    .option('--timings', 'add milliseconds per stage to each summary ("timings")')
    .option('-q, --quiet', 'no progress and no final line on stderr')
    .addOption(new Option('--progress <mode>', 'progress on stderr').choices(['auto', 'bar', 'plain', 'none']).default('auto'))
    .addOption(new Option('--chunk-size <n>', 'records per worker task').argParser(positiveInt('--chunk-size')).hideHelp())
    .addHelpText('after', HELP_AFTER)
    .exitOverride((err) => {
      // Commander has printed the problem (or the help); only the exit code is ours to set.
      process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
    })
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      // Until the run ends properly, the exit code says it did not: a run that stops any other way
      // never exits 0.
      process.exitCode = EXIT.usage;
      const controller = new AbortController();
      let store: FactStore | undefined;
      let writer: FactWriter | undefined;
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        if (inputs.length === 0) {
          if (process.stdin.isTTY) throw new WartaConfigError('no input: give files, folders, or - for stdin (see warta analyze --help)');
          inputs = ['-'];
        }
        const options: BatchOptions = {
          inputs,
          ordered: !flags.unordered,
          resume: flags.resume ?? false,
          limits: { maxArticleBytes: flags.maxArticleBytes, maxLineBytes: flags.maxLineBytes },
          recordTimeoutMs: Math.round(flags.recordTimeout * 1000),
          workerMemoryMb: flags.workerMemory,
          timings: flags.timings ?? false,
          progress: flags.quiet ? 'none' : flags.progress,
          signal: controller.signal,
          ...(flags.output && flags.output !== '-' ? { output: flags.output } : {}),
          ...(flags.errors ? { errors: flags.errors } : {}),
          ...(flags.format ? { format: flags.format } : {}),
          ...(flags.map ? { map: parseFieldMap(flags.map) } : {}),
          ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
          ...(flags.shard ? { shard: shardFlag(flags.shard) } : {}),
          ...(flags.chunkSize ? { chunkSize: flags.chunkSize } : {}),
          optionNames: CLI_NAMES,
          ...pipelineOf(flags),
          ...(flags.plugin ? { plugins: pluginSpecifiers(flags.plugin) } : {}),
        };
        const { exitCodeOf, runBatch } = await import('../../batch/run-batch.js');
        if (flags.db) {
          const { openStore } = await import('../../store/index.js');
          store = await openStore(flags.db);
          writer = store.writer({ validate: false });
          options.destinations = [writer];
          // The facts are the output: JSONL only with -o ("-o -": on stdout).
          if (!flags.output) options.stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
        }
        const result = await runBatch(options);
        if (store && writer && !flags.quiet) process.stderr.write(`warta analyze: facts: ${loadLine(writer.stats)} into ${store.location}\n`);
        process.exitCode = exitCodeOf(result);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        // A closed pipe (`warta analyze … | head`) is the reader's choice, not a failure to report.
        if (e?.code !== 'EPIPE') process.stderr.write(`warta analyze: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = EXIT.usage;
      } finally {
        await store?.close().catch(() => {});
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}
