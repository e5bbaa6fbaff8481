import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Entity, EntityType, Role, Summary } from '../../src/schema/index.js';
import { checkSummary } from '../helpers/invariants.js';
import { loadGoldenArticles, type ExpectedMoney, type ExpectedPerson } from './expected-article.js';

// Golden articles written for warta (test/fixtures/articles/*.txt): each is analysed once and every
// fact of its .expected.json is demanded. The PERSON/ORG/LOC lists, the roles and the quotes are
// exact: an entity, role or speaker the file does not list fails the article (precision). Money,
// quantities, percentages and dates are minimums; the title-number-mismatch count is exact.
const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const articles = loadGoldenArticles(dir);

const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
const near = (a: number | undefined, b: number): boolean =>
  a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function ofType(summary: Summary, type: EntityType): Entity[] {
  return summary.entities.filter((e) => e.type === type);
}

/** "PERSON: Pavel Durov [Pavel Durov|Durov]; …" for assertion messages. */
function listing(summary: Summary, type: EntityType): string {
  const found = ofType(summary, type).map((e) => {
    const amount = [
      e.value !== undefined ? `value=${e.value}` : '',
      e.min !== undefined ? `min=${e.min}` : '',
      e.max !== undefined ? `max=${e.max}` : '',
      e.currency ?? '',
      e.unit ? `unit=${e.unit}` : '',
      e.date ? `date=${e.date}` : '',
    ].filter(Boolean);
    const forms = [...new Set(e.mentions.map((m) => m.text))].join('|');
    return `${e.text} [${forms}]${amount.length ? ` {${amount.join(' ')}}` : ''}`;
  });
  return `${type} entities found: ${found.length ? found.join('; ') : '(none)'}`;
}

/** An entity of `type` named `name`: by canonical text, or by one of its mentions. */
function findNamed(summary: Summary, type: EntityType, name: string): Entity | undefined {
  const all = ofType(summary, type);
  return all.find((e) => e.text === name) ?? all.find((e) => e.mentions.some((m) => m.text === name));
}

const hasForm = (e: Entity, form: string): boolean => e.text === form || e.mentions.some((m) => m.text === form);

function roleMatches(r: Role, title: string): boolean {
  return norm(r.title) === norm(title) || norm(r.text).startsWith(norm(title));
}

/** The role's organisation is `org`: by name, through that ORG entity's mentions ("BPS"), or by id. */
function roleOrgMatches(summary: Summary, r: Role, org: string): boolean {
  if (r.org !== null && norm(r.org) === norm(org)) return true;
  const entity = findNamed(summary, 'ORG', org);
  if (!entity) return false;
  if (r.orgEntity && r.orgEntity === entity.id) return true;
  return r.org !== null && entity.mentions.some((m) => norm(m.text) === norm(r.org ?? ''));
}

function describeRoles(e: Entity): string {
  const roles = e.roles ?? [];
  return roles.length ? roles.map((r) => `"${r.title}" of ${r.org ?? 'null'} ("${r.text}")`).join(', ') : '(no roles)';
}

function moneyMatches(e: Entity, m: ExpectedMoney): boolean {
  if (e.currency !== m.currency) return false;
  return 'value' in m ? near(e.value, m.value) : near(e.min, m.min) && near(e.max, m.max);
}

function showMoney(m: ExpectedMoney): string {
  return 'value' in m ? `${m.value} ${m.currency}` : `${m.min}–${m.max} ${m.currency}`;
}

/** Cue verbs compare case-insensitively, "ujarnya" as "ujar". */
const cueForm = (cue: string): string => norm(cue).replace(/nya$/, '');

