import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('worker threads under a node started with V8 options', () => {
  it('analyses with 2 workers when node runs with --max-old-space-size', { timeout: 180_000 }, async () => {
    const lines = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `v${i}`, body: `Harga beras naik ${i + 1} persen di Jakarta, kata Budi Santoso.` }));
    const child = spawn(process.execPath, ['--max-old-space-size=2048', '--stack-size=2000', '--import', 'tsx', `${root}src/cli/main.ts`, 'analyze', '-', '-w', '2', '-q'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.stdin.end(`${lines.join('\n')}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, err).toBe(0);
    const summaries = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string });
    expect(summaries.map((s) => s.id)).toEqual(lines.map((_, i) => `v${i}`));
    expect(summaries.every((s) => s.status === 'ok')).toBe(true);
  });
});
