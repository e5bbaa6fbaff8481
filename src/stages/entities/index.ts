import type { Doc } from '../../doc/doc.js';
import { overlaps, sectionAt } from '../../doc/span.js';
import { getLexicon, type Lexicon } from '../../lexicon/index.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Entity, Mention, Role } from '../../schema/entity.js';
import type { Candidate } from './candidate.js';
import { groupMentions, orgCore, type EntityGroup } from './coref.js';
import { recogniseNames, type RoleCandidate } from './names.js';
import { createNerRecognizer } from './ner/index.js';
import { numericEntities } from './numeric.js';
import { repairAfterTitles } from './repair.js';
import { harmoniseTypes, resolveOverlaps } from './overlaps.js';

export type { Candidate } from './candidate.js';

/** A recogniser the stage can be given besides its rules (e.g. the trained tagger). */
export type Recogniser = (doc: Doc) => Candidate[];

/** Options of {@link createEntitiesStage}. */
export interface EntitiesOptions {
  /** Extra recognisers whose candidates compete with the rules' by score. */
  recognisers?: readonly Recogniser[];
  /** Use the rule-based name recogniser (default true). */
  rules?: boolean;
  /**
   * Use the trained tagger (models/ner; default true). Its candidates get `modelPriority` added to
   * their confidence so that they win overlaps with the weaker rules.
   */
  model?: boolean;
  /**
   * Added to the model's confidence (0–1) when it competes with rule candidates (scores 0.5–3): the
   * default 3 makes the tagger decide every span it finds; the rules fill in only where it found
   * nothing. Chosen with scripts/eval-entities.ts (the tagger's boundaries beat the rules' on the
   * development sets even against title and appositive rules).
   */
  modelPriority?: number;
  /**
   * With the model on, rule candidates below this score are dropped: the tagger decides spans, the
   * rules add what they read from structure (titles, appositives, organisation markers) and lexicons.
   * Default 2.5 (structural rules only), chosen with scripts/eval-entities.ts. Ignored when the
   * model is off.
   */
  ruleMinScore?: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' ');
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => overlaps(start, end, s.start, s.end));
}

/**
 * Adds the mentions the recognisers missed: every other occurrence of a person's full name or
 * surname and of an organisation's name, including in the title ("Durov" at a sentence start).
 */
function addStringMatches(groups: EntityGroup[], text: string, lex: Lexicon, blocked: { start: number; end: number }[]): void {
  const taken = [...blocked];
  for (const g of groups) taken.push(...g.mentions);
  const personWords = new Map<EntityGroup, string[]>();
  for (const g of groups) if (g.type === 'PERSON') personWords.set(g, g.text.split(/\s+/));
  for (const g of groups) {
    if (g.type !== 'PERSON' && g.type !== 'ORG') continue;
    const forms = [g.text];
    for (const a of g.aliases) if (!forms.includes(a)) forms.push(a);
    const words = personWords.get(g);
    if (words) {
      const last = words[words.length - 1];
      // The surname links only when no other person shares it and it is not a common word.
      if (
        words.length > 1 &&
        last &&
        last.length >= 3 &&
        !forms.includes(last) &&
        !lex.commonWords.has(last.toLowerCase()) &&
        holdersOf(personWords, last) === 1
      ) {
        forms.push(last);
      }
    }
    // Longest first (stable: the name, then its aliases, then the surname).
    for (const form of forms.sort((a, b) => b.length - a.length)) {
      if (form.length < 2) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!isWordBoundary(text, at, end) || overlapsAny(taken, at, end)) continue;
        const m: Mention = { start: at, end, text: form, source: 'coref/string-match' };
        g.mentions.push(m);
        taken.push(m);
      }
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
}

/** How many of the names hold the word. */
function holdersOf(names: ReadonlyMap<EntityGroup, readonly string[]>, word: string): number {
  let n = 0;
  for (const words of names.values()) if (words.includes(word)) n++;
  return n;
}

function attachRoles(entities: Entity[], roles: readonly RoleCandidate[], text: string): void {
  if (roles.length === 0) return;
  const orgByName = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const n of [e.text, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)]) orgByName.set(orgCore(n), e);
  }
  for (const r of roles) {
    const person = entities.find(
      (e) => e.type === 'PERSON' && e.mentions.some((m) => m.start < r.personEnd && r.personStart < m.end),
    );
    if (!person) continue;
    const org = r.org ? orgByName.get(orgCore(r.org)) : undefined;
    const role: Role = {
      title: r.title,
      org: org?.text ?? r.org,
      orgEntity: org?.id ?? null,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
    };
    person.roles ??= [];
    if (!person.roles.some((x) => x.title.toLowerCase() === role.title.toLowerCase() && x.org === role.org)) {
      person.roles.push(role);
    }
  }
}

/**
 * The entities stage: PERSON, ORG and LOC from rules (and any extra recognisers, such as the trained
 * tagger), linked into one entity per real-world entity with roles; MONEY, QUANTITY, PERCENT, DATE,
 * TIME and ORDINAL from the numbers layer.
 */
export function createEntitiesStage(options: EntitiesOptions = {}) {
  const lex = getLexicon();
  const priority = options.modelPriority ?? 3;
  const recognisers: Recogniser[] = [...(options.recognisers ?? [])];
  if (options.model ?? true) {
    const ner = createNerRecognizer({ propagate: false });
    recognisers.push((doc) => repairAfterTitles(doc, ner(doc), lex).map((c) => ({ ...c, score: (c.score ?? 0) + priority })));
  }
  const useRules = options.rules ?? true;
  const ruleMin = options.model ?? true ? (options.ruleMinScore ?? 2.5) : 0;
  return defineStage({
    name: 'entities',
    requires: ['tokens', 'numbers'],
    provides: ['entities'],
    languages: ['id', 'ms', 'und'],
    run(doc: Doc) {
      const numeric = numericEntities(doc);
      const numericSpans = numeric.flatMap((e) => e.mentions);
      const names = useRules ? recogniseNames(doc, lex, ruleMin) : { candidates: [], roles: [] };
      const candidates = [...names.candidates, ...recognisers.flatMap((r) => r(doc))].filter(
        (c) => !overlapsAny(numericSpans, c.start, c.end),
      );
      const kept = resolveOverlaps(harmoniseTypes(candidates));
      const groups = groupMentions(kept, doc.text, lex);
      addStringMatches(groups, doc.text, lex, numericSpans);

      const all: Omit<Entity, 'id'>[] = [
        ...groups.map((g) => ({
          type: g.type,
          text: g.text,
          mentions: g.mentions,
          source: g.source,
          ...(g.aliases.size > 0 ? { aliases: [...g.aliases] } : {}),
        })),
        ...numeric,
      ].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
      const entities: Entity[] = all.map((e, i) => ({
        id: `e${i + 1}`,
        ...e,
        section: sectionAt(doc, e.mentions[0]!.start),
      }));
      attachRoles(entities, names.roles, doc.text);
      doc.entities = entities;
    },
  });
}
