import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WartaConfigError } from '../../src/errors.js';
import { ProblemSchema } from '../../src/schema/http.js';
import { SummarySchema } from '../../src/schema/summary.js';
import { createServer } from '../../src/server/index.js';
import { resolveServerOptions } from '../../src/server/options.js';
import { PLUGINS, post, startServer, until, type TestServer } from './helpers.js';

// One worker whose pipeline takes 2 s to build (so a replaced worker is not back for 2 s), a time
// limit of 0.8 s, one place in the queue. An article saying "TIDUR 8000" keeps its worker 8 s.
const BUILD_MS = 2000;
let t: TestServer;

beforeAll(async () => {
  t = await startServer({
    workers: 1,
    timeoutMs: 800,
    maxQueue: 1,
    plugins: [PLUGINS.slow],
    pipeline: { stages: [{ name: 'clean' }, { name: 'slow', options: { buildMs: BUILD_MS } }] },
  });
}, 60_000);

afterAll(async () => {
  await t?.close();
}, 60_000);

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return ProblemSchema.parse(await response.json());
}

const ready = async () => (await fetch(`${t.url}/readyz`)).status === 200;

describe('the pool under load', () => {
  it('answers 429 when the queue is full, 504 past the time limit, 503 when the time ran out waiting', async () => {
    const pool = t.server.pool;
    const slow = post(`${t.url}/v1/analyze`, { id: 'lambat', body: 'TIDUR 8000' });
    await until(() => pool.stats().running === 1, 10_000, 'the slow article to run');
    const waiting = post(`${t.url}/v1/analyze`, { id: 'menunggu', body: 'Harga beras naik.' });
    await until(() => pool.stats().queued === 1, 10_000, 'the second article to wait');

    const full = await post(`${t.url}/v1/analyze`, { body: 'Harga beras naik.' });
    expect(full.status).toBe(429);
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await problemOf(full)).code).toBe('queue-full');

    const timedOut = await slow;
    expect(timedOut.status).toBe(504);
    expect((await problemOf(timedOut)).code).toBe('time-limit');

    // The slow article's worker was stopped; its replacement builds for 2 s, so the waiting article
    // runs out of time while still waiting.
    const overloaded = await waiting;
    expect(overloaded.status).toBe(503);
    expect(Number(overloaded.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await problemOf(overloaded)).code).toBe('overloaded');

    const notReady = await fetch(`${t.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect((await problemOf(notReady)).code).toBe('not-ready');
    await until(ready, 30_000, 'the replacement worker');

    const after = await post(`${t.url}/v1/analyze`, { id: 'lagi', body: 'Harga beras naik.' });
    expect(after.status).toBe(200);
    expect(SummarySchema.parse(await after.json()).status).toBe('ok');
  });

  it('turns every record of a batch chunk past the time limit into an error record, dropping none', async () => {
    await until(ready, 30_000, 'a ready worker');
    const response = await post(`${t.url}/v1/analyze/batch`, [{ id: 'a', body: 'Harga beras naik.' }, { id: 'b', body: 'TIDUR 8000' }]);
    expect(response.status).toBe(200);
    const out = (await response.text()).trimEnd().split('\n').map((l) => SummarySchema.parse(JSON.parse(l)));
    expect(out.map((s) => [s.id, s.status, s.error?.code])).toEqual([
      ['a', 'error', 'time-limit'],
      ['b', 'error', 'time-limit'],
    ]);
    await until(ready, 30_000, 'the replacement worker');
  });
});

describe('starting', () => {
  it('refuses a config the workers cannot build, naming the problem', async () => {
    await expect(createServer({ workers: 1, log: false, pipeline: { stages: [{ name: 'clean' }, { name: 'nosuchstage' }] } })).rejects.toThrow(
      /unknown stage "nosuchstage"/,
    );
    await expect(createServer({ workers: 1, log: false, plugins: ['file:///nonexistent/plugin.mjs'] })).rejects.toThrow(WartaConfigError);
  });

  it('checks its options', () => {
    expect(() => resolveServerOptions({ workers: 0 })).toThrow(/workers must be a whole number/);
    expect(() => resolveServerOptions({ timeoutMs: 1.5 })).toThrow(/timeoutMs/);
    // The fact store (--db): a URL or an open store; anything else is an error, not ignored.
    expect(() => resolveServerOptions({ store: {} as never })).toThrow(/store must be a URL/);
    expect(() => resolveServerOptions({ store: ' ' })).toThrow(/store must name a DuckDB file/);
    expect(resolveServerOptions({}).tokens).toEqual([]);
  });
});

describe('a task handed to a thread before the thread is free', () => {
  // One worker, handed its next task while it runs one; a time limit long enough that only the
  // article saying "TIDUR 60000" reaches it.
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ workers: 1, timeoutMs: 8000, maxQueue: 4, plugins: [PLUGINS.slow], pipeline: { stages: [{ name: 'clean' }, { name: 'slow' }] } });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  }, 60_000);

  it('is dropped when its client goes away before the thread starts it, and the running one is not disturbed', async () => {
    const pool = s.server.pool;
    const slow = post(`${s.url}/v1/analyze`, { id: 'lambat', body: 'TIDUR 60000' });
    await until(() => pool.stats().running === 1, 10_000, 'the slow article to run');
    const gone = new AbortController();
    const next = fetch(`${s.url}/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'pergi', body: 'Harga beras naik.' }), signal: gone.signal });
    const nextFailed = next.then(() => false, () => true);
    await until(() => pool.stats().queued === 1, 10_000, 'the next article to wait');
    gone.abort();
    expect(await nextFailed).toBe(true);
    // Cancelled while waiting on the thread: no longer counted as waiting, while the slow one still runs.
    await until(() => pool.stats().queued === 0, 5000, 'the waiting article to be dropped');
    expect(pool.stats().running).toBe(1);
    expect((await slow).status).toBe(504);
    await until(ready2, 30_000, 'the replacement worker');
    const after = await post(`${s.url}/v1/analyze`, { id: 'lagi', body: 'Harga beras naik.' });
    expect(after.status).toBe(200);
    expect(SummarySchema.parse(await after.json()).id).toBe('lagi');
  }, 60_000);

  it('is started by the thread as soon as it finishes the one before, without waiting for the event loop', async () => {
    await until(ready2, 30_000, 'a ready worker');
    const pool = s.server.pool;
    const first = post(`${s.url}/v1/analyze`, { id: 'pertama', body: 'TIDUR 300' });
    await until(() => pool.stats().running === 1, 10_000, 'the first article to run');
    const second = post(`${s.url}/v1/analyze`, { id: 'kedua', body: 'Harga beras naik.' });
    await until(() => pool.stats().queued === 1, 10_000, 'the second article to wait');
    // The event loop (this thread's: the server runs in it) is blocked far longer than the first
    // article takes. A thread handed the second article already starts it meanwhile (its cell then
    // says started); one that waits for the event loop to hand it over does not.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
    expect(pool.stats()).toMatchObject({ queued: 0, running: 2 });
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    // The threads' time on tasks, measured by the threads: the 0.3 s article at least, never more than all of it.
    const { utilization } = pool.stats();
    expect(utilization).toBeGreaterThan(0);
    expect(utilization).toBeLessThanOrEqual(1);
  }, 60_000);

  const ready2 = async () => (await fetch(`${s.url}/readyz`)).status === 200;
});
