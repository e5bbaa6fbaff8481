import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { WartaApp } from './route-context.js';
import { HttpProblem } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page may load and call nothing but this server: no CDN, no other origin. Inline styles are
 * allowed because the chart (uPlot) positions its parts with style attributes.
 */
const CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

interface WebFile {
  body: Buffer;
  type: string;
  /** Vite names the files under assets/ by their content's hash: they never change. */
  immutable: boolean;
}

/** Every file of the built app, read once at start-up (a few hundred KB), by URL path. */
function readApp(root: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        files.set(url, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') });
      }
    }
  };
  walk(root);
  return files;
}

/**
 * `GET /` and its files: the web app (article viewer and fact explorer), built into the package.
 * Views live in the URL's fragment (`/#/entity?name=…`), so `/` is the one page. A root without a
 * built app answers 404 `web-app-missing`, saying how to build it.
 */
export function registerWebRoutes(app: WartaApp, root: string | false): void {
  if (root === false) return;
  const files = existsSync(join(root, 'index.html')) ? readApp(root) : undefined;
  const send = (path: string) => {
    if (!files) throw new HttpProblem(404, 'web-app-missing', `the web app is not built (no ${join(root, 'index.html')}): run \`npm run build\``);
    const file = files.get(path);
    if (!file) throw new HttpProblem(404, 'not-found', `no file ${path} in the web app`);
    return file;
  };
  const headers = (file: WebFile) => ({
    'content-type': file.type,
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  app.get('/', {
    schema: { hide: true },
    handler: async (_request, reply) => {
      const file = send('/index.html');
      return reply.headers(headers(file)).send(file.body);
    },
  });
  app.get('/assets/*', {
    schema: { hide: true },
    handler: async (request, reply) => {
      const file = send(`/assets/${(request.params as { '*': string })['*']}`);
      return reply.headers(headers(file)).send(file.body);
    },
  });
  for (const path of files?.keys() ?? []) {
    if (path === '/index.html' || path.startsWith('/assets/')) continue;
    // Files Vite copies from public/ (the icon): each its own route.
    app.get(path, {
      schema: { hide: true },
      handler: async (_request, reply) => {
        const file = send(path);
        return reply.headers(headers(file)).send(file.body);
      },
    });
  }
}
