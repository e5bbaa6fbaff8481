import { z } from 'zod';
import type { Doc } from '../../doc/doc.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { defineStage, defineStageFactory, type Stage } from '../../doc/stage.js';
import { abbreviates } from '../../lexicon/abbreviation.js';
import { alternation, withoutTrailingDot } from '../../lexicon/derive.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Entity } from '../../schema/entity.js';
import type { Quote, Speaker } from '../../schema/quote.js';
import { findQuotations, wordsUpTo, type Quotation } from './find-quotations.js';
import { entityNamed, firstFrom, firstNamedIn, firstPersonIn, governed, holderOf, isPerson, lastPersonIn, namedMentions, namedStarting, namedWithin, speakerOf, subjectOf, type Named } from './speakers.js';

export { findQuotations } from './find-quotations.js';

/** "pria yang akrab disapa ", "perempuan yang biasa dipanggil ": a description, then the name the person goes by. */
const KNOWN_AS = /^\s+(?:\p{Ll}+\s+){1,3}?(?:yang\s+)?(?:akrab|biasa|kerap|sering)\s+(?:disapa|dipanggil)\s+/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** After a title, "itu"/"tersebut" within its clause: the holder named before ("kata Ketua DPC PDIP Jaksel itu"). */
const ANAPHORIC_TITLE = /^[^.,;!?"“”]{0,40}?\s(?:itu|tersebut|ini)\b/u;
/** Words before a title that do not end it ("ujar mantan Komisaris Utama …", "kata eks Ketua …"). */
const TITLE_MODIFIERS = new Set(['mantan', 'eks', 'calon', 'sang']);
/** A lowercase noun, one to eight more words (commas between allowed, no sentence end), then "itu" or "tersebut". */
const DESCRIBED = /^\s*(\p{Ll}+)(?:[\s,]+[\p{L}\d-]+){1,8}?[\s,]+(?:itu|tersebut)\b/u;

/** "ujar seorang lansia, Colleen Hoffman", "kata peneliti pada Organisasi HAM …, Duaa Dhainy": a description, a comma, the name. */
const DESCRIPTION_COMMA = /^[^.!?;"“”]{1,120}?,\s*$/u;

/** Capitalised words one after another at the start ("IFL Science"). */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}\d&'-]*(?:[ \t]+\p{Lu}[\p{L}\d&'-]*)*/u;
/**
 * "…," demikian pernyataan resmi …: "demikian" and the lowercase words of a statement after a
 * quotation; and "dikutip dari" before the source it was quoted from ("demikian tulis laporan
 * tersebut seperti dikutip dari IFL Science").
 */
const THUS = /^[\s,.]*demikian\s+(?:\p{Ll}+\s+){0,4}(?:(?:dikutip|dilansir)\s+(?:dari\s+)?)?/u;

/**
 * After a cue, a social media handle, optionally after "akun" and the platform's name ("ujar
 * @farhanalv", "tulis akun Instagram @sksg_ui", "tulis X @user"): group 1 is the handle (no full
 * stop at its end).
 */
const HANDLE_AFTER_CUE = /^\s*(?:(?:akun|laman|unggahan)\s+)?(?:(?:Instagram|instagram|IG|X|Twitter|TikTok|Tiktok|Facebook|Threads|YouTube|Youtube)\s+)?(?:resmi\s+)?(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])/u;

/** Nouns for an organisation that "itu"/"tersebut" after a cue refers back to ("tulis lembaga itu", "kata tim tersebut"). */
const ORG_NOUNS = new Set(['lembaga', 'instansi', 'tim', 'badan', 'kantor', 'kementerian', 'perusahaan', 'organisasi', 'komisi', 'dinas', 'panitia', 'otoritas', 'institusi', 'yayasan', 'partai', 'perseroan', 'emiten', 'forum', 'aliansi', 'koalisi', 'serikat', 'asosiasi', 'himpunan', 'paguyuban']);

/**
 * After a subject, a passive verb (adverbs before it allowed): "Iriansyah dipanggil …", "Budi
 * (34) juga langsung diperiksa …".
 */
const PASSIVE_AFTER_SUBJECT = /^\s*(?:\(\d{1,3}\)\s*)?(?:(?:juga|pun|langsung|sudah|telah|kembali|kemudian|lalu|sempat|akan|masih|segera)\s+)*di\p{Ll}{3,}/u;

/** Words that describe a written statement between its noun and its author ("pernyataan resmi", "keterangan tertulis"). */
const DOCUMENT_KINDS = new Set(['resmi', 'tertulis', 'pers', 'terbaru', 'lengkap']);

/** Words in -nya after a quotation that are no cue ("…," sebelumnya.). */
const NOT_CUES = /^(?:sebelumnya|selanjutnya|berikutnya|lainnya|akhirnya|sayangnya|biasanya|sebaliknya|misalnya|contohnya|pokoknya|rupanya|agaknya)\b/u;

/**
 * A cue in -nya on a word of at least three letters ("katanya", "akunya") stands for "kata dia"; the
 * cue "tanya" only ends like one.
 */
const PRONOUN_CUE = /^\p{L}{3,}nya$/u;

/** Words before what is written on something or shouted by a crowd, not said by someone named ("spanduk bertuliskan", "massa meneriakkan"). */
const INSCRIBED = new Set(['bertuliskan', 'bertulisan', 'berbunyi', 'meneriakkan', 'meneriakan', 'berteriak', 'berseru']);

/** A sentence's end: its mark, then a space or the text's end. */
const SENTENCE_BREAK = /[.!?](?:\s|$)/u;

/** A word that names what follows as a title ("berjudul", "bertajuk", "bertema"), right before a quotation. */
const NAMED_AS_TITLE = /(?:^|[^\p{L}])(?:berjudul|bertajuk|bertema|bertemakan)[\s:,]*$/u;

/**
 * How far before a quotation (in words) a verb of speech or a cue is looked for: "Kantor Jaksa Agung
 * Spanyol …, mengatakan bahwa Jaksa Agung Spanyol Alvaro Garcia Ortiz telah “…”".
 */
const CUE_BEFORE_WORDS = 20;

/** A cue in the passive with "-nya" ("disebutnya", "dikatakannya"): group 1 is the cue ("sebut", "kata"). */
const CUE_PASSIVE_NYA = /^di(\p{Ll}+?)(?:kan|i)?nya$/u;
/** A cue in the passive with no agent ("disebutkan", "dikatakan"): group 1 is the cue. */
const CUE_PASSIVE = /^di(\p{Ll}+?)(?:kan|i)?$/u;

/** A quotation this short ("Setuju," "Biasa, ekonomi,") counts only with a cue that attributes it. */
const SHORT_WORDS = 4;

