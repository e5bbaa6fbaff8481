/**
 * Evaluates the numbers recogniser on the shared corpora (developer machines only):
 *   ../shared/corpora/numbers/duckling-id.json   Duckling's Indonesian corpus (Numeral, AmountOfMoney, Ordinal)
 *   ../shared/corpora/numbers/dateparser-id.tsv  dateparser's Indonesian date expressions
 *   ../shared/corpora/numbers/num2words-id.tsv   num2words' Indonesian spellings
 * Prints a pass table per dimension and lists the failures.
 *
 *   npx tsx scripts/eval-numbers.ts [--corpora <dir>]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractNumbers } from '../src/stages/numbers/index.js';
import type { NumberItem } from '../src/schema/number.js';

const argDir = process.argv.indexOf('--corpora');
const dir = argDir > 0 ? (process.argv[argDir + 1] ?? '') : join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'numbers');
for (const f of ['duckling-id.json', 'dateparser-id.tsv', 'num2words-id.tsv']) {
  if (!existsSync(join(dir, f))) {
    process.stderr.write(`eval-numbers: ${join(dir, f)} not found; pass --corpora <dir> with the shared numbers corpora\n`);
    process.exit(2);
  }
}

interface Row {
  dim: string;
  text: string;
  ok: boolean;
  got: string;
  want: string;
}
const rows: Row[] = [];

/** The one item covering the whole text, or the first item. */
function main(items: NumberItem[], text: string): NumberItem | undefined {
  return items.find((x) => x.start === 0 && x.end === text.trimEnd().replace(/\.$/, '').length) ?? items[0];
}

const CURRENCY: Record<string, string> = { Dollar: 'USD', Pound: 'GBP' };

interface DucklingCase {
  dim: string;
  text: string;
  value?: number;
  kind?: string;
  currency?: string;
  from?: number;
  to?: number;
}
const duckling = JSON.parse(readFileSync(join(dir, 'duckling-id.json'), 'utf8')) as DucklingCase[];
for (const c of duckling) {
  const items = extractNumbers(c.text);
  const it = main(items, c.text);
  let want: string;
  let ok: boolean;
  if (c.dim === 'Numeral') {
    want = `number ${c.value}`;
    ok = items.length === 1 && it?.kind === 'number' && it.value === c.value;
  } else if (c.dim === 'Ordinal') {
    want = `ordinal ${c.value}`;
    ok = items.length === 1 && it?.kind === 'ordinal' && it.value === c.value;
  } else {
    const cur = CURRENCY[c.currency ?? ''] ?? c.currency;
    want = c.kind === 'between' ? `money ${cur} ${c.from}..${c.to}` : c.kind === 'under' ? `money ${cur} ≤${c.value}` : c.kind === 'above' ? `money ${cur} ≥${c.value}` : `money ${cur} ${c.value}`;
    const base = items.length === 1 && it?.kind === 'money' && it.currency === cur;
    ok = base && (
      c.kind === 'between' ? it.min === c.from && it.max === c.to && it.value === undefined
      : c.kind === 'under' ? it.max === c.value && it.min === undefined
      : c.kind === 'above' ? it.min === c.value && it.max === undefined
      : it.value === c.value);
  }
  rows.push({ dim: `duckling ${c.dim}`, text: c.text, ok, want, got: JSON.stringify(items.map(short)) });
}

function short(x: NumberItem): string {
  return [x.kind, x.text, x.value ?? '', x.min ?? '', x.max ?? '', x.currency ?? '', x.unit ?? '', x.date ?? '', x.time ?? ''].join('|');
}

