import { describe, expect, it } from 'vitest';
import { analyze, createPipeline } from '../../src/pipeline/pipeline.js';
import type { Summary } from '../../src/schema/summary.js';
import { checkSummary } from '../helpers/invariants.js';

const body = 'JAKARTA - Banjir melanda Bekasi kemarin sore. Warga mengungsi ke masjid.';

/** The date the article's "kemarin" resolved to, or undefined when it stayed unresolved. */
function yesterday(s: Summary): string | undefined {
  const e = s.entities.find((x) => x.type === 'DATE' && x.text === 'kemarin');
  expect(e).toBeDefined();
  return e!.date;
}

const codes = (s: Summary) => s.messages.map((m) => m.code);

describe('publishedAt through the library', () => {
  // The table of issue 18: what was given → publishedAt, the day "kemarin" resolves to.
  it.each([
    ['2025-10-21T20:43:00+07:00', '2025-10-21T20:43:00+07:00', '2025-10-20'],
    ['Selasa, 21 Okt 2025 20:43 WIB', '2025-10-21T20:43:00+07:00', '2025-10-20'],
    ['21/10/2025 20:43', '2025-10-21T20:43:00+07:00', '2025-10-20'],
    ['Tue, 21 Oct 2025 13:43:00 GMT', '2025-10-21T20:43:00+07:00', '2025-10-20'],
    ['10/21/2025 20:43', '2025-10-21T20:43:00+07:00', '2025-10-20'],
    ['21 Oktober 2025', '2025-10-21', '2025-10-20'],
    [1761054180, '2025-10-21T20:43:00+07:00', '2025-10-20'],
    ['1761054180000', '2025-10-21T20:43:00+07:00', '2025-10-20'],
    // 18:30 GMT is 01:30 WIB the next day: "kemarin" is the 21st in Jakarta.
    ['Tue, 21 Oct 2025 18:30:00 GMT', '2025-10-22T01:30:00+07:00', '2025-10-21'],
  ])('%j → %s, "kemarin" %s', (given, iso, day) => {
    const s = checkSummary(analyze({ id: 'x', body, publishedAt: given }));
    expect(s.publishedAt).toBe(iso);
    if (String(given) === iso) expect(s).not.toHaveProperty('publishedAtOriginal');
    else expect(s.publishedAtOriginal).toBe(String(given));
    expect(yesterday(s)).toBe(day);
    expect(codes(s)).not.toContain('date-unresolved');
    expect(codes(s)).not.toContain('published-at-unreadable');
  });

  it('reports a value it cannot read by name, keeps it, and never says no date was given', () => {
    const s = checkSummary(analyze({ id: 'x', body, publishedAt: 'minggu lalu' }));
    expect(s.publishedAt).toBeNull();
    expect(s.publishedAtOriginal).toBe('minggu lalu');
    const unreadable = s.messages.find((m) => m.code === 'published-at-unreadable')!;
    expect(unreadable).toMatchObject({ severity: 'warning', data: { value: 'minggu lalu' } });
    expect(unreadable.message).toContain('"minggu lalu"');
    expect(yesterday(s)).toBeUndefined();
    const unresolved = s.messages.find((m) => m.code === 'date-unresolved')!;
    expect(unresolved.message).toContain('"minggu lalu" cannot be read');
    expect(JSON.stringify(s.messages)).not.toContain('no publication date given');
  });

  it('names a long unreadable value by its start, and keeps all of it', () => {
    const value = `Selasa ${'panjang '.repeat(100)}`;
    const s = checkSummary(analyze({ id: 'x', body, publishedAt: value }));
    expect(s.publishedAtOriginal).toBe(value);
    const m = s.messages.find((x) => x.code === 'published-at-unreadable')!;
    expect(m.message).toContain(`"${value.slice(0, 100)}…"`);
    expect(m.message).toMatch(/longer than 200 characters/);
  });

  it('still says "no publication date given" when none was', () => {
    const s = checkSummary(analyze({ id: 'x', body }));
    expect(s.publishedAt).toBeNull();
    expect(s).not.toHaveProperty('publishedAtOriginal');
    expect(s.messages.find((m) => m.code === 'date-unresolved')?.message).toContain('no publication date given');
  });

  it('reads an ambiguous numeric date in the configured order and says so', () => {
    const dmy = checkSummary(analyze({ id: 'x', body, publishedAt: 'Rabu, 5/11/2025 09:15 WITA' }));
    expect(dmy.publishedAt).toBe('2025-11-05T09:15:00+08:00');
    expect(yesterday(dmy)).toBe('2025-11-04');
    const m = dmy.messages.find((x) => x.code === 'published-at-ambiguous')!;
    expect(m).toMatchObject({ severity: 'info', data: { order: 'dmy', other: '2025-05-11' } });
    expect(m.message).toMatch(/read as day\/month\/year \(2025-11-05\), not 2025-05-11/);

    const mdy = checkSummary(createPipeline({ dateOrder: 'mdy' }).analyze({ id: 'x', body, publishedAt: '5/11/2025 09:15' }));
    expect(mdy.publishedAt).toBe('2025-05-11T09:15:00+07:00');
    expect(yesterday(mdy)).toBe('2025-05-10');
    expect(mdy.messages.find((x) => x.code === 'published-at-ambiguous')?.data).toMatchObject({ order: 'mdy', other: '2025-11-05' });
    // An unambiguous date gives no message.
    expect(codes(checkSummary(analyze({ id: 'x', body, publishedAt: '21/10/2025' })))).not.toContain('published-at-ambiguous');
  });

  it('takes the zone of a time without one from the config, and hashes only non-default date options', () => {
    const wita = createPipeline({ timeZone: 'WITA' });
    expect(wita.analyze({ id: 'x', body, publishedAt: '21/10/2025 20:43' }).publishedAt).toBe('2025-10-21T20:43:00+08:00');
    expect(wita.config).toMatchObject({ dateOrder: 'dmy', timeZone: '+08:00' });
    const plain = createPipeline();
    expect(createPipeline({ dateOrder: 'dmy', timeZone: 'WIB' }).hash).toBe(plain.hash);
    expect(wita.hash).not.toBe(plain.hash);
    expect(createPipeline({ dateOrder: 'mdy' }).hash).not.toBe(plain.hash);
    expect(() => createPipeline({ timeZone: 'Jakarta' })).toThrow(/timeZone: a time zone is an offset/);
    expect(() => createPipeline({ dateOrder: 'dym' as never })).toThrow(/dateOrder/);
  });

  it('gives source.outlet from the URL or a given outlet', () => {
    expect(analyze({ id: 'x', body, url: 'https://news.detik.com/berita/d-1/banjir' }).source).toEqual({ outlet: 'detik' });
    expect(analyze({ id: 'x', body, source: { file: 'a.jsonl', line: 3, outlet: 'Kompas.com' } }).source).toEqual({ file: 'a.jsonl', line: 3, outlet: 'kompas' });
    expect(analyze({ id: 'x', body })).not.toHaveProperty('source');
  });
});
