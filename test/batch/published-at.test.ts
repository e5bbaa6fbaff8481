import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import type { Summary } from '../../src/schema/summary.js';
import { writeWarc } from '../io/warc-fixture.js';
import { memoryStream, summaries, tempDir } from './helpers.js';

const body = 'JAKARTA - Banjir melanda Bekasi kemarin sore. Warga mengungsi ke masjid.';

async function run(options: Omit<BatchOptions, 'progress'>): Promise<Summary[]> {
  const stdout = memoryStream();
  await runBatch({ progress: 'none', stdout, workers: 0, ...options });
  return summaries(stdout.text());
}

function yesterday(s: Summary): string | undefined {
  return s.entities.find((e) => e.type === 'DATE' && e.text === 'kemarin')?.date;
}

function page(meta: string): string {
  return `<!doctype html><html lang="id"><head><title>Banjir Bekasi</title>${meta}</head>
<body><article><h1>Banjir Bekasi</h1><p>${body}</p><p>Petugas BPBD Kota Bekasi mendirikan posko di sekitar lokasi dan membagikan makanan kepada warga yang mengungsi sejak pagi.</p>
<p>Ketinggian air mencapai 80 sentimeter di beberapa titik, menurut keterangan petugas di lapangan kepada wartawan.</p></article></body></html>`;
}

describe('publication dates and outlets at every input path', () => {
  it('JSONL: a non-ISO date, a Unix timestamp, and the outlet of the URL', async () => {
    const dir = tempDir();
    const file = join(dir, 'dump.jsonl');
    writeFileSync(
      file,
      [
        { id: 'a', body, publishedAt: 'Selasa, 21 Okt 2025 20:43 WIB', url: 'https://news.detik.com/berita/d-1/banjir' },
        { id: 'b', body, publishedAt: 1761054180 },
        { id: 'c', body, publishedAt: 'kemarin', source: { outlet: 'CNN Indonesia' } },
      ].map((a) => JSON.stringify(a)).join('\n') + '\n',
    );
    const [a, b, c] = await run({ inputs: [file] });
    expect([a!.publishedAt, a!.publishedAtOriginal, yesterday(a!), a!.source?.outlet]).toEqual(['2025-10-21T20:43:00+07:00', 'Selasa, 21 Okt 2025 20:43 WIB', '2025-10-20', 'detik']);
    expect([b!.publishedAt, b!.publishedAtOriginal, yesterday(b!)]).toEqual(['2025-10-21T20:43:00+07:00', '1761054180', '2025-10-20']);
    expect(c!.publishedAt).toBeNull();
    expect(c!.messages.map((m) => m.code)).toContain('published-at-unreadable');
    expect(c!.source).toEqual({ file, line: 3, outlet: 'cnn-indonesia' });
  });

  it('CSV with --map: dates in M/D/Y read by the date order, the outlet from a column', async () => {
    const dir = tempDir();
    const file = join(dir, 'berita.csv');
    writeFileSync(file, `judul,isi,tanggal,media\nBanjir,"${body}",10/21/2025 20:43,Kompas.com\nBanjir lagi,"${body}",5/11/2025 09:15,\n`);
    const map = { title: 'judul', body: 'isi', publishedAt: 'tanggal', outlet: 'media' } as const;
    const [a, b] = await run({ inputs: [file], map, pipeline: { dateOrder: 'mdy' } });
    expect([a!.publishedAt, a!.publishedAtOriginal, yesterday(a!), a!.source?.outlet]).toEqual(['2025-10-21T20:43:00+07:00', '10/21/2025 20:43', '2025-10-20', 'kompas']);
    expect([b!.publishedAt, yesterday(b!)]).toEqual(['2025-05-11T09:15:00+07:00', '2025-05-10']);
    expect(b!.messages.find((m) => m.code === 'published-at-ambiguous')?.data).toMatchObject({ order: 'mdy', other: '2025-11-05' });
    // The default order reads the same row D/M/Y.
    const [, dmy] = await run({ inputs: [file], map });
    expect([dmy!.publishedAt, yesterday(dmy!)]).toEqual(['2025-11-05T09:15:00+07:00', '2025-11-04']);
  });

  it('HTML: the date of a meta tag as the outlet prints it, the outlet from og:site_name', async () => {
    const dir = tempDir();
    const file = join(dir, 'banjir.html');
    writeFileSync(file, page('<meta name="pubdate" content="Selasa, 21 Oktober 2025 - 20:43 WIB"><meta property="og:site_name" content="detikNews">'));
    const [s] = await run({ inputs: [file] });
    expect([s!.publishedAt, s!.publishedAtOriginal, yesterday(s!), s!.source?.outlet]).toEqual(['2025-10-21T20:43:00+07:00', 'Selasa, 21 Oktober 2025 - 20:43 WIB', '2025-10-20', 'detik']);
  });

  it('WARC: the HTTP Last-Modified header when the page has no date, the outlet from the target URL', async () => {
    const dir = tempDir();
    const file = join(dir, 'crawl.warc.gz');
    await writeWarc(file, [
      { url: 'https://megapolitan.kompas.com/read/2025/10/21/banjir', body: page(''), headers: { 'Last-Modified': 'Tue, 21 Oct 2025 13:43:00 GMT' } },
      { url: 'https://www.tempo.co/x', body: page('<meta property="article:published_time" content="2025-10-21T08:00:00+07:00">'), headers: { 'Last-Modified': 'Wed, 22 Oct 2025 01:00:00 GMT' } },
    ]);
    const [a, b] = await run({ inputs: [file] });
    expect([a!.publishedAt, a!.publishedAtOriginal, yesterday(a!), a!.source?.outlet]).toEqual(['2025-10-21T20:43:00+07:00', 'Tue, 21 Oct 2025 13:43:00 GMT', '2025-10-20', 'kompas']);
    // The page's own date wins over the header.
    expect([b!.publishedAt, yesterday(b!), b!.source?.outlet]).toEqual(['2025-10-21T08:00:00+07:00', '2025-10-20', 'tempo']);
  });
});
