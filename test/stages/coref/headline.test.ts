import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/doc/candidate.js';
import { getLexicon } from '../../../src/lexicon/index.js';
import { confirmHeadlines, writtenSmall } from '../../../src/stages/coref/headline.js';

const lex = getLexicon();

function at(text: string, name: string, type: Candidate['type'], from = 0, source = 'model', score = 1): Candidate {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(`${name} not in text`);
  return { type, start, end: start + name.length, text: name, source, score };
}

describe('confirmHeadlines', () => {
  const title = 'Prabowo Sindir Menteri Soal Anggaran';
  const body = 'Presiden Prabowo Subianto menyindir para menteri dalam sidang kabinet.';
  const text = `${title}\n\n${body}`;
  const range = { start: title.length + 2, end: text.length };

  it('shrinks a headline name run into the words to the part the body names', () => {
    const out = confirmHeadlines([at(text, 'Prabowo Sindir Menteri', 'PERSON'), at(text, 'Prabowo Subianto', 'PERSON', range.start)], text, range, lex);
    const head = out.find((c) => c.start < range.start);
    expect(head?.text).toBe('Prabowo');
    expect(text.slice(head!.start, head!.end)).toBe('Prabowo');
    expect(head?.type).toBe('PERSON');
  });

  it('drops a headline candidate the body never names', () => {
    const out = confirmHeadlines([at(text, 'Soal Anggaran', 'ORG')], text, range, lex);
    expect(out).toEqual([]);
  });

  it('keeps body candidates and headline names the lexicon knows as they are', () => {
    const t = 'KPK Periksa Saksi\n\nPenyidik memeriksa saksi kemarin.';
    const r = { start: 19, end: t.length };
    const kpk = at(t, 'KPK', 'ORG');
    const inBody = at(t, 'Penyidik', 'PERSON', r.start);
    expect(confirmHeadlines([kpk, inBody], t, r, lex)).toEqual([kpk, inBody]);
  });

  it('keeps a confident one-word headline name no word list knows', () => {
    const t = 'Kaesang Tanggapi Isu\n\nIa menjawab pertanyaan wartawan.';
    const r = { start: 22, end: t.length };
    const c = at(t, 'Kaesang', 'PERSON', 0, 'model', 5);
    expect(confirmHeadlines([c], t, r, lex)).toEqual([c]);
    expect(confirmHeadlines([{ ...c, score: 1 }], t, r, lex)).toEqual([]);
  });

  it('drops a form capitalised only in headlines and at sentence openings that the text also writes small', () => {
    const t = 'Harga Batu Bara Turun Lagi\n\nSamarinda - Harga batu bara terus melemah. Rempela, sayuran hijau ini, juga dijual di pasar. Pedagang menjual rempela murah.\nInfo: www.batubara.id';
    const r = { start: 28, end: t.length };
    const head = at(t, 'Batu Bara', 'LOC', 0, 'lexicon', 3);
    const opening = at(t, 'Rempela', 'PERSON', r.start, 'model', 4);
    expect(confirmHeadlines([head, opening], t, r, lex)).toEqual([]);
    // Written with capitals inside a sentence too, the form is a name.
    const t2 = `${t} Warga memanggilnya Rempela sejak kecil.`;
    const r2 = { start: 28, end: t2.length };
    expect(confirmHeadlines([at(t2, 'Rempela', 'PERSON', r2.start, 'model', 4)], t2, r2, lex)).toHaveLength(1);
    // An address writes every name small: no evidence of a common word.
    const t3 = 'Info Terbaru\n\nInstagram: www.instagram.com/akun';
    const r3 = { start: 14, end: t3.length };
    expect(confirmHeadlines([at(t3, 'Instagram', 'ORG', r3.start, 'model', 4)], t3, r3, lex)).toHaveLength(1);
  });
});

describe('writtenSmall', () => {
  it('finds a word written small on its own, not inside a word, an address or a handle', () => {
    expect(writtenSmall('harga batu bara naik', 'batu bara')).toBe(true);
    expect(writtenSmall('bara', 'bara')).toBe(true);
    expect(writtenSmall('ke bara.', 'bara')).toBe(true);
    expect(writtenSmall('kembali ke rumah', 'bali')).toBe(false);
    expect(writtenSmall('lihat www.bali.com sekarang', 'bali')).toBe(false);
    expect(writtenSmall('ikuti @bali dan bali_news', 'bali')).toBe(false);
    expect(writtenSmall('rute jakarta-bali/lombok', 'bali')).toBe(false);
    expect(writtenSmall('situs bali.id', 'bali')).toBe(false);
    // (Letters of any script join a word: "éBali" holds no word "bali"; a closing quote does not.)
    expect(writtenSmall('kata ébali itu', 'bali')).toBe(false);
    expect(writtenSmall('kata “bali” itu', 'bali')).toBe(true);
    expect(writtenSmall('dan bali.', 'bali')).toBe(true);
  });
});
