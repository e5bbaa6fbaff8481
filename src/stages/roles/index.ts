import { z } from 'zod';
import type { RoleCandidate } from '../../doc/candidate.js';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import { orgCoreOf } from '../../lexicon/org-core.js';
import type { Entity, Role } from '../../schema/entity.js';

/**
 * Adds each role to the person entity whose mention it stands beside; `orgCore` is the lexicon's
 * organisation-name core ({@link orgCoreOf}), by which a role's organisation finds its entity.
 */
export function attachRoles(entities: Entity[], roles: readonly RoleCandidate[], text: string, orgCore: (name: string) => string): void {
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
    // One role per title: the same title again, with the same organisation or none, adds nothing;
    // a title first read without its organisation takes the one read later.
    const title = role.title.toLowerCase();
    const same = person.roles.findIndex((x) => x.title.toLowerCase() === title && (x.org === role.org || x.org === null || role.org === null));
    if (same < 0) person.roles.push(role);
    else if (person.roles[same]!.org === null && role.org !== null) person.roles[same] = role;
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
    const orgCore = orgCoreOf(ctx.lexicon);
    return defineStage({
      name: ctx.name,
      requires: ['text', 'entities', 'role-candidates'],
      provides: ['roles'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        attachRoles(doc.entities, doc.roleCandidates, doc.text, orgCore);
      },
    });
  },
});
