import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import type { RecordSink } from '../../src/batch/sink.js';
import { articleBody, tempDir } from './helpers.js';

/** A destination that keeps what it is given, and checks the checkpoint on disk at each flush. */
function memorySink(checkpointFile: string) {
  let pending: string[] = [];
  const sink: RecordSink & { lines: string[]; flushed: string[]; closed: boolean; checkpointsSeen: number[] } = {
    lines: [],
    flushed: [],
    closed: false,
    checkpointsSeen: [],
    push(line) {
      this.lines.push(line);
      pending.push(line);
    },
    async flush() {
      // The checkpoint on disk now was written after the previous flush: it may count no more
      // records than this sink held then.
      let done = 0;
      try {
        done = (JSON.parse(readFileSync(checkpointFile, 'utf8')) as { done: number }).done;
      } catch {
        // none yet
      }
      this.checkpointsSeen.push(done - this.flushed.length);
      this.flushed.push(...pending);
      pending = [];
    },
    async close() {
      this.closed = true;
    },
  };
  return sink;
}

describe('runBatch destinations', () => {
  it('get every result line in output order, are flushed before each checkpoint, and closed at the end', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    const n = 50;
    writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, title: `Berita ${i}`, body: articleBody(i) })).join('\n') + '\n{"broken\n');
    const output = join(dir, 'out.jsonl');
    const sink = memorySink(`${output}.checkpoint.json`);
    const result = await runBatch({ inputs: [input], output, workers: 2, chunkSize: 4, progress: 'none', destinations: [sink] });
    expect(result).toMatchObject({ records: n + 1, error: 1 });
    const written = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(sink.lines).toEqual(written);
    expect(sink.flushed).toEqual(written);
    expect(sink.closed).toBe(true);
    // No checkpoint ever counted a line the sink had not been flushed with; the last counts them all.
    expect(sink.checkpointsSeen.length).toBeGreaterThan(1);
    expect(sink.checkpointsSeen.filter((ahead) => ahead > 0)).toEqual([]);
    expect((JSON.parse(readFileSync(`${output}.checkpoint.json`, 'utf8')) as { done: number }).done).toBe(sink.flushed.length);
  });
});
