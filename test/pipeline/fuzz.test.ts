import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WartaConfigError } from '../../src/errors.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { SummarySchema, type Summary } from '../../src/schema/summary.js';
import { checkSummary } from '../helpers/invariants.js';

const pipeline = createPipeline();

/** analyze must return, never throw, and what it returns must pass the schema with every span slicing its text. */
function analyzed(p: Pipeline, input: unknown): Summary {
  let summary: Summary | undefined;
  expect(() => {
    summary = p.analyze(input);
  }).not.toThrow();
  return checkSummary(summary);
}

// Adversarial shapes: the pieces that made stages super-linear or throw (#16), repeated.
const SHAPES: Record<string, (n: number) => string> = {
  abbreviations: (n) => 'Prof. Dr. H. '.repeat(n),
  'abbreviations (id)': (n) => 'Prof. Dr. H. Ahmad, S.H., M.Hum. dan Jl. Sudirman No. 5 '.repeat(n),
  initials: (n) => 'A. B. C. D. '.repeat(n),
  'quote marks': (n) => '“"\'”‘’'.repeat(n),
  'open quotes': (n) => 'kata dia “Belum '.repeat(n),
  digits: (n) => '1.2.3,4,5 Rp 1.000 '.repeat(n),
  'digit run': (n) => '9'.repeat(12 * n),
  newlines: (n) => 'a\n'.repeat(n),
  'blank lines': (n) => 'Harga naik.\n\n\n'.repeat(n),
  nesting: (n) => `${'(“['.repeat(n)}isi${']”)'.repeat(n)}`,
  'english money': (n) => 'It paid $1.000.000USD and 12.5.6% to Mr. Smith. '.repeat(n),
};

describe('fuzz: the library on any input (#16)', () => {
  it('any value at all → a valid summary, an error summary for what is not an article, never a throw', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (input) => {
        const s = analyzed(pipeline, input);
        expect(['ok', 'partial', 'error']).toContain(s.status);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('article-shaped objects with any field values → a valid summary or an error summary naming the field', () => {
    const value = fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
    fc.assert(
      fc.property(
        fc.record(
          { id: value, title: value, body: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), value), text: value, url: value, publishedAt: value, author: value, language: value, source: fc.oneof(value, fc.record({ file: value, line: value })) },
          { requiredKeys: [] },
        ),
        (input) => {
          const s = analyzed(pipeline, input);
          if (s.status === 'error') expect(s.error?.message).toMatch(/\S/);
        },
      ),
      { numRuns: 300, seed: 17 },
    );
  });

  it('objects whose getters or Proxy traps throw → an input-invalid error summary, never a throw', () => {
    const traps = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;
    fc.assert(
      fc.property(fc.constantFrom('id', 'body', 'title', 'text', 'source', 'language'), fc.subarray([...traps], { minLength: 1 }), fc.string(), (field, throwing, message) => {
        const getter = analyzed(pipeline, Object.defineProperty({ body: 'Harga naik.' }, field, { enumerable: true, get: () => { throw new Error(message); } }));
        expect(getter.error?.code).toBe('input-invalid');
        const handler: ProxyHandler<object> = {};
        for (const t of throwing) (handler as Record<string, unknown>)[t] = () => { throw new Error(message); };
        const proxied = analyzed(pipeline, new Proxy({ body: 'Harga naik.' }, handler));
        expect(['ok', 'error']).toContain(proxied.status);
      }),
      { numRuns: 200, seed: 18 },
    );
    const revoked = Proxy.revocable({ body: 'x' }, {});
    revoked.revoke();
    expect(analyzed(pipeline, revoked.proxy).error?.code).toBe('input-invalid');
  });

  it.each(Object.keys(SHAPES))('adversarial shape "%s", any size and mix → a valid summary, every stage run', (name) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.constantFrom('', 'Harga beras naik 10 persen, kata Budi. ', 'The company said on Monday. '), (n, around) => {
        const s = analyzed(pipeline, { title: 'Judul', body: `${around}${SHAPES[name]!(n)}${around}` });
        expect(s.messages.filter((m) => m.code === 'stage-failed')).toEqual([]);
      }),
      { numRuns: 15, seed: 19 },
    );
  });

  it('createPipeline: null, wrong shapes and values, unreadable configs → WartaConfigError naming the option', () => {
    const cases: Array<[unknown, unknown, RegExp]> = [
      [null, undefined, /pipeline config must be an object/],
      [{ stages: 5 }, undefined, /config\.stages/],
      [{ timings: 'yes' }, undefined, /config\.timings/],
      [{ maxChars: -1 }, undefined, /config\.maxChars/],
      [{ stages: [{ name: 'nope' }] }, undefined, /unknown stage "nope"/],
      [Object.defineProperty({}, 'stages', { enumerable: true, get: () => { throw new Error('boom'); } }), undefined, /pipeline config: reading it failed: boom/],
      [{}, null, /second argument must be an object/],
      [{}, { registry: 5 }, /option registry must be a Registry/],
      [{}, { lexicon: 'id' }, /option lexicon must be a Lexicon/],
      [{}, { lexicon: {} }, /cannot be built \(option lexicon must be a Lexicon/],
    ];
    for (const [config, options, message] of cases) {
      let thrown: unknown;
      try {
        createPipeline(config as never, options as never);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, String(message)).toBeInstanceOf(WartaConfigError);
      expect((thrown as Error).message).toMatch(message);
    }
  });
});

/**
 * The least CPU time (ms) of three runs. CPU time, not wall time: a process the busy machine sets
 * aside for a while uses no CPU meanwhile, so the other work on the machine does not count.
 */
function fastest(body: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.cpuUsage();
    SummarySchema.parse(pipeline.analyze({ title: 'Judul', body }));
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
}

describe('fuzz: time grows linearly with size on adversarial shapes (#16 rows 1-2)', () => {
  // Eight times the input may take eight times as long; a quadratic path would take 64 times. The
  // margin (32) is for noise (garbage collection, caches): this compares two sizes measured in the
  // same test, never a time.
  it.each(Object.keys(SHAPES))('"%s" × 8 in size takes well under 32 × the time', (name) => {
    const unit = SHAPES[name]!(1).length;
    const small = SHAPES[name]!(Math.ceil(8_000 / unit));
    const large = SHAPES[name]!(Math.ceil(64_000 / unit));
    fastest(small); // warm: compromise and the caches load on first use
    const ratio = fastest(large) / Math.max(fastest(small), 1);
    expect(ratio, `${name}: ${ratio.toFixed(1)}×`).toBeLessThan(32);
  });
});
