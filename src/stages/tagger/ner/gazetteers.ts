import { generatedSection } from '../../../lexicon/load.js';

/** The kinds of gazetteer hits the tagger uses as features. */
export type GazetteerKind = 'place' | 'name' | 'org' | 'orgName' | 'title';

/** Serialisable gazetteer lists (lowercase; multi-word entries joined by one space). */
export interface GazetteerData {
  /** Places: countries, world cities and big Indonesian ones ({@link WORLD_PLACES}). */
  places: string[];
  /**
   * Also use Indonesian provinces, regencies and cities of `idn-area-data` (read from the lexicon's
   * ODbL-licensed derived list, corpora/lexicon/generated/idn-areas.txt, when the gazetteers are
   * built), not copied into the model file.
   */
  idnAreas?: boolean;
  /** Indonesian given names. */
  givenNames: string[];
  /** Words that mark an organisation name ("PT", "Kementerian", "DPRD"). */
  orgMarkers: string[];
  /** Names and acronyms of well-known organisations ("kpk", "bank indonesia", "pertamina"). */
  orgNames?: string[];
  /** Titles and roles that precede a person's name ("Presiden", "Wali Kota", "analis"). */
  titles: string[];
  /** Common Indonesian words, most frequent first (a frequency-band feature; optional). */
  commonWords?: string[];
}

/** Gazetteers ready for matching: one phrase set per kind. */
export interface Gazetteers {
  readonly data: GazetteerData;
  readonly phrases: ReadonlyMap<GazetteerKind, PhraseSet>;
  /** Frequency band of a common word: "0" (top 300), "1" (top 2,000), "2" (the rest of the list), else undefined. */
  readonly band: { get(word: string): string | undefined };
}

/** A set of lowercase phrases, matched token by token. */
export interface PhraseSet {
  readonly entries: ReadonlySet<string>;
  /** First tokens of entries, to skip the join for most tokens. */
  readonly firsts: ReadonlySet<string>;
  /** Phrases that are the first tokens of some longer entry ("kabupaten", "kabupaten aceh"): only they can grow into a match. */
  readonly prefixes: ReadonlySet<string>;
  /** Tokens in the longest entry. */
  readonly maxTokens: number;
}

/**
 * Organisation markers from the issue, plus common Indonesian ones. "Why" a marker: the token at the
 * start (or end, "Tbk") of an organisation name in news text.
 */
export const ORG_MARKERS: readonly string[] = [
  'pt', 'tbk', 'cv', 'persero', 'kementerian', 'kemenkeu', 'badan', 'partai', 'universitas', 'institut',
  'bank', 'dinas', 'komisi', 'dpr', 'dprd', 'mpr', 'dpd', 'polda', 'polres', 'polsek', 'polri',
  'pemkab', 'pemkot', 'pemprov', 'pemerintah', 'lembaga', 'yayasan', 'asosiasi', 'perusahaan',
  'direktorat', 'kejaksaan', 'pengadilan', 'mahkamah', 'fraksi', 'organisasi', 'federasi',
  'persatuan', 'ikatan', 'himpunan', 'koperasi', 'bursa', 'otoritas', 'sekolah', 'kantor',
];

/**
 * Well-known organisations of Indonesian news: state bodies, parties, companies, media, international
 * bodies. A hint, not a rule: the tagger weighs it with the context.
 */
