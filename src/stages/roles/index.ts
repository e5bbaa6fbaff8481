import { z } from 'zod';
import type { RoleCandidate } from '../../doc/candidate.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { abbreviates } from '../../lexicon/abbreviation.js';
import { orgCoreOf } from '../../lexicon/org-core.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { Entity, Role } from '../../schema/entity.js';
import { titlesAfter, titlesBefore } from './title-before.js';

/**
 * Adds each role to the person entity whose mention it stands beside; `orgCore` is the lexicon's
 * organisation-name core ({@link orgCoreOf}), by which a role's organisation finds its entity.
 */
export function attachRoles(entities: Entity[], roles: readonly RoleCandidate[], text: string, orgCore: (name: string) => string): void {
  if (roles.length === 0) return;
  // The organisations by the cores of their names, made when a role first names an organisation.
  let orgByName: Map<string, Entity> | undefined;
  const organisations = (): Map<string, Entity> => {
    const byName = new Map<string, Entity>();
    for (const e of entities) {
      if (e.type !== 'ORG') continue;
      for (const n of [e.text, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)]) byName.set(orgCore(n), e);
    }
    return byName;
  };
  for (const r of roles) {
    const person = entities.find(
      (e) => e.type === 'PERSON' && e.mentions.some((m) => m.start < r.personEnd && r.personStart < m.end),
    );
    if (!person) continue;
    const org = r.org ? (orgByName ??= organisations()).get(orgCore(r.org)) : undefined;
    const role: Role = {
      title: r.title,
      org: org?.text ?? r.org,
      orgEntity: org?.id ?? null,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
    };
    addRole(person, role);
  }
}

/**
 * Whether a title is a calling and nothing more ("Pendeta", "Penyanyi", "Kuasa hukum", "penyerang
 * muda", "Pemilik vila"): a calling of the lexicon, alone or with lowercase words after it, names no
 * position held ("Pelatih Persib" does, with its organisation).
 */
export function callingOnly(title: string, lex: Lexicon): boolean {
  const words = title.split(/\s+/u);
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    if (!lex.callings.has(words.slice(0, n).join(' ').toLowerCase())) continue;
    // ("hakim ketua": a title after the calling is a position.)
    return words.slice(n).every((w) => /^\p{Ll}/u.test(w) && !lex.titles.has(w));
  }
  return false;
}

/** A title lowercased, with its common variant spellings made one ("Sekretaris Jendral"). */
function spelled(title: string): string {
  return title.toLowerCase().replace(/\bjendral\b/gu, 'jenderal');
}

/** Whether title `short` (lowercase) is `long` or its first words ("bupati" of "bupati agam"). */
function opensTitle(short: string, long: string): boolean {
  return long === short || long.startsWith(`${short} `);
}

/**
 * Whether title `short` (lowercase) is one word that shortens the first words of `long` ("sekjen"
 * of "sekretaris jenderal komisi pemilihan umum", "menkeu" of "menteri keuangan ri").
 */
function shortensTitle(short: string, long: string): boolean {
  const words = long.split(' ');
  // ("bupati" is no short form of "wakil bupati": a short form opens as its long form does.)
  if (short.includes(' ') || short[0] !== long[0] || words.includes(short)) return false;
  for (let n = 2; n <= words.length; n++) if (abbreviates(short, words.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * Adds a role to a person once per title. The same title again, with the same organisation or none,
 * adds nothing; a title first read without its organisation takes the one read later. A title that
 * is the first words of one the person has ("Bupati" beside "Bupati Agam") adds nothing either, and
 * is replaced by the longer one read later. Of a title and its short form ("Sekjen" and
 * "Sekretaris Jenderal KPU") the one written first is kept.
 */
function addRole(person: Entity, role: Role): void {
  person.roles ??= [];
  const title = spelled(role.title);
  const same = person.roles.findIndex((x) => spelled(x.title) === title && (x.org === role.org || x.org === null || role.org === null));
  if (same >= 0) {
    if (person.roles[same]!.org === null && role.org !== null) person.roles[same] = role;
    return;
  }
  const orgFits = (x: Role) => x.org === role.org || x.org === null || role.org === null;
  // A title and its short form ("Sekjen KPU Bernad …", later "selaku Sekretaris Jenderal KPU"): the
  // one the text gives first.
  const sameTitle = person.roles.findIndex((x) => orgFits(x) && (shortensTitle(title, spelled(x.title)) || shortensTitle(spelled(x.title), title)));
  if (sameTitle >= 0) {
    if (role.start < person.roles[sameTitle]!.start) person.roles[sameTitle] = role;
    return;
  }
  if (person.roles.some((x) => orgFits(x) && opensTitle(title, spelled(x.title)))) return;
  const shorter = person.roles.findIndex((x) => orgFits(x) && opensTitle(spelled(x.title), title));
  if (shorter < 0) person.roles.push(role);
  else {
    const old = person.roles[shorter]!;
    person.roles[shorter] = role.org === null ? { ...role, org: old.org, orgEntity: old.orgEntity } : role;
  }
}

/**
 * The roles stage: the titles found next to names ("CEO Telegram, Pavel Durov") become roles of the
 * person entities they stand beside, each once per title and organisation, with the organisation
 * linked to its entity when the article names it.
 */
export const rolesStage = defineStageFactory({
  name: 'roles',
  description: 'Attaches the titles found next to names to the person entities, with their organisations',
  options: z.object({}).strict(),
  create(_options, ctx) {
    const lexicon = ctx.lexicon;
    const orgCore = orgCoreOf(ctx.lexicon);
    return defineStage({
      name: ctx.name,
      requires: ['text', 'sentences', 'entities', 'role-candidates'],
      provides: ['roles'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        const starts = doc.sentences.map((s) => s.start);
        const sentenceStartOf = (at: number) => {
          let lo = 0;
          let hi = starts.length - 1;
          let best = 0;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (starts[mid]! <= at) {
              best = starts[mid]!;
              lo = mid + 1;
            } else hi = mid - 1;
          }
          return best;
        };
        const body = { start: titleEndOf(doc), end: Math.min(doc.text.length, relatedStartOf(doc)) };
        const before = titlesBefore(doc.text, doc.entities, sentenceStartOf, doc.roleCandidates, lexicon, body);
        const named = doc.roleCandidates.filter((r) => r.org !== null || !callingOnly(r.title, lexicon));
        attachRoles(doc.entities, [...named, ...before, ...titlesAfter(doc.text, doc.entities, doc.roleCandidates, lexicon, body)], doc.text, orgCore);
      },
    });
  },
});
