import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
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

describe('runBatch destinations that take results', () => {
  it('get each summary\'s sentence bounds as the Doc has them, inline and from worker threads', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    const articles = Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, title: `Berita ${i}`, body: articleBody(i) }));
    writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n{"broken\n`);
    const pipeline = createPipeline();
    const expected = articles.map((a) => pipeline.run(a).sentences.flatMap((s) => [s.start, s.end]));
    for (const workers of [0, 2]) {
      const got: { line: string; sentences?: readonly number[] }[] = [];
      const sink: RecordSink = {
        push: () => {
          throw new Error('push is not used when pushResult is there');
        },
        pushResult: (r) => void got.push(r),
        flush: async () => {},
        close: async () => {},
      };
      await runBatch({ inputs: [input], output: join(dir, `out-${workers}.jsonl`), workers, chunkSize: 2, progress: 'none', destinations: [sink] });
      expect(got.slice(0, articles.length).map((r) => r.sentences)).toEqual(expected);
      expect(expected[0]!.length).toBeGreaterThan(2);
      // An error record has no text, and no sentences.
      expect(got[articles.length]!.sentences).toBeUndefined();
    }
  });
});
