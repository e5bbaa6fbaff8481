import { expect } from 'vitest';
import { SummarySchema, type Summary } from '../../src/schema/summary.js';

/**
 * The invariants every summary must keep: it parses with the schema, and every span slices out
 * exactly its text from `summary.text`.
 */
export function checkSummary(value: unknown): Summary {
  const summary = SummarySchema.parse(value);
  const { text } = summary;
  const check = (where: string, s: { start: number; end: number; text: string }) => {
    expect(s.start, `${where} start <= end`).toBeLessThanOrEqual(s.end);
    expect(s.end, `${where} inside text`).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end), where).toBe(s.text);
  };
  for (const e of summary.entities) {
    for (const m of e.mentions) check(`entity ${e.id} mention`, m);
    for (const r of e.roles ?? []) check(`entity ${e.id} role`, r);
  }
  for (const q of summary.quotes) check('quote', q);
  for (const s of summary.summary) check('summary sentence', s);
  for (const m of summary.messages) if (m.span) check(`message ${m.code}`, m.span);
  for (const p of summary.paragraphs) expect(p.end).toBeLessThanOrEqual(text.length);
  for (const s of summary.sections) expect(s.end).toBeLessThanOrEqual(text.length);
  return summary;
}
