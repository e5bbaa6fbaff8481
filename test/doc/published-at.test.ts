import { describe, expect, it } from 'vitest';
import { readPublishedAt, timeZoneOption, zoneOffset } from '../../src/doc/published-at.js';

describe('readPublishedAt', () => {
  // [as given, ISO 8601 read with the defaults (D/M/Y, WIB)]
  const forms: [string, string][] = [
    // ISO 8601, with and without a zone; a UTC time is shown in WIB
    ['2025-10-21T20:43:00+07:00', '2025-10-21T20:43:00+07:00'],
    ['2025-10-21T20:43:00+0800', '2025-10-21T20:43:00+08:00'],
    ['2025-10-21T20:43:00', '2025-10-21T20:43:00+07:00'],
    ['2025-10-21 20:43', '2025-10-21T20:43:00+07:00'],
    ['2025-10-21T13:43:00Z', '2025-10-21T20:43:00+07:00'],
    ['2025-10-21T13:43:00.250Z', '2025-10-21T20:43:00.250+07:00'],
    ['2025-10-21', '2025-10-21'],
    // RFC 2822 / RFC 1123 (RSS, HTTP, WARC headers)
    ['Tue, 21 Oct 2025 13:43:00 GMT', '2025-10-21T20:43:00+07:00'],
    ['Tue, 21 Oct 2025 13:43:00 +0000', '2025-10-21T20:43:00+07:00'],
    ['Tue, 21 Oct 2025 20:43:00 +0700', '2025-10-21T20:43:00+07:00'],
    ['Tuesday, 21-Oct-2025 18:30:00 GMT', '2025-10-22T01:30:00+07:00'],
    // Indonesian: day and month names or abbreviations, WIB/WITA/WIT
    ['Selasa, 21 Okt 2025 20:43 WIB', '2025-10-21T20:43:00+07:00'],
    ['Selasa, 21 Oktober 2025 - 20:43 WIB', '2025-10-21T20:43:00+07:00'],
    ['21 Oktober 2025', '2025-10-21'],
    ['Rabu, 5/11/2025 09:15 WITA', '2025-11-05T09:15:00+08:00'],
    ['Kamis, 6 Nov 2025 pukul 10.30 WIT', '2025-11-06T10:30:00+09:00'],
    ["Jum'at, 24 Okt 2025 | 10:00 WIB", '2025-10-24T10:00:00+07:00'],
    ['Diperbarui 21 Agt 2025, 07:05 WIB', '2025-08-21T07:05:00+07:00'],
    ['21 Nopember 2025', '2025-11-21'],
    ['21/10/2025 20:43', '2025-10-21T20:43:00+07:00'],
    ['21-10-2025', '2025-10-21'],
    ['21.10.2025 20.43', '2025-10-21T20:43:00+07:00'],
    // Malay
    ['Isnin, 20 Okt 2025 8:43 PM', '2025-10-20T20:43:00+07:00'],
    ['20 Ogos 2025', '2025-08-20'],
    ['Khamis, 1 Mac 2029', '2029-03-01'],
    // English
    ['October 21, 2025 at 8:43 pm', '2025-10-21T20:43:00+07:00'],
    // A date only M/D/Y can read, whatever the order
    ['10/21/2025 20:43', '2025-10-21T20:43:00+07:00'],
    // Y/M/D with a four-digit year
    ['2025/10/21', '2025-10-21'],
    // Unix time in seconds and milliseconds
    ['1761054180', '2025-10-21T20:43:00+07:00'],
    ['1761054180000', '2025-10-21T20:43:00+07:00'],
  ];
  it.each(forms)('%s → %s', (value, iso) => {
    const r = readPublishedAt(value);
    expect(r).toMatchObject({ ok: true, iso });
    if (value !== '5/11/2025' && !/^\D*5\/11\//.test(value)) expect(r).not.toHaveProperty('ambiguous');
  });

  it('reads a date whose words are set apart by any white space, not only single spaces', () => {
    const iso = '2025-10-21T20:43:00+07:00';
    for (const value of ['Selasa,  21 Okt 2025 20:43 WIB', 'Selasa,\t21 Okt 2025\n20:43 WIB', 'Selasa,\u00a021\u00a0Okt 2025 20:43 WIB', '2025-10-21 \t20:43']) {
      expect(readPublishedAt(value), JSON.stringify(value)).toMatchObject({ ok: true, iso });
    }
  });

  it('reads the zone of each value, whatever zone the value before had', () => {
    expect(readPublishedAt('2025-10-21T20:43:00+08:00')).toMatchObject({ iso: '2025-10-21T20:43:00+08:00' });
    expect(readPublishedAt('2025-10-21T20:43:00+07:00', { timeZone: 'WITA' })).toMatchObject({ iso: '2025-10-21T20:43:00+07:00' });
    expect(readPublishedAt('2025-10-21 20:43', { timeZone: 'WITA' })).toMatchObject({ iso: '2025-10-21T20:43:00+08:00' });
    expect(readPublishedAt('2025-10-21 20:43')).toMatchObject({ iso: '2025-10-21T20:43:00+07:00' });
  });

  it('reads a numeric date that reads both ways in the configured order, and says so', () => {
    expect(readPublishedAt('Rabu, 5/11/2025 09:15 WITA')).toEqual({ ok: true, iso: '2025-11-05T09:15:00+08:00', ambiguous: { order: 'dmy', other: '2025-05-11' } });
    expect(readPublishedAt('5/11/2025', { order: 'mdy' })).toEqual({ ok: true, iso: '2025-05-11', ambiguous: { order: 'mdy', other: '2025-11-05' } });
    // Only one reading is a calendar date: no ambiguity, whatever the order.
    expect(readPublishedAt('21/10/2025', { order: 'mdy' })).toEqual({ ok: true, iso: '2025-10-21' });
    expect(readPublishedAt('10/21/2025', { order: 'dmy' })).toEqual({ ok: true, iso: '2025-10-21' });
    // The same day and month: nothing to choose.
    expect(readPublishedAt('5/5/2025')).toEqual({ ok: true, iso: '2025-05-05' });
    // Two-digit parts: the order decides which one is the year.
    expect(readPublishedAt('25/10/21', { order: 'ymd' })).toEqual({ ok: true, iso: '2025-10-21' });
    expect(readPublishedAt('21/10/25')).toEqual({ ok: true, iso: '2025-10-21' });
  });

  it('shows a time without a zone, and a UTC time, in the configured zone', () => {
    expect(readPublishedAt('21/10/2025 20:43', { timeZone: 'WITA' })).toEqual({ ok: true, iso: '2025-10-21T20:43:00+08:00' });
    expect(readPublishedAt('Tue, 21 Oct 2025 13:43:00 GMT', { timeZone: '+09:00' })).toEqual({ ok: true, iso: '2025-10-21T22:43:00+09:00' });
    expect(readPublishedAt('Tue, 21 Oct 2025 13:43:00 GMT', { timeZone: 'UTC' })).toEqual({ ok: true, iso: '2025-10-21T13:43:00+00:00' });
    // A zone written is kept.
    expect(readPublishedAt('21 Okt 2025 20:43 WIB', { timeZone: 'WIT' })).toEqual({ ok: true, iso: '2025-10-21T20:43:00+07:00' });
  });

  it.each([
    ['kemarin', /no day, month and year/],
    ['besok pagi', /no day, month and year/],
    ['2025-02-30', /no calendar day/],
    ['31/02/2025', /no calendar day/],
    ['21 Foo 2025', /"Foo" is no month/],
    ['Selasa, 21 Okt 2025 25:10 WIB', /no time of day/],
    ['21 Okt 2025 sekitar pukul 20:43', /"sekitar" is not understood/],
    ['12345678901', /11 digits/],
    ['   ', /empty/],
    [`21 Oktober 2025 ${'x'.repeat(300)}`, /longer than 200 characters/],
  ])('cannot read %j', (value, reason) => {
    const r = readPublishedAt(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('zones', () => {
  it('maps WIB, WITA, WIT and offsets', () => {
    expect(['WIB', 'wita', 'WIT', 'UTC', 'Z', '+0800', 'GMT+7', '-03:30'].map(zoneOffset)).toEqual(['+07:00', '+08:00', '+09:00', '+00:00', '+00:00', '+08:00', '+07:00', '-03:30']);
    expect(zoneOffset('EST')).toBeNull();
    expect(timeZoneOption(undefined)).toBe('+07:00');
    expect(() => timeZoneOption('Jakarta')).toThrow(/time zone "Jakarta" is not an offset/);
  });
});
