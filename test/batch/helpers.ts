import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Summary } from '../../src/schema/summary.js';
import { checkSummary } from '../helpers/invariants.js';

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'warta-batch-'));
}

/** A Writable that keeps what is written (stands in for stdout). */
export function memoryStream(): Writable & { text(): string } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      parts.push(chunk);
      cb();
    },
  }) as Writable & { text(): string };
  stream.text = () => Buffer.concat(parts).toString('utf8');
  return stream;
}

/** Parses JSONL output, checking every line with the summary schema and span invariants. */
export function summaries(text: string): Summary[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => checkSummary(JSON.parse(l)));
}

/** Reads and parses a JSONL output file. */
export function readSummaries(path: string): Summary[] {
  return summaries(readFileSync(path, 'utf8'));
}

/** A short Indonesian news-like article body, different for each n. */
export function articleBody(n: number): string {
  return `JAKARTA - Pemerintah daerah nomor ${n} mengumumkan anggaran Rp ${n + 1} miliar untuk perbaikan jalan. "Pekerjaan dimulai bulan depan," kata kepala dinas, Senin.`;
}