// dateparser: the English reading says what each case means; dates are resolved against a fixed day.
const published = '2025-10-23T09:00:00+07:00';
const dateparser = readFileSync(join(dir, 'dateparser-id.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function expectDate(reading: string): { date?: string; time?: string; value?: number } | null {
  const abs = /^(?:\w+day )?(\d{2}) (\w+) (\d{4})(?: (\d{2}:\d{2}))?$/.exec(reading);
  if (abs !== null) {
    const m = MONTHS.indexOf(abs[2] ?? '') + 1;
    const out: { date: string; time?: string } = { date: `${abs[3]}-${String(m).padStart(2, '0')}-${abs[1]}` };
    if (abs[4] !== undefined) out.time = abs[4];
    return out;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(reading);
  if (iso !== null) return { date: iso[1] ?? '' };
  const ago = /^(\d+) (second|minute|hour|day|week|month|year) ago$/.exec(reading);
  if (ago !== null) {
    const n = Number(ago[1]);
    const d = new Date(`${published.slice(0, 10)}T00:00:00Z`);
    const unit = ago[2];
    if (unit === 'day' || unit === 'week') {
      d.setUTCDate(d.getUTCDate() - n * (unit === 'week' ? 7 : 1));
      return { date: d.toISOString().slice(0, 10) };
    }
    if (unit === 'month') {
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - n);
      return { date: d.toISOString().slice(0, 7) };
    }
    if (unit === 'year') return { date: String(d.getUTCFullYear() - n) };
    return relativeClock(-n, unit ?? '');
  }
  const inside = /^in (\d+) (second|minute|hour)$/.exec(reading);
  if (inside !== null) return relativeClock(Number(inside[1]), inside[2] ?? '');
  const dur = /^(\d+) (\w+)$/.exec(reading);
  if (dur !== null) return { value: Number(dur[1]) };
  return null;
}
/** The wall-clock date and time `n` units after the publication moment (09:00 local). */
function relativeClock(n: number, unit: string): { date: string; time: string } {
  const ms = { second: 1_000, minute: 60_000, hour: 3_600_000 }[unit] ?? 0;
  const at = new Date(Date.UTC(2025, 9, 23, 9, 0) + n * ms);
  return { date: at.toISOString().slice(0, 10), time: at.toISOString().slice(11, 16) };
}

for (const [text = '', reading = ''] of dateparser) {
  const items = extractNumbers(text, { publishedAt: published });
  // "(parse ok)" has no English reading: the Indonesian text says 1 August 2015, 18:23.
  const want = reading === '(parse ok)' ? { date: '2015-08-01', time: '18:23' } : expectDate(reading);
  let ok = false;
  let wantText = reading;
  if (want === null) {
    wantText = `${reading} (no reading defined)`;
  } else if (want.value !== undefined) {
    wantText = `duration ${want.value}`;
    ok = items.some((x) => x.value === want.value);
  } else {
    wantText = `${want.date}${want.time ? ` ${want.time}` : ''}`;
    ok = items.some((x) => (x.kind === 'date' || x.kind === 'time') && x.date === want.date && (want.time === undefined || x.time === want.time));
    if (text === 'baru saja') wantText += ' (deliberately not read: an adverb in news, "baru saja mengumumkan")';
  }
  rows.push({ dim: 'dateparser', text, ok, want: wantText, got: JSON.stringify(items.map(short)) });
}

// num2words: the spelled-out form must read back as the number (or ordinal).
const n2w = readFileSync(join(dir, 'num2words-id.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
for (const [num = '', words = '', flag = ''] of n2w) {
  const ordinal = flag.includes('ordinal=True');
  const items = extractNumbers(words);
  const want = Number(num);
  const ok = items.length === 1 && items[0]?.kind === (ordinal ? 'ordinal' : 'number') && items[0]?.value === want && items[0]?.text === words;
  rows.push({ dim: `num2words${ordinal ? ' ordinal' : ''}`, text: words, ok, want: `${ordinal ? 'ordinal' : 'number'} ${want}`, got: JSON.stringify(items.map(short)) });
}

const dims = [...new Set(rows.map((r) => r.dim))];
const lines = ['| dimension | pass | total | rate |', '|---|---:|---:|---:|'];
let pass = 0;
for (const d of dims) {
  const rs = rows.filter((r) => r.dim === d);
  const p = rs.filter((r) => r.ok).length;
  pass += p;
  lines.push(`| ${d} | ${p} | ${rs.length} | ${((100 * p) / rs.length).toFixed(1)}% |`);
}
lines.push(`| **all** | ${pass} | ${rows.length} | ${((100 * pass) / rows.length).toFixed(1)}% |`);
process.stdout.write(`${lines.join('\n')}\n`);
const failures = rows.filter((r) => !r.ok);
if (failures.length > 0) {
  process.stdout.write(`\nfailures (${failures.length}):\n`);
  for (const f of failures) process.stdout.write(`- [${f.dim}] ${JSON.stringify(f.text)}: want ${f.want}; got ${f.got}\n`);
}
