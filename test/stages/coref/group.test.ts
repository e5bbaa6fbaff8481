import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../../src/lexicon/index.js';
import { dropNamesInsideLongerNames, joinBareBuildingWords, joinNamesSpelledTwice, joinPlacesWithinLongerNames, mergeCaseVariants, mergeCompanyCores, mergeMisspeltNames, type EntityGroup } from '../../../src/stages/coref/group.js';

/** A group of `type` whose mentions are every occurrence of each of `forms` in `text`. */
function group(text: string, type: EntityGroup['type'], name: string, forms: string[], source = 'model'): EntityGroup {
  const mentions = [];
  for (const f of forms) for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) mentions.push({ start: at, end: at + f.length, text: f, source });
  return { type, text: name, mentions, source, aliases: new Set(forms.filter((f) => f !== name)) };
}

describe('mergeCaseVariants', () => {
  it("makes a name the tagger alone read, written in other capitals than a form of another type's group named more often, that group's mention", () => {
    const t = 'KM TANI Foundation membantu korban banjir. KM TANI juga membuka dapur umum. "Kami bekerja sama dengan KM Tani," kata relawan.';
    const org = group(t, 'ORG', 'KM TANI Foundation', ['KM TANI Foundation', 'KM TANI'], 'org/marker');
    const person = group(t, 'PERSON', 'KM Tani', ['KM Tani']);
    const out = mergeCaseVariants([org, person]);
    expect(out).toEqual([org]);
    expect(org.mentions.at(-1)?.text).toBe('KM Tani');
    expect(org.aliases).toContain('KM Tani');
  });

  it('leaves a name read by a rule, a name in the same capitals, and a group named less often', () => {
    const t = 'Bima Arya hadir. BIMA mencatat kenaikan. Bima tersenyum.';
    const org = group(t, 'ORG', 'BIMA', ['BIMA']);
    const ruled = group(t, 'PERSON', 'Bima', ['Bima'], 'person/title-name');
    expect(mergeCaseVariants([org, ruled])).toHaveLength(2);
    const model = group(t, 'PERSON', 'Bima', ['Bima']);
    expect(mergeCaseVariants([org, model])).toHaveLength(2);
  });
});

describe('joinBareBuildingWords', () => {
  const lex = getLexicon();
  it("makes a building's word alone, read as a place, the one place of the article whose name holds it", () => {
    const t = 'Presiden Menerima Tamu di Istana. Tamu dari Laos tiba di Istana Wijayakarta, Jakarta, siang tadi. Rombongan lalu menuju Kompleks Gelora Sukamaju.';
    const palace = group(t, 'LOC', 'Istana Wijayakarta', ['Istana Wijayakarta']);
    const bare: EntityGroup = { type: 'LOC', text: 'Istana', mentions: [{ start: t.indexOf('Istana'), end: t.indexOf('Istana') + 6, text: 'Istana', source: 'model' }], source: 'model', aliases: new Set() };
    const other = group(t, 'LOC', 'Kompleks Gelora Sukamaju', ['Kompleks Gelora Sukamaju']);
    expect(joinBareBuildingWords([bare, palace, other], lex)).toEqual([palace, other]);
    expect(palace.mentions.map((m) => m.text)).toEqual(['Istana', 'Istana Wijayakarta']);
    expect(palace.aliases).toContain('Istana');
  });

  it('leaves it with two places whose names hold the word, and leaves the word read as an organisation', () => {
    const t = 'Menteri hadir di Istana. Rapat digelar di Istana Wijayakarta, lalu di Kompleks Istana Sukamaju.';
    const one = group(t, 'LOC', 'Istana Wijayakarta', ['Istana Wijayakarta']);
    const two = group(t, 'LOC', 'Kompleks Istana Sukamaju', ['Kompleks Istana Sukamaju']);
    const bare: EntityGroup = { type: 'LOC', text: 'Istana', mentions: [{ start: 17, end: 23, text: 'Istana', source: 'model' }], source: 'model', aliases: new Set() };
    expect(joinBareBuildingWords([bare, one, two], lex)).toHaveLength(3);
    const acting: EntityGroup = { ...bare, type: 'ORG' };
    expect(joinBareBuildingWords([acting, one], lex)).toHaveLength(2);
  });
});

