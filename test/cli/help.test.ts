import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAPPABLE_FIELDS } from '../../src/io/field-map.js';
import { projectRoot, runCli } from '../helpers/cli.js';

const COMMANDS = [[], ['analyze'], ['numbers'], ['stem'], ['schema'], ['config']];
// Paths in the project an example may name; other names in examples (dump.jsonl, crawl/) are the user's.
const PROJECT_PATH = /(?:^|[\s=])((?:corpora|models|test|scripts|src|dist)\/[\w./-]+)/g;
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('help texts and README are true (#16 row 11)', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(top level)', c]))('warta %s --help has examples, and every project path it names exists', async (_name, command) => {
    const r = await runCli([...command, '--help']);
    expect(r.code).toBe(0);
    const examples = r.stdout.slice(r.stdout.indexOf('Examples:'));
    expect(r.stdout).toContain('Examples:');
    expect(examples.split('\n').filter((l) => /^\s+\$? ?(warta|cat|printf)\b/.test(l)).length).toBeGreaterThan(0);
    for (const m of r.stdout.matchAll(PROJECT_PATH)) expect(existsSync(join(projectRoot, m[1]!)), m[1]).toBe(true);
  });

  it('warta analyze --help and the README list every article field a JSONL line may carry', async () => {
    const r = await runCli(['analyze', '--help']);
    const jsonl = r.stdout.slice(r.stdout.indexOf('FILE.jsonl'), r.stdout.indexOf('FILE.csv'));
    const readmeJsonl = readme.slice(readme.indexOf('`FILE.jsonl`'), readme.indexOf('`FILE.csv`'));
    for (const field of MAPPABLE_FIELDS) {
      expect(jsonl, field).toContain(`"${field}"`);
      expect(readmeJsonl, field).toContain(`"${field}"`);
    }
  });

  it('the README prints exactly what `warta numbers` prints', async () => {
    const block = /```sh\n\$ warta numbers "([^"]+)"\n([\s\S]*?)```/.exec(readme);
    expect(block, 'a `$ warta numbers "…"` example in the README').not.toBeNull();
    const r = await runCli(['numbers', block![1]!]);
    expect(r.code).toBe(0);
    expect(block![2]).toBe(r.stdout);
  });

  it('every example path in the README that names a project file exists', () => {
    for (const m of readme.matchAll(/(?:npx )?warta [a-z]+ ((?:corpora|models|test)\/[\w./-]+)/g)) expect(existsSync(join(projectRoot, m[1]!)), m[1]).toBe(true);
  });
});
