import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { memoryStream } from '../batch/helpers.js';
import { createServer, type ServerOptions, type WartaServer } from '../../src/server/index.js';

/** A real server listening on 127.0.0.1 (a free port), with its JSON log lines kept. */
export interface TestServer {
  url: string;
  server: WartaServer;
  /** The log lines written so far, parsed. */
  logs(): Record<string, unknown>[];
  close(): Promise<boolean>;
}

/** Starts a server (one worker unless told) on 127.0.0.1, port 0, logging into memory. */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const stream = memoryStream();
  const server = await createServer({ workers: 1, log: { level: 'info', stream }, ...options });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    server,
    logs: () =>
      stream
        .text()
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    close: () => server.close(),
  };
}

/** The bundled sample article as `{ title, body }`. */
export function sampleArticle(): { title: string; body: string } {
  const raw = readFileSync(new URL('../../corpora/samples/telegram-lonjakan.txt', import.meta.url), 'utf8');
  const lines = raw.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '');
  return { title: lines[i]!, body: lines.slice(i + 1).join('\n') };
}

/** POSTs JSON (an object is serialised; a string is sent as it is) with a content type. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Writes raw bytes to the server's socket and resolves with whatever it answers before closing. */
export function rawRequest(url: string, bytes: string | Buffer, waitMs = 2000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: hostname, port: Number(port) });
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (b: Buffer) => chunks.push(b));
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
  });
}

/** The status line's code and the body of a raw HTTP answer. */
export function parseRaw(answer: string): { status: number; headers: string; body: string } {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
  const split = answer.indexOf('\r\n\r\n');
  return { status, headers: answer.slice(0, split), body: split === -1 ? '' : answer.slice(split + 4) };
}

/** Waits until `check` returns true (polling), or fails after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The value of a metric line (`name{labels} value`) in /metrics text, 0 when absent. */
export function metric(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

/** The fixture plugins, as import specifiers (file URLs). */
export const PLUGINS = {
  slow: pathToFileURL(fileURLToPath(new URL('../fixtures/plugins/slow.mjs', import.meta.url))).href,
  quoteCount: pathToFileURL(fileURLToPath(new URL('../fixtures/plugins/quote-count.mjs', import.meta.url))).href,
};
