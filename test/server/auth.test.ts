import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WartaConfigError } from '../../src/errors.js';
import { ProblemSchema } from '../../src/schema/http.js';
import { createAuthCheck, readTokens } from '../../src/server/auth.js';
import { HttpProblem } from '../../src/server/errors.js';
import { post, startServer, type TestServer } from './helpers.js';

const TOKEN = 'rahasia-0123456789abcdef';
const OTHER = 'token-kedua-0123456789';

describe('readTokens', () => {
  it('reads one token per line of a file (skipping blanks and comments) and a comma-separated list', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'warta-tokens-')), 'tokens');
    writeFileSync(file, `# layanan A\n${TOKEN}\n\n  ${OTHER}  \r\n`);
    expect(readTokens({ file, list: ' tiga-0123456789abcdef , ' })).toEqual([TOKEN, OTHER, 'tiga-0123456789abcdef']);
    expect(readTokens({})).toEqual([]);
  });

  it('refuses a short token and an unreadable file, naming the problem', () => {
    expect(() => readTokens({ list: 'pendek' })).toThrow(/at least 16 characters/);
    expect(() => readTokens({ file: '/nonexistent/tokens' })).toThrow(WartaConfigError);
  });
});

describe('createAuthCheck', () => {
  const check = createAuthCheck([TOKEN, OTHER]);
  const statusOf = (authorization: string | undefined) => {
    try {
      check(authorization);
      return 200;
    } catch (err) {
      return (err as HttpProblem).status;
    }
  };

  it('accepts any of the tokens, 401 without a bearer token, 403 with a wrong one', () => {
    expect([statusOf(`Bearer ${TOKEN}`), statusOf(`bearer ${OTHER}`), statusOf(undefined), statusOf(`Basic ${TOKEN}`), statusOf('Bearer'), statusOf(`Bearer ${TOKEN}x`), statusOf(`Bearer ${TOKEN.slice(0, -1)}`)]).toEqual([
      200, 200, 401, 401, 401, 403, 403,
    ]);
  });
});

describe('a server with tokens and CORS', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startServer({ tokens: [TOKEN, OTHER], cors: ['https://redaksi.example'] });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  const analyze = (headers: Record<string, string>) => post(`${t.url}/v1/analyze`, { body: 'Harga beras naik.' }, headers);

  it('answers 401 with WWW-Authenticate without a token, 403 with a wrong one, 200 with one of its tokens', async () => {
    const none = await analyze({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="warta"');
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ProblemSchema.parse(await none.json()).code).toBe('unauthorized');
    const wrong = await analyze({ authorization: 'Bearer bukan-token-yang-benar-sama-sekali' });
    expect(wrong.status).toBe(403);
    expect(ProblemSchema.parse(await wrong.json()).code).toBe('forbidden');
    expect((await analyze({ authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await analyze({ authorization: `Bearer ${OTHER}` })).status).toBe(200);
  });

  it('checks the token before reading the body: an unauthenticated bad body is a 401, not a 400', async () => {
    expect((await post(`${t.url}/v1/analyze`, '{bad')).status).toBe(401);
    expect((await post(`${t.url}/v1/analyze/batch`, 'x', { 'content-type': 'text/csv' })).status).toBe(401);
  });

  it('protects /v1 and /metrics, not health, readiness and the docs', async () => {
    for (const path of ['/metrics', '/v1/schema', '/v1/schema/', '/%761/schema', '/v1/%73chema']) expect((await fetch(`${t.url}${path}`)).status, path).toBe(401);
    expect((await fetch(`${t.url}/v1/nope`)).status).toBe(404);
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs/']) {
      const r = await fetch(`${t.url}${path}`);
      await r.arrayBuffer();
      expect(r.status, path).toBe(200);
    }
    const doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as { security?: unknown };
    expect(doc.security).toEqual([{ bearer: [] }]);
  });

  it('allows the configured origin by CORS (a preflight needs no token), no other', async () => {
    const preflight = await fetch(`${t.url}/v1/analyze`, {
      method: 'OPTIONS',
      headers: { origin: 'https://redaksi.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://redaksi.example');
    const allowed = await analyze({ authorization: `Bearer ${TOKEN}`, origin: 'https://redaksi.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://redaksi.example');
    expect(allowed.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    const other = await analyze({ authorization: `Bearer ${TOKEN}`, origin: 'https://lain.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
