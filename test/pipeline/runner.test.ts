import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/create.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { runStages } from '../../src/pipeline/runner.js';
import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../src/doc/stage.js';
import { defaultPipelineConfig } from '../../src/pipeline/config.js';
import { defaultRegistry } from '../../src/pipeline/registry.js';
import { WartaConfigError } from '../../src/errors.js';
import { checkSummary } from '../helpers/invariants.js';

const doc = () => createDoc({ body: 'Isi berita.' }, 'd1');

describe('runStages', () => {
  it('records a throwing stage as failed, skips the stages that need its layer, and goes on', () => {
    const ran: string[] = [];
    const d = runStages(doc(), [
      defineStage({ name: 'a', requires: [], provides: ['text'], run: () => void ran.push('a') }),
      defineStage({ name: 'b', requires: ['text'], provides: ['tokens'], run: () => { throw new Error('boom'); } }),
      defineStage({ name: 'c', requires: ['tokens'], provides: ['stems'], run: () => void ran.push('c') }),
      defineStage({ name: 'd', requires: ['text'], provides: ['keywords'], run: () => void ran.push('d') }),
    ]);
    expect(ran).toEqual(['a', 'd']);
    expect(d.failed).toEqual(['b']);
    expect(d.skipped).toEqual(['c']);
    expect(d.messages.map((m) => m.code)).toEqual(['stage-failed', 'stage-skipped']);
    expect(d.messages[0]!.message).toContain('boom');
  });

  it('skips stages of other languages and reports only those that ask for it', () => {
    const d = doc();
    d.language = { code: 'jv', confidence: 0.9, others: [] };
    runStages(d, [
      defineStage({ name: 'indonesian', requires: [], provides: [], languages: ['id'], run: () => {} }),
      defineStage({ name: 'english', requires: [], provides: [], languages: ['en'], reportSkip: false, run: () => {} }),
    ]);
    expect(d.skipped).toEqual(['indonesian', 'english']);
    const msg = d.messages.find((m) => m.code === 'stages-skipped');
    expect(msg?.data).toEqual({ language: 'jv', stages: ['indonesian'] });
  });

  it('records stage timings only when asked', () => {
    const stages = [defineStage({ name: 'a', requires: [], provides: [], run: () => {} })];
    expect(runStages(doc(), stages).timings).toEqual({});
    expect(Object.keys(runStages(doc(), stages, { timings: true }).timings)).toEqual(['a']);
  });
});

describe('createPipeline', () => {
  it('rejects duplicate stage names and bad limits', () => {
    expect(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'clean' }] })).toThrow(/two stages are named "clean"/);
    expect(() => createPipeline({ maxChars: 0 })).toThrow(/maxChars/);
    expect(() => createPipeline({ maxChars: 0 })).toThrow(WartaConfigError);
  });

  it('turns invalid input into an error summary naming the field', () => {
    const p = createPipeline();
    const s = checkSummary(p.analyze({ id: 7, title: 'x' }));
    expect(s.status).toBe('error');
    expect(s.id).toBe('7');
    expect(s.error?.message).toMatch(/body/);
    expect(checkSummary(p.analyze('not an object')).error?.code).toBe('input-invalid');
  });

  it('turns an article over the size limit into an error summary', () => {
    const s = createPipeline({ maxChars: 10 }).analyze({ body: 'x'.repeat(11) });
    expect(s.status).toBe('error');
    expect(s.error?.code).toBe('article-too-large');
  });

  it('gives a partial summary when a stage fails', () => {
    const boom = defineStageFactory({
      name: 'boom',
      description: 'throws',
      options: z.object({}).strict(),
      create: () => defineStage({ name: 'boom', requires: [], provides: [], run: () => { throw new Error('x'); } }),
    });
    const registry = defaultRegistry.with(boom);
    const p = createPipeline({ stages: [...defaultPipelineConfig().stages, { name: 'boom' }] }, { registry });
    const s = checkSummary(p.analyze({ body: 'Harga beras naik.' }));
    expect(s.status).toBe('partial');
    expect(s.messages.some((m) => m.code === 'stage-failed')).toBe(true);
  });

  it('routes an English article to the English path and says which stages were skipped', () => {
    const s = checkSummary(
      createPipeline().analyze({
        body: 'The company said on Monday that its chief executive, John Smith, would step down next year. Shares fell sharply in New York after the announcement.',
      }),
    );
    expect(s.language.code).toBe('en');
    expect(s.entities.some((e) => e.type === 'PERSON' && e.text === 'John Smith')).toBe(true);
    const skipped = s.messages.find((m) => m.code === 'stages-skipped');
    expect(skipped?.data?.['stages']).toEqual(['stem', 'amounts', 'tagger', 'names', 'coref', 'roles', 'quotes']);
    expect(s.messages.some((m) => m.code === 'stage-skipped')).toBe(false);
  });
});
