import type { EntityType, Mention } from '../../schema/entity.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Candidate } from './candidate.js';

/** A group of mentions of one real-world entity, before ids are given. */
export interface EntityGroup {
  type: EntityType;
  /** Canonical form: the longest full name. */
  text: string;
  mentions: Mention[];
  source: string;
  aliases: Set<string>;
}

const HONORIFIC_PREFIX = /^(?:(?:Prof|Dr|Ir|H|Hj|KH|Drs|Dra)\.?\s+)+/;

function nameWords(text: string): string[] {
  return text.replace(HONORIFIC_PREFIX, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 1);
}

/** Initials of a multi-word organisation name, skipping small words ("Badan Pusat Statistik" → "BPS"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * In-article coreference: a later "Durov" is "Pavel Durov"; "BPS" is "Badan Pusat Statistik" when the
 * article spells it out or its initials match; "Jokowi" is "Joko Widodo" through the alias lexicon;
 * "Kabupaten Bogor" and "Bogor" are one place. Longer names are placed first so that short forms link
 * to them.
 */
export function groupMentions(candidates: readonly Candidate[], text: string, lex: Lexicon): EntityGroup[] {
  const groups: EntityGroup[] = [];
  const ordered = [...candidates].sort((a, b) => nameWords(b.text).length - nameWords(a.text).length || a.start - b.start);
  for (const c of ordered) {
    const mention: Mention = { start: c.start, end: c.end, text: c.text, source: c.source };
    const group = findGroup(groups, c, text, lex);
    if (group) {
      group.mentions.push(mention);
      if (c.text !== group.text) group.aliases.add(c.text);
      continue;
    }
    groups.push({ type: c.type, text: canonical(c), mentions: [mention], source: c.source, aliases: new Set() });
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function canonical(c: Candidate): string {
  if (c.type === 'ORG') return c.text.replace(/(?<!\b(?:Inc|Corp|Ltd|Co|Tbk))\.$/, '').replace(/,$/, '');
  if (c.type === 'PERSON') return c.text.replace(HONORIFIC_PREFIX, '');
  return c.text;
}

const ORG_AFFIXES = /^(?:PT|CV|Perum|Perumda)\s+|\s+(?:Tbk|Inc|Corp|Ltd|Co|LLC|Group|Grup)\.?$/g;

/** An organisation name without legal-form affixes: "PT Nusantara Baja Tbk" → "Nusantara Baja". */
export function orgCore(name: string): string {
  return name.replace(ORG_AFFIXES, '').replace(ORG_AFFIXES, '').trim();
}

const PLACE_PREFIX = /^(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan)\s+/;

function findGroup(groups: EntityGroup[], c: Candidate, text: string, lex: Lexicon): EntityGroup | undefined {
  const t = canonical(c);
  const same = groups.filter((g) => g.type === c.type);
  const exact = same.find((g) => g.text === t || g.aliases.has(c.text));
  if (exact) return exact;
  if (c.type === 'PERSON') {
    const alias = lex.aliases.get(t);
    if (alias) {
      const g = same.find((x) => x.text === alias);
      if (g) return g;
    }
    const words = nameWords(t);
    // A shorter name whose words all appear in exactly one longer name links to it.
    if (words.length > 0) {
      const hits = same.filter((g) => {
        const gw = nameWords(g.text);
        return gw.length > words.length && words.every((w) => gw.includes(w));
      });
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }
  if (c.type === 'ORG') {
    // "Facebook Inc." and "Facebook", "PT Nusantara Baja Tbk" and "Nusantara Baja" are one company.
    const core = orgCore(t);
    const byCore = same.find((g) => orgCore(g.text) === core || [...g.aliases].some((a) => orgCore(a) === core));
    if (byCore) return byCore;
    // "Persija" is "Persija Jakarta" when that is the only organisation it starts.
    if (!t.includes(' ')) {
      const starts = same.filter((g) => g.text.startsWith(`${t} `));
      if (starts.length === 1) return starts[0];
    }
    // "Badan Pusat Statistik (BPS)": the acronym right after the name in parentheses.
    for (const g of same) {
      for (const m of g.mentions) {
        const after = text.slice(m.end, m.end + t.length + 4);
        if (after.startsWith(` (${t})`) || after.startsWith(`(${t})`)) return g;
      }
      if (/^[A-Z]{2,8}$/.test(t) && initialsOf(g.text) === t) return g;
    }
    return undefined;
  }
  if (c.type === 'LOC') {
    for (const g of same) {
      for (const m of g.mentions) if (text.slice(m.end, m.end + t.length + 3) === ` (${t})`) return g;
    }
    const bare = t.replace(PLACE_PREFIX, '');
    return same.find((g) => g.text.replace(PLACE_PREFIX, '') === bare);
  }
  return undefined;
}