export const ORG_NAMES: readonly string[] = [
  'dpr', 'dpr ri', 'mpr', 'dpd', 'kpk', 'komisi pemberantasan korupsi', 'bpk', 'badan pemeriksa keuangan',
  'bps', 'badan pusat statistik', 'bi', 'bank indonesia', 'ojk', 'otoritas jasa keuangan', 'bei', 'bursa efek indonesia',
  'kpu', 'komisi pemilihan umum', 'bawaslu', 'dkpp', 'mk', 'mahkamah konstitusi', 'ma', 'mahkamah agung', 'ky',
  'komisi yudisial', 'bnn', 'bnpb', 'bpbd', 'bmkg', 'basarnas', 'bpom', 'bkpm', 'bappenas', 'bkkbn', 'bpjs',
  'bpjs kesehatan', 'bpjs ketenagakerjaan', 'lps', 'ppatk', 'bin', 'bssn', 'brin', 'lipi', 'tni', 'tni ad',
  'tni al', 'tni au', 'polri', 'bareskrim', 'densus 88', 'kejagung', 'kejaksaan agung', 'ksp', 'setneg',
  'kemenkeu', 'kemendagri', 'kemenlu', 'kemenhan', 'kemenkes', 'kemendikbud', 'kemendikbudristek',
  'kemenag', 'kemensos', 'kemnaker', 'kemenhub', 'kemenperin', 'kemendag', 'kementan', 'kemen pupr',
  'kementerian pupr', 'kemenkumham', 'kemenpora', 'kemenparekraf', 'kominfo', 'kemkominfo', 'komdigi',
  'kementerian bumn', 'kemenko', 'kemenpan-rb', 'esdm', 'kementerian esdm', 'klhk', 'komnas ham', 'kpai',
  'ombudsman', 'pdip', 'pdi-p', 'pdi perjuangan', 'golkar', 'gerindra', 'nasdem', 'pkb', 'pks', 'pan',
  'ppp', 'demokrat', 'partai demokrat', 'hanura', 'perindo', 'psi', 'pkpi', 'pbb', 'perserikatan bangsa-bangsa',
  'who', 'imf', 'bank dunia', 'world bank', 'asean', 'nato', 'uni eropa', 'ue', 'opec', 'apec', 'g20',
  'fifa', 'pssi', 'koni', 'koi', 'ioc', 'unesco', 'unicef', 'adb', 'wto', 'oecd', 'pertamina', 'pln',
  'telkom', 'telkomsel', 'indosat', 'xl axiata', 'bri', 'bni', 'btn', 'bank mandiri', 'bca', 'bsi',
  'garuda indonesia', 'lion air', 'kai', 'pelni', 'angkasa pura', 'jasa marga', 'bulog', 'antam',
  'freeport', 'inalum', 'gojek', 'grab', 'tokopedia', 'shopee', 'bukalapak', 'traveloka', 'goto', 'google',
  'facebook', 'meta', 'twitter', 'instagram', 'whatsapp', 'telegram', 'tiktok', 'youtube', 'apple',
  'microsoft', 'amazon', 'samsung', 'tesla', 'openai', 'reuters', 'afp', 'ap', 'bloomberg', 'antara',
  'kompas', 'tempo', 'detik', 'cnn', 'bbc', 'tvri', 'rri', 'ui', 'universitas indonesia', 'ugm',
  'universitas gadjah mada', 'itb', 'ipb', 'its', 'unpad', 'undip', 'unair', 'unbraw', 'uns', 'uin', 'nu',
  'nahdlatul ulama', 'pbnu', 'muhammadiyah', 'mui', 'icw', 'walhi', 'ylbhi', 'kontras', 'lbh', 'kadin',
  'apindo', 'hipmi', 'ylki', 'persija', 'persib', 'arema', 'hamas', 'hizbullah', 'taliban', 'isis',
];

/** Titles and roles from the issue, plus common ones; multi-word titles are phrases. */
export const TITLES: readonly string[] = [
  'presiden', 'wakil presiden', 'menteri', 'gubernur', 'wakil gubernur', 'bupati', 'wakil bupati',
  'wali kota', 'walikota', 'wakil wali kota', 'ceo', 'direktur', 'direktur utama', 'dirut', 'ketua',
  'ketua umum', 'wakil ketua', 'kapolri', 'kapolda', 'kapolres', 'kapolsek', 'panglima', 'jenderal',
  'analis', 'ekonom', 'pengamat', 'juru bicara', 'jubir', 'sekretaris', 'sekjen', 'kepala', 'kabid',
  'kadis', 'camat', 'lurah', 'anggota', 'pendiri', 'founder', 'komisaris', 'manajer', 'pelatih',
  'profesor', 'prof', 'dr', 'ir', 'kh', 'haji', 'hj', 'pak', 'bu', 'bapak', 'ibu', 'mantan', 'raja',
  'ratu', 'pangeran', 'perdana menteri', 'kanselir', 'senator', 'duta besar', 'dubes', 'rektor',
  'dekan', 'hakim', 'jaksa', 'kombes', 'ipda', 'aiptu', 'brigjen', 'irjen', 'kapten', 'kolonel',
  'letjen', 'mayjen', 'sang', 'tuan', 'nyonya', 'syekh', 'ustaz', 'ustadz', 'kiai',
];