/**
 * Whether a text is written as a title: most of its words of three letters or more are capitalised
 * ("Rumah di Ujung Senja", "Petals on Your Plate: A Guide to Edible Flowers"), as a sentence's are not.
 */
export function titleCased(text: string): boolean {
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length >= 0.6;
}

/** Whether a quotation calls the person "Pak", "Bu", "Bapak" or "Ibu" by a word of their name ("zaman Pak Jokowi"). */
function addressedIn(quoted: string, person: Entity): boolean {
  // (Most quotations call no one so: the words looked for first, the regex read only when one is there.)
  if (!quoted.includes('Pak') && !quoted.includes('Bu') && !quoted.includes('Bapak') && !quoted.includes('Ibu')) return false;
  const called = [...quoted.matchAll(/(?:^|[^\p{L}])(?:Pak|Bu|Bapak|Ibu)\s+(\p{Lu}[\p{L}'’-]+)/gu)];
  if (called.length === 0) return false;
  const words = new Set([person.text, ...person.mentions.map((m) => m.text)].flatMap((t) => t.split(/\s+/u)).filter((w) => w.length > 2));
  return called.some((m) => words.has(m[1]!));
}

const LETTERS = /\p{L}+/gu;

/** Whether one of the words (runs of letters) of `text` is in `words`, read up to the first that is. */
function hasWordIn(text: string, words: ReadonlySet<string>): boolean {
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(text); m; m = LETTERS.exec(text)) if (words.has(m[0])) return true;
  return false;
}

interface Attribution {
  cue: string | null;
  speaker: Speaker | null;
  attribution: Quote['attribution'];
}

/**
 * The quotes stage: direct quotations and their speakers. A cue after the quotation ("…,” ujar
 * Durov), a speech verb or cue before it (Durov mengatakan, “…”), "Menurut X", a title standing for
 * its holder ("ujar Menag"); a pronoun cue ("ujarnya", "kata dia", "ia menambahkan") is the person
 * the text is about: the subject of the sentences before it, followed from sentence to sentence
 * (objects, "menyebut Prabowo", do not change it). A quotation paragraph with no cue continues the
 * speaker before it. A short quotation counts only with a cue.
 */
export const quotesStage = defineStageFactory({
  name: 'quotes',
  description: 'Direct quotations with their speakers (cues after or before, "menurut", pronouns followed to the subject, continuations)',
  options: z.object({}).strict(),
  create: (_options, ctx) => createQuotesStage(ctx.lexicon, ctx.name),
});

function createQuotesStage(lex: Lexicon, name: string): Stage {
  const cueAfter = new RegExp(`^[\\s,.:;!?–—-]*(${alternation([...lex.cues].sort((a, b) => b.length - a.length))})(?![\\p{L}])`, 'iu');
  // A third-person pronoun ("…,” ujar dia") refers to the person the text is about; so does "-nya" written apart.
  const pronouns = new Set([...lex.pronouns].filter(([, person]) => person === 3).map(([p]) => p).concat('nya'));
  // "Menurut Durov, “…”", "menurut Durov": the first letter in either case, the rest lowercase.
  const firstInEitherCase = (w: string) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${alternation([w.slice(1)])}`;
  const accordingTo = new RegExp(`\\b(?:${[...lex.accordingTo].map(firstInEitherCase).join('|')})\\s+`, 'g');
  // "Menurutnya, proses itu “…”": the person the text is about, when no sentence ends before the quotation.
  const accordingToThem = new RegExp(`\\b(?:${[...lex.accordingTo].map(firstInEitherCase).join('|')})nya(?![\\p{L}])[^.!?]*$`, 'u');
  // Words after a cue that are not the speaker's name ("ujar Durov dalam ...", "ujar Durov Senin").
  const stopAfterName = new RegExp(`^(?:${alternation([...lex.notSpeakerWords, ...lex.calendar.days.keys()])})$`, 'i');
  // Words before a name that are not part of it ("ujar Kapolres AKBP Budi", "kata Prof. Budi").
  const notOfName = (w: string) => {
    const bare = withoutTrailingDot(w);
    return lex.ranks.has(bare) || lex.namePrefixes.has(bare) || lex.titles.has(bare.toLowerCase()) || lex.honorifics.has(bare);
  };

  return defineStage({
    name,
    requires: ['text', 'paragraphs', 'sentences', 'entities'],
    provides: ['quotes'],
    languages: ['id', 'ms', 'und'],
    run(doc: Doc) {
      const titleEnd = titleEndOf(doc);
      const relatedStart = relatedStartOf(doc);
      const named = namedMentions(doc.entities);
      const quotes: Quote[] = [];
      // The person the text is about, as the sentences and attributed quotations go by; `unnamed`
      // while it is someone the text does not name ("Seorang petani … mengaku …").
      let topic: Entity | null = null;
      let unnamed = false;
      // A speaker named after a cue whom no entity holds ("…,” sebut Jaya Negara): the person the
      // text is about until a sentence or a quotation names another.
      let loose: Speaker | null = null;
      // The end of a paragraph opened by "Menurut X,": its sentences report X's words.
      let reportedUntil = -1;
      let previous: { speaker: Speaker | null; paragraph: number } | null = null;
      // The person the last attributed quotation was given to.
      let lastSpoke: Entity | null = null;
      // The paragraph of the last quotation given to someone named.
      let lastSpokeParagraph = -1;
      // Who spoke so far: given a quotation, or the subject of a sentence with a verb of speech.
      const spoken = new Set<Entity>();
      // Whether the sentence right before is about the person the text is about as the one something
      // was done to ("Iriansyah dipanggil terkait videonya …"): the object of the story, not a speaker.
      let passiveTopic = false;
      let sentenceIndex = 0;
      // The one person a sentence with no named subject brought in, for a pronoun in the next.
      let introduced: Entity | null = null;

      /**
       * The one person named in [start, end), last in the sentence ("… dari Staf Khusus …, Ary
       * Santoso."), when that is not the person the text is about and no pronoun in the sentence
       * ("Hal ini dia ungkapkan …") speaks of someone else; else null.
       */
      const soleNewPerson = (start: number, end: number): Entity | null => {
        const mentions = namedWithin(named, start, end, isPerson);
        const people = new Set(mentions.map((n) => n.entity));
        const [only] = people;
        if (people.size !== 1 || only === topic) return null;
        if (!/^\s*(?:\(\d{1,3}\)\s*)?[.!?]?\s*$/u.test(doc.text.slice(mentions.at(-1)!.end, end))) return null;
        if (hasWordIn(doc.text.slice(start, end).toLowerCase(), pronouns)) return null;
        return only!;
      };

      /** Follows the subjects of the sentences that end before `until`, outside quotations. */
      const followSubjects = (until: number, quoted: readonly Quotation[]) => {
        while (sentenceIndex < doc.sentences.length && doc.sentences[sentenceIndex]!.end <= until) {
          const s = doc.sentences[sentenceIndex++]!;
          if (s.start < titleEnd) continue;
          const inQuote = quoted.find((q) => q.outerStart <= s.start && s.start < q.outerEnd);
          const from = inQuote ? inQuote.outerEnd : s.start;
          if (from >= s.end) continue;
          // "Menurut Paulus, HR diduga mengarahkan … Sebagai imbalan, HR diduga menerima …": the rest
          // of the paragraph is what the source reported; its subjects are not who speaks next.
          if (s.start < reportedUntil) continue;
          const subject = subjectOf(doc.text, from, s.end, named, lex, pronouns);
          // (Only the sentence right before a quotation: "Saat digiring …, Rusdianto memilih irit
          // bicara." after a passive one gives "ucapnya" back to him.)
          passiveTopic = false;
          // "… mendapat apresiasi dari Staf Khusus …, Ary Santoso. Menurutnya, …": a sentence whose
          // subject is no one named brings in one new person; the pronoun after it is that person.
          if (subject === 'pronoun' && introduced) {
            topic = introduced;
            unnamed = false;
            loose = null;
          }
          introduced = subject === null ? soleNewPerson(from, s.end) : null;
          if (subject === 'unnamed') unnamed = true;
          else if (subject && subject !== 'pronoun' && (subject.type === 'PERSON' || !topic)) {
            topic = subject;
            unnamed = false;
            loose = null;
            const mention = namedStarting(named, from, s.end, (n) => n.entity === subject && n.end <= s.end);
            const after = mention ? doc.text.slice(mention.end, s.end) : '';
            passiveTopic = PASSIVE_AFTER_SUBJECT.test(after);
            if (hasWordIn(after.toLowerCase(), lex.speechVerbs)) spoken.add(subject);
            const opening = /^\s*(\p{L}+)/u.exec(doc.text.slice(from, s.end));
            if (subject.type === 'PERSON' && opening && lex.accordingTo.has(opening[1]!.toLowerCase())) {
              reportedUntil = doc.paragraphs.find((p) => p.start <= s.start && s.start < p.end)?.end ?? s.end;
            }
          }
        }
      };

      /**
       * "Ia mendorong Pemprov DKI …" then a paragraph that is a quotation with no cue: the person
       * the sentence right before it is about (named, or a pronoun for the person the text is about).
       */
      const subjectBefore = (d: Doc, pi: number, at: number): Entity | null => {
        const prev = d.paragraphs[pi - 1];
        if (!prev || prev.end <= titleEnd) return null;
        let s: (typeof d.sentences)[number] | undefined;
        for (const x of d.sentences) if (x.end <= at && x.start >= prev.start) s = x;
        if (!s || findQuotations(d.text, s.start, s.end, 1).length > 0) return null;
        const subject = subjectOf(d.text, s.start, s.end, named, lex, pronouns);
        if (subject === 'pronoun') return topic?.type === 'PERSON' && !unnamed ? topic : null;
        if (subject === 'unnamed') return null;
        if (subject?.type === 'PERSON') return subject;
        // "Dalam keterangan tertulis …, Menteri … Tawfiq F. Al-Rabiah, menyampaikan apresiasi …":
        // a person right before a speech verb later in the sentence.
        for (const n of named) {
          if (n.start < s.start || n.end > s.end || n.entity.type !== 'PERSON') continue;
          const next = /^[\s,]*(?:(?:juga|pun|kembali|telah|sempat)\s+)?(\p{Ll}+)/u.exec(d.text.slice(n.end, Math.min(s.end, n.end + 40)));
          if (next && lex.speechVerbs.has(next[1]!)) return n.entity;
        }
        return null;
      };

      doc.paragraphs.forEach((p, pi) => {
        if (p.end <= titleEnd || p.start >= relatedStart) return;
        const found = findQuotations(doc.text, p.start, p.end, 1);
        found.forEach((q, qi) => {
          followSubjects(q.outerStart, found);
          const nextStart = found[qi + 1]?.outerStart ?? p.end;
          const prevEnd = found[qi - 1]?.outerEnd ?? p.start;
          let a = inscribed(doc, found, qi, p.start) ?? attributeAfter(doc, named, q, nextStart) ?? attributeBefore(doc, named, q, prevEnd);
          if (!a && wordsUpTo(doc.text, q.start, q.end, SHORT_WORDS) < SHORT_WORDS) return;
          if (a && a.speaker === null && a.attribution === 'pronoun') {
            // "…,” ujarnya: the person the text is about, else the last person named before; nobody
            // named when the text is about someone it does not name.
            let named0 = unnamed || loose ? null : (topic ?? lastPersonIn(named, Math.max(0, p.start - 2000), q.outerStart));
            // "Sulpakar: “…,” katanya. … Iriansyah dipanggil terkait videonya … “…,” ujarnya": someone
            // the story is about, its subject only as the one something was done to and never a
            // speaker, does not take the cue from the person who spoke a few paragraphs before.
            if (named0 && named0 === topic && passiveTopic && !spoken.has(named0) && lastSpoke && lastSpoke !== named0 && pi - lastSpokeParagraph <= 3) named0 = lastSpoke;
            // "…zaman Pak Jokowi…," katanya: words that call the person "Pak"/"Bu" are hardly their own;
            // the speaker before, when another.
            if (named0 && addressedIn(doc.text.slice(q.start, q.end), named0)) {
              const before = lastSpoke;
              named0 = before && before !== named0 && before.type === 'PERSON' ? before : null;
              if (!named0) {
                a = { ...a, speaker: null };
                quotes.push({ text: doc.text.slice(q.start, q.end), start: q.start, end: q.end, ...a });
                previous = null;
                return;
              }
            }
            a = { ...a, speaker: loose && !unnamed ? loose : named0 ? speakerOf(named0) : unnamed ? null : (previous?.speaker ?? null) };
          }
          if (!a) {
            const quoteOnly = q.outerStart === p.start || qi > 0;
            const said = quoteOnly && !previous ? subjectBefore(doc, pi, q.outerStart) : null;
            a =
              previous && previous.speaker && quoteOnly && pi - previous.paragraph <= 1
                ? { cue: null, speaker: previous.speaker, attribution: 'continuation' }
                : said
                  ? { cue: null, speaker: speakerOf(said), attribution: 'previous-subject' }
                  : { cue: null, speaker: null, attribution: 'none' };
            // “Rumah di Ujung Senja”, “Minnesota Protocol on …”: a title of a work in capitals that
            // no one is said to speak is no quotation.
            // Nor one that would go on a speaker's words ("Bebas Plastik 2040: Mimpi atau Misi?", a
            // programme's name at the end of an article).
            // Nor one named a title by the word before it ("sebuah studi berjudul “Understanding the
            // impacts of floods …”", "bertajuk", "bertema"), however it is written.
            if (titleCased(doc.text.slice(q.start, q.end)) || NAMED_AS_TITLE.test(doc.text.slice(Math.max(p.start, q.outerStart - 24), q.outerStart))) return;
          }
          quotes.push({ text: doc.text.slice(q.start, q.end), start: q.start, end: q.end, ...a });
          previous = a.speaker ? { speaker: a.speaker, paragraph: pi } : null;
          const spoke = a.speaker?.entity ? doc.entities.find((e) => e.id === a.speaker!.entity) : undefined;
          if (spoke?.type === 'PERSON') {
            lastSpoke = spoke;
            lastSpokeParagraph = pi;
          }
          if (spoke) spoken.add(spoke);
          passiveTopic = false;
          if (spoke && (spoke.type === 'PERSON' || !topic)) {
            topic = spoke;
            unnamed = false;
            loose = null;
          } else if (a.attribution === 'cue-after' && a.speaker && !a.speaker.entity) {
            loose = a.speaker;
            unnamed = false;
          } else if (a.attribution === 'cue-after' && !a.speaker) {
            // "…,” kata Ketua DKPP dalam sidang, "…,” bunyi beleid tersebut: someone (or a text) the
            // article does not name spoke; a "sambungnya" after it is theirs, not the last named person's.
            unnamed = true;
            loose = null;
          }
        });
        followSubjects(p.end, found);
        if (found.length === 0 && previous && pi - previous.paragraph >= 1) previous = null;
      });
      doc.quotes = quotes;
    },
  });

  /**
   * A quotation written on a banner or shouted by a crowd: "spanduk bertuliskan slogan-slogan
   * seperti “Demokrasi bukan Monarki” dan “Konstitusi tidak opsional”", "massa meneriakkan “inilah
   * demokrasi”". Such a word at most six words before the quotation in its sentence (other
   * quotations there count as one word each): a quote, however short, whose words no one named
   * spoke, whatever cue follows ("… spanduk bertuliskan “perbaiki krisis layanan kesehatan,” katanya").
   */
  function inscribed(doc: Doc, found: readonly Quotation[], qi: number, paragraphStart: number): Attribution | null {
    const q = found[qi]!;
    const windowStart = Math.max(paragraphStart, q.outerStart - 200);
    // The words before the quotation, back to the window's start; the quotations there (six at
    // most: only the last six words count) each one word, a stand-in. When a sentence ends between
    // the quotation before and this one, the stand-ins lie before the sentence: the text since the
    // quotation before is the head.
    const since = Math.max(windowStart, found[qi - 1]?.outerEnd ?? windowStart);
    let head = doc.text.slice(since, q.outerStart);
    if (since > windowStart && !SENTENCE_BREAK.test(head)) {
      head = '';
      let at = q.outerStart;
      for (let k = qi - 1; k >= 0 && k >= qi - 6 && found[k]!.outerEnd > windowStart; k--) {
        head = ` kutipan ${doc.text.slice(found[k]!.outerEnd, at)}${head}`;
        at = found[k]!.outerStart;
      }
      if (at > windowStart) head = doc.text.slice(windowStart, at) + head;
    }
    // (Within the quotation's sentence.)
    const sentence = head.split(SENTENCE_BREAK).at(-1)!;
    const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
    for (let k = words.length - 1; k >= 0 && k >= words.length - 6; k--) {
      const w = words[k]!.toLowerCase();
      if (INSCRIBED.has(w)) return { cue: w, speaker: null, attribution: 'cue-before' };
    }
    return null;
  }

  /** The speaker named by words after a cue that no entity holds: a title's holder, a part of a name, or the words. */
  function speakerFromWords(words: readonly string[], entities: readonly Entity[]): Speaker | null {
    const kept = words.map((w) => w.replace(/[.,]$/, '')).filter((w, i) => !(i < words.length - 1 && notOfName(w)));
    if (kept.length === 0) return null;
    const text = kept.join(' ');
    const known = entityNamed(text, entities) ?? (kept.length === 1 ? holderOf(kept[0]!, entities, abbreviates) : undefined);
    if (known) return speakerOf(known);
    // A title alone ("ujar Menag") names no one the article introduced.
    if (kept.length === 1 && notOfName(kept[0]!)) return null;
    return { name: text, entity: null };
  }

  function attributeAfter(doc: Doc, named: readonly Named[], q: Quotation, limit: number): Attribution | null {
    const tail = doc.text.slice(q.outerEnd, Math.min(limit, q.outerEnd + 200));
    // "…," demikian pernyataan resmi NASA / demikian dilaporkan Saudi Press Agency: the source named
    // in the sentence after "demikian" and the words for a statement.
    const thus = THUS.exec(tail);
    if (thus) {
      // "…," demikian pernyataan resmi kementerian tersebut: the organisation the text named before
      // ("Kementerian Kebudayaan Prancis"), not the source it was quoted from after "dikutip dari".
      const anaphor = /\s(\p{Ll}+)\s+(?:itu|tersebut)\s/u.exec(thus[0]);
      if (anaphor && ORG_NOUNS.has(anaphor[1]!)) return { cue: 'demikian', speaker: organisationBefore(doc, named, anaphor[1]!, q.outerStart), attribution: 'cue-after' };
      const from = q.outerEnd + thus[0].length;
      const end = tail.slice(thus[0].length).search(/[.!?](?:\s|$)/u);
      const source = firstNamedIn(named, from, end < 0 ? q.outerEnd + tail.length : from + end);
      const run = CAPITALISED_RUN.exec(tail.slice(thus[0].length));
      // Right after those words, not further on ("demikian bunyi salah satu spanduk … menurut X");
      // or inside the capitalised words there ("demikian laporan UP3D Sukamaju Hendra Wijaya": the
      // person after the unit). A source described, not named ("demikian bunyi salah satu
      // spanduk"): no one the text names.
      if (source && (source.start === from || (run && source.end <= from + run[0].length)))
        return { cue: 'demikian', speaker: speakerOf(source.entity), attribution: 'cue-after' };
      // A source the text names in capitals though no entity holds it ("… dikutip dari IFL Science").
      const known = run ? entityNamed(run[0], doc.entities) : undefined;
      return { cue: 'demikian', speaker: known ? speakerOf(known) : run ? { name: run[0], entity: null } : null, attribution: 'cue-after' };
    }
    // "…per tahun." Nilai paket …: a capitalised word after a quotation that ends its sentence opens
    // the next sentence; no cue.
    const m0 = cueAfter.exec(tail);
    const m = m0 && /^\p{Lu}/u.test(m0[1]!) && /[.!?]\s*$/u.test(doc.text.slice(q.start, q.outerEnd).replace(/["“”'’]+$/u, '')) ? null : m0;
    if (!m) {
      // "…,” Agung Harry.": a person's name alone after the quotation, no cue verb.
      const lead = /^[\s,]*/u.exec(tail)![0].length;
      // "…," pernyataan BPBD Sukabumi melalui rilis resminya, "…," imbauan KBRI melalui akun
      // Instagram: a written statement's noun, then who wrote it (the quotation ends in a comma).
      const statement = /^(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?/u.exec(tail.slice(lead));
      if (statement && lex.documents.has(statement[1]!) && (statement[2] === undefined || DOCUMENT_KINDS.has(statement[2]))) {
        const author = namedStarting(named, q.outerEnd + lead + statement[0].length, q.outerEnd + lead + statement[0].length);
        const comma = tail.slice(0, lead).includes(',') || doc.text.slice(q.end, q.outerEnd).includes(',');
        if (author && comma) return { cue: statement[1]!, speaker: speakerOf(author.entity), attribution: 'cue-after' };
      }
      const who = namedStarting(named, q.outerEnd + lead, q.outerEnd + lead, isPerson);
      if (who && /^\s*(?:\.|\n|$)/u.test(doc.text.slice(who.end, who.end + 3))) return { cue: null, speaker: speakerOf(who.entity), attribution: 'name-after' };
      // "…," Direktur Riset Ali Noer Zaman, dalam rilis …: a title in capitals, the person, then a
      // comma or the sentence's end, no cue verb.
      const titledWho = namedStarting(named, q.outerEnd + lead + 1, q.outerEnd + lead + 80, isPerson);
      if (titledWho && /^\s*(?:[,.]|\n|$)/u.test(doc.text.slice(titledWho.end, titledWho.end + 3))) {
        const title = doc.text.slice(q.outerEnd + lead, titledWho.start).trim();
        const first = /^\p{Lu}\p{L}*/u.exec(title)?.[0].toLowerCase();
        if (first && lex.titles.has(first) && /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+)*\p{Lu}[\p{L}\d&'’.-]*$/u.test(title) && /,\s*$/u.test(doc.text.slice(q.start, q.outerEnd).replace(/["“”]+$/u, '') + tail.slice(0, lead))) {
          return { cue: null, speaker: speakerOf(titledWho.entity), attribution: 'name-after' };
        }
      }
      // "…,” Potter menjelaskan.", "…,” dia menambahkan.": the subject, then a verb of speech.
      // (The quotation ends in a comma, inside its marks or after them: the sentence goes on.)
      const goesOn = tail.slice(0, lead).includes(',') || doc.text.slice(q.end, q.outerEnd).includes(',') || /,\s*$/u.test(doc.text.slice(q.start, q.end));
      // "…,” terangnnya.": a cue in -nya misspelt, alone before the sentence's end, is still the
      // pronoun cue it was meant to be.
      if (goesOn && /^\p{Ll}{3,}nya\s*(?:[.;]|$)/u.test(tail.slice(lead)) && !NOT_CUES.test(tail.slice(lead))) return { cue: tail.slice(lead).split(/[\s.;]/u)[0]!, speaker: null, attribution: 'pronoun' };
      const subject = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,3}|\p{Ll}+\s+)(\p{Ll}+)/u.exec(tail.slice(lead));
      if (goesOn && subject && lex.speechVerbs.has(subject[2]!)) {
        const words = subject[1]!.trim().split(/\s+/u);
        if (who && who.end === q.outerEnd + lead + subject[1]!.trimEnd().length) return { cue: subject[2]!, speaker: speakerOf(who.entity), attribution: 'cue-after' };
        if (words.length === 1 && pronouns.has(words[0]!.toLowerCase())) return { cue: subject[2]!, speaker: null, attribution: 'pronoun' };
        if (/^\p{Lu}/u.test(words[0]!)) {
          const speaker = speakerFromWords(words, doc.entities);
          if (speaker?.entity) return { cue: subject[2]!, speaker, attribution: 'cue-after' };
          // "…," Potter menjelaskan.: a name no entity holds, as after "kata Potter".
          if (speaker && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !lex.accordingTo.has(words[0]!.toLowerCase())) return { cue: subject[2]!, speaker, attribution: 'cue-after' };
        }
      }
      return null;
    }
    const cue = m[1]!.toLowerCase();
    const nameFrom = q.outerEnd + m[0].length;
    if (PRONOUN_CUE.test(cue)) return { cue, speaker: null, attribution: 'pronoun' };
    // The speaker: the names right after the cue ("ujar Durov", "kata Kepala BPS Amalia", "kata
    // pengamat politik Budi", "ujar Kepala BPS, Amalia"), before the sentence ends.
    const rest = doc.text.slice(nameFrom, Math.min(limit, nameFrom + 160));
    // "ujar @farhanalv", "tulis akun Instagram @sksg_ui": a social media account's handle is who
    // wrote, not the platform; the handle as written (with its "@"), or the entity that holds it.
    const handle = HANDLE_AFTER_CUE.exec(rest);
    if (handle) {
      const at = nameFrom + handle[0].length - handle[1]!.length;
      const holder = namedStarting(named, at, at + 1);
      return { cue, speaker: holder ? speakerOf(holder.entity) : { name: handle[1]!, entity: null }, attribution: 'cue-after' };
    }
    // "ujar pria yang akrab disapa Aco": the person known by that name.
    const known = KNOWN_AS.exec(rest);
    if (known) {
      const who = namedStarting(named, nameFrom + known[0].length, nameFrom + known[0].length, isPerson);
      if (who) return { cue, speaker: speakerOf(who.entity), attribution: 'cue-after' };
    }
    // "tulis laporan itu": a document quoted; its author when the text named one before.
    const written = /^\s*(\p{Ll}+)\s+(?:itu|tersebut|ini)\b/u.exec(rest);
    if (written && lex.documents.has(written[1]!)) return { cue, speaker: documentAuthor(doc, named, written[1]!, q.outerStart), attribution: 'cue-after' };
    // "tulis lembaga itu", "tulis tim tersebut": the organisation the sentence before is about, or
    // the last one named before whose name opens with that noun.
    if (written && ORG_NOUNS.has(written[1]!)) return { cue, speaker: organisationBefore(doc, named, written[1]!, q.outerStart), attribution: 'cue-after' };
    // "…," tulis forum.: the noun alone, the sentence's end right after it, stands for the
    // organisation as "forum itu" does.
    const alone = /^\s*(\p{Ll}+)\s*(?:[.;]|\n|$)/u.exec(rest);
    // (Only an organisation so named: the noun alone says less than "forum itu" of the sentence before.)
    if (alone && ORG_NOUNS.has(alone[1]!)) return { cue, speaker: organisationNamed(named, alone[1]!, q.outerStart), attribution: 'cue-after' };
    // "kata peneliti tersebut": the holder of a title the text spoke of before, as after a pronoun
    // ("ujar warga tersebut" speaks of someone it may never have named).
    if (written && lex.titles.has(written[1]!)) return { cue, speaker: null, attribution: 'pronoun' };
    // "tutur ibu dua anak asal Sinjai itu", "ucap pelatih berusia 52 tahun itu": a noun for people or
    // a title described further, then a demonstrative, is the person the text is about.
    const described = DESCRIBED.exec(rest);
    if (described && (lex.peopleNouns.has(described[1]!) || lex.titles.has(described[1]!))) return { cue, speaker: null, attribution: 'pronoun' };
    // The sentence ends at a full stop that ends no abbreviation or initial ("kata Prof. Ghufron", "ujar Plt. Kepala Dinas Budi").
    const sentenceEnd = rest.search(/(?<!(?:^|\s)(?:Prof|Dr|Drs|Ir|dr|H|Hj|KH|St|Jl|Bpk|Ny|Tn|Plt|Plh|Pj|Pjs|\p{Lu}))[.!?;](?:\s|$)/u);
    const stop = sentenceEnd < 0 ? rest.length : sentenceEnd;
    WORD.lastIndex = 0;
    const words: string[] = [];
    let runEnd = -1;
    let runStart = -1;
    let lowercaseTitle = 0;
    // "tulis laporan Stanford Medicine Insights": a document, then the source that wrote it.
    let document = false;
    for (let w = WORD.exec(rest); w && words.length < 12; w = WORD.exec(rest)) {
      // "kata dia." : the word without the full stop that ends the sentence.
      const word = w[0].replace(/\.+$/, '');
      if (stopAfterName.test(word) || w.index > stop) break;
      if (pronouns.has(word.toLowerCase()) && words.length === 0) return { cue, speaker: null, attribution: 'pronoun' };
      // "ujar ungkap Yuwono": a second cue written by mistake before the name.
      if (words.length === 0 && lowercaseTitle === 0 && !document && lex.cues.has(word) && !PRONOUN_CUE.test(word)) continue;
      if (!/^\p{Lu}/u.test(word)) {
        // A lowercase title before the name ("pengamat politik", "ekonom"), not after it.
        if (words.length === 0 && lowercaseTitle === 0 && !document && lex.documents.has(word)) {
          document = true;
          continue;
        }
        // "tulis pernyataan resmi Himapol FISIP": a word that describes the document, then its author.
        if (words.length === 0 && document && DOCUMENT_KINDS.has(word)) continue;
        if (words.length === 0 && lowercaseTitle < 3 && (lex.titles.has(word) || TITLE_MODIFIERS.has(word) || lowercaseTitle > 0)) {
          lowercaseTitle++;
          continue;
        }
        break;
      }
      // "kata Kepala Seksi Humas (Kasi Humas) Polresta Denpasar I Ketut Sukadi": a title's short form
      // in brackets inside the run is passed over.
      const close = runEnd >= 0 && rest.slice(runEnd, w.index).trim() === '(' ? rest.indexOf(')', w.index) : -1;
      if (close > 0 && close - w.index < 40 && !rest.slice(w.index, close).includes('(')) {
        runEnd = close + 1;
        WORD.lastIndex = close + 1;
        continue;
      }
      // "Kepala BPS, Amalia": one comma between two capitalised runs.
      if (runEnd >= 0 && rest.slice(runEnd, w.index).trim() === ',' && words.length > 0) words.push(',');
      else if (runEnd >= 0 && rest.slice(runEnd, w.index).trim() !== '') break;
      if (runEnd < 0) runStart = w.index;
      words.push(w[0]);
      runEnd = w.index + w[0].length;
    }
    if (runEnd < 0) {
      // No name right after the cue: a description, then the person after a comma in the sentence.
      const person = namedStarting(named, nameFrom + 1, nameFrom + stop, isPerson);
      if (person && DESCRIPTION_COMMA.test(doc.text.slice(nameFrom, person.start))) return { cue, speaker: speakerOf(person.entity), attribution: 'cue-after' };
    }
    // "…," bunyi pengumuman yang dibagikan kepada ketua kloter: a document whose author the cue does
    // not name; the organisation the sentence before has speak ("Kantor Urusan Haji KJRI Jeddah
    // mengingatkan jemaah …"), else no one.
    if (document && runEnd < 0) return { cue, speaker: organisationSpeakingBefore(doc, named, q.outerStart, 3), attribution: 'cue-after' };
    const hit = runEnd >= 0 ? firstNamedIn(named, nameFrom, nameFrom + runEnd) : undefined;
    // (An entity inside the author's name, "FISIP Unud" of "Himapol FISIP Unud", is not the author.)
    if (document && runEnd >= 0) return { cue, speaker: hit && hit.start === nameFrom + runStart ? speakerOf(hit.entity) : speakerFromWords(words, doc.entities), attribution: 'cue-after' };
    if (hit && hit.entity.type !== 'PERSON' && (lowercaseTitle > 0 || (words.length > 0 && lex.titles.has(words[0]!.toLowerCase())))) {
      // "kata Ketua DKPP dalam sidang": the title's holder spoke, not the organisation; who holds
      // that title of that organisation, when the article gave it to someone, else no one named.
      // "kata Ketua Unit Komunikasi Publik Unud, Ni Nyoman Dewi Pascarani": the person after the comma.
      const person = firstPersonIn(named, hit.end, nameFrom + runEnd);
      if (person) return { cue, speaker: speakerOf(person), attribution: 'cue-after' };
      const holder = holderOf(doc.text.slice(nameFrom, hit.end).trim(), doc.entities, abbreviates);
      if (holder) return { cue, speaker: speakerOf(holder), attribution: 'cue-after' };
      // "… Polresta Denpasar I Ketut Sukadi" read as one organisation: the run's last word is a
      // person the article names ("Menurut Sukadi, …").
      const lastWord = words.at(-1);
      const named1 = lastWord && lastWord !== ',' && words.length > 2 ? entityNamed(lastWord.replace(/[.,]$/u, ''), doc.entities) : undefined;
      if (named1) return { cue, speaker: speakerOf(named1), attribution: 'cue-after' };
      // "kata Ketua DPC PDIP Jaksel itu": the holder the text is about, as after a pronoun.
      return { cue, speaker: null, attribution: ANAPHORIC_TITLE.test(rest.slice(runEnd)) ? 'pronoun' : 'cue-after' };
    }
    // "tulis FMDM SIL UI": an organisation that only ends the capitalised name after the cue is
    // part of the speaker's name ("UI" of "FMDM SIL UI"), not the speaker.
    if (hit && hit.entity.type === 'ORG' && hit.start > nameFrom + runStart && lowercaseTitle === 0 && !words.includes(',') && !lex.titles.has(words[0]!.toLowerCase()) && !notOfName(words[0]!)) {
      return { cue, speaker: speakerFromWords(words, doc.entities), attribution: 'cue-after' };
    }
    if (hit) return { cue, speaker: speakerOf(hit.entity), attribution: 'cue-after' };
    // "kata Direktur Jenderal Energi Baru, Terbarukan, dan Konservasi Energi (EBTKE) Kementerian
    // ESDM, Eniya Listiani Dewi": a long title with its organisation, then the person, in the sentence.
    const titled = [1, 2, 3].some((n) => words.length >= n && lex.titles.has(words.slice(0, n).join(' ').toLowerCase()));
    if (titled) {
      const person = firstPersonIn(named, nameFrom, nameFrom + stop);
      if (person) return { cue, speaker: speakerOf(person), attribution: 'cue-after' };
      // "kata Ketua DPC PDIP Jaksel itu": the title's holder named before, else like a pronoun.
      if (ANAPHORIC_TITLE.test(rest.slice(runEnd))) {
        const holder = holderOf(words.filter((w) => w !== ',').join(' '), doc.entities, abbreviates);
        return holder ? { cue, speaker: speakerOf(holder), attribution: 'cue-after' } : { cue, speaker: null, attribution: 'pronoun' };
      }
    }
    const last = words.lastIndexOf(',');
    return { cue, speaker: speakerFromWords(last >= 0 ? words.slice(last + 1) : words, doc.entities), attribution: 'cue-after' };
  }

  /**
   * The organisation "lembaga itu" after a quotation stands for: the subject of the last sentence
   * before `before` when it is an organisation ("Kantor SAR … menyebut …"), else the last
   * organisation named in the 600 characters before whose name opens with the noun ("Tim …" for
   * "tim tersebut"); null when there is none.
   */
  function organisationBefore(doc: Doc, named: readonly Named[], noun: string, before: number): Speaker | null {
    return organisationSpeakingBefore(doc, named, before) ?? organisationNamed(named, noun, before);
  }

  /**
   * The last organisation named in the 600 characters before `before` whose name opens with the noun
   * ("Tim …" for "tim tersebut"), else the one so named anywhere before; null when none or several.
   */
  function organisationNamed(named: readonly Named[], noun: string, before: number): Speaker | null {
    const near = before - 600;
    // One pass back from `before`: the first so named that starts in the 600 characters is the last
    // there; past them, whether those so named are all one ("Kementerian Kebudayaan Prancis …
    // [paragraphs] … kementerian tersebut").
    let one: Entity | undefined;
    let several = false;
    for (let i = firstFrom(named, before + 1) - 1; i >= 0; i--) {
      const n = named[i]!;
      if (n.entity.type !== 'ORG' || n.end > before || !n.entity.text.toLowerCase().startsWith(`${noun} `)) continue;
      if (n.start >= near && n.start < before) return speakerOf(n.entity);
      if (one === undefined) one = n.entity;
      else if (n.entity !== one) {
        // (None in the 600 characters can follow: the mentions go back in text order.)
        if (n.start < near) return null;
        several = true;
      }
    }
    return one && !several ? speakerOf(one) : null;
  }

  /**
   * The organisation the last sentence before `before` (or one of the last `back`, the nearest first,
   * none past a quotation) has speak: its subject when an organisation ("Kantor SAR … menyebut …"),
   * or one a few words before a verb of speech; null when none.
   */
  function organisationSpeakingBefore(doc: Doc, named: readonly Named[], before: number, back = 1): Speaker | null {
    const sentences = doc.sentences.filter((x) => x.end <= before && x.start < x.end).slice(-back).reverse();
    for (const s of sentences) {
      // (Not past a quotation: its speaker is who the text is about there.)
      if (findQuotations(doc.text, s.start, s.end, 1).length > 0) break;
      const subject = subjectOf(doc.text, s.start, s.end, named, lex, pronouns);
      if (subject && subject !== 'pronoun' && subject !== 'unnamed' && subject.type === 'ORG') return speakerOf(subject);
      // (Further back, not past a sentence about a person: "Ia mengingatkan …", "Budi menyebut …".)
      if (back > 1 && (subject === 'pronoun' || (subject && subject !== 'unnamed' && subject.type === 'PERSON'))) break;
      // "Dalam keterangan tertulisnya, Kantor SAR … menyebut …", "Tim … dalam keterangan tertulisnya
      // menegaskan …": an organisation a few words before a verb of speech, no other verb between.
      for (const n of named) {
        if (n.start < s.start || n.end > s.end || n.entity.type !== 'ORG') continue;
        const after = /^[\s,]*((?:\p{Ll}+[\s,]+){0,4})/u.exec(doc.text.slice(n.end, Math.min(s.end, n.end + 60)))![1]!.split(/[\s,]+/u).filter(Boolean);
        for (const w of after) {
          if (lex.speechVerbs.has(w)) return speakerOf(n.entity);
          if (/^(?:me|ber|di)\p{Ll}{3,}$/u.test(w) && w !== 'dalam') break;
        }
      }
    }
    return null;
  }

  /**
   * The organisation a document was named after before `before` ("Laporan Bank Dunia menyebut …"):
   * the organisation mentioned right after the last occurrence of the document's noun in the 600
   * characters before; null when there is none.
   */
  function documentAuthor(doc: Doc, named: readonly Named[], noun: string, before: number): Speaker | null {
    const from = Math.max(0, before - 600);
    const head = doc.text.slice(from, before).toLowerCase();
    const at = head.lastIndexOf(noun);
    if (at < 0) return null;
    const after = from + at + noun.length;
    const next = namedStarting(named, after, after + 1, (n) => n.entity.type === 'ORG');
    return next ? speakerOf(next.entity) : null;
  }

  /**
   * The author of a written statement named in text[start, end): a noun of {@link Lexicon.documents}
   * ("pernyataan", "keterangan", "laporan"), words that describe it ("resmi", "tertulis"), then an
   * organisation or person right after them ("pernyataan resmi Pemerintah Aceh"); else null.
   */
  function statementAuthor(doc: Doc, named: readonly Named[], start: number, end: number): Entity | null {
    const span = doc.text.slice(start, end);
    for (const m of span.matchAll(/(?:^|[^\p{L}])(\p{Ll}+)((?:\s+\p{Ll}+)?)\s+(?=\p{Lu})/gu)) {
      if (!lex.documents.has(m[1]!) || (m[2]!.trim() !== '' && !DOCUMENT_KINDS.has(m[2]!.trim()))) continue;
      const at = start + m.index! + m[0].length;
      const author = namedStarting(named, at, at, (n) => n.end <= end);
      if (author && (author.entity.type === 'ORG' || author.entity.type === 'PERSON')) return author.entity;
    }
    return null;
  }

  /**
   * A place that opens the clause in text[start, end) as its subject: its mention, an optional
   * bracketed short form, then a verb in me-/ber- ("Pada Februari lalu, Amerika Serikat (AS)
   * menjatuhkan …"); only fronted words with a comma before it.
   */
  function countrySubject(doc: Doc, start: number, end: number): Entity | null {
    for (const e of doc.entities) {
      if (e.type !== 'LOC') continue;
      for (const m of e.mentions) {
        if (m.start < start || m.end > end) continue;
        const before = doc.text.slice(start, m.start);
        if (!/^\s*$/u.test(before) && !/,\s*$/u.test(before)) continue;
        if (/^\s*(?:\(\p{Lu}{2,}\)\s*)?(?:(?:juga|pun|telah|sudah|kemudian|lalu)\s+)?(?:me|ber)\p{Ll}{3,}/u.test(doc.text.slice(m.end, end))) return e;
      }
    }
    return null;
  }

  function attributeBefore(doc: Doc, named: readonly Named[], q: Quotation, from: number): Attribution | null {
    const head = doc.text.slice(from, q.outerStart);
    // "Menurut Durov, “…”"
    const last = [...head.matchAll(accordingTo)].at(-1);
    if (last) {
      const at = from + last.index + last[0].length;
      const hit = firstNamedIn(named, at, q.outerStart);
      if (hit) return { cue: last[0].trimEnd().toLowerCase(), speaker: speakerOf(hit.entity), attribution: 'menurut' };
    }
    const them = accordingToThem.exec(head);
    if (them && (!last || them.index > last.index)) return { cue: them[0].split(/[^\p{L}]/u)[0]!.toLowerCase(), speaker: null, attribution: 'pronoun' };
    // "Durov mengatakan, “…”", "kata Durov: “…”", "ujarnya: “…”", "Ia menambahkan, “…”"
    const words = [...head.matchAll(WORD)];
    // (Further back than eight words only for a quotation long enough to count without a cue: a
    // term in quotation marks far from the verb, "… hal ini disebut dengan “persepsi termal”", is
    // none.)
    const reach = wordsUpTo(doc.text, q.start, q.end, SHORT_WORDS) < SHORT_WORDS ? 8 : CUE_BEFORE_WORDS;
    for (let k = words.length - 1; k >= 0 && k >= words.length - reach; k--) {
      const w = words[k]![0].toLowerCase();
      // What the word is, read once: a cue's passive with "-nya" ("disebutnya"), one with no agent
      // ("disebutkan"), a cue, a verb of speech. (Only a word in di- can be a passive.)
      const di = w.startsWith('di');
      const passive = di ? CUE_PASSIVE_NYA.exec(w) : null;
      const passiveCue = passive !== null && lex.cues.has(passive[1]!);
      const bare = di && !passiveCue ? CUE_PASSIVE.exec(w) : null;
      const bareCue = bare !== null && lex.cues.has(bare[1]!);
      const cue = lex.cues.has(w);
      const speaks = cue || lex.speechVerbs.has(w);
      if (!passiveCue && !bareCue && !speaks) continue;
      const verbAt = from + words[k]!.index;
      // The start of the word's sentence, found once for the readings below.
      const sentenceStart = Math.max(from, doc.text.lastIndexOf('. ', verbAt) + 1);
      // "… atas apa yang disebutnya “gerakan menuju fasisme …”": a cue's passive with "-nya"
      // ("disebutnya", "dikatakannya") is the sentence's subject's word, else the person the text is about.
      if (passiveCue) {
        const subject = subjectOf(doc.text, sentenceStart, verbAt, named, lex, pronouns);
        if (subject && subject !== 'pronoun' && subject !== 'unnamed' && subject.type === 'PERSON') return { cue: w, speaker: speakerOf(subject), attribution: 'cue-before' };
        return { cue: w, speaker: null, attribution: subject === 'unnamed' ? 'cue-before' : 'pronoun' };
      }
      // "Dalam pernyataan resmi Pemerintah Aceh disebutkan bahwa “…”": a cue in the passive with no
      // agent, after a written statement's noun and its author in the same sentence: the author.
      if (bareCue) {
        const author = statementAuthor(doc, named, sentenceStart, verbAt);
        if (author) return { cue: w, speaker: speakerOf(author), attribution: 'cue-before' };
      }
      if (!speaks) continue;
      const verbEnd = verbAt + words[k]![0].length;
      if (cue && PRONOUN_CUE.test(w)) return { cue: w, speaker: null, attribution: 'pronoun' };
      if (cue) {
        const hit = firstNamedIn(named, verbEnd, q.outerStart);
        if (hit) return { cue: w, speaker: speakerOf(hit.entity), attribution: 'cue-before' };
      }
      const before = doc.text.slice(sentenceStart, verbAt).trim().split(/\s+/);
      // "Ia menambahkan, “…”": the person the text is about.
      // So is "Dalam pidatonya, ia menekankan “…”": a pronoun right after the comma that closes a phrase.
      const pronounSubject = pronouns.has(before[before.length - 1]!.toLowerCase());
      if (pronounSubject && (before.length <= 2 || before[before.length - 2]!.endsWith(','))) return { cue: w, speaker: null, attribution: 'pronoun' };
      const subject = lastPersonIn(named, sentenceStart, verbAt);
      const first = firstNamedIn(named, sentenceStart, verbAt);
      // "Amerika Serikat (AS) menjatuhkan sanksi kepada ICC, dengan menyebut pengadilan itu telah
      // “…”": an organisation after a preposition is the object; a country before a verb of its own
      // that opens the sentence is who speaks.
      if (!subject && first && governed(doc.text, sentenceStart, first.start)) {
        const state = countrySubject(doc, sentenceStart, first.start);
        return { cue: w, speaker: state ? speakerOf(state) : null, attribution: 'cue-before' };
      }
      const who = subject ?? first?.entity;
      if (who) return { cue: w, speaker: speakerOf(who), attribution: 'cue-before' };
      return { cue: w, speaker: null, attribution: 'cue-before' };
    }
    return null;
  }
}
