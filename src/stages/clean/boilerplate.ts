/**
 * Line-level recognisers for scraped boilerplate and bylines. Each rule looks at one trimmed,
 * whitespace-collapsed line; rules are built once at module load, or once per lexicon where they
 * read its words (the name particles of a byline).
 */

import { isWhitespaceCode } from '../../doc/chars.js';
import { alternation, perLexicon } from '../../lexicon/derive.js';
import type { Lexicon } from '../../lexicon/index.js';

/** What a removed line was. */
export type BoilerplateKind =
  | 'view-counter'
  | 'read-also'
  | 'advertisement'
  | 'scroll-prompt'
  | 'share-prompt'
  | 'comment-form'
  | 'tags'
  | 'related'
  | 'teaser'
  | 'copyright'
  | 'navigation';

interface LineRule {
  kind: BoilerplateKind;
  re: RegExp;
}

const SOCIAL = '(?:facebook|fb|twitter|x|whatsapp|wa|telegram|line|linkedin|email|e-mail|copy link|salin tautan|pinterest|instagram|tiktok|threads)';

const LINE_RULES: readonly LineRule[] = [
  // "578", "1.234", "Dibaca 1.234 kali", "1,2K views", "578 views"
  { kind: 'view-counter', re: /^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?\s*[kKrbRB]?$/ },
  { kind: 'view-counter', re: /^(?:dibaca|dilihat|telah dibaca)\s*:?\s*\d[\d.,]*\s*(?:kali|x)?$/i },
  { kind: 'view-counter', re: /^\d[\d.,]*\s*[kK]?\s*(?:views?|kali dibaca|dibaca|pembaca|shares?|komentar|comments?)$/i },
  // "Baca juga: Harga BBM naik", "BACA JUGA:", "Lihat juga", "Simak juga"
  { kind: 'read-also', re: /^(?:baca|lihat|simak|cek)\s+(?:juga|selengkapnya|pula|berita lainnya)\b.*$/i },
  { kind: 'read-also', re: /^(?:also read|read also|read more|related)\s*:?.*$/i },
  // Teasers of the outlet's other content: "Tonton juga video "…" di sini:", "Simak Video: …",
  // "Lihat juga Video '…':", "Saksikan LiveDetikpagi:", "[Gambas:Video 20detik]", "Pilihan Editor: …".
  { kind: 'teaser', re: /^(?:tonton|simak|lihat|saksikan)\s+(?:juga\s+)?(?:video\b|["'“‘]).*$/i },
  { kind: 'teaser', re: /^(?:saksikan|tonton)\s+(?:live\s*detik\w*|pembahasan|selengkapnya|siaran)\b.*$/i },
  { kind: 'teaser', re: /^simak\s+(?:rangkuman|informasi|pembahasan|selengkapnya|berita|video)\w*\b.*$/i },
  { kind: 'teaser', re: /^\[\s*gambas\s*:[^\]]*\]$/i },
  { kind: 'teaser', re: /^(?:pilihan editor|pilihan untuk anda|berita pilihan|video pilihan)\s*:.*$/i },
  // "Artikel ini telah tayang di Tribunnews.com dengan judul …", "Artikel ini sudah tayang di …"
  { kind: 'related', re: /^artikel ini (?:telah|sudah|pernah) (?:tayang|terbit|dimuat)\b.*$/i },
  // "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi …" (Liputan6), "Simak breaking news dan berita pilihan kami langsung di ponselmu …" (Kompas)
  { kind: 'navigation', re: /^\*?\s*fakta atau hoaks\?.*$/i },
  { kind: 'navigation', re: /^simak breaking news\b.*$/i },
  { kind: 'advertisement', re: /^baca berita dengan sedikit iklan\b.*$/i },
  // An editor's sign-off on its own line: "(rds/ugo)", "(rdp/imk)"
  { kind: 'copyright', re: /^\(\s*[a-z]{2,5}(?:\s*\/\s*[a-z]{2,5})+\s*\)$/ },
  // "ADVERTISEMENT", "Advertisement", "- Advertisement -", "Iklan"
  { kind: 'advertisement', re: /^[-–—(\s]*(?:advertisement|advertisment|iklan|sponsored|konten sponsor|ads?)[-–—)\s]*$/i },
  // "SCROLL TO CONTINUE WITH CONTENT", "Scroll untuk melanjutkan"
  { kind: 'scroll-prompt', re: /^(?:scroll|gulir)\s+(?:to|untuk|ke bawah untuk)\s+(?:continue|melanjutkan|lanjut|membaca).*$/i },
  // "Bagikan artikel ini", "Share this article: Facebook Twitter WhatsApp", "Share:", "Bagikan:"
  { kind: 'share-prompt', re: /^(?:bagikan|share|sebarkan)(?:\s+(?:artikel|berita|this|ini|article|post|on))*\s*(?:ini|article)?\s*:?\s*(?:(?:[-|•·,/]\s*)?[A-Za-z][\w-]*\s*){0,8}$/i },
  { kind: 'share-prompt', re: new RegExp(`^(?:${SOCIAL}[\\s|•·,/-]*){2,}$`, 'i') },
  // "LEAVE A REPLY", "Tinggalkan Balasan", comment-form lines
  { kind: 'comment-form', re: /^(?:leave a (?:reply|comment)|tinggalkan (?:balasan|komentar)|tulis komentar|komentar|comments?|\d+\s+komentar|post comment|kirim komentar|cancel reply|batalkan balasan)\s*:?$/i },
  { kind: 'comment-form', re: /^(?:your email address will not be published|alamat email anda tidak akan dipublikasikan|save my name, email|simpan nama, email|please enter your (?:comment|name)|you have entered an incorrect email).*$/i },
  // "Tags: politik, pilkada", "Tag:", "TOPIK:"
  { kind: 'tags', re: /^(?:tags?|topik|topics?|kata kunci|keywords?)\s*:.*$/i },
  // "Berita Terkait", "Artikel Terkait", "Rekomendasi", "Terpopuler"
  { kind: 'related', re: /^(?:berita|artikel|video|foto)\s+(?:terkait|lainnya|terpopuler|pilihan)\s*:?$/i },
  { kind: 'related', re: /^(?:rekomendasi|terpopuler|terkini|populer|trending|most popular|related posts?|you may also like)\s*:?$/i },
  { kind: 'copyright', re: /^(?:copyright|hak cipta|©|\(c\))\s*.*$/i },
  // "Halaman selanjutnya", "Halaman 1 2 3", "Next page", "Download aplikasi ...", "Ikuti kami di Google News"
  { kind: 'navigation', re: /^(?:halaman\s+(?:selanjutnya|berikutnya|sebelumnya|\d+(?:\s+\d+)*)|next page|previous page|load more|loading\.*|muat lebih banyak)\s*:?$/i },
  { kind: 'navigation', re: /^(?:ikuti|follow)\s+(?:kami|berita|us|update|akun)\b.*\b(?:google news|instagram|twitter|whatsapp|telegram|channel|facebook|tiktok|youtube)\b.*$/i },
  // "Ikuti kami di Google News", "Ikuti kumparan di Google News", "Follow Instagram detikJateng"
  { kind: 'navigation', re: /^(?:ikuti|follow)\s+(?:\S+\s+){0,5}?(?:(?:di|on|via)\s+)?(?:google news|instagram|twitter|whatsapp|telegram|channel|facebook|tiktok|youtube)\b.*$/i },
  { kind: 'navigation', re: /^(?:download|unduh)\s+(?:aplikasi|app)\b.*$/i },
  { kind: 'navigation', re: /^(?:dapatkan|simak)\s+(?:update|berita|informasi)\s+(?:berita\s+)?(?:pilihan|terkini|terbaru)\b.*$/i },
];

// The title of a promoted story: 'Tonton juga video "TITLE" di sini:', "Simak Video 'TITLE':",
// "Simak juga Video: TITLE", "Lihat juga Video: TITLE".
const TEASER_QUOTED = /^(?:tonton|simak|lihat|saksikan)\s+(?:juga\s+)?(?:video\s*:?\s*)?["'“‘](.+?)["'”’]\s*(?:di\s+sini)?\s*:?\s*$/iu;
const TEASER_AFTER_COLON = /^(?:tonton|simak|lihat|saksikan)\s+(?:juga\s+)?video\s*:\s*(.+?)\s*$/iu;

/**
 * The story title a teaser line promotes ("Tonton juga video "Prabowo Tinjau Banjir" di sini:" →
 * "Prabowo Tinjau Banjir"), or null. The clean stage keeps it in the related section: its names and
 * amounts are the article's, its words no quote.
 */
export function teaserTitle(line: string): string | null {
  const m = TEASER_QUOTED.exec(line) ?? TEASER_AFTER_COLON.exec(line);
  const title = m?.[1]?.trim();
  return title && /\p{L}/u.test(title) ? title : null;
}

/**
 * {@link LINE_RULES} joined: each run of rules with the same flags one regex, the rules its
 * alternatives in order, each in a group of its own (the first group that matched is the first rule
 * that does). One regex call per line and run, not one per rule.
 */
const JOINED_RULES: readonly { re: RegExp; kinds: readonly BoilerplateKind[] }[] = (() => {
  const runs: LineRule[][] = [];
  for (const rule of LINE_RULES) {
    const last = runs.at(-1);
    if (last && last[0]!.re.flags === rule.re.flags) last.push(rule);
    else runs.push([rule]);
  }
  return runs.map((rules) => {
    const alternatives = rules.map(({ re }) => {
      // (Each rule is anchored at the start and has no group of its own that captures.)
      if (!re.source.startsWith('^') || new RegExp(`${re.source}|`).exec('')!.length !== 1) throw new Error(`boilerplate rule not joinable: ${re.source}`);
      return `(${re.source.slice(1)})`;
    });
    return { re: new RegExp(`^(?:${alternatives.join('|')})`, rules[0]!.re.flags), kinds: rules.map((r) => r.kind) };
  });
})();

/** Classifies a boilerplate line, or returns null for content. */
export function boilerplateKind(line: string): BoilerplateKind | null {
  if (line.length > 200) return null;
  for (const { re, kinds } of JOINED_RULES) {
    const m = re.exec(line);
    if (m) for (let k = 0; k < kinds.length; k++) if (m[k + 1] !== undefined) return kinds[k]!;
  }
  return null;
}

/** A byline found on its own line: who wrote it and who edited it. */
export interface Byline {
  author: string | null;
  editor: string | null;
}

/** A case-insensitive pattern for a word, so the rest of a regex can stay case-sensitive. */
function ci(words: readonly string[]): string {
  const one = (w: string) => [...w].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
  return `(?:${words.map(one).join('|')})`;
}

const AUTHOR_LABELS = ['penulis', 'reporter', 'wartawan', 'pewarta', 'oleh', 'kontributor', 'jurnalis', 'laporan', 'ditulis oleh', 'author', 'by', 'writer'];
const EDITOR_LABELS = ['editor', 'redaktur', 'penyunting', 'editing', 'penyelaras'];
const AUTHOR_LABEL = ci(AUTHOR_LABELS);
const EDITOR_LABEL = ci(EDITOR_LABELS);
// First letters of the labels: a line whose first letter is none of them is no byline, which
// spares most lines the Unicode regex below (and a short article its compilation).
const LABEL_INITIALS = new Set([...AUTHOR_LABELS, ...EDITOR_LABELS].map((label) => label.charCodeAt(0)));
/**
 * A label and the name after it. A name: capitalised words and the lexicon's name particles
 * ([name-particles] of people.txt, tried in file order), never running into the next label.
 */
const labelledNames = perLexicon((lex: Lexicon) => {
  const name = `([\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?!${AUTHOR_LABEL}\\b|${EDITOR_LABEL}\\b)(?:[\\p{Lu}][\\p{L}.'’-]*|${alternation(lex.nameParticles)}))*)`;
  return new RegExp(`(${AUTHOR_LABEL}|${EDITOR_LABEL})\\s*:?\\s*${name}`, 'gu');
});
const BYLINE_LINE = new RegExp(
  `^[(\\[]?\\s*(?:${AUTHOR_LABEL}|${EDITOR_LABEL})\\s*:?\\s*[\\p{Lu}][^\\n]{0,120}$`,
  'u',
);
const EDITOR_RE = new RegExp(`^${EDITOR_LABEL}$`);

/** Whether the line's first letter, after an opening bracket and spaces (as BYLINE_LINE allows), may start a label. */
function startsWithLabelInitial(line: string): boolean {
  let i = line.startsWith('(') || line.startsWith('[') ? 1 : 0;
  while (i < line.length && isWhitespaceCode(line.charCodeAt(i))) i++;
  // the labels are ASCII, matched in either case
  const c = line.charCodeAt(i);
  return c < 128 && LABEL_INITIALS.has(c | 32);
}

/**
 * The byline reader of a lexicon (its pattern built here, once per lexicon): a byline line
 * ("Penulis : Rifqi Fadhillah", "Reporter: A | Editor: B", "(Penulis: A, Editor: B)") → who wrote
 * it and who edited it, or null when the line is not a byline.
 */
export function bylineParser(lex: Lexicon): (line: string) => Byline | null {
  const labelled = labelledNames(lex);
  return (line) => readByline(line, labelled);
}

/** {@link bylineParser} on one line. */
export function parseByline(line: string, lex: Lexicon): Byline | null {
  return bylineParser(lex)(line);
}

function readByline(line: string, labelled: RegExp): Byline | null {
  if (line.length > 160 || !startsWithLabelInitial(line) || !BYLINE_LINE.test(line)) return null;
  // A byline has a label followed by a colon, or is short ("Oleh Budi Santoso").
  if (!/:/.test(line) && line.split(/\s+/).length > 5) return null;
  const result: Byline = { author: null, editor: null };
  labelled.lastIndex = 0;
  for (let m = labelled.exec(line); m; m = labelled.exec(line)) {
    const label = m[1]!;
    const name = m[2]!.replace(/[\s,.;|)\]]+$/u, '').trim();
    if (!name) continue;
    if (EDITOR_RE.test(label)) result.editor ??= name;
    else result.author ??= name;
  }
  return result.author || result.editor ? result : null;
}
