import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import type { Entity } from '../../../src/schema/entity.js';

// The entity stages as in the default pipeline (amounts and the tagger before the rules).
const pipeline = createPipeline({
  stages: ['clean', 'segment', 'numbers', 'amounts', 'tagger', 'names', 'coref', 'roles'].map((name) => ({ name })),
});

function entities(body: string, title?: string): Entity[] {
  const doc = pipeline.run(title ? { title, body } : { body });
  for (const e of doc.entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return doc.entities;
}

const names = (list: Entity[]) => list.filter((e) => ['PERSON', 'ORG', 'LOC'].includes(e.type)).map((e) => `${e.type}:${e.text}`);

describe('entity rules found on real 2025 news', () => {
  it('splits a route into its two ends, known places, and keeps a toll road named by its ends whole', () => {
    const found = names(entities('Pemerintah membangun pipa gas ruas Cirebon-Semarang dan Ruas Dumai-Sei Mangkei. Tol Jakarta-Cikampek macet.'));
    expect(found).toEqual(expect.arrayContaining(['LOC:Cirebon', 'LOC:Semarang', 'LOC:Dumai', 'LOC:Sei Mangkei', 'LOC:Tol Jakarta-Cikampek']));
    expect(found.some((f) => f.includes('Ruas'))).toBe(false);
  });

  it('keeps a nickname in quotes inside a name and links the nickname alone to it', () => {
    const list = entities("Wali Kota Makassar Munafri 'Appi' Arifuddin menargetkan pemilihan digelar November. Kehadiran KPU penting, kata Appi.");
    const appi = list.find((e) => e.type === 'PERSON' && e.text === "Munafri 'Appi' Arifuddin");
    expect(appi?.mentions.map((m) => m.text)).toEqual(["Munafri 'Appi' Arifuddin", 'Appi']);
    expect(appi?.roles?.map((r) => r.title)).toEqual(['Wali Kota Makassar']);
    expect(names(list).filter((f) => f.startsWith('PERSON'))).toEqual(["PERSON:Munafri 'Appi' Arifuddin"]);
  });

  it('reads a one-word organisation that is a word of a person named in the text as that person', () => {
    const list = entities('Pakar transportasi R Sony Sulaksono Wibowo menilai kemacetan parah. Menurut Sony, angkutan umum harus dibenahi.');
    expect(names(list)).not.toContain('ORG:Sony');
  });

  it('takes no person from derived nouns after a title nor from a name ending with an organisation', () => {
    const found = names(entities('Hal itu disampaikan komisioner Pemantauan dan Penyelidikan Komnas HAM, Saurlin, kemarin. Rantis Brimob itu awalnya menabrak pengemudi ojol.'));
    expect(found).toContain('PERSON:Saurlin');
    expect(found).not.toContain('PERSON:Pemantauan');
    expect(found).not.toContain('PERSON:Rantis Brimob');
  });

  it('reads no organisation in a title\'s field, but the organisation after it', () => {
    const found = names(
      entities(
        'Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (IPK) Agus Harimurti Yudhoyono (AHY) mengatakan hal itu. Bantuan diserahkan Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Otorita IKN, Alimuddin, di IKN.',
      ),
    );
    expect(found.some((f) => f.startsWith('ORG:Infrastruktur') || f.startsWith('ORG:Budaya'))).toBe(false);
    expect(found).toContain('ORG:Otorita IKN');
    expect(found).toContain('PERSON:Agus Harimurti Yudhoyono');
  });

  it('types a known country after a title as a place and a cited source as an organisation', () => {
    const found = names(
      entities('Pelaksana Tugas Administrator NASA Sean Duffy, yang juga Menteri Perhubungan, Amerika Serikat, mengungkapkan hal itu, seperti dikutip detikINET dari Futurism.'),
    );
    expect(found).toContain('LOC:Amerika Serikat');
    expect(found).not.toContain('ORG:Amerika Serikat');
    expect(found).toContain('ORG:Futurism');
    expect(found.some((f) => f.includes('Administrator'))).toBe(false);
  });

  it('keeps an organisation named with "dan" whole, and a person after an organisation\'s rank', () => {
    const found = names(entities('Perubahan nomenklatur Badan Penyelenggaraan Haji dan Umrah menjadi setara kementerian. Polres Kampar AKP Gian Wiatma hadir.'));
    expect(found).toContain('ORG:Badan Penyelenggaraan Haji dan Umrah');
    expect(found).not.toContain('PERSON:Umrah');
    expect(found).toContain('PERSON:Gian Wiatma');
  });

  it('cuts the neighbourhood unit from a village and a sentence-opening common word from a known organisation', () => {
    const found = names(entities('Banjir merendam Kampung Naringgul RT 02 sejak sore. Jalur Pos Indonesia melayani warga tanpa rekening.'));
    expect(found).toContain('LOC:Kampung Naringgul');
    expect(found.some((f) => f.includes(' RT'))).toBe(false);
    expect(found).toContain('ORG:Pos Indonesia');
  });

  it('keeps names of a promoted story that the lexicon knows, without verbs of its title case', () => {
    const list = entities('Gubernur itu membahas data kemiskinan kemarin.\n\nTonton juga Video: Mendagri Ingatkan Dedi Mulyadi, Angka Kemiskinan Jawa Barat Tinggi');
    const found = names(list);
    expect(found).toContain('LOC:Jawa Barat');
    expect(found).toContain('PERSON:Dedi Mulyadi');
    expect(found.some((f) => f.includes('Ingatkan') || f.includes('Angka'))).toBe(false);
  });
});

describe('roles found on real 2025 news', () => {
  const roles = (body: string) =>
    entities(body)
      .filter((e) => e.type === 'PERSON')
      .map((e) => [e.text, (e.roles ?? []).map((r) => r.title)]);

  it('gives a long title, its bracketed short form and its organisation to the name after the comma', () => {
    expect(roles('Hal itu disampaikan Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi (EBTKE) Kementerian ESDM, Eniya Listiani Dewi dalam keterangannya.')).toEqual([
      ['Eniya Listiani Dewi', ['Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi']],
    ]);
  });

  it('gives each title of a list of title-name pairs to its own name, and makes no person of a unit before its number', () => {
    const found = roles('Acara itu dihadiri Menteri Desa dan Pembangunan Daerah Tertinggal Yandri Susanto, Wakil Panglima TNI Jenderal Tandyo Budi Revia. Manager Humas KAI Daop 6 Yogyakarta menjelaskan jadwal.');
    expect(found).toEqual([
      ['Yandri Susanto', ['Menteri Desa dan Pembangunan Daerah Tertinggal']],
      ['Tandyo Budi Revia', ['Wakil Panglima']],
    ]);
  });
});

describe('amounts: money implied by a noun of money', () => {
  const money = (body: string) =>
    entities(body)
      .filter((e) => e.type === 'MONEY')
      .map((e) => [e.text, e.value ?? e.min ?? e.max, e.currency]);

  it('makes a scaled number after a noun of money an amount in the article\'s currency', () => {
    expect(money('Bantuan Rp 600.000 diberikan. Total anggarannya sebesar 11,93 triliun untuk 17,3 juta pekerja.')).toEqual([
      ['Rp 600.000', 600000, 'IDR'],
      ['11,93 triliun', 11930000000000, 'IDR'],
    ]);
  });

  it('leaves a scaled number alone in an article without money or with two currencies', () => {
    expect(money('Total anggarannya sebesar 11,93 triliun tahun ini.')).toEqual([]);
    expect(money('Harga Rp 5.000 atau US$ 1. Total anggarannya sebesar 11,93 triliun.').map((m) => m[0])).toEqual(['Rp 5.000', 'US$ 1']);
  });
});
