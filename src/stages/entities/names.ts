import type { Doc, Token } from '../../doc/doc.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Candidate } from './candidate.js';
import { titleEndOf } from '../../doc/span.js';

/** A role found next to a person's name: "CEO Telegram, Pavel Durov" → title CEO, org Telegram. */
export interface RoleCandidate {
  /** The person mention it belongs to. */
  personStart: number;
  personEnd: number;
  title: string;
  org: string | null;
  start: number;
  end: number;
}

export interface NameCandidates {
  candidates: Candidate[];
  roles: RoleCandidate[];
}

const CONNECTORS = new Set(['bin', 'binti', 'van', 'der', 'von', 'de', 'da', 'al', 'el', 'di']);
// Capitalised words that are never part of a name by themselves.
const NOT_NAMES = new Set([
  'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad',
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agu', 'Agt', 'Sep', 'Okt', 'Nov', 'Des',
  'Saya', 'Kami', 'Kita', 'Dia', 'Ia', 'Mereka', 'Anda', 'Beliau', 'Aku', 'Engkau', 'Kamu', 'Kalian',
  'Rp', 'WIB', 'WITA', 'WIT', 'IDR', 'USD', 'US', 'RM', 'Tuhan', 'Allah', 'Idul', 'Lebaran', 'Natal',
]);
const LOCATIVE = new Set(['di', 'ke', 'dari', 'menuju', 'kawasan', 'wilayah', 'daerah', 'provinsi', 'kota', 'kabupaten', 'kecamatan', 'desa', 'kelurahan', 'pulau', 'negara', 'sekitar']);
const PLACE_MARKERS = new Set(['Stadium', 'Kabupaten', 'Kota', 'Provinsi', 'Kecamatan', 'Kelurahan', 'Desa', 'Dusun', 'Jalan', 'Jl', 'Pulau', 'Sungai', 'Gunung', 'Danau', 'Selat', 'Teluk', 'Pantai', 'Bandara', 'Pelabuhan', 'Stasiun', 'Terminal', 'Tol', 'Kampung', 'Lapangan', 'Stadion', 'Gedung', 'Istana', 'Candi', 'Laut', 'Samudra', 'Kepulauan', 'Tanjung', 'Bukit', 'Lembah']);
// "Jakarta International Stadium", "Soekarno-Hatta International Airport"
const TRAILING_PLACE_MARKERS = new Set(['Stadium', 'Airport', 'Square', 'Park', 'Mall', 'Plaza', 'Tower', 'Hall', 'Arena', 'Bridge', 'Island', 'Street', 'Road', 'Beach']);
const ORG_SUFFIXES = new Set(['Tbk', 'Inc', 'Corp', 'Ltd', 'LLC', 'Group', 'Grup', 'Holdings', 'Company', 'Co', 'Foundation', 'Institute', 'University', 'Bank', 'FC', 'Sekuritas', 'Indonesia']);
const TITLE_JOINERS = new Set(['sekaligus', 'dan', 'serta', 'merangkap', 'juga']);
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;
const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;

function isCap(t: Token): boolean {
  return t.kind === 'word' && CAPITALISED.test(t.text);
}

interface Run {
  tokens: Token[];
  /** Index of the first token in the sentence's token list. */
  first: number;
}

/** Words and phrases the recogniser matches by token sequence. */
function phraseAt(tokens: readonly Token[], i: number, maxWords: number, has: (phrase: string) => boolean, lower: boolean): number {
  let best = 0;
  let phrase = '';
  for (let k = 0; k < maxWords && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.kind !== 'word') break;
    phrase = k === 0 ? t.text : `${phrase} ${t.text}`;
    if (has(lower ? phrase.toLowerCase() : phrase)) best = k + 1;
  }
  return best;
}

/**
 * The rule-based name recogniser: capitalised runs split at titles and classified by lexicons
 * (organisation markers, known organisations and places, given names) and context (titles,
 * locative prepositions, speech verbs). Runs in the title section only count through lexicons.
 */
