import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_LINE_BYTES, DEFAULT_RECORD_TIMEOUT_MS, DEFAULT_WORKER_MEMORY_MB } from '../../batch/limits.js';
import { parseFieldMap } from '../../io/field-map.js';
import { WORKER_YOUNG_GENERATION_MB } from '../../worker-script.js';
import { INPUT_FORMATS, type InputFormat } from '../../io/format.js';
import { collect, dateOptions, pipelineOf, pluginSpecifiers, positiveInt, type DateFlags } from '../pipeline-args.js';

/** Exit codes of `warta queue` and `warta worker`. */
const EXIT = {
  ok: 0,
  /** Status: chunks failed; export: chunks not done yet (their records are missing). */
  partly: 1,
  /** Usage error, or the database could not be reached or written. */
  failed: 2,
} as const;

/** The queue when --pg is not given: `WARTA_PG`. */
const defaultPg = (): string | undefined => process.env.WARTA_PG;

function seconds(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError(`${name} must be a number of seconds >= 0`);
    return n;
  };
}

function withPg(cmd: Command): Command {
  const pg = defaultPg();
  cmd.option('--pg <url>', 'the queue and fact store: postgres://user@host/db?schema=NAME (default: $WARTA_PG)', pg);
  return cmd.exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.failed));
}

