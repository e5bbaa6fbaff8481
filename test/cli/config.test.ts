import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipelineConfig } from '../../src/pipeline/config.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Summary } from '../../src/schema/summary.js';
import { runCli } from '../helpers/cli.js';
import { checkSummary } from '../helpers/invariants.js';

const dir = mkdtempSync(join(tmpdir(), 'warta-config-'));
const PLUGIN = 'test/fixtures/plugins/quote-count.mjs';

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

/** 40 articles with quotes: more than two chunks, so that two workers both get some. */
function dump(): string {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(
      JSON.stringify({
        id: `a${i}`,
        title: `Harga Beras Naik ${i + 2} Persen di Pasar Induk`,
        body: `JAKARTA - Harga beras di Pasar Induk Cipinang naik ${i + 2} persen pekan ini. Kepala Badan Pusat Statistik Amalia Widyasanti mengatakan kenaikan itu wajar.\n\n“Pasokan dari daerah berkurang karena hujan,” kata Amalia di Jakarta, Senin.\n\nPedagang beras di pasar itu juga mengeluhkan sepinya pembeli sejak awal bulan.`,
      }),
    );
  }
  const path = join(dir, 'dump.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function summaries(stdout: string): Summary[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => checkSummary(JSON.parse(l)));
}

describe('warta config', () => {
  it('prints the default config with every stage and option, which builds the default pipeline', async () => {
    const r = await runCli(['config']);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout) as ReturnType<typeof defaultPipelineConfig>;
    expect(config).toEqual(JSON.parse(JSON.stringify(defaultPipelineConfig())));
    expect(createPipeline(config).hash).toBe(createPipeline().hash);
  });

  it('checks a config file and writes it out, or names what is wrong (exit 2)', async () => {
    const ok = await runCli(['config', writeJson('few.json', { stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'keywords', options: { limit: 2 } }] })]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).stages[2]).toEqual({ name: 'keywords', options: { limit: 2 } });

    const typo = await runCli(['config', writeJson('typo.json', { stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'keywords', options: { limt: 2 } }] })]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toMatch(/stages\[2\] \("keywords"\): options: Unrecognized key.*"limt"/);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"stages": [');
    const bad = await runCli(['config', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`the config ${broken} is not valid JSON`);
  });

  it('lists the stages with what they read and write, and prints the config schema', async () => {
    const list = await runCli(['config', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/\| tagger \| text, tokens \| candidates \|/);
    const schema = await runCli(['config', '--schema']);
    expect(JSON.parse(schema.stdout).properties.stages.type).toBe('array');
  });
});

describe('warta analyze --config', () => {
  it('builds every worker from the config: an option that changes the output reaches a run with 2 workers', async () => {
    const input = dump();
    const stages = defaultPipelineConfig().stages.map((s) =>
      s.name === 'keywords' ? { ...s, options: { limit: 2 } } : s.name === 'extract' ? { ...s, options: { sentences: 1 } } : s,
    );
    const configPath = writeJson('pipeline.json', { stages });
    const hash = createPipeline({ stages }).hash;

    const configured = await runCli(['analyze', input, '-w', '2', '--chunk-size', '4', '--config', configPath, '-q']);
    expect(configured.stderr).toBe('');
    expect(configured.code).toBe(0);
    const out = summaries(configured.stdout);
    expect(out.map((s) => s.id)).toEqual(Array.from({ length: 40 }, (_, i) => `a${i}`));
    for (const s of out) {
      expect(s.keywords).toHaveLength(2);
      expect(s.summary).toHaveLength(1);
      expect(s.warta.config).toBe(hash);
    }

    const plain = summaries((await runCli(['analyze', input, '-w', '2', '--chunk-size', '4', '-q'])).stdout);
    for (const s of plain) {
      expect(s.keywords.length).toBeGreaterThan(2);
      expect(s.warta.config).toBe(createPipeline().hash);
    }
  });

  it('refuses a config that cannot be built before reading any input, with exit code 2', async () => {
    const misordered = writeJson('misordered.json', { stages: [{ name: 'segment' }, { name: 'clean' }] });
    const r = await runCli(['analyze', dump(), '-w', '2', '--config', misordered]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('stage "segment" requires "text", which stage "clean" provides only after it');
    const missing = await runCli(['analyze', dump(), '--config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the config');
  });

  it('loads a plugin in every worker: its stage runs and its ext field is in every summary and in the schema', async () => {
    const configPath = writeJson('with-plugin.json', { stages: [...defaultPipelineConfig().stages, { name: 'quotecount', options: { min: 1 } }] });
    const r = await runCli(['analyze', dump(), '-w', '2', '--chunk-size', '4', '--config', configPath, '--plugin', PLUGIN, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = summaries(r.stdout);
    expect(out).toHaveLength(40);
    for (const s of out) expect(s.ext).toEqual({ quotecount: { named: 1, atLeastMin: true } });

    const schema = await runCli(['schema', '--config', configPath, '--plugin', PLUGIN]);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).properties.ext.properties.quotecount.required).toEqual(['named', 'atLeastMin']);

    const without = await runCli(['analyze', dump(), '--config', configPath]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('unknown stage "quotecount"');
  });
});

it('leaves the config file as it was', () => {
  const path = writeJson('kept.json', { stages: [{ name: 'clean' }] });
  const before = readFileSync(path, 'utf8');
  expect(readFileSync(path, 'utf8')).toBe(before);
});
