import { createRequire } from 'node:module';
import type * as CliProgress from 'cli-progress';

// cli-progress loads only when a bar is drawn (stderr is a terminal).
const require = createRequire(import.meta.url);
let cliProgressModule: typeof CliProgress | undefined;
function cliProgress(): typeof CliProgress {
  cliProgressModule ??= require('cli-progress') as typeof CliProgress;
  return cliProgressModule;
}

/** What progress shows: records done, errors, raw input bytes read (for the ETA). */
export interface ProgressStats {
  done: number;
  errors: number;
  bytesRead: number;
  /** Total raw input bytes, when known (files, not stdin). */
  totalBytes: number | undefined;
  /** Records read so far (done or in flight); reading runs ahead of the results. */
  read: number;
}

/** The share of the input done: bytes read, scaled down by the records still in flight. */
function fractionDone(stats: ProgressStats): number | undefined {
  if (!stats.totalBytes) return undefined;
  const inFlight = stats.read > 0 ? Math.min(1, stats.done / stats.read) : 0;
  return Math.min(1, (stats.bytesRead / stats.totalBytes) * inFlight);
}

/** Progress display on stderr. */
export interface Progress {
  update(stats: ProgressStats): void;
  /** Ends the display and prints the final line (unless quiet). */
  finish(line: string): void;
}

/** How progress is shown: a bar on a terminal, plain periodic lines in logs, or nothing. */
export type ProgressMode = 'auto' | 'bar' | 'plain' | 'none';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

// "12,345": a plain grouping, cheaper at start-up than building an Intl.NumberFormat (ICU).
const fmt = { format: (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') };

/** One plain progress line: "12,000 articles, 3 errors, 950/s, 40% of input, ETA 1m05s". */
export function progressLine(stats: ProgressStats, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? stats.done / elapsedSeconds : 0;
  let line = `${fmt.format(stats.done)} articles, ${fmt.format(stats.errors)} errors, ${fmt.format(Math.round(rate))}/s`;
  const fraction = fractionDone(stats);
  if (fraction !== undefined) {
    const eta = fraction > 0 ? (elapsedSeconds * (1 - fraction)) / fraction : Number.NaN;
    line += `, ${Math.floor(fraction * 100)}% of input, ETA ${duration(eta)}`;
  }
  return line;
}

/**
 * Progress on stderr: a cli-progress bar when stderr is a terminal (`auto`), else one plain line
 * every `intervalMs`; `none` prints only errors. The ETA comes from the share of input bytes read.
 */
export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Progress {
  const effective = mode === 'auto' ? (stream.isTTY ? 'bar' : 'plain') : mode;
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  if (effective === 'none') return { update() {}, finish() {} };
  if (effective === 'plain') {
    let last = started;
    return {
      update(stats) {
        const now = Date.now();
        if (now - last < intervalMs) return;
        last = now;
        stream.write(`warta: ${progressLine(stats, elapsed())}\n`);
      },
      finish(line) {
        stream.write(`warta: ${line}\n`);
      },
    };
  }
  let bar: CliProgress.SingleBar | undefined;
  return {
    update(stats) {
      const payload = { done: fmt.format(stats.done), errors: fmt.format(stats.errors), rate: fmt.format(Math.round(stats.done / Math.max(elapsed(), 1e-3))) };
      if (!bar) {
        // With a known input size: a bar over thousandths of the input and an ETA; else counts only.
        const known = stats.totalBytes !== undefined;
        bar = new (cliProgress().SingleBar)(
          {
            stream,
            format: known
              ? '{bar} {percentage}% | {done} articles | {errors} errors | {rate}/s | ETA {eta_formatted}'
              : '{done} articles | {errors} errors | {rate}/s',
            hideCursor: true,
            clearOnComplete: true,
            fps: 5,
            etaBuffer: 50,
          },
          cliProgress().Presets.shades_classic,
        );
        bar.start(1000, 0, payload);
      }
      bar.update(Math.round((fractionDone(stats) ?? 0) * 1000), payload);
    },
    finish(line) {
      bar?.stop();
      stream.write(`warta: ${line}\n`);
    },
  };
}
