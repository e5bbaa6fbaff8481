import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { checkSummary } from '../helpers/invariants.js';

// The article the project started from, bundled as the sample (corpora/samples/).
const raw = readFileSync(new URL('../../corpora/samples/seed-telegram.txt', import.meta.url), 'utf8');
const lines = raw.split('\n');
const first = lines.findIndex((l) => l.trim() !== '');
const summary = checkSummary(analyze({ id: 'seed', title: lines[first]!, body: lines.slice(first + 1).join('\n') }));

const ofType = (type: string) => summary.entities.filter((e) => e.type === type);

describe('golden: the seed article', () => {
  it('is Indonesian, by Rifqi Fadhillah, status ok', () => {
    expect(summary.status).toBe('ok');
    expect(summary.language.code).toBe('id');
    expect(summary.author).toBe('Rifqi Fadhillah');
  });

  it('has the boilerplate removed from the text', () => {
    expect(summary.text).not.toContain('578');
    expect(summary.text).not.toContain('LEAVE A REPLY');
    expect(summary.text).not.toContain('Penulis');
    expect(summary.text.split('Telegram Dapatkan 70 Pengguna Baru').length).toBe(2);
  });

  it('finds Pavel Durov, CEO of Telegram, with his surname mentions, and Mark Zuckerberg', () => {
    const durov = ofType('PERSON').find((e) => e.text === 'Pavel Durov');
    expect(durov).toBeDefined();
    expect(durov!.mentions.map((m) => m.text)).toContain('Durov');
    expect(durov!.mentions.length).toBeGreaterThanOrEqual(5);
    expect(durov!.roles?.some((r) => r.title === 'CEO' && r.org === 'Telegram')).toBe(true);
    expect(ofType('PERSON').some((e) => e.text === 'Mark Zuckerberg')).toBe(true);
    expect(ofType('PERSON')).toHaveLength(2);
  });

  it('finds Telegram, WhatsApp, Instagram and Facebook as organisations', () => {
    for (const name of ['Telegram', 'WhatsApp', 'Instagram', 'Facebook']) {
      expect(ofType('ORG').some((e) => e.text === name || e.mentions.some((m) => m.text === name)), name).toBe(true);
    }
  });

  it('reads Rp 99 Triliun as 99,000,000,000,000 IDR and 70 juta pengguna as 70,000,000 pengguna', () => {
    expect(ofType('MONEY').some((e) => e.value === 99_000_000_000_000 && e.currency === 'IDR')).toBe(true);
    const users = ofType('QUANTITY').find((e) => e.value === 70_000_000 && e.unit === 'pengguna');
    expect(users).toBeDefined();
    expect(users!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('attributes all five quotations to Pavel Durov', () => {
    expect(summary.quotes).toHaveLength(5);
    const durov = ofType('PERSON').find((e) => e.text === 'Pavel Durov')!;
    for (const q of summary.quotes) expect(q.speaker).toEqual({ name: 'Pavel Durov', entity: durov.id });
    expect(summary.quotes.map((q) => q.cue)).toEqual(['ujar', null, null, 'tambah', 'tandas']);
  });

  it('warns once that the title number disagrees with the body', () => {
    const warnings = summary.messages.filter((m) => m.code === 'title-number-mismatch');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.span?.text).toMatch(/^70 Pengguna/);
  });

  it('gives keywords and an extractive summary', () => {
    expect(summary.keywords[0]?.text).toBe('Telegram');
    expect(summary.summary.length).toBe(3);
  });
});