export function recogniseNames(doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'sections'>, lex: Lexicon): NameCandidates {
  const out: NameCandidates = { candidates: [], roles: [] };
  const titleEnd = titleEndOf(doc);
  const bySentence: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) bySentence[t.sentence]?.push(t);

  const span = (a: Token, b: Token) => ({ start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) });
  const add = (type: Candidate['type'], a: Token, b: Token, source: string, score: number) => {
    out.candidates.push({ type, ...span(a, b), source, score });
  };
  const titleLen = (tokens: readonly Token[], i: number) =>
    phraseAt(tokens, i, lex.titleMaxWords, (p) => lex.titles.has(p), true);
  const orgLen = (tokens: readonly Token[], i: number) => phraseAt(tokens, i, 4, (p) => lex.orgs.has(p), false);
  const placeLen = (tokens: readonly Token[], i: number) => phraseAt(tokens, i, 5, (p) => lex.places.has(p), false);

  for (const tokens of bySentence) {
    if (tokens.length === 0) continue;
    const inTitle = tokens[0]!.start < titleEnd;
    // Collect capitalised runs (allowing initials "B.", connectors, "Inc." and hyphens inside).
    const runs: Run[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!isCap(tokens[i]!)) continue;
      const first = i;
      const run: Token[] = [tokens[i]!];
      while (i + 1 < tokens.length) {
        const next = tokens[i + 1]!;
        const prev = tokens[i]!;
        const adjacent = next.start - prev.end <= 1;
        if (!adjacent) break;
        if (isCap(next)) {
          run.push(next);
          i++;
        } else if (next.text === '.' && /^(?:[A-Z]|Inc|Tbk|Corp|Ltd|Co|Jl|Dr|Prof|Ir|Hj?|St|Drs?|Sdr|Bpk)$/.test(prev.text) && tokens[i + 2] && isCap(tokens[i + 2]!) && tokens[i + 2]!.start - next.end <= 1) {
          run.push(next);
          i++;
        } else if (next.text === '.' && /^(?:Inc|Tbk|Corp|Ltd|Co)$/.test(prev.text)) {
          run.push(next);
          i++;
          break;
        } else if (CONNECTORS.has(next.text) && tokens[i + 2] && isCap(tokens[i + 2]!) && next.text !== 'di') {
          run.push(next);
          i++;
        } else if ((next.text === 'dan' || next.text === '&') && lex.orgMarkers.has(run[0]!.text) && tokens[i + 2] && isCap(tokens[i + 2]!)) {
          run.push(next);
          i++;
        } else break;
      }
      runs.push({ tokens: run, first });
    }

    let pendingRole: { title: string; org: string | null; start: number; end: number } | null = null;
    // "Pendiri sekaligus CEO Telegram, Pavel Durov": a bare title joined to the next one.
    let carried: { title: string; start: number; end: number } | null = null;
    const pushRole = (person: Token, last: Token, role: { title: string; org: string | null; start: number; end: number }) => {
      out.roles.push({ personStart: person.start, personEnd: last.end, ...role });
      if (carried) out.roles.push({ personStart: person.start, personEnd: last.end, ...carried, org: role.org });
      carried = null;
    };
    for (const run of runs) {
      let toks = run.tokens;
      let front = 0;
      // Trim name-excluded words at the edges ("Senin", "Rp").
      // …and capitalised function words at the start ("Menurut Lestari", "Sementara Budi").
      while (
        toks.length > 0 &&
        (NOT_NAMES.has(toks[0]!.text) ||
          (toks.length > 1 && lex.stopwords.has(toks[0]!.text.toLowerCase()) && !lex.givenNames.has(toks[0]!.text.toLowerCase())))
      ) {
        toks = toks.slice(1);
        front++;
      }
      while (toks.length > 0 && NOT_NAMES.has(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
      if (toks.length === 0) continue;
      const firstIdx = run.first + front;
      const before = tokens[firstIdx - 1];
      const after = tokens[firstIdx + toks.length];

      if (inTitle) {
        // Headlines capitalise every word: only lexicon matches count here.
        for (let i = 0; i < toks.length; ) {
          const o = orgLen(toks, i);
          const p = o ? 0 : placeLen(toks, i);
          if (o) add('ORG', toks[i]!, toks[i + o - 1]!, 'org/lexicon', 2);
          else if (p) add('LOC', toks[i]!, toks[i + p - 1]!, 'loc/gazetteer', 2);
          i += Math.max(1, o, p);
        }
        continue;
      }

      // A lowercase title right before the run ("pendiri Facebook Inc. Mark Zuckerberg", "analis X").
      let titleText: string | null = null;
      let titleStart = -1;
      let titleTokEnd = -1;
      {
        let k = firstIdx - 1;
        let best = 0;
        for (let w = 1; w <= lex.titleMaxWords && k - w + 1 >= 0; w++) {
          if (titleLen(tokens, k - w + 1) === w && tokens[k - w + 1]!.kind === 'word' && !isCap(tokens[k - w + 1]!)) best = w;
        }
        if (best > 0) {
          const a = tokens[k - best + 1]!;
          titleText = doc.text.slice(a.start, tokens[k]!.end);
          titleStart = a.start;
          titleTokEnd = tokens[k]!.end;
        }
      }

      // Walk the run: titles, then portfolio words / an organisation / a place, then a name.
      let i = 0;
      const tl = titleLen(toks, 0);
      if (tl > 0) {
        titleText = titleText ? `${titleText} ${doc.text.slice(toks[0]!.start, toks[tl - 1]!.end)}` : doc.text.slice(toks[0]!.start, toks[tl - 1]!.end);
        if (titleStart < 0) titleStart = toks[0]!.start;
        titleTokEnd = toks[tl - 1]!.end;
        i = tl;
        // Portfolio and rank words stay part of the title ("Menteri Dalam Negeri").
        while (i < toks.length && lex.portfolio.has(toks[i]!.text) && !lex.orgs.has(toks[i]!.text)) i++;
        if (i > tl) {
          titleText = doc.text.slice(titleStart, toks[i - 1]!.end);
          titleTokEnd = toks[i - 1]!.end;
        }
      }
      const hasTitle = titleText !== null;
      let org: string | null = null;
      if (hasTitle && i < toks.length) {
        // "CEO Telegram", "Gubernur Jawa Barat", "analis Sinar Harapan Sekuritas"
        const o = orgLen(toks, i);
        const p = o ? 0 : placeLen(toks, i);
        if (o) {
          let e = i + o;
          while (e < toks.length && (ORG_SUFFIXES.has(toks[e]!.text) || toks[e]!.text === '.')) e++;
          add('ORG', toks[i]!, toks[e - 1]!, 'org/lexicon', 2);
          org = doc.text.slice(toks[i]!.start, toks[e - 1]!.end).replace(/\.$/, '');
          i = e;
        } else if (p) {
          add('LOC', toks[i]!, toks[i + p - 1]!, 'loc/gazetteer', 2);
          titleText = doc.text.slice(titleStart, toks[i + p - 1]!.end);
          titleTokEnd = toks[i + p - 1]!.end;
          i += p;
        } else if (lex.orgMarkers.has(toks[i]!.text)) {
          // "Kepala Badan Pusat Statistik Amalia Widyasanti": the org runs up to a given name.
          let e = i + 1;
          while (e < toks.length && !lex.givenNames.has(toks[e]!.text.toLowerCase())) e++;
          // With no comma after the run, its last two words are taken as the name.
          const endsWithSuffix = ORG_SUFFIXES.has(toks[toks.length - 1]!.text.replace(/\.$/, ''));
          if (e === toks.length && toks.length - i >= 3 && after?.text !== ',' && !endsWithSuffix) e = toks.length - 2;
          add('ORG', toks[i]!, toks[e - 1]!, 'org/marker', 1.5);
          org = doc.text.slice(toks[i]!.start, toks[e - 1]!.end);
          i = e;
        } else if (after?.text === ',' && !lex.givenNames.has(toks[i]!.text.toLowerCase()) && (before?.text !== ',' || toks.length - i >= 2)) {
          // "analis Sinar Harapan Sekuritas, Maya", "CEO Sprout Labs, Kevin": between a title and a
          // comma stands the organisation; the name follows the comma.
          add('ORG', toks[i]!, toks[toks.length - 1]!, 'org/after-title', 4);
          org = doc.text.slice(toks[i]!.start, toks[toks.length - 1]!.end);
          i = toks.length;
        }
      }
      const rest = toks.slice(i);
      const role = hasTitle ? { title: titleText!, org, start: titleStart, end: titleTokEnd } : null;
      if (rest.length === 0) {
        // "CEO Telegram," → the name follows the comma.
        pendingRole = role && after?.text === ',' ? role : null;
        if (role && !role.org && after && TITLE_JOINERS.has(after.text.toLowerCase())) {
          carried = { title: role.title, start: role.start, end: role.end };
        } else if (!pendingRole) carried = null;
        continue;
      }
      const a = rest[0]!;
      const b = rest[rest.length - 1]!;
      const textOf = doc.text.slice(a.start, b.end);

      if (role) {
        add('PERSON', a, b, 'person/title-name', 3);
        pushRole(a, b, role);
        pendingRole = null;
        continue;
      }
      if (pendingRole && before?.text === ',') {
        add('PERSON', a, b, 'person/appositive', 3);
        pushRole(a, b, pendingRole);
        pendingRole = null;
        continue;
      }
      pendingRole = null;
      carried = null;

      // Organisations: markers ("PT", "Kementerian", "Universitas"), suffixes ("Tbk", "Inc."), lexicon.
      if (lex.orgMarkers.has(a.text) || ORG_SUFFIXES.has(b.text.replace(/\.$/, '')) && rest.length > 1 || lex.orgMarkers.has(b.text.replace(/\.$/, ''))) {
        if (!(rest.length === 1 && lex.orgMarkers.has(a.text) && !ACRONYM.test(a.text))) add('ORG', a, b, 'org/marker', 2.6);
        continue;
      }
      if (lex.orgs.has(textOf)) {
        add('ORG', a, b, 'org/lexicon', 2);
        continue;
      }
      if ((PLACE_MARKERS.has(a.text) || TRAILING_PLACE_MARKERS.has(b.text)) && rest.length > 1) {
        add('LOC', a, b, 'loc/marker', 2);
        continue;
      }
      if (lex.places.has(textOf)) {
        add('LOC', a, b, 'loc/gazetteer', 2);
        continue;
      }
      // Mixed runs: a known org or place followed by a name ("Facebook Mark Zuckerberg").
      const o = orgLen(rest, 0);
      if (o > 0 && o < rest.length) {
        // "Persija Jakarta", "Bank Mandiri Cabang": an organisation named with its place.
        if (placeLen(rest, o) === rest.length - o) {
          add('ORG', a, b, 'org/lexicon-place', 2);
          continue;
        }
        add('ORG', rest[0]!, rest[o - 1]!, 'org/lexicon', 2);
        if (lex.givenNames.has(rest[o]!.text.toLowerCase()) || rest.length - o >= 2) add('PERSON', rest[o]!, b, 'person/after-org', 1);
        continue;
      }
      // "PSM Makassar", "Bali United": a club or company named after a place.
      const placeInside = rest.some((_, k) => placeLen(rest, k) > 0);
      if (placeInside && rest.length >= 2) {
        if (ACRONYM.test(a.text) || /^(?:United|FC|City|Raya|Putra|Utama|Group|Grup)$/.test(b.text)) add('ORG', a, b, 'org/place-name', 1);
        continue;
      }
      const isSentenceStart = firstIdx === 0 || /^[“"'‘(]$/.test(before?.text ?? '') && firstIdx === 1;
      const firstLower = a.text.toLowerCase();
      const given = lex.givenNames.has(firstLower);
      const speechAfter = !lex.stopwords.has(firstLower) && after?.kind === 'word' && (lex.speechVerbs.has(after.text.toLowerCase()) || lex.cues.has(after.text.toLowerCase()));
      const cueBefore = before?.kind === 'word' && (lex.cues.has(before.text.toLowerCase()) || /^menurut$/i.test(before.text));
      const honorific = before?.kind === 'word' && /^(?:Bapak|Ibu|Pak|Bu|Sdr|Saudara|Saudari|Mas|Mbak|Bang|Kak|Tuan|Nyonya|Nona)$/i.test(before.text);
      const locative = before?.kind === 'word' && LOCATIVE.has(before.text.toLowerCase()) && !lex.orgs.has(textOf);

      if (rest.length === 1 && ACRONYM.test(a.text) && a.text.length >= 2) {
        if (lex.places.has(a.text)) add('LOC', a, a, 'loc/gazetteer', 2);
        else if (!lex.titles.has(a.text.toLowerCase())) add('ORG', a, a, 'org/acronym', 0.5);
        continue;
      }
      if (cueBefore || honorific || (speechAfter && !locative)) {
        add('PERSON', a, b, cueBefore ? 'person/after-cue' : honorific ? 'person/honorific' : 'person/speech-verb', 2);
        continue;
      }
      if (locative && !given) {
        add('LOC', a, b, 'loc/preposition', 0.5);
        continue;
      }
      if (rest.length >= 2 && rest.length <= 5) {
        if (isSentenceStart && lex.stopwords.has(firstLower)) continue;
        if (given || !lex.commonWords.has(firstLower) || !isSentenceStart) {
          add('PERSON', a, b, given ? 'person/given-name' : 'person/capitalised', given ? 1.5 : 0.5);
        }
        continue;
      }
      if (rest.length === 1 && !isSentenceStart && given) add('PERSON', a, a, 'person/given-name', 1);
    }
  }
  return out;
}
