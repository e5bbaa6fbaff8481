import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf, runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import { WartaConfigError } from '../../src/errors.js';
import { defaultPipelineConfig } from '../../src/pipeline/config.js';
import { articleBody, memoryStream, readSummaries, summaries, tempDir } from './helpers.js';

// A real plugin stage, run in real worker threads: it hangs on WARTA-HANG, allocates until its
// worker runs out of memory on WARTA-HOG, and ends its worker thread on WARTA-EXIT.
const plugins = [pathToFileURL(resolve('test/fixtures/plugins/hostile-stage.mjs')).href];
const pipeline = { stages: [...defaultPipelineConfig().stages, { name: 'hostile' }] };

function writeDump(path: string, n: number, marks: Record<number, string>): void {
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, title: `Berita ${i}`, body: `${articleBody(i)}${marks[i] ? ` ${marks[i]}` : ''}` }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

async function run(options: Omit<BatchOptions, 'progress' | 'pipeline' | 'plugins'>) {
  const stdout = memoryStream();
  const result = await runBatch({ progress: 'none', stdout, pipeline, plugins, ...options });
  return { result, out: summaries(stdout.text()) };
}

describe('budgets: no single record can take down a run (#16)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('a record that never finishes and one that ends its worker become error records; every other record is analysed, in order', async () => {
    const input = join(dir, 'hostile.jsonl');
    writeDump(input, 40, { 3: 'WARTA-HANG', 30: 'WARTA-EXIT' });
    // A time limit far above what an ordinary record takes on a busy machine (a few ms), far below forever.
    const { result, out } = await run({ inputs: [input], workers: 2, chunkSize: 8, recordTimeoutMs: 3000 });
    expect(out.map((s) => s.id)).toEqual(Array.from({ length: 40 }, (_, i) => `a${i}`));
    const failed = out.filter((s) => s.status !== 'ok').map((s) => [s.id, s.error?.code, s.source?.line]);
    expect(failed).toEqual([
      ['a3', 'time-limit', 4],
      ['a30', 'internal-error', 31],
    ]);
    expect(out[3]!.error!.message).toBe('line 4: analysis took longer than 3 s (option recordTimeoutMs) and was stopped');
    expect(out[30]!.error!.message).toMatch(/^line 31: the worker thread analysing this record failed: .*exited with code: 3/);
    expect(result).toMatchObject({ records: 40, ok: 38, error: 2 });
    expect(exitCodeOf(result)).toBe(1);
  });

  it('a record that exhausts its worker\'s memory becomes a memory-limit error record; the worker is replaced', async () => {
    const input = join(dir, 'hog.jsonl');
    writeDump(input, 12, { 5: 'WARTA-HOG' });
    // No time limit here: only the memory limit stops the record, however busy the machine is.
    const { result, out } = await run({ inputs: [input], workers: 2, chunkSize: 4, recordTimeoutMs: 0, workerMemoryMb: 192 });
    expect(out.map((s) => [s.id, s.error?.code])).toEqual(Array.from({ length: 12 }, (_, i) => [`a${i}`, i === 5 ? 'memory-limit' : undefined]));
    expect(out[5]!.error!.message).toBe('line 6: analysis ran out of memory: its worker thread reached 192 MB (option workerMemoryMb) and was replaced');
    expect(result).toMatchObject({ ok: 11, error: 1 });
  });

  it('--resume goes on past a record that overran: it is written once, as an error record, and the run completes', async () => {
    const input = join(dir, 'resume.jsonl');
    const output = join(dir, 'resume.out.jsonl');
    writeDump(input, 24, { 2: 'WARTA-HANG', 20: 'WARTA-HANG' });
    const controller = new AbortController();
    // Interrupted once the first chunk (with the first hanging record) is written.
    const first = await runBatch({
      inputs: [input], output, pipeline, plugins, workers: 1, chunkSize: 4, recordTimeoutMs: 3000, progress: 'none', checkpointIntervalMs: 0,
      signal: controller.signal, onProgress: (done) => done >= 4 && controller.abort(),
    });
    expect(first.interrupted).toBe(true);
    const second = await runBatch({ inputs: [input], output, pipeline, plugins, workers: 1, chunkSize: 4, recordTimeoutMs: 3000, progress: 'none', resume: true });
    expect(second.interrupted).toBe(false);
    const out = readSummaries(output);
    expect(out.map((s) => s.id)).toEqual(Array.from({ length: 24 }, (_, i) => `a${i}`));
    expect(out.filter((s) => s.status === 'error').map((s) => [s.id, s.error?.code])).toEqual([
      ['a2', 'time-limit'],
      ['a20', 'time-limit'],
    ]);
  });

  it('a record over 64 KB gets a worker (and its limits) even when the input is tiny', async () => {
    const input = join(dir, 'big-one.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'big', body: `${'Harga beras naik. '.repeat(4000)} WARTA-HANG` })}\n`);
    const { result, out } = await run({ inputs: [input], recordTimeoutMs: 3000 });
    expect(result.threads).toBeGreaterThan(0);
    expect(out.map((s) => [s.id, s.error?.code])).toEqual([['big', 'time-limit']]);
  });

  it('a stage that never finishes on any article: every record is a time-limit error record, and the run ends', async () => {
    const input = join(dir, 'always.jsonl');
    writeDump(input, 3, {});
    const stdout = memoryStream();
    const always = { stages: [...defaultPipelineConfig().stages, { name: 'hostile', options: { hangAlways: true } }] };
    const result = await runBatch({ inputs: [input], workers: 1, recordTimeoutMs: 1000, pipeline: always, plugins, progress: 'none', stdout });
    expect(summaries(stdout.text()).map((s) => [s.id, s.error?.code])).toEqual([['a0', 'time-limit'], ['a1', 'time-limit'], ['a2', 'time-limit']]);
    expect(result).toMatchObject({ records: 3, error: 3 });
  });

  it('refuses limits that cannot work, naming the option', async () => {
    await expect(runBatch({ inputs: ['x'], recordTimeoutMs: -1 })).rejects.toThrow(/option recordTimeoutMs must be a number of milliseconds >= 0/);
    await expect(runBatch({ inputs: ['x'], workerMemoryMb: 16 })).rejects.toThrow(/option workerMemoryMb must be a whole number of MB >= 128/);
    await expect(runBatch({ inputs: ['x'], workerMemoryMb: 16, optionNames: { workerMemory: '--worker-memory' } })).rejects.toThrow(WartaConfigError);
    await expect(runBatch(null as never)).rejects.toThrow(/runBatch needs an options object/);
    await expect(runBatch({ inputs: 'dump.jsonl' as never })).rejects.toThrow(/option inputs must be an array/);
  });
});
