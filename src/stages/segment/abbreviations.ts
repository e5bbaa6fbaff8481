/**
 * Abbreviations whose final period does not end a sentence. Stored lowercase, without the final
 * period, because the splitter compares the lowercased word before a period.
 */

/**
 * Abbreviations that stand before what they qualify (titles, address parts, "No.", "Rp."): their
 * period never ends a sentence, whatever follows ("Prof. Budi", "Jl. Sudirman", "No. 5").
 */
export const PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and forms of address: "Prof. Dr. Budi", "Hj. Siti", "Bpk. Joko", "Sdr. Andi"
  'prof', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'kh', 'st', 'bpk', 'bp', 'sdr', 'sdri', 'yth', 'ny', 'nn', 'tn',
  // "Pdt. Budi", "Mgr. Gabriel", "Tgk. Abdullah", "Mr. Smith"
  'pdt', 'mgr', 'tgk', 'mr', 'mrs',
  // name abbreviations and noble titles: "Moh. Hatta", "Muh. Yamin", "Abd. Rahman", "Kgs. M. Arifin"
  'moh', 'moch', 'muh', 'muhd', 'mhd', 'abd', 'ach', 'kgs', 'kms', 'mgs',
  // ranks: "Jend. Sudirman", "Kol. Inf. Budi", "Capt. Avi"
  'jend', 'kol', 'inf', 'kapt', 'capt', 'mayj', 'brigj',
  // addresses and regions: "Jl. Merdeka", "Gg. Mawar", "Kec. Cilandak", "Kab. Bogor", "Prov. Jawa Barat"
  'jl', 'jln', 'gg', 'kec', 'kab', 'kel', 'prov', 'ds', 'rt', 'rw', 'kp',
  // references and units before a value: "No. 5", "hlm. 12", "tgl. 5", "Tel. 021", "Rp. 5.000"
  'no', 'hlm', 'tgl', 'tel', 'telp', 'rp', 'pt', 'cv', 'vs', 'ps', 'psl',
  // "a.n. Budi", "u.p. Direktur", "a.l. beras" (stored without the final period)
  'a.n', 'u.p', 'a.l', 'd.a', 'q.q', 'c.q', 'u.b',
]);

/**
 * Abbreviations that close a name (company forms, degrees): their period ends the sentence only
 * when a typical sentence opener follows ("... Tbk. Namun ..."), not before a name ("Facebook
 * Inc. Mark Zuckerberg"). List enders ("dll.", "dsb.", "dst.") are not here: a lowercase word
 * after them continues the sentence like after any word ("gula, dll. untuk warga"), and a
 * capitalised one after them almost always starts a new sentence.
 */
export const SUFFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // company forms: "PT Bank Central Asia Tbk.", "Meta Platforms Inc.", "Co.", "Corp.", "Ltd."
  'tbk', 'inc', 'ltd', 'co', 'corp', 'bhd', 'llc', 'plc', 'jr', 'sr',
  // degrees written with internal periods are recognised by shape; these are the one-part ones: "Budi, Amd."
  'amd', 'ak', 'mba', 'msc', 'phd',
]);
