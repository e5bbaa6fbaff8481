import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineStage, defineStageFactory } from '../../src/doc/stage.js';
import { WartaConfigError } from '../../src/errors.js';
import { checkContracts, configHash, defaultPipelineConfig, resolveConfig } from '../../src/pipeline/config.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { BUILTIN_STAGES, createRegistry, defaultRegistry } from '../../src/pipeline/registry.js';
import { summaryJsonSchema } from '../../src/schema/summary.js';
import { checkSummary } from '../helpers/invariants.js';

const ARTICLE = {
  title: 'Harga Beras Naik 10 Persen',
  body: 'JAKARTA - Harga beras di Pasar Induk Cipinang naik 10 persen menjadi Rp 14.000 per kilogram, kata Kepala Badan Pusat Statistik Amalia Widyasanti, Senin.',
};

/** The message of the WartaConfigError a function throws. */
function configError(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(WartaConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a WartaConfigError');
}

describe('pipeline config', () => {
  it('writes out every stage of the default pipeline with every option at its default', () => {
    const config = defaultPipelineConfig();
    expect(config.stages.map((s) => s.name)).toEqual(BUILTIN_STAGES.map((f) => f.name));
    expect(config.stages.find((s) => s.name === 'keywords')?.options).toEqual({ limit: 10 });
    expect(config.stages.find((s) => s.name === 'tagger')?.options).toMatchObject({ priority: 3, model: null });
    expect(config.maxChars).toBe(2_000_000);
    // The written-out config builds the same pipeline as the empty one: the same hash.
    expect(createPipeline(JSON.parse(JSON.stringify(config))).hash).toBe(createPipeline().hash);
  });

  it('names an unknown stage and the stages the registry has', () => {
    const message = configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'sentiment' }] }));
    expect(message).toContain('stages[1] ("sentiment"): unknown stage "sentiment"');
    expect(message).toContain('"tagger"');
  });

  it('names an unknown option and an option of the wrong type', () => {
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'keywords', options: { limt: 5 } }] }))).toMatch(
      /stages\[2\] \("keywords"\): options: Unrecognized key.*"limt"/,
    );
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'keywords', options: { limit: 'ten' } }] }))).toMatch(
      /options\.limit: .*number/,
    );
    expect(configError(() => createPipeline({ timings: 'yes' } as never))).toMatch(/config\.timings/);
    expect(configError(() => createPipeline({ stage: [] } as never))).toMatch(/"stage"/);
    expect(configError(() => createPipeline(null as never))).toMatch(/must be an object/);
    expect(configError(() => createPipeline({ stages: 5 } as never))).toMatch(/config\.stages/);
  });

  it('refuses a misordered config once, when it is built, naming both stages', () => {
    expect(configError(() => createPipeline({ stages: [{ name: 'segment' }, { name: 'clean' }] }))).toBe(
      'stage "segment" requires "text", which stage "clean" provides only after it: put "clean" before "segment"',
    );
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'coref' }, { name: 'names' }] }))).toContain(
      'stage "coref" requires "candidates", which stage "names" provides only after it',
    );
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'quotes' }] }))).toContain(
      'stage "quotes" requires "entities", which no stage of the pipeline provides',
    );
    // A layer read when present must not come from a later stage: numbers reads the language.
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'numbers' }, { name: 'language' }] }))).toBe(
      'stage "numbers" reads "language", which stage "language" provides only after it: put "language" before "numbers"',
    );
    // ...but may do without it.
    expect(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'numbers' }] })).not.toThrow();
  });

  it('does not count a provider for other languages: the English entities cannot feed the Indonesian quotes', () => {
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'english' }, { name: 'quotes' }] }))).toContain(
      'stage "quotes" requires "entities"',
    );
  });

  it('builds a stage twice under two names through "factory", and refuses a name given twice', () => {
    const p = createPipeline({
      stages: [{ name: 'clean' }, { name: 'segment' }, { name: 'keywords' }, { name: 'few-keywords', factory: 'keywords', options: { limit: 1 } }],
    });
    expect(p.stages.map((s) => s.name)).toEqual(['clean', 'segment', 'keywords', 'few-keywords']);
    expect(p.config.stages[3]).toEqual({ name: 'few-keywords', factory: 'keywords', options: { limit: 1 } });
    expect(configError(() => createPipeline({ stages: [{ name: 'clean' }, { name: 'clean' }] }))).toContain('two stages are named "clean"');
  });

  it('gives every summary the hash of its stages and options, which limits and timings do not change', () => {
    const a = createPipeline();
    const s = checkSummary(a.analyze(ARTICLE));
    expect(s.warta.config).toMatch(/^[0-9a-f]{12}$/);
    expect(s.warta.config).toBe(a.hash);
    expect(createPipeline({ timings: true }).hash).toBe(a.hash);
    const stages = defaultPipelineConfig().stages.map((st) => (st.name === 'keywords' ? { ...st, options: { limit: 3 } } : st));
    const b = createPipeline({ stages });
    expect(b.hash).not.toBe(a.hash);
    expect(b.analyze(ARTICLE).keywords).toHaveLength(3);
    expect(configHash(resolveConfig({ maxChars: 10 }).config)).toBe(a.hash);
    expect(configHash(resolveConfig({ stages: defaultPipelineConfig().stages.slice(0, -1) }).config)).not.toBe(a.hash);
    // Error records made by the pipeline carry it too.
    expect(a.analyze({ title: 'no body' }).warta.config).toBe(a.hash);
  });

  it('checks contracts of hand-made stage lists too', () => {
    const reads = defineStage({ name: 'reads', requires: ['tokens'], provides: [], run: () => {} });
    expect(() => checkContracts([reads])).toThrow(/requires "tokens", which no stage of the pipeline provides/);
  });
});

