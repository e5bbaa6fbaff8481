import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { analyze } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/index.js';
import { knownSummaries } from '../store/fixture.js';
import { sampleArticle } from '../server/helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags the browser runs with: headless, no sandbox (root in CI), nothing fetched from the network. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the tests write their screenshots: git-ignored, unless WARTA_SCREENSHOT_DIR says otherwise (`docs` for the README's). */
export const SCREENSHOTS = process.env.WARTA_SCREENSHOT_DIR ?? join(root, '.test-output', 'screenshots');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    t = Math.max(t, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return t;
}

/**
 * Makes sure dist/web is the build of src/web as it is now: `npm ci` and `npm run build` build it;
 * after an edit of src/web (or of the schemas and client it bundles) it is built again here, so the
 * browser never tests a stale app.
 */
export function ensureWebBuilt(): void {
  const index = join(root, 'dist/web/index.html');
  const sources = Math.max(newest(join(root, 'src/web')), newest(join(root, 'src/schema')), newest(join(root, 'src/client')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const run = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.mjs'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building the web app failed: ${run.stderr}${run.stdout}`);
}

/** Launches Debian's Chromium through playwright-core; a clear error when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * A small fact store in a fresh DuckDB file: the known store of the store's tests (four articles
 * and an error record) and warta's real analysis of the bundled sample article.
 */
export async function buildFactStore(): Promise<{ url: string; drop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-web-'));
  const url = join(dir, 'facts.duckdb');
  const store = await openStore(url);
  const writer = store.writer();
  for (const s of knownSummaries()) writer.add(s);
  writer.add(analyze({ id: 'telegram-lonjakan', ...sampleArticle(), publishedAt: '2025-10-05' }));
  await writer.close();
  await store.close();
  return { url, drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The screenshot folder, created. */
export function screenshotDir(): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}
