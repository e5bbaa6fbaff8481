import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

function readCheckpoint(path: string): { done: number; complete: boolean } | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { done: number; complete: boolean };
  } catch {
    return null; // not written yet
  }
}

describe('warta analyze --resume after SIGKILL (real child processes)', () => {
  it('continues a killed run with no lost and no duplicated articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-resume-'));
    const input = join(dir, 'dump.jsonl');
    const output = join(dir, 'out.jsonl');
    const errors = join(dir, 'errors.jsonl');
    const n = 3000;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      // every 100th line is broken, so the errors file is resumed too
      lines.push(i % 100 === 99 ? `{"id":"n${i}", broken` : JSON.stringify({ id: `n${i}`, title: `Berita ${i}`, body: `Isi berita singkat nomor ${i} dari Jakarta.` }));
    }
    writeFileSync(input, `${lines.join('\n')}\n`);
    const args = ['--import', 'tsx', `${projectRoot}src/cli/main.ts`, 'analyze', input, '-o', output, '--errors', errors, '--workers', '1', '--quiet'];

    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL' ? -9 : _code)));
    const cp = `${output}.checkpoint.json`;
    let killedAt = -1;
    const deadline = Date.now() + 50_000;
    while (Date.now() < deadline) {
      const state = readCheckpoint(cp);
      if (state && state.done >= 100 && !state.complete) {
        child.kill('SIGKILL');
        killedAt = state.done;
        break;
      }
      if (state?.complete) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await exited, 'the run must be killed, not finish first').toBe(-9);
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(n);
    // Simulate a torn write at the moment of the kill: half a line after the last checkpoint.
    appendFileSync(output, '{"id":"torn","status":"ok","te');

    const resumed = await runCli(['analyze', input, '-o', output, '--errors', errors, '--workers', '2', '--resume', '--quiet']);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(1); // 30 broken lines
    const ids = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { id: string }).id);
    const ok = ids(output);
    const bad = ids(errors);
    expect(bad).toHaveLength(30);
    expect(ok).toHaveLength(n - 30);
    // Exactly once, and in input order across the kill.
    const expected = Array.from({ length: n }, (_, i) => `n${i}`);
    expect(ok).toEqual(expected.filter((_, i) => i % 100 !== 99));
    // A broken line has no readable id: it is named by file and line.
    expect(bad).toEqual(expected.flatMap((_, i) => (i % 100 === 99 ? [`dump:${i + 1}`] : [])));
    expect(readCheckpoint(cp)).toMatchObject({ done: n, complete: true });
    expect(existsSync(`${cp}.tmp`)).toBe(false);
  });
});
