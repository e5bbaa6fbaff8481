import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../server/helpers.js';
import { buildFactStore, ensureWebBuilt, launchChromium, screenshotDir } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../corpora/samples/telegram-lonjakan.txt', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let browser: Browser;
let server: TestServer;
let store: { url: string; drop: () => void };
let shots: string;

beforeAll(async () => {
  ensureWebBuilt();
  store = await buildFactStore();
  // Connections the browser keeps open are cut after 5 s at the end, not after the default 30.
  server = await startServer({ store: store.url, shutdownTimeoutMs: 5000 });
  browser = await launchChromium();
  shots = screenshotDir();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.drop();
}, 60_000);

async function newPage(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  // The app must load nothing but its own server: any other request fails the test.
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  page.on('close', () => expect(foreign).toEqual([]));
  return { context, page };
}

/** The value of a JavaScript expression in the page (written as text: the tests are compiled without the DOM's types). */
function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** axe-core's WCAG 2 A and AA checks on the page as it is: the violations, by rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own policy forbids inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await inPage<{ violations: { id: string; nodes: { target: string[] }[] }[] }>(
    page,
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })",
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The CSV a button downloads, as text. */
async function csvOf(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('the web app in Chromium', () => {
  it('serves the app at / with a policy that keeps the page to its own server', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await response.text();
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${server.url}/${asset}`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${server.url}/assets/nope.js`)).status).toBe(404);
  });

  it('viewer: analyses the uploaded sample and shows Pavel Durov highlighted, the exact value of Rp 99 triliun and the title number mismatch in place', async () => {
    const { context, page } = await newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/`);
    await page.locator('#article-file').setInputFiles(SAMPLE);

    const durov = page.locator('.doc mark.ent-PERSON', { hasText: 'Pavel Durov' }).first();
    await expect.poll(() => durov.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await durov.locator('.ent-label').textContent()).toBe('PERSON');

    // The amount's exact value, on hover.
    const money = page.locator('.doc mark.ent-MONEY', { hasText: 'Rp 99 triliun' });
    await money.hover();
    const moneyTip = money.locator('.tip');
    expect(await moneyTip.isVisible()).toBe(true);
    expect(await moneyTip.textContent()).toContain('99.000.000.000.000 IDR');

    // The title's number carries the mismatch message, shown on keyboard focus too.
    const mismatch = page.locator('.doc-title .msg[data-code="title-number-mismatch"]');
    expect(await mismatch.evaluate((el) => el.firstChild?.textContent ?? '')).toContain('70');
    await mismatch.focus();
    expect(await mismatch.locator('.tip').isVisible()).toBe(true);
    expect(await mismatch.locator('.tip').textContent()).toMatch(/title-number-mismatch: the title says "70"/);

    // Quotes underlined with their speaker, each paragraph's language, the summary and keywords.
    expect(await page.locator('.doc .quote .speaker', { hasText: 'Pavel Durov' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.doc .lang').count()).toBeGreaterThan(5);
    expect(await page.locator('.panels .chips li').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(shots, 'viewer.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The URL reproduces the view: the article travels in it.
    const url = page.url();
    expect(url).toMatch(/#\/article\?doc=/);
    const again = await context.newPage();
    await again.goto(url);
    await expect.poll(() => again.locator('.doc mark.ent-PERSON', { hasText: 'Pavel Durov' }).first().isVisible(), { timeout: 30_000 }).toBe(true);
    await again.close();

    // Tables with CSV, then the JSON tab by keyboard, and its copy button.
    await page.getByRole('tab', { name: 'Annotated text' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/tab=tables/);
    const entities = await csvOf(page, 'Download Entities as CSV');
    expect(entities.split('\r\n')[0]).toBe('id,type,text,mentions,value,currency,roles,aliases,source');
    expect(entities).toMatch(/,MONEY,sekitar Rp 99 triliun,1,99000000000000,IDR,/);
    await page.getByRole('tab', { name: 'Tables' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/tab=json/);
    // The tab takes the focus once the app has drawn it: on a loaded machine, after the URL changed.
    await expect.poll(() => inPage(page, 'document.activeElement?.textContent'), { timeout: 20_000 }).toBe('JSON');
    expect(await page.locator('#summary-json').textContent()).toContain('"title-number-mismatch"');
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count(), { timeout: 20_000 }).toBe(1);
    const copied = JSON.parse(await inPage<string>(page, 'navigator.clipboard.readText()')) as { entities: { text: string }[] };
    expect(copied.entities.map((e) => e.text)).toContain('Pavel Durov');
    await context.close();
  });

  it('explorer: finds an entity by an alias and shows its chart and quotes; every view has its URL and CSV', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Entities' }).click();
    // "Sri Mulyani" is an alias of "Sri Mulyani Indrawati" (an article links them): one hit.
    await page.getByLabel('Name or alias').fill('Sri Mulyani');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('link', { name: 'Sri Mulyani Indrawati' });
    await expect.poll(() => hit.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(page.url()).toMatch(/#\/search\?q=Sri\+Mulyani/);
    expect(await csvOf(page, 'Download Entities matching “Sri Mulyani” as CSV')).toMatch(/^name,type,articles,names,exact\r\nSri Mulyani Indrawati,PERSON,3,/);
    await hit.click();

    await expect.poll(() => page.locator('h1', { hasText: 'Sri Mulyani Indrawati' }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(page.url()).toMatch(/#\/entity\?name=Sri\+Mulyani\+Indrawati&type=PERSON/);
    // The chart: a uPlot canvas over the months from the first to the last (January to June 2025).
    const chart = page.locator('figure.chart');
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    expect(await chart.getAttribute('data-months')).toBe('6');
    expect(await chart.getAttribute('aria-label')).toContain('2025-01: 3 mentions in 1 articles');
    const quotes = page.getByRole('region', { name: 'Quotes', exact: true });
    expect(await quotes.locator('tbody tr').count()).toBe(2);
    expect(await quotes.textContent()).toContain('Subsidi energi naik tahun ini');
    expect(await csvOf(page, 'Download Quotes as CSV')).toMatch(/^date,text,articleId,title,url,cue\r\n2025-01-15,"Subsidi energi naik tahun ini,",a1,/);
    await page.screenshot({ path: join(shots, 'explorer.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The profile's URL alone reproduces it.
    const again = await context.newPage();
    await again.goto(page.url());
    await expect.poll(() => again.locator('figure.chart canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await again.close();

    // Quote search by speaker and words; back returns to the profile.
    await page.getByRole('link', { name: 'All quotes by Sri Mulyani Indrawati' }).click();
    await page.getByLabel('Words').fill('anggaran');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 20_000 }).toBe(1);
    expect(page.url()).toMatch(/#\/quotes\?speaker=Sri\+Mulyani\+Indrawati&contains=anggaran/);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('figure.chart').count(), { timeout: 20_000 }).toBe(1);
    await context.close();
  });

  it('explorer: the warnings list opens its article from the store in the viewer', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/#/warnings?code=title-number-mismatch`);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
    expect(await csvOf(page, 'Download Warnings as CSV')).toContain('title-number-mismatch');
    await page.getByRole('link', { name: 'Lonjakan Pengguna Telegram: 70 Pengguna Baru dalam Sehari Saat WhatsApp Tumbang' }).click();
    await expect.poll(() => page.locator('.doc-title .msg[data-code="title-number-mismatch"]').count(), { timeout: 30_000 }).toBe(1);
    expect(page.url()).toMatch(/#\/article\?id=telegram-lonjakan/);
    await context.close();
  });

  it('works on a narrow screen with the keyboard: no sideways scrolling, the entities reachable by Tab', async () => {
    const { page, context } = await newPage({ width: 375, height: 800 });
    await page.goto(`${server.url}/`);
    await page.locator('#article-file').setInputFiles(SAMPLE);
    await expect.poll(() => page.locator('.doc mark.ent-PERSON').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    // Tab from the JSON tab's neighbours into the text: the first focusable mark shows its tooltip.
    await page.locator('.doc [tabindex="0"]').first().focus();
    const focused = page.locator(':focus');
    expect(await focused.locator('.tip').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inPage(page, "document.activeElement?.closest('.doc') !== null")).toBe(true);
    await page.screenshot({ path: join(shots, 'viewer-narrow.png'), fullPage: false });
    await page.goto(`${server.url}/#/entity?name=Pavel+Durov`);
    await expect.poll(() => page.locator('figure.chart canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(shots, 'explorer-narrow.png'), fullPage: false });
    await context.close();
  });
});
