import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/pipeline/config.js';
import { configHash } from '../../src/pipeline/config.js';
import { loadPlugins } from '../../src/pipeline/plugins.js';
import { ProblemSchema } from '../../src/schema/http.js';
import { SummarySchema } from '../../src/schema/summary.js';
import { projectRoot, runCli } from '../helpers/cli.js';
import { metric, PLUGINS, until } from '../server/helpers.js';
import { openStore } from '../../src/store/index.js';
import { knownSummaries } from '../store/fixture.js';

const TOKEN = 'rahasia-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'warta-serve-'));
const CONFIG = { stages: [{ name: 'clean' }, { name: 'slow' }] };
const configPath = join(dir, 'pipeline.json');
writeFileSync(configPath, JSON.stringify(CONFIG));

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `warta serve` from source with settings from the environment only; resolves once it listens. */
function serve(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; stderr: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${projectRoot}src/cli/main.ts`, 'serve'], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(err);
      if (m) resolve({ child, url: m[1]!, stderr: () => err, exit });
    });
    void exit.then((code) => reject(new Error(`warta serve exited with ${code}: ${err}${out}`)));
  });
}

describe('warta serve', () => {
  it('takes its settings from the environment, logs JSON with request ids to stderr, and on SIGTERM answers every request in flight, then exits 0', async () => {
    const s = await serve({ WARTA_PORT: '0', WARTA_WORKERS: '1', WARTA_TOKENS: TOKEN, WARTA_CONFIG: configPath, WARTA_PLUGINS: PLUGINS.slow, WARTA_TIMEOUT_MS: '30000' });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const json = { ...auth, 'content-type': 'application/json' };

    // The environment's settings: one worker, this config (with the plugin's stage), tokens.
    const ready = (await (await fetch(`${s.url}/readyz`)).json()) as { workers: number; config: string };
    const { config } = resolveConfig(CONFIG, await loadPlugins([PLUGINS.slow]));
    expect(ready).toEqual({ status: 'ready', workers: 1, config: configHash(config) });
    expect((await fetch(`${s.url}/v1/schema`)).status).toBe(401);

    // Requests in flight: three slow articles and a batch of two, one worker.
    const slow = [1, 2, 3].map((i) => fetch(`${s.url}/v1/analyze`, { method: 'POST', headers: json, body: JSON.stringify({ id: `lambat-${i}`, body: 'TIDUR 700' }) }));
    const batch = fetch(`${s.url}/v1/analyze/batch`, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-ndjson' }, body: '{"id":"b1","body":"TIDUR 300"}\n{"id":"b2","body":"TIDUR 300"}\n' });
    await until(async () => {
      const m = await (await fetch(`${s.url}/metrics`, { headers: auth })).text();
      return metric(m, 'warta_pool_running') + metric(m, 'warta_pool_queue_length') === 4;
    }, 20_000, 'four tasks in flight');

    s.child.kill('SIGTERM');
    // A request after the signal is refused: a 503 problem while draining, or no connection at all.
    await until(() => s.stderr().includes('shutting down'), 10_000, 'the shutdown to start');
    const late = await fetch(`${s.url}/v1/analyze`, { method: 'POST', headers: json, body: '{"body":"x"}' }).catch(() => null);
    if (late) {
      expect(late.status).toBe(503);
      expect(ProblemSchema.parse(await late.json()).code).toBe('shutting-down');
    }

    for (const [i, response] of (await Promise.all(slow)).entries()) {
      expect(response.status).toBe(200);
      expect(SummarySchema.parse(await response.json()).id).toBe(`lambat-${i + 1}`);
    }
    const lines = (await (await batch).text()).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['b1', 'b2']);
    expect(await s.exit).toBe(0);

    const logs = s
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = logs.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(6);
    for (const l of requests) expect(typeof l.reqId).toBe('string');
    expect(logs.at(-1)).toMatchObject({ msg: 'stopped', answered: true });
  });

  it('refuses a config it cannot build or read with exit code 2, naming the problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ stages: [{ name: 'clean' }, { name: 'nosuchstage' }] }));
    const r = await runCli(['serve', '--port', '0', '--workers', '1', '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown stage "nosuchstage"');
    const missing = await runCli(['serve', '--port', '0', '--config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the config');
    const token = await runCli(['serve', '--port', '0'], { env: { WARTA_TOKENS: 'pendek' } });
    expect(token.code).toBe(2);
    expect(token.stderr).toContain('at least 16 characters');
  });

  it('answers /v1/facts/* from the store --db names (WARTA_DB), opened read-only, and refuses a store that is not there', async () => {
    const db = join(dir, 'facts.duckdb');
    const store = await openStore(db);
    const writer = store.writer();
    for (const summary of knownSummaries()) writer.add(summary);
    await writer.close();
    await store.close();
    const s = await serve({ WARTA_PORT: '0', WARTA_WORKERS: '1', WARTA_DB: db });
    const found = (await (await fetch(`${s.url}/v1/facts/search?q=kpk`)).json()) as { items: { name: string }[] };
    expect(found.items.map((m) => m.name)).toEqual(['Komisi Pemberantasan Korupsi']);
    expect(s.stderr()).toContain(`"store":"${db}"`);
    // Read-only: another process reads the same DuckDB file while the service has it open (a writer would hold it locked).
    const info = await runCli(['facts', 'info', '--db', db, '--format', 'jsonl']);
    expect(info.code).toBe(0);
    expect((JSON.parse(info.stdout) as { articles: number }).articles).toBe(5);
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);

    const missing = await runCli(['serve', '--port', '0', '--workers', '1', '--db', join(dir, 'nope', 'facts.duckdb')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no fact store at');
  });
});