describe('joinPlacesWithinLongerNames', () => {
  const lex = getLexicon();
  it("makes a building's or a street's name the one place whose name is it with words that name no other place put in", () => {
    const t = 'Menkeu ditemui di Kantor Pusat Kemenperin, Jakarta. Banjir menggenangi Jalan Pantura Wonorejo Raya. "Kami rapat di Kantor Kemenperin," ujarnya. Antrean mengular di Jalan Wonorejo.';
    const office = group(t, 'LOC', 'Kantor Pusat Kemenperin', ['Kantor Pusat Kemenperin']);
    const road = group(t, 'LOC', 'Jalan Pantura Wonorejo Raya', ['Jalan Pantura Wonorejo Raya']);
    const shortOffice = group(t, 'LOC', 'Kantor Kemenperin', ['Kantor Kemenperin']);
    const shortRoad = group(t, 'LOC', 'Jalan Wonorejo', ['Jalan Wonorejo']);
    expect(joinPlacesWithinLongerNames([office, road, shortOffice, shortRoad], lex)).toEqual([office, road]);
    expect(office.mentions.map((m) => m.text)).toEqual(['Kantor Pusat Kemenperin', 'Kantor Kemenperin']);
    expect(road.aliases).toContain('Jalan Wonorejo');
  });

  it("leaves another office's name, a route, and an administrative area", () => {
    const t = 'Rapat di Kantor Wilayah Kemenperin dan Kantor Kemenperin. Ruas Jalan Kota Banyuasri-Kota Wonorejo dibersihkan, lalu Jalan Kota Wonorejo. Warga Kota Wonorejo dan Kota Wonorejo Raya hadir.';
    const names = ['Kantor Wilayah Kemenperin', 'Kantor Kemenperin', 'Jalan Kota Banyuasri-Kota Wonorejo', 'Jalan Kota Wonorejo', 'Kota Wonorejo Raya'];
    const groups = names.map((n) => group(t, 'LOC', n, [n]));
    groups.push(group(t, 'LOC', 'Kota Wonorejo', []));
    expect(joinPlacesWithinLongerNames(groups, lex)).toHaveLength(6);
  });
});

describe('joinNamesSpelledTwice', () => {
  it("makes a person's name after another's and \"atau\", its words those of the longer name or a letter away, that person's", () => {
    const t = 'Rahmandio Fadhilah Pratama atau Rahmadio Pratama. Mahasiswa hukum itu menggugat ke MK.';
    const long = group(t, 'PERSON', 'Rahmandio Fadhilah Pratama', ['Rahmandio Fadhilah Pratama']);
    const short = group(t, 'PERSON', 'Rahmadio Pratama', ['Rahmadio Pratama']);
    expect(joinNamesSpelledTwice([long, short], t)).toEqual([long]);
    expect(long.mentions.map((m) => m.text)).toEqual(['Rahmandio Fadhilah Pratama', 'Rahmadio Pratama']);
  });

  it('leaves two people of one family named with "atau", and names not next to each other', () => {
    const t = 'Yang menjemput bisa Mario Kbarek atau Richard Kbarek. Rahmadio Pratama datang, lalu Rahmandio Fadhilah Pratama pulang.';
    const one = group(t, 'PERSON', 'Mario Kbarek', ['Mario Kbarek']);
    const two = group(t, 'PERSON', 'Richard Kbarek', ['Richard Kbarek']);
    expect(joinNamesSpelledTwice([one, two], t)).toHaveLength(2);
    const long = group(t, 'PERSON', 'Rahmandio Fadhilah Pratama', ['Rahmandio Fadhilah Pratama']);
    const short = group(t, 'PERSON', 'Rahmadio Pratama', ['Rahmadio Pratama']);
    expect(joinNamesSpelledTwice([long, short], t)).toHaveLength(2);
  });
});

