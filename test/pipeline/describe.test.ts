import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stageTable } from '../../src/pipeline/describe.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { defaultRegistry } from '../../src/pipeline/registry.js';

describe('stageTable', () => {
  it('is the table README.md shows for the default pipeline (regenerate it with `npx tsx scripts/readme-stage-table.ts`)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /<!-- stage-table:begin -->\n([\s\S]*?)\n<!-- stage-table:end -->/.exec(readme)?.[1];
    expect(shown).toBe(stageTable(createPipeline(), defaultRegistry));
  });

  it('shows a stage built under another name with its factory description and options', () => {
    const p = createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'few', factory: 'keywords', options: { limit: 2 } }] });
    const rows = stageTable(p, defaultRegistry).split('\n');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toBe('| few | text, paragraphs, tokens, (stems) | keywords | all | Keywords ranked by stem: frequency, title and lead, names | `limit = 2` |');
  });
});
