import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/create.js';
import type { Doc } from '../../../src/doc/doc.js';
import { runStages } from '../../../src/pipeline/runner.js';
import { EntitySchema } from '../../../src/schema/entity.js';
import { buildStage } from '../../../src/pipeline/config.js';
import { englishStage, recognizeEnglish } from '../../../src/stages/english/index.js';
import { loadCompromise } from '../../../src/stages/english/compromise.js';
import { languageStage } from '../../../src/stages/language/index.js';

const ARTICLE = [
  'Telegram Founder Pavel Durov Visits Jakarta',
  'Telegram founder Pavel Durov said on Monday that the company would invest $99 million in Jakarta over five years.',
  'Microsoft and the United Nations welcomed the plan, and the share of mobile users in Indonesia rose 12 percent. Mr. Durov later met Dr. Sarah Lee in New York City.',
];

function docOf(paragraphs: string[]): Doc {
  const text = paragraphs.join('\n\n');
  const doc = createDoc({ text }, 'en');
  let at = 0;
  doc.paragraphs = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  doc.sections = [
    { name: 'title', start: 0, end: paragraphs[0]!.length },
    { name: 'body', start: paragraphs[0]!.length + 2, end: text.length },
  ];
  doc.layers = ['text', 'paragraphs'];
  return runStages(doc, [buildStage(languageStage), buildStage(englishStage)]);
}

describe('english stage', () => {
  const doc = docOf(ARTICLE);
  const byText = (text: string) => doc.entities.find((e) => e.text === text);

  it('runs on an English article and finds people, organisations, places, money, percentages', () => {
    expect(doc.language?.code).toBe('en');
    expect(byText('Pavel Durov')?.type).toBe('PERSON');
    expect(byText('Sarah Lee')?.type).toBe('PERSON');
    expect(byText('Microsoft')?.type).toBe('ORG');
    expect(byText('United Nations')?.type).toBe('ORG');
    expect(byText('Jakarta')?.type).toBe('LOC');
    expect(byText('New York City')?.type).toBe('LOC');
    expect(byText('$99 million')).toMatchObject({ type: 'MONEY', value: 99_000_000, currency: 'USD' });
    expect(byText('12 percent')).toMatchObject({ type: 'PERCENT', value: 12 });
  });

  it('joins "Mr. Durov" to "Pavel Durov" and keeps the title section', () => {
    const durov = byText('Pavel Durov')!;
    expect(durov.mentions.map((m) => m.text)).toContain('Mr. Durov');
    expect(durov.section).toBe('title');
    expect(durov.mentions[0]!.start).toBeLessThan(ARTICLE[0]!.length);
  });

  it('gives entities that parse with the schema and spans that slice out their text', () => {
    expect(doc.entities.length).toBeGreaterThan(6);
    doc.entities.forEach((e, i) => {
      expect(EntitySchema.parse(e)).toEqual(e);
      expect(e.id).toBe(`e${i + 1}`);
      expect(e.source).toBe('compromise');
      for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    });
  });

  it('is skipped, without a stages-skipped message, for an Indonesian article', () => {
    const id = docOf([
      'Pemerintah Naikkan Harga BBM',
      'Pemerintah resmi menaikkan harga bahan bakar minyak bersubsidi mulai Sabtu, kata Menteri Keuangan di Jakarta.',
    ]);
    expect(id.language?.code).toBe('id');
    expect(id.entities).toEqual([]);
    expect(id.skipped).toContain('english');
    expect(id.messages.some((m) => m.code === 'stages-skipped')).toBe(false);
  });

  it('leaves out paragraphs in another language inside an English article', () => {
    const mixed = docOf([
      ...ARTICLE,
      'Sementara itu, Gubernur Jawa Barat Ridwan Kamil mengatakan bahwa pemerintah provinsi mendukung rencana tersebut.',
    ]);
    expect(mixed.language?.code).toBe('en');
    expect(mixed.entities.some((e) => e.text.includes('Ridwan'))).toBe(false);
  });

  it('recognizeEnglish trims punctuation and possessives off spans', () => {
    const text = 'Prices rose in Jakarta. "Durov\'s plan," said Jane Smith.';
    const found = recognizeEnglish(loadCompromise(), text, 0, text.length);
    for (const c of found) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.text).not.toMatch(/[.,"']$|'s$/);
    }
    expect(found.map((c) => c.text)).toContain('Jakarta');
  });
});
