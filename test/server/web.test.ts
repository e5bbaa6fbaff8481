import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../src/schema/http.js';
import { startServer, type TestServer } from './helpers.js';

/** A built app of three files, as Vite lays it out. */
function fakeApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-web-root-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>warta</title><script type="module" src="./assets/index-abc123.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("warta")');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the web app route', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ webRoot: fakeApp(), tokens: ['rahasia-0123456789abcdef'] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('serves the page, its hashed assets (immutable) and its other files, with a policy that allows only this server, without a token', async () => {
    const page = await fetch(`${s.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>warta</title>');
    const js = await fetch(`${s.url}/assets/index-abc123.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log("warta")');
    expect((await fetch(`${s.url}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers a file it does not have, or a path outside the app, with a 404 problem', async () => {
    for (const path of ['/assets/nope.js', '/assets/../index.html.bak', '/assets/%2e%2e/%2e%2e/package.json', '/index.html.map']) {
      const response = await fetch(`${s.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(ProblemSchema.parse(await response.json()).status).toBe(404);
    }
  });

  it('still protects the API with the token', async () => {
    expect((await fetch(`${s.url}/v1/facts/info`)).status).toBe(401);
  });
});

describe('a server whose web app is not built', () => {
  it('says so at /, naming the command that builds it', async () => {
    const s = await startServer({ webRoot: mkdtempSync(join(tmpdir(), 'warta-web-empty-')) });
    try {
      const response = await fetch(`${s.url}/`);
      expect(response.status).toBe(404);
      expect(ProblemSchema.parse(await response.json())).toMatchObject({ code: 'web-app-missing', detail: expect.stringContaining('npm run build') });
    } finally {
      await s.close();
    }
  });
});
