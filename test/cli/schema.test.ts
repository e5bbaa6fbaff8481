import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

describe('warta schema', () => {
  it('prints the JSON Schema of the summary, naming the stable fields', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe('object');
    for (const field of ['id', 'status', 'title', 'author', 'language', 'text', 'entities', 'quotes', 'keywords', 'summary', 'messages']) {
      expect(schema.required, field).toContain(field);
    }
    // Every key of a real summary is described by the schema.
    const summary = analyze({ title: 'Judul', body: 'Harga beras naik 10 persen, kata Budi Santoso.' });
    for (const key of Object.keys(summary)) expect(Object.keys(schema.properties), key).toContain(key);
  });

  it('answers --help at the top level, listing every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['analyze', 'stem', 'numbers', 'schema']) expect(r.stdout).toContain(command);
  });

  it('rejects an unknown command on stderr with a non-zero exit', async () => {
    const r = await runCli(['analyse-typo']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown command/i);
  });
});