/**
 * Countries, regions and world cities as Indonesian news writes them: idn-area-data covers only
 * Indonesia, and foreign places are frequent in news.
 */
export const WORLD_PLACES: readonly string[] = [
  'indonesia', 'amerika serikat', 'amerika', 'as', 'china', 'tiongkok', 'cina', 'jepang', 'korea selatan',
  'korea utara', 'korea', 'singapura', 'malaysia', 'thailand', 'vietnam', 'filipina', 'myanmar',
  'kamboja', 'laos', 'brunei', 'brunei darussalam', 'timor leste', 'australia', 'selandia baru',
  'india', 'pakistan', 'bangladesh', 'sri lanka', 'nepal', 'arab saudi', 'saudi arabia', 'iran',
  'irak', 'suriah', 'yordania', 'lebanon', 'israel', 'palestina', 'gaza', 'mesir', 'turki', 'qatar',
  'uni emirat arab', 'kuwait', 'yaman', 'afghanistan', 'rusia', 'ukraina', 'inggris', 'britania raya',
  'prancis', 'perancis', 'jerman', 'italia', 'spanyol', 'portugal', 'belanda', 'belgia', 'swiss',
  'swedia', 'norwegia', 'denmark', 'finlandia', 'polandia', 'yunani', 'austria', 'kanada', 'meksiko',
  'brasil', 'argentina', 'chili', 'kolombia', 'peru', 'venezuela', 'afrika selatan', 'nigeria',
  'kenya', 'ethiopia', 'maroko', 'aljazair', 'tunisia', 'libya', 'sudan', 'eropa', 'asia', 'afrika',
  'asia tenggara', 'timur tengah', 'washington', 'new york', 'london', 'paris', 'berlin', 'tokyo',
  'beijing', 'shanghai', 'hong kong', 'taiwan', 'seoul', 'moskow', 'kiev', 'kyiv', 'dubai', 'mekkah',
  'makkah', 'madinah', 'kairo', 'sydney', 'melbourne', 'canberra', 'kuala lumpur', 'bangkok', 'manila',
  'hanoi', 'jenewa', 'brussel', 'roma', 'madrid', 'amsterdam', 'istanbul', 'teheran', 'riyadh',
  'jakarta', 'bandung', 'surabaya', 'yogyakarta', 'jogja', 'medan', 'makassar', 'semarang', 'bali',
  'jawa', 'sumatera', 'sumatra', 'kalimantan', 'sulawesi', 'papua', 'nusantara', 'ikn',
];

function areaNames(name: string): string[] {
  const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const out = [lower];
  // "KABUPATEN ACEH SELATAN" → also "aceh selatan"; "KOTA BANDA ACEH" → also "banda aceh".
  const m = /^(kabupaten administrasi|kota administrasi|kabupaten|kota|provinsi) (.+)$/.exec(lower);
  if (m?.[2]) out.push(m[2]);
  // "DKI JAKARTA", "DAERAH ISTIMEWA YOGYAKARTA" → also the bare name.
  const d = /^(dki|daerah istimewa|di) (.+)$/.exec(lower);
  if (d?.[2]) out.push(d[2]);
  return out;
}

/**
 * Indonesian provinces, regencies and cities of `idn-area-data` (through the lexicon's derived list),
 * lowercase, with and without "kabupaten"/"kota" ("kabupaten bogor", "bogor").
 */
