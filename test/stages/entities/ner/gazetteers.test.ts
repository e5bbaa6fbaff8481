import { describe, expect, it } from 'vitest';
import {
  buildGazetteers,
  loadIdnAreaPlaces,
  ORG_MARKERS,
  ORG_NAMES,
  TITLES,
  WORLD_PLACES,
} from '../../../../src/stages/entities/ner/gazetteers.js';

describe('gazetteer lists', () => {
  it('are lowercase with single spaces, as the matcher expects', () => {
    for (const list of [ORG_MARKERS, ORG_NAMES, TITLES, WORLD_PLACES]) {
      for (const e of list) expect(e).toMatch(/^[^A-Z\s]+(?: [^A-Z\s]+)*$/);
    }
  });

  it('include the markers and titles the issue names', () => {
    for (const m of ['pt', 'tbk', 'kementerian', 'badan', 'partai', 'universitas', 'bank', 'dinas', 'komisi', 'dpr', 'dprd']) {
      expect(ORG_MARKERS).toContain(m);
    }
    for (const t of ['presiden', 'menteri', 'gubernur', 'bupati', 'wali kota', 'ceo', 'direktur', 'ketua', 'kapolri', 'analis', 'ekonom']) {
      expect(TITLES).toContain(t);
    }
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
