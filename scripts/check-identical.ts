/**
 * Checks that a change keeps warta's output identical: runs a built warta (`dist/cli/main.js` of a
 * checkout) over a fixed set of inputs and writes the summaries (`--write FILE`), or compares them
 * with summaries written before (`--against FILE`), line by line. The config hash (`warta.config`)
 * is left out of the comparison: it names the config, not the output.
 *
 * Inputs: the bundled articles (corpora/samples, test/fixtures/articles), the batch fixtures, a few
 * texts in other languages written here, and, where `../shared/corpora/news/` is present, every
 * article of `detik-dev.jsonl` (as given, lowercased, and without `publishedAt`).
 *
 *   npm run build && npx tsx scripts/check-identical.ts --write /tmp/before.jsonl [--root DIR]
 *   npx tsx scripts/check-identical.ts --against /tmp/before.jsonl [--args "--config x.json"]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledArticles } from './bundled-articles.js';

const { values } = parseArgs({
  options: {
    write: { type: 'string' },
    against: { type: 'string' },
    root: { type: 'string', default: '.' },
    args: { type: 'string', default: '' },
    news: { type: 'string', default: '../shared/corpora/news/detik-dev.jsonl' },
  },
});
if (!values.write === !values.against) {
  console.error('usage: check-identical.ts (--write FILE | --against FILE) [--root DIR] [--args "..."]');
  process.exit(2);
}

type Input = Record<string, unknown>;
const inputs: Input[] = [];
bundledArticles().forEach((a, i) => inputs.push({ id: `bundled-${i}`, ...a }));
for (const line of readFileSync(new URL('../test/fixtures/batch/articles.jsonl', import.meta.url), 'utf8').split('\n')) {
  try {
    const v = JSON.parse(line) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) inputs.push({ id: `batch-${inputs.length}`, ...(v as Input) });
  } catch {
    // The fixture holds broken lines on purpose; only whole articles are inputs here.
  }
}
const others: [string, string][] = [
  ['en', 'Telegram Founder Pavel Durov Says Users Rose\n\nDUBAI - Telegram founder Pavel Durov said on Tuesday that the app gained 70 million users after Facebook went down. "We are grateful," Durov said. The company is worth $30 billion, up 12 percent.'],
  ['ms', 'Kerajaan Umum Bantuan Baharu\n\nKUALA LUMPUR - Kerajaan akan memperuntukkan RM2.5 bilion bagi bantuan tunai kepada rakyat, kata Perdana Menteri Anwar Ibrahim hari ini. Bantuan itu akan disalurkan mulai bulan hadapan.'],
  ['jv', 'Warga Desa Gotong Royong\n\nWarga desa sami gotong royong ndandani dalan ingkang rusak amargi udan deres. Pak Lurah ngendika bilih pakaryan punika badhe rampung minggu ngajeng.'],
  ['mixed', 'Menteri Bertemu Delegasi\n\nJAKARTA - Menteri Luar Negeri Sugiono bertemu delegasi Australia di Jakarta, Selasa (12/8/2025).\n\n"We discussed trade, security and education cooperation between our two countries," said the Australian foreign minister after the meeting.\n\nPertemuan itu berlangsung selama dua jam.'],
  ['short', 'Banjir'],
];
for (const [id, text] of others) inputs.push({ id: `other-${id}`, text });
const newsPath = resolve(values.news);
if (existsSync(newsPath)) {
  for (const line of readFileSync(newsPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as Input;
    const base = { title: a.title, body: a.body, url: a.url };
    inputs.push({ id: String(a.id), ...base, publishedAt: a.publishedAt });
    inputs.push({ id: `${String(a.id)}-nodate`, ...base });
    inputs.push({ id: `${String(a.id)}-lower`, title: String(a.title).toLowerCase(), body: String(a.body).toLowerCase(), publishedAt: a.publishedAt });
  }
} else {
  console.error(`(${newsPath} not found: the news articles are left out)`);
}

const root = resolve(values.root);
const bin = join(root, 'dist/cli/main.js');
const extra = values.args.split(' ').filter(Boolean);
const run = spawnSync(process.execPath, [bin, 'analyze', '-', '-q', '-w', '0', ...extra], {
  input: inputs.map((i) => JSON.stringify(i)).join('\n') + '\n',
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(2);
}
const lines = run.stdout.split('\n').filter((l) => l !== '');
const normalised = lines.map((l) => {
  const s = JSON.parse(l) as { warta?: Record<string, unknown> };
  if (s.warta) delete s.warta.config;
  return JSON.stringify(s);
});

if (values.write) {
  writeFileSync(values.write, normalised.join('\n') + '\n');
  console.log(`${normalised.length} summaries of ${inputs.length} inputs written to ${values.write} (${bin})`);
  process.exit(0);
}

/** The JSON paths where two values differ (at most `limit`). */
function differences(a: unknown, b: unknown, path: string, out: string[], limit = 5): void {
  if (out.length >= limit) return;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out, limit);
    return;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} → ${JSON.stringify(b)?.slice(0, 80)}`);
}

const before = readFileSync(values.against!, 'utf8').split('\n').filter((l) => l !== '');
let same = 0;
const changed: string[] = [];
for (let i = 0; i < Math.max(before.length, normalised.length); i++) {
  if (before[i] === normalised[i]) {
    same++;
    continue;
  }
  const paths: string[] = [];
  differences(before[i] ? JSON.parse(before[i]!) : null, normalised[i] ? JSON.parse(normalised[i]!) : null, '', paths);
  changed.push(`line ${i + 1} (${inputs[i]?.id as string}):\n    ${paths.join('\n    ')}`);
}
console.log(`${same} of ${before.length} summaries identical (${normalised.length} now, ${inputs.length} inputs)`);
for (const c of changed.slice(0, 20)) console.log(`  ${c}`);
if (changed.length > 20) console.log(`  … and ${changed.length - 20} more`);
process.exit(changed.length === 0 ? 0 : 1);