/** Runs a command's body; a failure is one line on stderr and exit code 2. */
async function run(name: string, fn: () => Promise<number>): Promise<void> {
  process.exitCode = EXIT.failed;
  try {
    process.exitCode = await fn();
  } catch (err) {
    process.stderr.write(`warta ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT.failed;
  }
}

function needPg(pg: string | undefined): string {
  if (!pg) throw new Error('no queue: give --pg postgres://user@host/db?schema=NAME (or set WARTA_PG)');
  return pg;
}

interface AddFlags extends DateFlags {
  pg?: string;
  chunk: number;
  format?: InputFormat;
  map?: string;
  maxArticleBytes: number;
  maxLineBytes: number;
  config?: string;
  plugin?: string[];
  timings?: boolean;
  retries: number;
  retryDelay: number;
  jobTimeout: number;
  quiet?: boolean;
}

interface WorkerFlags {
  pg?: string;
  concurrency: number;
  recordTimeout: number;
  workerMemory: number;
  drain?: boolean;
  poll: number;
  maintenanceInterval: number;
  holdMs?: number;
  quiet?: boolean;
}

const QUEUE_HELP = `
A PostgreSQL job queue (pg-boss) for dumps too large for one machine: \`warta queue add\` stores the
records in chunks and enqueues one job per chunk with the pipeline config; \`warta worker\` (on any
number of machines) analyses chunks into the fact store of the same schema, each exactly once.

Examples:
  warta queue add dump.jsonl.gz --pg postgres://warta@db/news?schema=crawl --config pipeline.json
  warta worker --pg postgres://warta@db/news?schema=crawl          (on every machine)
  warta queue status --pg postgres://warta@db/news?schema=crawl
  warta queue export --pg postgres://warta@db/news?schema=crawl -o out.jsonl.gz
  warta facts quotes --speaker "Sri Mulyani" --db postgres://warta@db/news?schema=crawl`;

/** Registers `warta queue …` and `warta worker`. */
export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('a PostgreSQL job queue of article chunks for `warta worker`s on many machines').addHelpText('after', QUEUE_HELP);

  withPg(
    queue
      .command('add')
      .description('store articles in chunks and enqueue one job per chunk (adding the same dump again adds nothing)')
      .argument('<inputs...>', 'files or folders, in any format `warta analyze` reads'),
  )
    .option('--chunk <n>', 'records per chunk (one job)', positiveInt('--chunk'), 500)
    .addOption(new Option('--format <format>', 'input format, overriding file extensions').choices(INPUT_FORMATS))
    .option('--map <mapping>', 'CSV/TSV columns or JSONL keys: field=name,… (as in `warta analyze`)')
    .option('--max-article-bytes <n>', 'larger articles become error records', positiveInt('--max-article-bytes'), DEFAULT_MAX_ARTICLE_BYTES)
    .option('--max-line-bytes <n>', 'longer JSONL/CSV lines become error records', positiveInt('--max-line-bytes'), DEFAULT_MAX_LINE_BYTES)
    .option('--config <file>', 'the pipeline config every worker analyses these chunks with (see `warta config`)')
    .option('--plugin <module>', 'stage factories the config names (each worker machine must have the module)', collect)
    .option('--timings', 'add milliseconds per stage to each summary')
    .addOption(dateOptions()[0]!)
    .addOption(dateOptions()[1]!)
    .option('--retries <n>', 'retries of a failed chunk, with backoff (when the queue is created)', positiveInt('--retries', true), 3)
    .option('--retry-delay <seconds>', 'seconds before the first retry, doubled each time (when the queue is created)', seconds('--retry-delay'), 30)
    .option('--job-timeout <seconds>', 'a chunk still active after this is taken to be lost with its worker and retried (when the queue is created)', seconds('--job-timeout'), 900)
    .option('-q, --quiet', 'no summary line on stderr')
    .action(async (inputs: string[], flags: AddFlags) =>
      run('queue add', async () => {
        const { queueAdd } = await import('../../queue/add.js');
        const r = await queueAdd({
          pg: needPg(flags.pg),
          inputs,
          chunkSize: flags.chunk,
          limits: { maxArticleBytes: flags.maxArticleBytes, maxLineBytes: flags.maxLineBytes },
          timings: flags.timings ?? false,
          policy: { retryLimit: flags.retries, retryDelay: Math.round(flags.retryDelay), expireInSeconds: Math.max(1, Math.round(flags.jobTimeout)) },
          optionNames: { maxArticleBytes: '--max-article-bytes', maxLineBytes: '--max-line-bytes', map: '--map', format: '--format', chunkSize: '--chunk' },
          ...(flags.format ? { format: flags.format } : {}),
          ...(flags.map ? { map: parseFieldMap(flags.map) } : {}),
          ...pipelineOf(flags),
          ...(flags.plugin ? { plugins: pluginSpecifiers(flags.plugin) } : {}),
        });
        if (!flags.quiet) {
          process.stderr.write(
            `warta queue add: ${r.records} records in ${r.chunks} chunks; added ${r.added} chunks (${r.addedRecords} records), ${r.chunks - r.added} were queued already; config ${r.configHash.slice(0, 12)}\n`,
          );
        }
        return EXIT.ok;
      }),
    );

  withPg(queue.command('status').description('chunks pending, active, done and failed; articles/s; time left'))
    .option('--json', 'print the status as JSON')
    .action(async (flags: { pg?: string; json?: boolean }) =>
      run('queue status', async () => {
        const { queueStatus } = await import('../../queue/manage.js');
        const s = await queueStatus(needPg(flags.pg));
        if (flags.json) process.stdout.write(`${JSON.stringify(s)}\n`);
        else {
          const c = s.chunks;
          const r = s.records;
          const eta = s.etaSeconds === null ? 'unknown' : s.etaSeconds < 120 ? `${Math.round(s.etaSeconds)} s` : `${(s.etaSeconds / 60).toFixed(1)} min`;
          process.stdout.write(
            `chunks   ${c.total}: ${c.pending} pending, ${c.active} active, ${c.done} done, ${c.failed} failed\n` +
              `records  ${r.total}: ${r.done} done (${r.ok} ok, ${r.partial} partial, ${r.error} error)\n` +
              `rate     ${s.rate === null ? 'none in the last 10 minutes' : `${s.rate.toFixed(1)} articles/s (last 10 minutes)`}\n` +
              `eta      ${eta}\n` +
              s.failures.map((f) => `failed   chunk ${f.chunk}: ${f.error ?? 'its job is gone or failed'} (warta queue retry)\n`).join(''),
          );
        }
        return s.chunks.failed > 0 ? EXIT.partly : EXIT.ok;
      }),
    );

  withPg(queue.command('export').description('write the summaries of every done chunk, in input order, as JSON lines'))
    .requiredOption('-o, --output <file>', 'the output file (.gz: gzipped)')
    .action(async (flags: { pg?: string; output: string }) =>
      run('queue export', async () => {
        const { queueExport } = await import('../../queue/manage.js');
        const r = await queueExport(needPg(flags.pg), flags.output);
        process.stderr.write(`warta queue export: ${r.records} records of ${r.chunks} chunks to ${flags.output}${r.missingChunks > 0 ? `; ${r.missingChunks} chunks (${r.missingRecords} records) are not done yet and are missing: chunk ${r.missing.join(', ')}${r.missingChunks > r.missing.length ? ', …' : ''} (see warta queue status)` : ''}\n`);
        return r.missingChunks > 0 ? EXIT.partly : EXIT.ok;
      }),
    );

  withPg(queue.command('retry').description('put chunks that failed for good (or lost their job) back in the queue'))
    .action(async (flags: { pg?: string }) =>
      run('queue retry', async () => {
        const { queueRetry } = await import('../../queue/manage.js');
        const n = await queueRetry(needPg(flags.pg));
        process.stderr.write(`warta queue retry: ${n} chunk${n === 1 ? '' : 's'} queued again\n`);
        return EXIT.ok;
      }),
    );

  withPg(program.command('worker').description('take chunks from the queue, analyse them, store their facts: exactly once, on any number of machines'))
    .option('-c, --concurrency <n>', 'worker threads analysing records', positiveInt('--concurrency'), 1)
    .option('--record-timeout <seconds>', 'a record still running after this becomes a time-limit error record (0: no limit)', seconds('--record-timeout'), DEFAULT_RECORD_TIMEOUT_MS / 1000)
    .option('--worker-memory <mb>', `heap limit of each thread (its old generation; the young generation is ${WORKER_YOUNG_GENERATION_MB} MB more); a record that exhausts it becomes a memory-limit error record`, positiveInt('--worker-memory'), DEFAULT_WORKER_MEMORY_MB)
    .option('--drain', 'exit once no chunk is pending or active (default: wait for more)')
    .option('--poll <seconds>', 'seconds between looks at an empty queue', seconds('--poll'), 2)
    .option('--maintenance-interval <seconds>', "seconds between pg-boss's maintenance runs, which retry the chunks of workers that died", positiveInt('--maintenance-interval'), 60)
    .addOption(new Option('--hold-ms <ms>', 'wait after analysing a chunk before storing it (tests)').argParser(positiveInt('--hold-ms')).hideHelp())
    .option('-q, --quiet', 'no line per chunk on stderr')
    .addHelpText(
      'after',
      `
SIGTERM or SIGINT: the chunks in hand are finished and stored, then the worker exits (0). A worker
killed any other way loses nothing: its chunks were stored wholly or not at all, and their jobs are
taken again once they expire (--job-timeout of \`warta queue add\`).`,
    )
    .action(async (flags: WorkerFlags) =>
      run('worker', async () => {
        const { runWorker } = await import('../../queue/worker.js');
        const controller = new AbortController();
        const stop = () => {
          if (!flags.quiet && !controller.signal.aborted) process.stderr.write('warta worker: stopping after the chunks in hand\n');
          controller.abort();
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
        try {
          const log = flags.quiet ? undefined : (line: string) => process.stderr.write(`warta worker: ${line}\n`);
          const r = await runWorker({
            pg: needPg(flags.pg),
            concurrency: flags.concurrency,
            budget: {
              timeoutMs: Math.round(flags.recordTimeout * 1000),
              memoryMb: flags.workerMemory,
              names: { recordTimeout: '--record-timeout', workerMemory: '--worker-memory' },
            },
            drain: flags.drain ?? false,
            pollMs: Math.round(flags.poll * 1000),
            maintenanceSeconds: flags.maintenanceInterval,
            signal: controller.signal,
            ...(flags.holdMs ? { holdMs: flags.holdMs } : {}),
            ...(log ? { log } : {}),
          });
          if (!flags.quiet) process.stderr.write(`warta worker: stored ${r.chunks} chunks (${r.records} records); ${r.failed} failed for good; ${r.skipped} stored by others\n`);
          return EXIT.ok;
        } finally {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
        }
      }),
    );
}