describe.each(articles)('golden article $name', ({ name, title, body, expected }) => {
  let cached: Summary | undefined;
  const summary = (): Summary => (cached ??= checkSummary(analyze({ id: name, title, body, ...(expected.url ? { url: expected.url } : {}) })));

  it('gives a valid summary (schema, span invariant) with status ok', () => {
    const s = summary();
    expect(s.id).toBe(name);
    expect(s.status, `status; messages: ${s.messages.map((m) => m.code).join(', ')}`).toBe('ok');
  });

  it('keeps the title, once (repeated title lines removed)', () => {
    const s = summary();
    expect(s.title, 'title').toBe(expected.title);
    expect(s.text.split(expected.title).length - 1, 'the title occurs exactly once in text').toBe(1);
  });

  it(`detects the language as "${expected.language}"`, () => {
    const s = summary();
    expect(s.language.code, `language.code (confidence ${s.language.confidence})`).toBe(expected.language);
  });

  it('moves the byline into author and editor', () => {
    const s = summary();
    expect(s.author, 'author from the byline').toBe(expected.author);
    expect(s.editor, 'editor from the byline').toBe(expected.editor);
  });

  it('strips the scraped boilerplate', () => {
    const { text } = summary();
    for (const junk of expected.absentFromText) {
      const at = text.indexOf(junk);
      expect(at, `"${junk}" survived cleaning: …${text.slice(Math.max(0, at - 40), at + junk.length + 40)}…`).toBe(-1);
    }
  });

  describe.each(expected.persons.map((p): [string, ExpectedPerson] => [p.text, p]))('PERSON %s', (_, person) => {
    it('is found with its other mentions, role and organisation', () => {
      const s = summary();
      const entity = ofType(s, 'PERSON').find((e) => e.text === person.text);
      expect(entity, `no PERSON with canonical text "${person.text}". ${listing(s, 'PERSON')}`).toBeDefined();
      if (!entity) return;
      const forms = entity.mentions.map((m) => m.text);
      for (const form of person.mentions) {
        expect(forms, `"${form}" is not linked to ${person.text}; its mentions: ${forms.join('|')}. ${listing(s, 'PERSON')}`).toContain(form);
      }
      if (person.role !== undefined) {
        const roles = (entity.roles ?? []).filter((r) => roleMatches(r, person.role!));
        expect(roles.length, `${person.text} lacks role "${person.role}"; has ${describeRoles(entity)}`).toBeGreaterThan(0);
        if (person.org) {
          const org = person.org;
          expect(
            roles.some((r) => roleOrgMatches(s, r, org)),
            `${person.text}'s role "${person.role}" is not of "${org}"; has ${describeRoles(entity)}`,
          ).toBe(true);
        }
      }
    });
  });

  it.runIf(expected.orgs.length > 0)('finds the organisations (with their acronyms linked)', () => {
    const s = summary();
    for (const org of expected.orgs) {
      const name = typeof org === 'string' ? org : org.text;
      const entity = findNamed(s, 'ORG', name);
      expect(entity, `no ORG "${name}". ${listing(s, 'ORG')}`).toBeDefined();
      if (!entity || typeof org === 'string') continue;
      for (const form of org.mentions) {
        expect(hasForm(entity, form), `"${form}" is not linked to ORG ${name}. ${listing(s, 'ORG')}`).toBe(true);
      }
    }
  });

  it.runIf(expected.locs.length > 0)('finds the places', () => {
    const s = summary();
    for (const loc of expected.locs) {
      expect(findNamed(s, 'LOC', loc), `no LOC "${loc}". ${listing(s, 'LOC')}`).toBeDefined();
    }
  });

  it('finds no PERSON, ORG or LOC the article does not name', () => {
    const s = summary();
    const allowed: Record<'PERSON' | 'ORG' | 'LOC', string[]> = {
      PERSON: expected.persons.flatMap((p) => [p.text, ...p.mentions]),
      ORG: expected.orgs.flatMap((o) => (typeof o === 'string' ? [o] : [o.text, ...o.mentions])),
      LOC: [...expected.locs],
    };
    for (const t of expected.tolerated) allowed[t.type].push(t.text);
    const unexpected = s.entities
      .filter((e): e is Entity & { type: 'PERSON' | 'ORG' | 'LOC' } => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'LOC')
      .filter((e) => !allowed[e.type].some((name) => hasForm(e, name)))
      .map((e) => `${e.type} "${e.text}" [${[...new Set(e.mentions.map((m) => m.text))].join('|')}]`);
    expect(unexpected.join('; '), 'entities the article does not name').toBe('');
  });

  it.runIf(expected.unnamed.length > 0)('names no entity inside the phrases that name none', () => {
    const s = summary();
    const mentions = s.entities
      .filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'LOC')
      .flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
    for (const phrase of expected.unnamed) {
      let seen = 0;
      for (let at = s.text.indexOf(phrase); at >= 0; at = s.text.indexOf(phrase, at + 1)) {
        seen++;
        const inside = mentions.filter((m) => m.start < at + phrase.length && m.end > at);
        expect(inside.map((m) => `${m.type} "${m.text}"`), `mentions inside "${phrase}" at ${at}`).toEqual([]);
      }
      expect(seen, `"${phrase}" occurs in the text`).toBeGreaterThan(0);
    }
  });

  it('gives no person a role the article does not give them', () => {
    const s = summary();
    const unexpected: string[] = [];
    for (const e of ofType(s, 'PERSON')) {
      const want = expected.persons.find((p) => p.text === e.text);
      const titles = want ? [...(want.role ? [want.role] : []), ...want.otherRoles] : [];
      for (const r of e.roles ?? []) {
        if (!titles.some((t) => roleMatches(r, t) || norm(t).includes(norm(r.title)))) unexpected.push(`${e.text}: "${r.title}"`);
      }
    }
    expect(unexpected.join('; '), 'roles the article does not give').toBe('');
  });

  it.runIf(expected.money.length > 0)('reads the amounts of money', () => {
    const s = summary();
    for (const m of expected.money) {
      expect(ofType(s, 'MONEY').some((e) => moneyMatches(e, m)), `no MONEY ${showMoney(m)}. ${listing(s, 'MONEY')}`).toBe(true);
    }
  });

  it.runIf(expected.quantities.length > 0)('reads the quantities with their units', () => {
    const s = summary();
    for (const q of expected.quantities) {
      const hit = ofType(s, 'QUANTITY').some(
        (e) => near(e.value, q.value) && e.unit !== undefined && (norm(e.unit) === q.unit || norm(e.unit).startsWith(`${q.unit} `)),
      );
      expect(hit, `no QUANTITY ${q.value} ${q.unit}. ${listing(s, 'QUANTITY')}`).toBe(true);
    }
  });

  it.runIf(expected.percents.length > 0)('reads the percentages', () => {
    const s = summary();
    for (const p of expected.percents) {
      expect(ofType(s, 'PERCENT').some((e) => near(e.value, p.value)), `no PERCENT ${p.value}. ${listing(s, 'PERCENT')}`).toBe(true);
    }
  });

  it('resolves the dates, times and ordinals', () => {
    const s = summary();
    for (const d of expected.dates) {
      expect(ofType(s, 'DATE').some((e) => e.date?.startsWith(d.date)), `no DATE ${d.date}. ${listing(s, 'DATE')}`).toBe(true);
    }
    for (const t of expected.times) {
      const hit = ofType(s, 'TIME').some((e) =>
        e.mentions.some((m) => /\d/.test(m.text) && (m.text.includes(t.text) || t.text.includes(m.text))),
      );
      expect(hit, `no TIME "${t.text}". ${listing(s, 'TIME')}`).toBe(true);
    }
    for (const o of expected.ordinals) {
      expect(ofType(s, 'ORDINAL').some((e) => e.value === o.value), `no ORDINAL ${o.value}. ${listing(s, 'ORDINAL')}`).toBe(true);
    }
  });

  it('finds every direct quotation, in order, with its speaker and cue', () => {
    const s = summary();
    const quotes = [...s.quotes].sort((a, b) => a.start - b.start);
    const shown = quotes
      .map((q, i) => `#${i + 1} "${q.text.slice(0, 30)}…" speaker=${q.speaker?.name ?? 'null'} cue=${q.cue ?? 'null'}`)
      .join('\n');
    expect(quotes.length, `quotation count; found:\n${shown}`).toBe(expected.quotes.length);
    expected.quotes.forEach((want, i) => {
      const got = quotes[i];
      if (!got) return;
      expect(got.text.trimStart().startsWith(want.startsWith), `quote #${i + 1} should start "${want.startsWith}"; found:\n${shown}`).toBe(true);
      if (want.speaker === null) {
        expect(got.speaker, `quote #${i + 1} should have no speaker`).toBeNull();
      } else {
        const entity = got.speaker?.entity ? s.entities.find((e) => e.id === got.speaker?.entity) : undefined;
        const ok = got.speaker !== null && (got.speaker.name === want.speaker || entity?.text === want.speaker);
        expect(ok, `quote #${i + 1} ("${want.startsWith}…") should be by ${want.speaker}; found:\n${shown}`).toBe(true);
      }
      if (want.cue !== undefined) {
        expect(got.cue === null ? null : cueForm(got.cue), `quote #${i + 1} ("${want.startsWith}…") cue`).toBe(cueForm(want.cue));
      }
    });
  });

  it(`reports ${expected.titleNumberMismatch} title-number-mismatch`, () => {
    const s = summary();
    const mismatches = s.messages.filter((m) => m.code === 'title-number-mismatch');
    expect(mismatches.length, `title-number-mismatch messages: ${mismatches.map((m) => m.message).join(' | ') || '(none)'}`).toBe(
      expected.titleNumberMismatch,
    );
  });
});

describe('golden fixtures', () => {
  it('has the topic articles and one article in the style of each major outlet', () => {
    const names = articles.map((a) => a.name);
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const outlet of ['detik', 'kompas', 'tribun', 'cnn', 'liputan6', 'tempo', 'antara', 'okezone', 'suara', 'kumparan']) {
      expect(names, `a fixture in ${outlet}'s style`).toContain(`outlet-${outlet}`);
    }
  });
});
