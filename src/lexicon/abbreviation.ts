/**
 * Whether `short` abbreviates `long` word by word, the way Indonesian names are shortened: each
 * word of the long form gives the next piece of the short form, a prefix of itself ("Kemenkeu" ←
 * "Kementerian Keuangan", "Undip" ← "Universitas Diponegoro", "Jabar" ← "Jawa Barat", "Kementerian
 * PU" ← "Kementerian Pekerjaan Umum", "ESDM" ← "Energi dan Sumber Daya Mineral"), "dan" given or not;
 * the long form may have one leading word ("Kementerian") and, after a short form of two words or
 * more, trailing words ("Pemprov DKI" ← "Pemerintah Provinsi DKI Jakarta") that give nothing.
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const tokens = s.split(/\s+/);
  if (tokens.length > 3 || s.replace(/\s+/g, '').length < 3) return false;
  const words = long
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'dan' && w !== '&');
  if (words.length < 2 || words.length <= tokens.length) return false;
  const flat = tokens.join('');
  // match(i, w): the short form from character i on is made of words w, w+1, … (all of them, or a
  // first part of them when trailing words may stay).
  const memo = new Map<number, boolean>();
  const match = (i: number, w: number): boolean => {
    if (i === flat.length) return w === words.length || (tokens.length >= 2 && w >= 2);
    if (w === words.length) return false;
    const key = i * 64 + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w]!;
    let ok = false;
    for (let n = Math.min(word.length, flat.length - i); n >= 1 && !ok; n--) {
      if (flat.startsWith(word.slice(0, n), i)) ok = match(i + n, w + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0) || match(0, 1);
}
