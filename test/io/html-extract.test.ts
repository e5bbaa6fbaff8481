import { describe, expect, it } from 'vitest';
import { WartaInputError } from '../../src/errors.js';
import { extractHtmlArticle, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../src/io/html-extract.js';

const para = (s: string) => `<p>${s} ${'Kalimat tambahan agar paragraf cukup panjang untuk Readability. '.repeat(3)}</p>`;

describe('extractHtmlArticle', () => {
  it('falls back to <title>, the Readability byline and <time datetime> without meta tags', () => {
    const html = `<html><head><title>Gempa Guncang Cianjur</title></head><body>
      <div class="menu"><a href="/">Beranda</a></div>
      <article><h1>Gempa Guncang Cianjur</h1><div class="byline">Oleh Rina Marlina</div>
      <time datetime="2024-02-03T07:30:00+07:00">3 Februari 2024</time>
      ${para('CIANJUR - Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin siang.')}
      ${para('BMKG menyebut pusat gempa berada di darat.')}
      ${para('Warga diminta waspada terhadap gempa susulan.')}</article></body></html>`;
    const a = extractHtmlArticle(html, 'https://contoh.example/gempa');
    expect(a.title).toBe('Gempa Guncang Cianjur');
    expect(a.author).toBe('Rina Marlina'); // "Oleh" (by) dropped
    expect(a.publishedAt).toBe('2024-02-03T07:30:00+07:00');
    expect(a.url).toBe('https://contoh.example/gempa');
    expect(a.body.split('\n\n').filter((p) => p.startsWith('CIANJUR') || p.startsWith('BMKG') || p.startsWith('Warga'))).toHaveLength(3);
    expect(a.body).not.toContain('Beranda');
  });

  it('keeps <br> as a line break, drops scripts, and takes an author name over a profile URL', () => {
    const html = `<html><head><meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Tim Redaksi"></head>
      <body><article>${para('Baris satu<br>baris dua')}<script>track()</script>${para('Paragraf kedua.')}</article></body></html>`;
    const a = extractHtmlArticle(html);
    expect(a.author).toBe('Tim Redaksi');
    expect(a.body).toContain('Baris satu\nbaris dua');
    expect(a.body).not.toContain('track()');
    expect(a.url).toBeNull();
  });

  it('returns an empty body for a page without text', () => {
    expect(extractHtmlArticle('<html><body><script>x()</script></body></html>').body).toBe('');
  });

  it('gives an empty page (0 bytes, blanks) an empty body, not a Readability TypeError (#16 row 8)', () => {
    for (const html of ['', '  \n\t']) expect(extractHtmlArticle(html, 'https://contoh.example/kosong')).toMatchObject({ body: '', url: 'https://contoh.example/kosong' });
  });

  it('refuses a page nested deeper than MAX_HTML_DEPTH before Readability reads it, closed or not (#16 row 3)', () => {
    for (const depth of [2000, 3000]) {
      const closed = `<html><body>${'<div>'.repeat(depth)}Isi berita${'</div>'.repeat(depth)}</body></html>`;
      expect(() => extractHtmlArticle(closed)).toThrow(WartaInputError);
      expect(() => extractHtmlArticle(closed)).toThrow(new RegExp(`nested more than ${MAX_HTML_DEPTH} deep`));
    }
    expect(() => extractHtmlArticle(`<html><body>${'<div>'.repeat(5000)}Isi berita</body></html>`)).toThrow(/nested more than/);
    // Refused before linkedom parses it (linkedom's time grows with the square of the depth).
    expect(() => extractHtmlArticle(`<html><body>${'<span>'.repeat(50_000)}</body></html>`)).toThrow(/nested more than/);
    expect(() => extractHtmlArticle(`<html><body>${'<p>a</p>'.repeat(MAX_HTML_ELEMENTS + 10)}</body></html>`)).toThrow(new RegExp(`more than ${MAX_HTML_ELEMENTS} elements`));
  });

  it('does not count tags a parser closes itself, void elements, comments or script text as nesting', () => {
    const unclosed = '<p>satu<br><img src=x><p>dua<ul><li>a<li>b</ul><table><tr><td>a<td>b<tr><td>c</table>';
    const filler = `${unclosed.repeat(2000)}<!--${'<div>'.repeat(2000)}--><script>${'<div>'.repeat(2000)}</script>`;
    const html = `<html><body>${filler}<article>${para('JAKARTA - Harga beras naik 10 persen.')}</article></body></html>`;
    expect(() => extractHtmlArticle(html)).not.toThrow();
  });

  it('reads a page nested just under the limit, with its text', () => {
    const depth = MAX_HTML_DEPTH - 10;
    const html = `<html><body>${'<div>'.repeat(depth)}${para('JAKARTA - Harga beras naik 10 persen.')}${'</div>'.repeat(depth)}</body></html>`;
    expect(extractHtmlArticle(html).body).toContain('JAKARTA - Harga beras naik 10 persen.');
  });

  it('reads a page of many siblings, every paragraph in order (the text walk follows nextSibling)', () => {
    const html = `<html><body><article>${Array.from({ length: 3000 }, (_, i) => `<div><p>Paragraf nomor ${i} dari berita yang panjang sekali, kata dia.</p></div>`).join('')}</article></body></html>`;
    const paragraphs = extractHtmlArticle(html).body.split('\n\n');
    expect(paragraphs).toHaveLength(3000);
    expect(paragraphs[2999]).toBe('Paragraf nomor 2999 dari berita yang panjang sekali, kata dia.');
  });
});