export function loadIdnAreaPlaces(): string[] {
  const out = new Set<string>();
  for (const section of ['provinces', 'regencies']) for (const n of generatedSection('idn-areas.txt', section)) for (const a of areaNames(n)) out.add(a);
  return [...out].sort();
}

/**
 * The gazetteer lists used for training: {@link WORLD_PLACES}, the `idn-area-data` areas (by
 * reference), given names and common words from `@zxcvbn-ts/language-id`, and the organisation and
 * title lists of this file. The trained model embeds these lists (except the areas), so tagging does
 * not import `@zxcvbn-ts/language-id`.
 */
export async function loadGazetteerData(): Promise<GazetteerData> {
  const zx = await import('@zxcvbn-ts/language-id');
  const givenNames = new Set<string>();
  for (const n of zx.dictionary['names-id']) if (n.length >= 3) givenNames.add(n.toLowerCase());
  return {
    places: [...WORLD_PLACES],
    idnAreas: true,
    givenNames: [...givenNames].sort(),
    orgMarkers: [...ORG_MARKERS],
    orgNames: [...ORG_NAMES],
    titles: [...TITLES],
    commonWords: zx.dictionary['commonWords-id'].map((w) => w.toLowerCase()),
  };
}

function phraseSet(list: readonly string[]): PhraseSet {
  const entries = new Set<string>();
  const firsts = new Set<string>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const e of list) {
    entries.add(e);
    let space = e.indexOf(' ');
    firsts.add(space < 0 ? e : e.slice(0, space));
    let tokens = 1;
    for (; space >= 0; space = e.indexOf(' ', space + 1)) {
      prefixes.add(e.slice(0, space));
      tokens++;
    }
    if (tokens > maxTokens) maxTokens = tokens;
  }
  return { entries, firsts, prefixes, maxTokens };
}

/**
 * The frequency band of a word of `words` (most frequent first) from its first rank. Three sets
 * built by the engine from slices: at start-up much cheaper than 20,000 single insertions.
 */
function bandLookup(words: readonly string[]): Gazetteers['band'] {
  const top = new Set(words.slice(0, 300));
  const common = new Set(words.slice(300, 2000));
  const rest = new Set(words.slice(2000));
  return { get: (w) => (top.has(w) ? '0' : common.has(w) ? '1' : rest.has(w) ? '2' : undefined) };
}

/** Builds the matchers for serialisable gazetteer lists. */
export function buildGazetteers(data: GazetteerData): Gazetteers {
  const phrases = new Map<GazetteerKind, PhraseSet>([
    ['place', phraseSet(data.idnAreas ? [...data.places, ...loadIdnAreaPlaces()] : data.places)],
    ['name', phraseSet(data.givenNames)],
    ['org', phraseSet(data.orgMarkers)],
    ['orgName', phraseSet(data.orgNames ?? [])],
    ['title', phraseSet(data.titles)],
  ]);
  return { data, phrases, band: bandLookup(data.commonWords ?? []) };
}

/**
 * Marks the longest gazetteer match starting at each token: `out[i]` becomes 1 at the first token of
 * a match and 2 inside it (0 elsewhere). `lower` are the lowercased tokens.
 */
export function markPhrases(set: PhraseSet, lower: readonly string[], out: Uint8Array): void {
  out.fill(0);
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const first = lower[i] ?? '';
    if (!set.firsts.has(first)) {
      i++;
      continue;
    }
    let matched = 0;
    let phrase = first;
    if (set.entries.has(first)) matched = 1;
    for (let len = 2; len <= set.maxTokens && i + len <= n; len++) {
      phrase += ' ' + (lower[i + len - 1] ?? '');
      if (set.entries.has(phrase)) matched = len;
    }
    if (matched === 0) {
      i++;
      continue;
    }
    out[i] = 1;
    for (let k = 1; k < matched; k++) out[i + k] = 2;
    i += matched;
  }
}
