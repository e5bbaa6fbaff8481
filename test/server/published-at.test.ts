import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/schema/summary.js';
import { checkSummary } from '../helpers/invariants.js';
import { post, startServer, type TestServer } from './helpers.js';

let t: TestServer;

beforeAll(async () => {
  // The service reads dates as its pipeline config says: here M/D/Y, WITA.
  t = await startServer({ workers: 1, pipeline: { dateOrder: 'mdy', timeZone: 'WITA' } });
}, 60_000);

afterAll(async () => {
  await t?.close();
}, 60_000);

const body = 'MAKASSAR - Banjir melanda Tamalanrea kemarin sore. Warga mengungsi ke masjid.';

describe('POST /v1/analyze: publication dates and outlets', () => {
  it('reads a non-ISO date by the service config and resolves relative dates from it', async () => {
    const response = await post(`${t.url}/v1/analyze`, { id: 'a', body, publishedAt: '10/21/2025 20:43', url: 'https://makassar.tribunnews.com/2025/10/21/banjir' });
    expect(response.status).toBe(200);
    const s = checkSummary(await response.json());
    expect([s.publishedAt, s.publishedAtOriginal, s.source?.outlet]).toEqual(['2025-10-21T20:43:00+08:00', '10/21/2025 20:43', 'tribun']);
    expect(s.entities.find((e) => e.type === 'DATE' && e.text === 'kemarin')?.date).toBe('2025-10-20');
  });

  it('reads an ambiguous date M/D/Y and says so; names an unreadable one', async () => {
    const batch = await post(`${t.url}/v1/analyze/batch`, [
      { id: 'b', body, publishedAt: 'Rabu, 5/11/2025 09:15 WITA' },
      { id: 'c', body, publishedAt: 'pekan lalu' },
    ]);
    const [b, c] = (await batch.text()).trim().split('\n').map((l) => checkSummary(JSON.parse(l)) as Summary);
    expect(b!.publishedAt).toBe('2025-05-11T09:15:00+08:00');
    expect(b!.messages.find((m) => m.code === 'published-at-ambiguous')?.data).toMatchObject({ order: 'mdy', other: '2025-11-05' });
    expect(c!.publishedAt).toBeNull();
    expect(c!.messages.find((m) => m.code === 'published-at-unreadable')?.message).toContain('"pekan lalu"');
  });
});
