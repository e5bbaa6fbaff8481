import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { checkSummary } from '../helpers/invariants.js';
import { seedFacts } from './seed-facts.js';

// The bundled sample (corpora/samples/): an article written for warta in the image of the project's
// seed (which is not shipped): a scraped page with a repeated title, a view counter, a byline, quotes
// by Pavel Durov, "Rp 99 triliun" and a title that drops the "juta" of "70 juta pengguna".
// scripts/eval-seed.ts checks the same facts on the seed itself.
const raw = readFileSync(new URL('../../corpora/samples/telegram-lonjakan.txt', import.meta.url), 'utf8');
const lines = raw.split('\n');
const first = lines.findIndex((l) => l.trim() !== '');
const summary = checkSummary(analyze({ id: 'sample', title: lines[first]!, body: lines.slice(first + 1).join('\n') }));

describe('golden: the bundled sample article', () => {
  it.each(seedFacts(summary, { author: 'Nadia Puspitasari', viewCounter: '812' }).map((f) => [f.name, f] as const))('%s', (_, fact) => {
    expect(fact.ok, `found: ${fact.found}`).toBe(true);
  });
});
