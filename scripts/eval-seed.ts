/**
 * Checks the facts issue 2 asks of the project's seed article on the seed itself, read from
 * ../shared/corpora/seed/ (not shipped; the test suite checks the same facts on the bundled sample
 * written in its image). Prints one row per fact; exits 1 when one fails.
 *
 *   npx tsx scripts/eval-seed.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { seedFacts } from '../test/golden/seed-facts.js';

const file = new URL('../../shared/corpora/seed/000_8ef55512adcec06f.txt', import.meta.url);
if (!existsSync(file)) {
  console.error(`the seed article is not here: ${file.pathname} (it lives in ../shared/corpora, which is not shipped)`);
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const first = lines.findIndex((l) => l.trim() !== '');
const summary = analyze({ id: 'seed', title: lines[first]!, body: lines.slice(first + 1).join('\n') });
const facts = seedFacts(summary, { author: 'Rifqi Fadhillah', viewCounter: '578' });
console.log('| fact | ok | found |\n|---|---|---|');
for (const f of facts) console.log(`| ${f.name} | ${f.ok ? 'yes' : 'NO'} | ${f.found.replace(/\|/g, '/').slice(0, 120)} |`);
const passed = facts.filter((f) => f.ok).length;
console.log(`\n${passed}/${facts.length} facts hold on the seed article`);
process.exitCode = passed === facts.length ? 0 : 1;
