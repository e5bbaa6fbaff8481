import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/lexicon/index.js';
import { articleOutlet, outletOf, outletOfUrl } from '../../src/lexicon/outlet.js';

const lex = getLexicon();

describe('articleOutlet', () => {
  it.each([
    // From the URL's domain (subdomains belong to it)
    [{ url: 'https://news.detik.com/berita/d-8123/banjir' }, 'detik'],
    [{ url: 'https://megapolitan.kompas.com/read/2025/10/21/x' }, 'kompas'],
    [{ url: 'https://www.tribunnews.com/nasional/2025/10/21/x' }, 'tribun'],
    [{ url: 'https://jabar.tribunnews.com/2025/10/21/x' }, 'tribun'],
    [{ url: 'https://www.tribunjabar.id/x' }, 'tribun'],
    [{ url: 'https://www.cnnindonesia.com/nasional/x' }, 'cnn-indonesia'],
    [{ url: 'https://www.liputan6.com/news/read/1' }, 'liputan6'],
    [{ url: 'https://nasional.tempo.co/read/1' }, 'tempo'],
    [{ url: 'https://www.antaranews.com/berita/1' }, 'antara'],
    [{ url: 'https://news.okezone.com/read/1' }, 'okezone'],
    [{ url: 'https://www.suara.com/news/1' }, 'suara'],
    [{ url: 'https://kumparan.com/kumparannews/x' }, 'kumparan'],
    [{ url: 'https://www.cnbcindonesia.com/news/1' }, 'cnbc-indonesia'],
    // From og:site_name, which wins over the URL
    [{ siteName: 'detikNews', url: null }, 'detik'],
    [{ siteName: 'Kompas.com', url: null }, 'kompas'],
    [{ siteName: 'CNN Indonesia', url: null }, 'cnn-indonesia'],
    [{ siteName: 'ANTARA News', url: null }, 'antara'],
    [{ siteName: 'TribunJabar.id', url: null }, 'tribun'],
    [{ siteName: 'Tempo.co', url: 'https://example.org/x' }, 'tempo'],
    // Unknown: the site name as a short name, else the host
    [{ siteName: 'Kabar Nusantara', url: 'https://kabar-nusantara.example/x' }, 'kabar-nusantara'],
    [{ url: 'https://www.kabar-nusantara.example/x' }, 'kabar-nusantara.example'],
  ])('%j → %s', (article, outlet) => {
    expect(articleOutlet(article, lex)).toBe(outlet);
  });

  it('gives null without a site name or a readable URL', () => {
    expect(articleOutlet({ url: null }, lex)).toBeNull();
    expect(articleOutlet({ url: 'not a url' }, lex)).toBeNull();
    expect(articleOutlet({ siteName: '  ', url: undefined }, lex)).toBeNull();
  });

  it('reads the host as the URL parser does, whether the address is an ordinary one or not', () => {
    // Ordinary addresses are read without the parser; anything else (a port, a user, capitals, a
    // backslash, an IP address, an empty label, punycode) is left to it, which reads or refuses it.
    const hosts = [
      'https://www.kabar-nusantara.example/x',
      'http://kabar.example',
      'https://kabar.example?x=1',
      'https://kabar.example#top',
      'https://WWW.Kabar.Example/x',
      'https://www.kabar.example:8080/x',
      'https://user@www.kabar.example/x',
      'https://www.other.example@www.kabar.example/x',
      'https://www.kabar.example\\x',
      'https://www.kabar.example./x',
      'https://www..kabar.example/x',
      'https://kabar.0x1/x',
      'https://10.0.0.1/x',
      'https://xn--bcher-kva.example/x',
      'https://xn--abc.example/x',
    ];
    for (const url of hosts) {
      let expected: string | null;
      try {
        expected = new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
      } catch {
        expected = null;
      }
      expect(articleOutlet({ url }, lex), url).toBe(expected);
    }
  });

  it('keeps the credits of the coref stage as they were: domains beyond [credits] are no credit', () => {
    expect(outletOf('TEMPO.CO', lex)).toBe('tempo');
    expect(outletOf('detikFinance', lex)).toBe('detik');
    expect(outletOf('merdeka.com', lex)).toBeNull();
    expect(outletOfUrl('https://www.merdeka.com/x', { outletCredits: lex.outletCredits })).toBeNull();
    expect(outletOfUrl('https://www.merdeka.com/x', lex)).toBe('merdeka');
  });
});

describe('outletOfUrl asked again', () => {
  it('answers for the lexicon it is given, the same URL asked of another lexicon', () => {
    const url = 'https://www.example-news.id/berita/1';
    const mine = { outletCredits: new Map([['example-news.id', 'example']]) };
    expect(outletOfUrl(url, lex)).toBeNull();
    expect(outletOfUrl(url, mine)).toBe('example');
    expect(outletOfUrl(url, mine)).toBe('example');
    expect(outletOfUrl(url, lex)).toBeNull();
    expect(outletOfUrl('https://news.detik.com/x', lex)).toBe('detik');
    expect(outletOfUrl(url, mine)).toBe('example');
  });
});