describe('custom stages', () => {
  // A stage of a library user: counts the quotes and writes them under ext.quotecount.
  const quoteCount = defineStageFactory({
    name: 'quotecount',
    description: 'Counts the quotes of speakers with a name',
    options: z.object({ min: z.number().int().min(0).default(0) }).strict(),
    ext: z.object({ named: z.number().int().nonnegative(), atLeastMin: z.boolean() }).strict(),
    create: (options, ctx) =>
      defineStage({
        name: ctx.name,
        requires: ['quotes'],
        provides: [],
        run(doc) {
          const named = doc.quotes.filter((q) => q.speaker !== null).length;
          doc.ext[ctx.name] = { named, atLeastMin: named >= options.min };
        },
      }),
  });
  const registry = defaultRegistry.with(quoteCount);
  const stages = [...defaultPipelineConfig().stages, { name: 'quotecount', options: { min: 1 } }];

  it('adds its own field under ext.<name>, validated by its schema and part of the summary schema', () => {
    const p = createPipeline({ stages }, { registry });
    const s = checkSummary(
      p.analyze({ title: 'Durov Bicara', body: 'CEO Telegram, Pavel Durov mengatakan ada lonjakan. “Kami bangga dengan tim kami,” ujar Durov.' }),
    );
    expect(s.ext).toEqual({ quotecount: { named: 1, atLeastMin: true } });
    expect(p.summarySchema.parse(s)).toEqual(s);
    const schema = JSON.stringify(summaryJsonSchema(p.summarySchema));
    expect(schema).toContain('"quotecount"');
    expect(schema).toContain('"atLeastMin"');
    // The default pipeline's summaries have no ext.
    expect(createPipeline().analyze(ARTICLE).ext).toBeUndefined();
  });

  it('gives an error summary, never a throw, when an ext breaks the stage schema', () => {
    const liar = defineStageFactory({
      ...quoteCount,
      name: 'liar',
      create: (_o, ctx) => defineStage({ name: ctx.name, requires: [], provides: [], run: (doc) => void (doc.ext[ctx.name] = { named: -1, atLeastMin: 'no' }) }),
    });
    const p = createPipeline({ stages: [{ name: 'clean' }, { name: 'liar' }] }, { registry: defaultRegistry.with(liar) });
    const s = checkSummary(p.analyze(ARTICLE));
    expect(s.status).toBe('error');
    expect(s.error).toMatchObject({ code: 'internal-error', message: expect.stringMatching(/does not pass its schema.*ext\.liar\.named/) });
  });

  it('is known only to the registry it was added to: registries are immutable', () => {
    expect(() => createPipeline({ stages })).toThrow(/unknown stage "quotecount"/);
    expect(defaultRegistry.get('quotecount')).toBeUndefined();
    expect(registry.get('quotecount')).toBe(quoteCount);
    expect(createRegistry([]).names).toEqual([]);
  });

  it('validates its options like the built-in stages', () => {
    expect(configError(() => createPipeline({ stages: [...defaultPipelineConfig().stages, { name: 'quotecount', options: { min: -1 } }] }, { registry }))).toMatch(
      /stages\[15\] \("quotecount"\): options\.min/,
    );
  });

  it('can replace a built-in stage: a registry entry under the same name wins', () => {
    const quiet = defineStageFactory({
      name: 'keywords',
      description: 'No keywords',
      options: z.object({}).strict(),
      create: (_o, ctx) => defineStage({ name: ctx.name, requires: [], provides: ['keywords'], run: (doc) => void (doc.keywords = []) }),
    });
    const p = createPipeline({}, { registry: defaultRegistry.with(quiet) });
    expect(p.analyze(ARTICLE).keywords).toEqual([]);
  });
});
