import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, type SkippedInput } from '../../src/io/walk.js';

async function expand(paths: string[]): Promise<{ files: string[]; unusable: string[]; skipped: SkippedInput[] }> {
  const skipped: SkippedInput[] = [];
  const files: string[] = [];
  const unusable: string[] = [];
  for await (const f of expandInputs(paths, undefined, undefined, (s) => skipped.push(s))) {
    if ('reason' in f) unusable.push(f.path);
    else files.push(f.path);
  }
  return { files, unusable, skipped };
}

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'warta-walk-')));
}

describe('expandInputs: links by real path (#16 row 4)', () => {
  it('a link back to the parent folder: each file once, the loop skipped with a notice', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.jsonl'), '{}\n');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'x');
    symlinkSync('../', join(dir, 'sub', 'up'));
    const { files, skipped } = await expand([dir]);
    expect(files).toEqual([join(dir, 'a.jsonl'), join(dir, 'sub', 'b.txt')]);
    expect(skipped).toEqual([{ path: join(dir, 'sub', 'up'), reason: expect.stringMatching(/already walked/) }]);
  });

  it('two links to "." end at once: one file, two notices', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.jsonl'), '{}\n');
    symlinkSync('.', join(dir, 'l1'));
    symlinkSync('.', join(dir, 'l2'));
    const { files, skipped } = await expand([dir]);
    expect(files).toEqual([join(dir, 'a.jsonl')]);
    expect(skipped.map((s) => s.path)).toEqual([join(dir, 'l1'), join(dir, 'l2')]);
  });

  it('a folder reached twice (a link to a sibling, the same folder given twice) is walked once', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'x.txt'), 'x');
    symlinkSync(join(dir, 'b'), join(dir, 'a-link'));
    const { files, skipped } = await expand([dir, join(dir, 'b')]);
    expect(files).toEqual([join(dir, 'a-link', 'x.txt')]);
    expect(skipped.map((s) => s.path)).toEqual([join(dir, 'b'), join(dir, 'b')]);
  });

  it('a link to a file is read once, whether the file comes before or after it', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'm', 'real.jsonl'), '{}\n');
    symlinkSync(join(dir, 'm', 'real.jsonl'), join(dir, 'a.jsonl')); // before m/ in sorted order
    symlinkSync(join(dir, 'm', 'real.jsonl'), join(dir, 'z.jsonl')); // after it
    const { files, skipped } = await expand([dir]);
    expect(files).toEqual([join(dir, 'a.jsonl')]);
    expect(skipped.map((s) => s.path)).toEqual([join(dir, 'm', 'real.jsonl'), join(dir, 'z.jsonl')]);
  });

  it('a dangling link and a link cycle between two links are no inputs; a cycle given as input is one unusable input', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'x');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'c2'), join(dir, 'c1'));
    symlinkSync(join(dir, 'c1'), join(dir, 'c2'));
    const { files, unusable } = await expand([dir, join(dir, 'c1')]);
    expect(files).toEqual([join(dir, 'a.txt')]);
    expect(unusable).toEqual([join(dir, 'c1')]);
  });
});
