import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// corpora/news-written: articles written for warta with hand annotations in the shape of the real-news
// gold (scripts/eval-news.ts --written scores them; scripts/train-ner.ts can train on them). A form that
// is not in its article's text, or a speaker that names no entity, would silently score or train wrong.
const DIR = new URL('../../corpora/news-written', import.meta.url).pathname;
const lines = (file: string) => readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

interface Gold {
  id: string;
  entities: { type: string; name: string; forms: string[] }[];
  quotes: { opening: string; speaker: string | null }[];
  roles: { person: string; title: string; org: string | null }[];
  money: { text: string; value: number; currency: string }[];
}

const sets = readdirSync(DIR).filter((f) => f.endsWith('-articles.jsonl')).sort();

describe('the articles written for warta', () => {
  it('holds several sets of articles, each with its annotation file', () => {
    expect(sets.length).toBeGreaterThanOrEqual(5);
    for (const f of sets) expect(readdirSync(DIR)).toContain(f.replace('-articles', '-gold'));
  });

  for (const file of sets) {
    it(`${file}: one annotation per article, in order, every form in the text and every speaker and role an entity`, () => {
      const articles = lines(file) as { id: string; title: string; body: string; publishedAt: string }[];
      const golds = lines(file.replace('-articles', '-gold')) as unknown as Gold[];
      expect(golds.map((g) => g.id)).toEqual(articles.map((a) => a.id));
      const problems: string[] = [];
      articles.forEach((a, k) => {
        const g = golds[k]!;
        const text = `${a.title}\n${a.body}`;
        expect(Number.isNaN(Date.parse(a.publishedAt))).toBe(false);
        const names = new Set(g.entities.map((e) => e.name));
        for (const e of g.entities) {
          if (!['PERSON', 'ORG', 'LOC'].includes(e.type)) problems.push(`${a.id}: type ${e.type}`);
          for (const form of e.forms) if (!text.includes(form)) problems.push(`${a.id}: form "${form}" not in the text`);
        }
        for (const q of g.quotes) if (q.speaker !== null && !q.speaker.startsWith('[') && !names.has(q.speaker)) problems.push(`${a.id}: speaker "${q.speaker}"`);
        for (const r of g.roles) if (!names.has(r.person)) problems.push(`${a.id}: role person "${r.person}"`);
        for (const m of g.money) if (!(typeof m.value === 'number' && /^[A-Z]{3}$/.test(m.currency))) problems.push(`${a.id}: money ${JSON.stringify(m)}`);
      });
      expect(problems).toEqual([]);
    });
  }
});
