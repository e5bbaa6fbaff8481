import { describe, expect, it } from 'vitest';
import type { RoleCandidate } from '../../../src/doc/candidate.js';
import type { Entity } from '../../../src/schema/entity.js';
import { attachRoles } from '../../../src/stages/roles/index.js';

const text = 'Menteri Agus Andrianto hadir. Menteri Imipas Agus Andrianto berbicara.';
const entities = (): Entity[] => [
  { id: 'e1', type: 'PERSON', text: 'Agus Andrianto', mentions: [{ start: 8, end: 22, text: 'Agus Andrianto' }, { start: 45, end: 59, text: 'Agus Andrianto' }], source: 'model' },
  { id: 'e2', type: 'ORG', text: 'Imipas', mentions: [{ start: 38, end: 44, text: 'Imipas' }], source: 'org/lexicon' },
];
const role = (personStart: number, org: string | null, start: number): RoleCandidate => ({ personStart, personEnd: personStart + 14, title: 'Menteri', org, start, end: start + 7 });

describe('attachRoles', () => {
  it('keeps one role per title: the same title without an organisation adds nothing, and takes the organisation read later', () => {
    const later = entities();
    attachRoles(later, [role(8, null, 0), role(45, 'Imipas', 30)], text, (n) => n);
    expect(later[0]!.roles?.map((r) => [r.title, r.org, r.orgEntity])).toEqual([['Menteri', 'Imipas', 'e2']]);
    const earlier = entities();
    attachRoles(earlier, [role(45, 'Imipas', 30), role(8, null, 0)], text, (n) => n);
    expect(earlier[0]!.roles?.map((r) => [r.title, r.org])).toEqual([['Menteri', 'Imipas']]);
  });

  it('keeps a title of two organisations twice', () => {
    const list = entities();
    attachRoles(list, [role(8, 'Kabinet', 0), role(45, 'Imipas', 30)], text, (n) => n);
    expect(list[0]!.roles?.map((r) => r.org)).toEqual(['Kabinet', 'Imipas']);
  });
});
