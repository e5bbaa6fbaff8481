import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../src/io/html-extract.js';

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
});
