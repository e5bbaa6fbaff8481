/**
 * Rewrites the stage table of README.md (between its stage-table markers) from the registry: run it
 * after changing a stage's contract, description or options (test/pipeline/describe.test.ts fails
 * until the README shows the current table).
 *
 *   npx tsx scripts/readme-stage-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stageTable } from '../src/pipeline/describe.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { defaultRegistry } from '../src/pipeline/registry.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const block = /(<!-- stage-table:begin -->\n)[\s\S]*?(\n<!-- stage-table:end -->)/;
if (!block.test(readme)) throw new Error('README.md has no stage-table markers');
writeFileSync(path, readme.replace(block, (_m, begin: string, end: string) => `${begin}${stageTable(createPipeline(), defaultRegistry)}${end}`));
console.log('README.md: stage table rewritten');