describe('mergeMisspeltNames', () => {
  const t = 'Menteri Sutarjo Wibisono tiba pukul 09.00. Sutarjo menyapa wartawan. Ditanya soal anggaran, Sutarojo hanya tersenyum. "Nanti saja," kata Sutarjo. Ia lalu bertolak ke Sutarojo.';
  it("makes one word read once as a place, a letter away from a word of a person's name used three times or more, that person's", () => {
    const person = group(t, 'PERSON', 'Sutarjo Wibisono', ['Sutarjo Wibisono', 'Sutarjo'], 'person/title-name');
    const first = t.indexOf('Sutarojo');
    const place: EntityGroup = { type: 'LOC', text: 'Sutarojo', mentions: [{ start: first, end: first + 8, text: 'Sutarojo', source: 'loc/gazetteer' }], source: 'loc/gazetteer', aliases: new Set() };
    expect(mergeMisspeltNames([person, place], t)).toEqual([person]);
    expect(person.aliases).toContain('Sutarojo');
  });

  it('leaves a place named where a place is, and a name the article uses less often', () => {
    const person = group(t, 'PERSON', 'Sutarjo Wibisono', ['Sutarjo Wibisono', 'Sutarjo'], 'person/title-name');
    const last = t.lastIndexOf('Sutarojo');
    const place: EntityGroup = { type: 'LOC', text: 'Sutarojo', mentions: [{ start: last, end: last + 8, text: 'Sutarojo', source: 'loc/gazetteer' }], source: 'loc/gazetteer', aliases: new Set() };
    expect(mergeMisspeltNames([person, place], t)).toHaveLength(2);
    const once = { ...person, mentions: person.mentions.slice(0, 2) };
    const first = t.indexOf('Sutarojo');
    const other: EntityGroup = { ...place, mentions: [{ start: first, end: first + 8, text: 'Sutarojo', source: 'loc/gazetteer' }] };
    expect(mergeMisspeltNames([once, other], t)).toHaveLength(2);
  });
});

describe('dropNamesInsideLongerNames', () => {
  /** A group with one mention at each of `starts`, each the text of `form` there. */
  const at = (text: string, type: EntityGroup['type'], name: string, form: string, starts: number[]): EntityGroup => ({
    type,
    text: name,
    mentions: starts.map((start) => ({ start, end: start + form.length, text: text.slice(start, start + form.length), source: 'model' })),
    source: 'model',
    aliases: new Set(),
  });

  it("drops a place every mention of which lies inside another entity's longer name ('Malaka' of 'Tan Malaka', 'Kota Wirosari' of 'DPRD Kota Wirosari'), the longer name taking its place", () => {
    const t = 'Tan Malaka: Jejak Sang Guru\n\nPemikiran Tan Malaka dibahas. Ketua DPRD Kota Wirosari hadir. Anggota DPRD Kota Wirosari setuju.';
    const person = at(t, 'PERSON', 'Tan Malaka', 'Tan Malaka', [t.indexOf('Tan Malaka', 5)]);
    const place = at(t, 'LOC', 'Malaka', 'Malaka', [4]);
    const body = at(t, 'ORG', 'DPRD Kota Wirosari', 'DPRD Kota Wirosari', [t.indexOf('DPRD Kota Wirosari')]);
    const city = at(t, 'LOC', 'Kota Wirosari', 'Kota Wirosari', [t.lastIndexOf('Kota Wirosari')]);
    expect(dropNamesInsideLongerNames([person, place, body, city], t)).toEqual([person, body]);
    expect(person.mentions.map((m) => m.start)).toEqual([0, t.indexOf('Tan Malaka', 5)]);
    expect(body.mentions).toHaveLength(2);
  });

  it('keeps a place also named on its own, and a body inside another body\'s name', () => {
    const t = 'Ketua DPRD Kota Wirosari hadir. Banjir melanda Kota Wirosari. Komisi I DPR rapat.';
    const body = at(t, 'ORG', 'DPRD Kota Wirosari', 'DPRD Kota Wirosari', [6]);
    const city = at(t, 'LOC', 'Kota Wirosari', 'Kota Wirosari', [11, t.lastIndexOf('Kota Wirosari')]);
    const unit = at(t, 'ORG', 'Komisi I DPR', 'Komisi I DPR', []);
    const parent = at(t, 'ORG', 'DPR', 'DPR', [t.indexOf('DPR rapat')]);
    unit.mentions.push({ start: t.indexOf('Komisi I'), end: t.indexOf('Komisi I') + 12, text: 'Komisi I DPR', source: 'model' });
    expect(dropNamesInsideLongerNames([body, city, unit, parent], t)).toEqual([body, city, unit, parent]);
    expect(city.mentions).toHaveLength(2);
  });
});

