import type { Summary } from '../../src/schema/summary.js';

/** What the seed-style article must give: its byline and the view counter its page carried. */
export interface SeedExpectations {
  author: string;
  viewCounter: string;
}

/** One checked fact: a name, whether it holds, and what was found. */
export interface Fact {
  name: string;
  ok: boolean;
  found: string;
}

/**
 * The facts issue 2 asks of the seed article (and of the bundled sample written in its image):
 * language, byline, boilerplate gone, Pavel Durov (CEO of Telegram, his surname linked) and Mark
 * Zuckerberg, the four companies, Rp 99 triliun, 70 juta pengguna, five quotations all by Durov, and
 * one title-number-mismatch. Pure, so the golden test and scripts/eval-seed.ts share it.
 */
export function seedFacts(s: Summary, expected: SeedExpectations): Fact[] {
  const ofType = (type: string) => s.entities.filter((e) => e.type === type);
  const durov = ofType('PERSON').find((e) => e.text === 'Pavel Durov');
  const users = ofType('QUANTITY').find((e) => e.value === 70_000_000 && e.unit === 'pengguna');
  const mismatches = s.messages.filter((m) => m.code === 'title-number-mismatch');
  const orgs = ['Telegram', 'WhatsApp', 'Instagram', 'Facebook'];
  const hasOrg = (name: string) => ofType('ORG').some((e) => e.text === name || e.mentions.some((m) => m.text === name));
  return [
    { name: 'status ok', ok: s.status === 'ok', found: s.status },
    { name: 'language id', ok: s.language.code === 'id', found: s.language.code },
    { name: `author ${expected.author}`, ok: s.author === expected.author, found: String(s.author) },
    {
      name: `"${expected.viewCounter}", "LEAVE A REPLY" and the byline out of the text`,
      ok: !s.text.split(/\s+/).includes(expected.viewCounter) && !s.text.includes('LEAVE A REPLY') && !s.text.includes('Penulis'),
      found: `${s.text.length} characters`,
    },
    { name: 'the title once in the text', ok: s.title !== null && s.text.split(s.title).length === 2, found: String(s.title) },
    {
      name: 'PERSON Pavel Durov with "Durov" mentions',
      ok: !!durov && durov.mentions.some((m) => m.text === 'Durov') && durov.mentions.length >= 5,
      found: durov ? durov.mentions.map((m) => m.text).join(', ') : 'none',
    },
    {
      name: 'Pavel Durov is CEO of Telegram',
      ok: !!durov?.roles?.some((r) => r.title === 'CEO' && r.org === 'Telegram'),
      found: JSON.stringify(durov?.roles?.map((r) => [r.title, r.org]) ?? []),
    },
    {
      name: 'PERSON Mark Zuckerberg, and only two persons',
      ok: ofType('PERSON').some((e) => e.text === 'Mark Zuckerberg') && ofType('PERSON').length === 2,
      found: ofType('PERSON').map((e) => e.text).join(', '),
    },
    { name: `ORG ${orgs.join(', ')}`, ok: orgs.every(hasOrg), found: ofType('ORG').map((e) => e.text).join(', ') },
    {
      name: 'MONEY 99,000,000,000,000 IDR',
      ok: ofType('MONEY').some((e) => e.value === 99_000_000_000_000 && e.currency === 'IDR'),
      found: ofType('MONEY').map((e) => `${e.value} ${e.currency}`).join(', '),
    },
    {
      name: 'QUANTITY 70,000,000 pengguna, mentioned at least 3 times',
      ok: !!users && users.mentions.length >= 3,
      found: ofType('QUANTITY').map((e) => `${e.value ?? e.min} ${e.unit}×${e.mentions.length}`).join(', '),
    },
    {
      name: 'five quotations, all by Pavel Durov, cues ujar, -, -, tambah, tandas',
      ok:
        s.quotes.length === 5 &&
        s.quotes.every((q) => q.speaker?.name === 'Pavel Durov' && q.speaker.entity === durov?.id) &&
        s.quotes.map((q) => q.cue).join() === ['ujar', null, null, 'tambah', 'tandas'].join(),
      found: s.quotes.map((q) => `${q.cue}:${q.speaker?.name ?? '-'}`).join(', '),
    },
    {
      name: 'one title-number-mismatch on the title\'s 70',
      ok: mismatches.length === 1 && /^70\b/.test(mismatches[0]?.span?.text ?? ''),
      found: mismatches.map((m) => m.message).join(' | '),
    },
    { name: 'keywords led by Telegram', ok: s.keywords[0]?.text === 'Telegram', found: s.keywords.slice(0, 3).map((k) => k.text).join(', ') },
    { name: 'a three-sentence summary', ok: s.summary.length === 3, found: String(s.summary.length) },
  ];
}
