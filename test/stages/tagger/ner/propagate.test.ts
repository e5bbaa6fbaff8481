import { describe, expect, it } from 'vitest';
import { propagateSpans, type FoundSpan } from '../../../../src/stages/tagger/ner/propagate.js';
import { createNerRecognizer } from '../../../../src/stages/tagger/ner/index.js';
import { docOf } from './helpers.js';

const common = new Set(['presiden', 'kata']);
const isCommon = (w: string) => common.has(w);

describe('propagateSpans', () => {
  const doc = docOf('Presiden Pavel Durov datang. Durov mengatakan BPS siap. Badan Pusat Statistik (BPS) mencatat. Presiden Durov Brothers.');
  const idx = (text: string, nth = 0) => doc.tokens.map((t, i) => (t.text === text ? i : -1)).filter((i) => i >= 0)[nth] ?? -1;
  const found: FoundSpan[] = [
    { type: 'PERSON', start: idx('Pavel'), end: idx('Durov') + 1, score: 0.9 },
    { type: 'ORG', start: idx('Badan'), end: idx('Statistik') + 1, score: 0.8 },
    { type: 'ORG', start: idx('BPS', 1), end: idx('BPS', 1) + 1, score: 0.7 },
  ];
  const extra = propagateSpans(doc.tokens, found, isCommon);
  const texts = extra.map((f) => `${f.type}:${doc.tokens.slice(f.start, f.end).map((t) => t.text).join(' ')}:${f.score}`);

  it('adds a lone surname of a found person and repeats of found names', () => {
    expect(texts).toContain('PERSON:Durov:0.9');
    expect(texts).toContain('ORG:BPS:0.7');
  });

  it('leaves titles, found spans and surnames inside other names alone', () => {
    expect(texts.some((t) => t.startsWith('PERSON:Presiden'))).toBe(false);
    // "Durov Brothers": a capitalised word follows, so it may be another name.
    expect(extra.filter((f) => f.type === 'PERSON')).toHaveLength(1);
    for (const f of extra) for (const g of found) expect(f.end <= g.start || f.start >= g.end).toBe(true);
  });

  it('finds nothing when nothing was found', () => {
    expect(propagateSpans(doc.tokens, [], isCommon)).toEqual([]);
  });
});

describe('createNerRecognizer with propagation', () => {
  it('marks propagated candidates with their own source', () => {
    const doc = docOf('CEO Telegram, Pavel Durov mengatakan aplikasinya aman. Menurut Durov, data pengguna dienkripsi.');
    const found = createNerRecognizer()(doc);
    const durov = found.filter((c) => c.text === 'Durov');
    expect(durov).toHaveLength(1);
    expect(['model', 'model/propagate']).toContain(durov[0]?.source);
    const off = createNerRecognizer({ propagate: false })(doc);
    expect(off.every((c) => c.source === 'model')).toBe(true);
  });
});
