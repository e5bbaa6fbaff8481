import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGazetteers, loadGazetteerData, loadIdnAreaPlaces, nerGazetteerLists } from '../../../../src/stages/tagger/ner/gazetteers.js';
import { DEFAULT_NER_MODEL_URL } from '../../../../src/stages/tagger/ner/model.js';

describe('gazetteer lists', () => {
  const lists = nerGazetteerLists();

  it('are lowercase with single spaces, as the matcher expects', () => {
    for (const list of [lists.orgMarkers, lists.orgNames, lists.titles, lists.worldPlaces]) {
      for (const e of list) expect(e).toMatch(/^[^A-Z\s]+(?: [^A-Z\s]+)*$/);
    }
  });

  it('include the markers and titles the issue names', () => {
    for (const m of ['pt', 'tbk', 'kementerian', 'badan', 'partai', 'universitas', 'bank', 'dinas', 'komisi', 'dpr', 'dprd']) {
      expect(lists.orgMarkers).toContain(m);
    }
    for (const t of ['presiden', 'menteri', 'gubernur', 'bupati', 'wali kota', 'ceo', 'direktur', 'ketua', 'kapolri', 'analis', 'ekonom']) {
      expect(lists.titles).toContain(t);
    }
  });

  // The lists are frozen into the shipped model: training must copy exactly what its header holds,
  // in the same order, or a rerun of scripts/train-ner.ts would not rebuild the same file.
  it('are what the shipped model embeds, in the same order', async () => {
    const bytes = readFileSync(DEFAULT_NER_MODEL_URL);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4))) as { gazetteers: unknown };
    expect(JSON.stringify(await loadGazetteerData())).toBe(JSON.stringify(header.gazetteers));
  });
});

describe('loadIdnAreaPlaces', () => {
  const places = loadIdnAreaPlaces();

  it('reads provinces, regencies and cities with and without their kind', () => {
    for (const p of ['jawa barat', 'dki jakarta', 'jakarta', 'kabupaten bogor', 'bogor', 'kota bandung', 'bandung', 'jakarta selatan']) {
      expect(places).toContain(p);
    }
    expect(places.length).toBeGreaterThan(900);
  });

  it('is used when the data asks for the areas', () => {
    const base = { places: ['gaza'], givenNames: [], orgMarkers: [], titles: [] };
    expect(buildGazetteers({ ...base, idnAreas: true }).phrases.get('place')?.entries.has('kabupaten sleman')).toBe(true);
    expect(buildGazetteers(base).phrases.get('place')?.entries.has('kabupaten sleman')).toBe(false);
  });
});

describe('buildGazetteers', () => {
  it('knows which phrases can grow into a longer entry', () => {
    const place = buildGazetteers({ places: ['kabupaten aceh selatan', 'aceh', 'new york'], givenNames: [], orgMarkers: [], titles: [] }).phrases.get('place');
    expect([...(place?.prefixes ?? [])].sort()).toEqual(['kabupaten', 'kabupaten aceh', 'new']);
    expect([...(place?.firsts ?? [])].sort()).toEqual(['aceh', 'kabupaten', 'new']);
    expect([...(place?.inner ?? [])].sort()).toEqual(['aceh', 'selatan', 'york']);
    expect(place?.maxTokens).toBe(3);
  });

  it('bands a common word by its first rank', () => {
    const words = Array.from({ length: 2500 }, (_, k) => `w${k}`);
    words[2400] = 'w5';
    words[1500] = 'w2200';
    const { band } = buildGazetteers({ places: [], givenNames: [], orgMarkers: [], titles: [], commonWords: words });
    expect([band.get('w5'), band.get('w299'), band.get('w300'), band.get('w1999'), band.get('w2200'), band.get('w2499')]).toEqual(['0', '0', '1', '1', '1', '2']);
    expect(band.get('zzz')).toBeUndefined();
  });
});
