/**
 * Words that typically open an Indonesian sentence, lowercase. After an initial ("Susilo B.") or a
 * closing abbreviation ("Tbk.", "Inc."), a capitalised word is taken as a new sentence only when it
 * is one of these: a capitalised name after "Inc." continues the sentence ("Facebook Inc. Mark
 * Zuckerberg"), "Namun" after "Tbk." starts a new one.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // conjunctions and discourse markers: "Namun, ...", "Sementara itu, ..."
  'namun', 'tetapi', 'tapi', 'akan', 'adapun', 'selain', 'sedangkan', 'sementara', 'kemudian', 'lalu',
  'setelah', 'sebelum', 'sebelumnya', 'selanjutnya', 'bahkan', 'meski', 'meskipun', 'walaupun', 'walau',
  'jika', 'bila', 'apabila', 'kalau', 'karena', 'sebab', 'oleh', 'sehingga', 'maka', 'jadi', 'padahal',
  'apalagi', 'justru', 'pun', 'begitu', 'demikian', 'kini', 'saat', 'ketika', 'sejak', 'selama', 'hingga',
  'sampai', 'seperti', 'sebagai', 'secara', 'berdasarkan', 'terkait', 'menurut', 'diketahui', 'dikatakan',
  'sebanyak', 'total', 'tak', 'tidak', 'belum', 'sudah', 'telah', 'juga', 'ada',
  // prepositions and determiners: "Dalam ...", "Pada ...", "Di ...", "Hal ini ..."
  'dalam', 'pada', 'di', 'ke', 'dari', 'untuk', 'dengan', 'bagi', 'atas', 'tentang', 'hal', 'ini', 'itu',
  'para', 'yang', 'setiap', 'semua', 'seluruh', 'banyak', 'beberapa', 'sejumlah',
  // pronouns: "Ia ...", "Dia ...", "Mereka ..."
  'ia', 'dia', 'beliau', 'mereka', 'kami', 'kita', 'saya', 'aku', 'anda', 'pihaknya', 'perusahaan',
  'perseroan', 'pemerintah',
  // English openers, for mixed text: "The ...", "It ..."
  'the', 'it', 'this', 'however', 'but', 'in', 'we', 'he', 'she', 'they',
  // adverbs that open a sentence with -nya: "Akibatnya, ...", "Rencananya ...", "Sayangnya ..."
  'akibatnya', 'rencananya', 'sayangnya', 'untungnya', 'awalnya', 'biasanya', 'tentunya', 'nyatanya',
  'intinya', 'umumnya', 'khususnya', 'menurutnya', 'katanya', 'sebenarnya',
  'rupanya', 'kabarnya', 'akhirnya', 'terakhir', 'pertama', 'kedua', 'ketiga', 'sebaliknya', 'selebihnya',
]);
