import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/create.js';
import type { Doc, Layer } from '../../src/doc/doc.js';
import type { Stage } from '../../src/doc/stage.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { runStages } from '../../src/pipeline/runner.js';

/** Empties one layer of a Doc, as if no stage had written it. */
const CLEAR: Record<Layer, (d: Doc) => void> = {
  text: (d) => {
    d.text = '';
    d.offsets = { pieces: [] };
    d.sections = [];
  },
  paragraphs: (d) => void (d.paragraphs = []),
  language: (d) => {
    d.language = null;
    for (const p of d.paragraphs) delete p.language;
  },
  sentences: (d) => void (d.sentences = []),
  tokens: (d) => void (d.tokens = []),
  stems: (d) => {
    for (const t of d.tokens) delete t.stem;
  },
  numbers: (d) => void (d.numbers = []),
  candidates: (d) => void (d.candidates = []),
  'role-candidates': (d) => void (d.roleCandidates = []),
  entities: (d) => void (d.entities = []),
  roles: (d) => {
    for (const e of d.entities) delete e.roles;
  },
  quotes: (d) => void (d.quotes = []),
  consistency: () => {},
  keywords: (d) => void (d.keywords = []),
  extract: (d) => void (d.extract = []),
};
const ALL_LAYERS = Object.keys(CLEAR) as Layer[];
/** Layers that are one list on the Doc, which a stage may add to. */
const LISTS = new Set<Layer>(['paragraphs', 'sentences', 'tokens', 'numbers', 'candidates', 'role-candidates', 'entities', 'quotes', 'keywords', 'extract']);

/** What a layer holds on a Doc, to compare two Docs by the layers a stage provides. */
function layerValue(d: Doc, layer: Layer): unknown {
  switch (layer) {
    case 'text':
      return [d.text, d.sections, d.offsets, d.meta];
    case 'language':
      return [d.language, d.paragraphs.map((p) => p.language)];
    case 'stems':
      return d.tokens.map((t) => t.stem);
    case 'roles':
      return d.entities.map((e) => e.roles);
    case 'role-candidates':
      return d.roleCandidates;
    case 'consistency':
      return d.messages.filter((m) => m.stage === 'consistency');
    default:
      return d[layer];
  }
}

/** Only the layers a stage declares (requires and uses), the others emptied. */
function withOnlyDeclared(doc: Doc, stage: Stage): Doc {
  const copy = structuredClone(doc);
  const keep = new Set<Layer>([...stage.requires, ...(stage.uses ?? [])]);
  // Layers are emptied from the last written to the first, so that stems go before their tokens.
  for (const layer of [...ALL_LAYERS].reverse()) if (!keep.has(layer)) CLEAR[layer](copy);
  copy.layers = copy.layers.filter((l) => keep.has(l));
  copy.messages = [];
  return copy;
}

const fixtures = new URL('../fixtures/articles/', import.meta.url);
const articles = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, fixtures), 'utf8'))
  .map((raw) => {
    const [title, ...body] = raw.split('\n');
    return { title: title ?? '', body: body.join('\n') };
  });
articles.push({
  title: 'Anggaran Bantuan Naik',
  body: 'Pemerintah menaikkan anggaran bantuan menjadi Rp1,5 triliun pada tahun ini, kata pejabat kementerian di Jakarta, Selasa (12/8).\n\nKerajaan Malaysia pula memperuntukkan RM2.5 bilion bagi bantuan tunai kepada 1,500 orang rakyat, kata Perdana Menteri Anwar Ibrahim semalam. Bantuan itu akan disalurkan mulai bulan hadapan.',
});
articles.push({
  title: 'Telegram Founder Says Users Rose',
  body: 'DUBAI - Telegram founder Pavel Durov said on Tuesday that the app gained 70 million users. "We are grateful," Durov said. The company is worth $30 billion.',
});

describe('stage contracts', () => {
  const pipeline = createPipeline();

  it.each(pipeline.stages.map((s) => [s.name, s] as const))('%s works on a Doc that holds only the layers it declares', (_name, stage) => {
    let ran = 0;
    for (const article of articles) {
      // The Doc just before the stage, in a full run of the default pipeline.
      const doc = createDoc({ ...article, id: 'a' }, 'a');
      const index = pipeline.stages.indexOf(stage);
      runStages(doc, pipeline.stages.slice(0, index));
      const expected = runStages(structuredClone(doc), [stage]);
      if (expected.skipped.includes(stage.name)) continue;
      ran++;
      const alone = runStages(withOnlyDeclared(doc, stage), [stage]);
      expect(alone.failed, `${stage.name} failed on a Doc with only its declared layers`).toEqual([]);
      const declared = new Set([...stage.requires, ...(stage.uses ?? [])]);
      for (const layer of stage.provides) {
        // A stage that adds to a layer it does not read (the tagger's candidates after the rules')
        // is judged by what it adds.
        const before = layerValue(doc, layer);
        let want = layerValue(expected, layer);
        if (!declared.has(layer) && LISTS.has(layer) && Array.isArray(before) && Array.isArray(want)) want = want.slice(before.length);
        expect(layerValue(alone, layer), `${stage.name}: layer ${layer} of "${article.title}"`).toEqual(want);
      }
      const own = (d: Doc) => d.messages.filter((m) => m.stage === stage.name);
      expect(own(alone)).toEqual(own(expected));
    }
    expect(ran, `${stage.name} ran on none of the articles`).toBeGreaterThan(0);
  });

  it('catches a stage that reads a layer it does not declare', () => {
    const sneaky: Stage = {
      name: 'sneaky',
      requires: ['text'],
      provides: ['keywords'],
      run(doc) {
        doc.keywords = doc.tokens.slice(0, 1).map((t) => ({ text: t.text, stem: t.text, count: 1, score: 1 }));
      },
    };
    const doc = createDoc({ ...articles[0]!, id: 'a' }, 'a');
    runStages(doc, pipeline.stages.slice(0, 3));
    const full = runStages(structuredClone(doc), [sneaky]);
    const alone = runStages(withOnlyDeclared(doc, sneaky), [sneaky]);
    expect(layerValue(alone, 'keywords')).not.toEqual(layerValue(full, 'keywords'));
  });
});
