/**
 * Synthetic Indonesian news articles for benchmarks and the soak test: seeded and deterministic
 * (give the same random source, get the same articles), ~2.5 KB each, no corpus needed.
 */

const FIRST = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Ayu', 'Joko', 'Ratna', 'Bambang', 'Lestari', 'Fajar', 'Nurul', 'Andi', 'Wulan'];
const LAST = ['Santoso', 'Rahmawati', 'Wijaya', 'Lestari', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Siregar', 'Nasution', 'Harahap', 'Gunawan'];
const CITIES = ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Semarang', 'Palembang', 'Denpasar', 'Yogyakarta', 'Balikpapan', 'Pontianak', 'Manado'];
const ORGS = ['PT Kereta Api Indonesia', 'Bank Indonesia', 'Kementerian Keuangan', 'Badan Pusat Statistik', 'PT Pertamina (Persero)', 'Universitas Gadjah Mada', 'Partai Amanat Nasional', 'PT Telkom Indonesia Tbk', 'Badan Meteorologi, Klimatologi, dan Geofisika'];
const ROLES = ['Kepala Dinas Perhubungan', 'Direktur Utama', 'Gubernur', 'Wali Kota', 'Menteri Perdagangan', 'juru bicara', 'analis ekonomi', 'Ketua DPRD'];
const TOPICS = ['harga beras', 'jalan tol', 'banjir', 'inflasi', 'pelabuhan', 'ekspor kopi', 'kereta cepat', 'pajak daerah', 'sekolah negeri', 'pasar tradisional'];
const CUES = ['ujar', 'kata', 'tutur', 'jelas', 'tambah', 'ungkap', 'tegas'];
const FILLER = [
  'Pemerintah daerah menyatakan akan terus memantau perkembangan situasi di lapangan bersama aparat terkait.',
  'Sejumlah warga mengaku sudah lama menunggu kebijakan tersebut karena dampaknya terasa langsung pada kehidupan sehari-hari.',
  'Para pengamat menilai langkah itu cukup tepat, meski pelaksanaannya perlu diawasi agar tidak menimbulkan masalah baru.',
  'Data terbaru menunjukkan tren yang meningkat dibandingkan periode yang sama tahun lalu.',
  'Rapat koordinasi lanjutan dijadwalkan berlangsung pekan depan dengan melibatkan pemerintah pusat.',
  'Di sisi lain, pelaku usaha berharap ada kepastian aturan sehingga rencana investasi tidak tertunda.',
  'Masyarakat diminta tetap tenang dan mengikuti informasi resmi dari instansi yang berwenang.',
];

/** One synthetic article: a title with a number, a byline, quotes with cue verbs, amounts. */
export function makeArticle(i: number, r: () => number): { id: string; title: string; body: string; url: string; publishedAt: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const other = `${pick(FIRST)} ${pick(LAST)}`;
  const city = pick(CITIES);
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const n = 2 + Math.floor(r() * 98);
  const amount = (1 + Math.floor(r() * 900)) / 10;
  const title = `${org} Siapkan Rp ${String(amount).replace('.', ',')} Miliar untuk ${topic[0]!.toUpperCase()}${topic.slice(1)} di ${city}`;
  const paras = [
    `${city.toUpperCase()} - ${org} menyiapkan anggaran Rp ${String(amount).replace('.', ',')} miliar untuk menangani persoalan ${topic} di ${city}. Program ini ditargetkan menjangkau ${n} kelurahan hingga akhir tahun.`,
    `"Kami ingin masalah ${topic} selesai tahun ini, bukan hanya janji," ${pick(CUES)} ${pick(ROLES)} ${person} di ${city}, ${['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'][i % 5]} (${1 + (i % 28)}/${1 + (i % 12)}/2024).`,
    `Menurut ${person}, dana tersebut berasal dari APBD dan sebagian dari pinjaman ${pick(ORGS)}. Ia menyebut sekitar ${n * 10} ribu warga akan merasakan manfaatnya secara langsung.`,
    pick(FILLER) + ' ' + pick(FILLER),
    `Sementara itu, ${pick(ROLES)} ${other} mengingatkan agar penggunaan anggaran diawasi dengan ketat. "Transparansi itu kunci. Jangan sampai ada kebocoran," ${pick(CUES)}nya.`,
    `Berdasarkan catatan ${pick(ORGS)}, kenaikan ${topic} mencapai ${(n % 20) + 1},${n % 10} persen dalam tiga bulan terakhir. ` + pick(FILLER),
    pick(FILLER) + ' ' + pick(FILLER) + ' ' + pick(FILLER),
    `${other} menambahkan, pihaknya telah berkoordinasi dengan ${pick(ORGS)} dan ${pick(ORGS)} sejak awal ${['Januari', 'Februari', 'Maret', 'April'][i % 4]}. "Semua pihak harus bergerak bersama," ${pick(CUES)}nya. ` + pick(FILLER),
    pick(FILLER) + ' ' + pick(FILLER) + ' ' + pick(FILLER),
    `Baca juga: ${pick(TOPICS)} di ${pick(CITIES)} jadi sorotan`,
    `Penulis: ${pick(FIRST)} ${pick(LAST)}\nEditor: ${pick(FIRST)} ${pick(LAST)}`,
  ];
  return { id: `bench-${i}`, title, body: paras.join('\n\n'), url: `https://berita.example/${i}`, publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}T08:00:00+07:00` };
}
