/**
 * Repairs for a known weakness of the Sastrawi algorithm: it stops at the first dictionary hit
 * while stripping affixes, and its dictionary holds short, rare roots ("nila", "upa", "paja") that
 * shadow the common root a news word is built on. Keyed on the root natural returns; each entry
 * lists [what the word must contain, the root to use instead], tried in order. The check on the
 * word keeps the rare root where it is right ("ikan nila" stays "nila", "memeluk" stays "peluk").
 * Nasal forms are listed where the prefix changes the root's first letter ("penarikan" has
 * "narik", not "tarik").
 */
export const ROOT_REPAIRS: ReadonlyMap<string, readonly (readonly [string, string])[]> = new Map([
  ['perban', [['bank', 'bank']]], // "perbankan"
  ['paja', [['pajak', 'pajak']]], // "perpajakan"
  ['nila', [['nilai', 'nilai']]], // "senilai", "bernilai"
  ['upa', [['rupa', 'rupa']]], // "berupa"
  ['meni', [['nikah', 'nikah']]], // "menikah" (-kah read as a particle)
  ['pasuk', [['masuk', 'masuk']]], // "memasuki"
  ['bas', [['basis', 'basis']]], // "berbasis"
  ['gera', [['gerak', 'gerak']]], // "gerakan", "pergerakan"
  ['okok', [['rokok', 'rokok']]], // "perokok"
  ['peluk', [['lukis', 'lukis']]], // "pelukis"
  ['luk', [['lukis', 'lukis']]], // "dilukis"
  ['tari', [['tarik', 'tarik'], ['narik', 'tarik']]], // "ketertarikan", "penarikan"
  ['tani', [['teman', 'teman']]], // "ditemani"
  ['tan', [['tani', 'tani']]], // "bertani"
  ['kutu', [['kutuk', 'kutuk']]], // "kutukan"
  ['tega', [['tegak', 'tegak'], ['negak', 'tegak']]], // "penegakan"
  ['ampo', [['rampok', 'rampok']]], // "perampokan"
  ['bar', [['baris', 'baris']]], // "berbaris"
  ['rap', [['api', 'api']]], // "berapi"
  ['kati', [['berkat', 'berkat']]], // "diberkati"
  ['nali', [['kenal', 'kenal'], ['ngenal', 'kenal']]], // "dikenali", "mengenali"
  ['rang', [['kurang', 'kurang'], ['terang', 'terang']]], // "dikurangi", "menerangi"
  ['tang', [['menang', 'menang']]], // "dimenangi"
  ['rusa', [['rusak', 'rusak']]], // "kerusakan", "perusakan" (Sastrawi's own tests expect "rusa")
  ['lang', [['langkah', 'langkah']]], // "melangkah"
  ['bel', [['beli', 'beli']]], // "membelinya"
  ['muas', [['puas', 'puas']]], // "memuaskan"
  ['asai', [['kuasa', 'kuasa']]], // "dikuasai"
  ['ria', [['teriak', 'teriak']]], // "teriakan"
  ['acau', [['kacau', 'kacau']]], // "mengacaukan"
  ['ira', [['ngira', 'kira']]], // "mengira"
  ['unjung', [['kunjung', 'kunjung'], ['ngunjung', 'kunjung']]], // "mengunjungi", "pengunjung"
  ['sidi', [['sidik', 'sidik'], ['nyidik', 'sidik']]], // "penyidikan"
  ['lidi', [['lidik', 'lidik']]], // "penyelidikan"
  ['rim', [['iman', 'iman']]], // "berimanlah"
  ['gari', [['gelar', 'gelar'], ['gemar', 'gemar']]], // "menggelari", "menggemari"
  ['capa', [['capai', 'capai']]], // "dicapainya"
  ['arang', [['ngarang', 'karang']]], // "mengarang", "pengarang"
]);

/** The root to use instead of natural's `root` for `word` (lowercase), or `root` when none applies. */
export function repairRoot(word: string, root: string): string {
  const repairs = ROOT_REPAIRS.get(root);
  if (repairs === undefined || word === root) return root;
  for (const [inside, better] of repairs) if (word.includes(inside)) return better;
  return root;
}
