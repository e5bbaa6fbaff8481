// After `tsc`: makes the CLI entry executable (npm links it as the `warta` bin), bundles the CLI
// program into dist/cli/warta.cjs and records V8's code cache for it (see src/cli/main.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const bin = `${dist}cli/main.js`;
const bundle = `${dist}cli/warta.cjs`;
const cache = `${bundle}.cache`;
if (existsSync(bin)) chmodSync(bin, 0o755);

// A cache must never outlive the bundle it was made for.
rmSync(cache, { force: true });

/**
 * In the bundle every dist module keeps its own `import.meta.url` (its corpora/, models/ and worker
 * files sit next to it, and createRequire resolves packages from there): a path relative to the
 * bundle's folder, which is dist/cli in the source tree and in an installed package alike.
 */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const rel = relative(dirname(bundle), args.path).split('\\').join('/');
      const text = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', `__wartaModuleUrl(${JSON.stringify(rel)})`);
      return { contents: text, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await build({
  entryPoints: [`${dist}cli/program.js`],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: 'const __wartaModuleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;' },
  // Left to Node: packages imported with import() (loaded only for some inputs), piscina, which
  // starts its worker script from its own folder, the fact store's database clients (DuckDB's is a
  // native addon), and the HTTP service's packages (`warta serve` only; the docs page serves the
  // files next to its package).
  external: ['warcio', '@zxcvbn-ts/language-id', 'piscina', '@duckdb/node-api', '@duckdb/node-bindings', 'pg', 'pg-copy-streams', 'pg-boss', 'fastify', 'fastify-type-provider-zod', '@fastify/swagger', '@fastify/swagger-ui', '@fastify/cors', 'prom-client'],
  // import() of those becomes require() of their CommonJS builds: code compiled from a V8 code cache
  // cannot import() (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and vm's default-loader option for it
  // is experimental and warns on stderr.
  supported: { 'dynamic-import': false },
  plugins: [ownUrls],
  // A package whose import.meta would be empty in CommonJS must stop the build, not misbehave.
  logOverride: { 'empty-import-meta': 'error' },
  logLevel: 'warning',
});

// One run on the sample article compiles what an analysis needs; its code becomes the cache. Exit 1
// (a partial summary) still ran every stage; anything else means the bundled CLI is broken.
const run = spawnSync(process.execPath, [bin, 'analyze', '--quiet', `${root}corpora/samples/telegram-lonjakan.txt`], {
  env: { ...process.env, WARTA_WRITE_CODE_CACHE: cache },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status === null || run.status > 1 || !existsSync(cache)) {
  throw new Error(`postbuild: the bundled CLI failed on the sample article (exit ${run.status ?? run.signal})`);
}
