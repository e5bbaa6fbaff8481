import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { NumberItemSchema } from '../../src/schema/number.js';

describe('warta numbers', () => {
  it('prints one JSON array for a text argument', async () => {
    const r = await runCli(['numbers', 'Anggaran Rp 99 Triliun untuk 70 juta pengguna']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const items = NumberItemSchema.array().parse(JSON.parse(lines[0] ?? ''));
    expect(items.map((x) => [x.kind, x.value, x.currency ?? x.unit])).toEqual([
      ['money', 99000000000000, 'IDR'],
      ['quantity', 70000000, 'pengguna'],
    ]);
  });

  it('reads stdin one text per line, one array out per line in, [] for an empty line', async () => {
    const r = await runCli(['numbers', '--published-at', '2025-10-23'], { input: 'Rp 5 juta\n\nkemarin\r\n12 orang' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { value?: number; date?: string }[]);
    expect(lines).toHaveLength(4);
    expect(lines[0]?.[0]?.value).toBe(5000000);
    expect(lines[1]).toEqual([]);
    expect(lines[2]?.[0]?.date).toBe('2025-10-22');
    expect(lines[3]?.[0]?.value).toBe(12);
  });

  it('takes --language ms for Malay conventions', async () => {
    const r = await runCli(['numbers', '--language', 'ms', 'RM2.5 bilion']);
    expect(JSON.parse(r.stdout)).toMatchObject([{ kind: 'money', value: 2500000000, currency: 'MYR' }]);
  });

  it('rejects a bad --published-at with a clear message', async () => {
    const r = await runCli(['numbers', '--published-at', 'yesterday', 'kemarin']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--published-at');
    expect(r.stderr).toContain('"yesterday"');
  });

  it('takes --published-at in the forms of an article publishedAt', async () => {
    const r = await runCli(['numbers', '--published-at', 'Kamis, 23 Okt 2025 09:00 WIB', 'kemarin']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ kind: 'date', date: '2025-10-22' }]);
  });

  it('has --help with an example', async () => {
    const r = await runCli(['numbers', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: warta numbers');
    expect(r.stdout).toContain('warta numbers "');
    expect(r.stdout).toContain('stdin');
  });
});