describe('mergeCompanyCores', () => {
  it("makes one word read as a person that is, in any capitals, a company's name after its legal form or the first word of it that company's ('Kancil' of 'PT KANCIL', 'Marlip' of 'PT Marlip Indo Mandiri')", () => {
    const t = 'Mobil dipasarkan PT Marlip Indo Mandiri. Marlip juga punya varian lain. PT KANCIL membuat mobil. Kancil laris.';
    const marlip = group(t, 'ORG', 'PT Marlip Indo Mandiri', ['PT Marlip Indo Mandiri'], 'org/marker');
    const kancil = group(t, 'ORG', 'PT KANCIL', ['PT KANCIL'], 'org/marker');
    const p1 = group(t, 'PERSON', 'Marlip', ['Marlip juga']);
    const p2 = group(t, 'PERSON', 'Kancil', ['Kancil laris']);
    p1.mentions = [{ ...p1.mentions[0]!, end: p1.mentions[0]!.start + 6, text: 'Marlip' }];
    p2.mentions = [{ ...p2.mentions[0]!, end: p2.mentions[0]!.start + 6, text: 'Kancil' }];
    expect(mergeCompanyCores([marlip, p1, kancil, p2], getLexicon())).toEqual([marlip, kancil]);
    expect(marlip.aliases).toContain('Marlip');
    const u = 'Proyek dibuat Grup Wiratama melalui Wiratama Brothers. Wiratama ketika itu ingin mobil nasional.';
    const grup = group(u, 'ORG', 'Grup Wiratama', ['Grup Wiratama']);
    const read = group(u, 'PERSON', 'Wiratama', ['Wiratama ketika']);
    read.mentions = [{ ...read.mentions[0]!, end: read.mentions[0]!.start + 8, text: 'Wiratama' }];
    expect(mergeCompanyCores([grup, read], getLexicon())).toEqual([grup]);
    expect(kancil.aliases).toContain('Kancil');
  });

  it("gives a company of the article the mentions of its name alone from a person's name that holds it and no word of people's names ('Garuka Sarandi' with 'PT Sarandi', 'Lestara Green Journey' with 'Lestara Indonesia'), and drops the rest", () => {
    const t = 'Bupati memesan Garuka Sarandi untuk camat. PT Sarandi menyiapkan 300 unit. Menurut Sarandi, Garuka laris.';
    const firm = group(t, 'ORG', 'PT Sarandi', ['PT Sarandi'], 'org/marker');
    const read = group(t, 'PERSON', 'Garuka Sarandi', ['Garuka Sarandi', 'Garuka laris']);
    const alone = t.indexOf('Sarandi,');
    read.mentions.push({ start: alone, end: alone + 7, text: 'Sarandi', source: 'model' });
    read.mentions[1] = { ...read.mentions[1]!, end: read.mentions[1]!.start + 6, text: 'Garuka' };
    expect(mergeCompanyCores([firm, read], getLexicon())).toEqual([firm]);
    expect(firm.mentions.map((m) => m.text)).toEqual(['PT Sarandi', 'Sarandi']);
    const u = 'Lestara Indonesia menggelar aksi. Aksi Lestara itu bagian dari Lestara Green Journey.';
    const lestara = group(u, 'ORG', 'Lestara Indonesia', ['Lestara Indonesia'], 'org/marker');
    const programme = group(u, 'PERSON', 'Lestara Green Journey', ['Lestara Green Journey']);
    const at = u.indexOf('Lestara itu');
    programme.mentions.unshift({ start: at, end: at + 7, text: 'Lestara', source: 'model' });
    expect(mergeCompanyCores([lestara, programme], getLexicon())).toEqual([lestara]);
    expect(lestara.mentions).toHaveLength(2);
  });

  it("makes a name read as a person that is an association after its board's short form ('Nelayan Jaya' of 'DPW Nelayan Jaya') or a company before its region ('Lumora' of 'Lumora Southeast Asia') that organisation's", () => {
    const t = 'Ketua DPW Nelayan Jaya, Sardi, hadir. Nelayan Jaya juga mengawasi solar. Lumora Southeast Asia membuka pabrik. Lumora menyebut pabrik itu hemat air.';
    const board = group(t, 'ORG', 'DPW Nelayan Jaya', ['DPW Nelayan Jaya'], 'org/marker');
    const read = group(t, 'PERSON', 'Nelayan Jaya', ['Nelayan Jaya juga']);
    read.mentions = [{ ...read.mentions[0]!, end: read.mentions[0]!.start + 12, text: 'Nelayan Jaya' }];
    const firm = group(t, 'ORG', 'Lumora Southeast Asia', ['Lumora Southeast Asia'], 'org/marker');
    const lumora = group(t, 'PERSON', 'Lumora', ['Lumora menyebut']);
    lumora.mentions = [{ ...lumora.mentions[0]!, end: lumora.mentions[0]!.start + 6, text: 'Lumora' }];
    expect(mergeCompanyCores([board, read, firm, lumora], getLexicon())).toEqual([board, firm]);
    expect([board.mentions.length, firm.mentions.length]).toEqual([2, 2]);
  });

  it("leaves a person's name that holds a company's name and a word of people's names ('Budi Sarandi')", () => {
    const t = 'PT Sarandi merekrut Budi Sarandi. Kata Sarandi, pabrik siap.';
    const firm = group(t, 'ORG', 'PT Sarandi', ['PT Sarandi'], 'org/marker');
    const person = group(t, 'PERSON', 'Budi Sarandi', ['Budi Sarandi']);
    const alone = t.indexOf('Sarandi,');
    person.mentions.push({ start: alone, end: alone + 7, text: 'Sarandi', source: 'model' });
    expect(mergeCompanyCores([firm, person], getLexicon())).toEqual([firm, person]);
  });

  it("leaves a person named as a word of a body's kind ('Bank' of 'PT Bank Sentosa') and a name of two words", () => {
    const t = 'PT Bank Sentosa rugi. Kata Bank kemarin. Marlip Santoso datang ke PT Marlip Indo Mandiri.';
    const bank = group(t, 'ORG', 'PT Bank Sentosa', ['PT Bank Sentosa']);
    const word = group(t, 'PERSON', 'Bank', ['Bank kemarin']);
    const firm = group(t, 'ORG', 'PT Marlip Indo Mandiri', ['PT Marlip Indo Mandiri']);
    const person = group(t, 'PERSON', 'Marlip Santoso', ['Marlip Santoso']);
    expect(mergeCompanyCores([bank, word, firm, person], getLexicon())).toEqual([bank, word, firm, person]);
    expect([bank.aliases.size, firm.aliases.size]).toEqual([0, 0]);
  });
});
