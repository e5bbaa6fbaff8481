import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../src/schema/http.js';
import { SummarySchema } from '../../src/schema/summary.js';
import { PLUGINS, parseRaw, post, startServer, until } from './helpers.js';

/** A raw connection: writes requests on one socket and collects everything the server answers. */
function connection(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  let received = '';
  let closed = false;
  socket.on('data', (b: Buffer) => (received += b.toString('latin1')));
  socket.on('error', () => {});
  socket.on('close', () => (closed = true));
  return { write: (text: string) => socket.write(text), received: () => received, closed: () => closed };
}

describe('shutting down', () => {
  it('answers the requests in flight, refuses new ones with a 503 problem, then stops the workers', async () => {
    const t = await startServer({ workers: 1, plugins: [PLUGINS.slow], pipeline: { stages: [{ name: 'clean' }, { name: 'slow' }] } });
    const body = JSON.stringify({ id: 'lambat-0', body: 'TIDUR 500' });
    const conn = connection(t.url);
    conn.write(`POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    const inFlight = [1, 2].map((i) => post(`${t.url}/v1/analyze`, { id: `lambat-${i}`, body: 'TIDUR 500' }));
    await until(() => t.server.pool.stats().running + t.server.pool.stats().queued === 3, 10_000, 'three requests in flight');
    const closing = t.close();

    // A request that reaches the app while it drains is refused with a problem (in production: one
    // pipelined on a connection that was busy when the shutdown began).
    const refused = await t.server.app.inject({ method: 'GET', url: '/healthz' });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers.connection).toBe('close');
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ProblemSchema.parse(refused.json()).code).toBe('shutting-down');

    // The request in flight on the raw connection is answered, and the connection then closed, so
    // that the shutdown does not wait for it to go idle; a request written behind it is not taken.
    conn.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => conn.closed(), 20_000, 'the raw connection to be closed');
    const answers = conn.received().split(/(?=HTTP\/1\.1 )/).map(parseRaw);
    expect(answers.map((a) => a.status)).toEqual([200]);
    expect(answers[0]!.headers).toMatch(/connection: close/i);
    expect(SummarySchema.parse(JSON.parse(answers[0]!.body)).id).toBe('lambat-0');

    for (const [i, response] of (await Promise.all(inFlight)).entries()) {
      expect(response.status).toBe(200);
      expect(SummarySchema.parse(await response.json()).id).toBe(`lambat-${i + 1}`);
    }
    expect(await closing).toBe(true);
    expect(t.server.pool.ready).toBe(false);
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
  });
});
