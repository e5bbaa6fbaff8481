import type { Entity } from '../schema/entity.js';

/** An entity's fields other than its id and section. */
export type EntityFields = Omit<Entity, 'id' | 'section'>;

/**
 * An entity with every field, always in this order (absent ones undefined, which the summary leaves
 * out): the stages that write `doc.entities` make them here, so that the entities of a Doc share
 * one object shape and the stages after them (quotes, roles, extract, consistency, the summary)
 * read them monomorphically. An entity spread from its parts (`{ id, ...e, section }`) takes one
 * hidden class per set of fields present (35 on the dev news), and one more when the roles stage
 * adds its roles. Present fields keep the order they had (the summary orders them by its schema).
 * Reads the fields of `e` by name: any other property of it is left behind.
 */
export function makeEntity(id: string, e: EntityFields, section: Entity['section']): Entity {
  return {
    id,
    type: e.type,
    text: e.text,
    mentions: e.mentions,
    source: e.source,
    value: e.value,
    min: e.min,
    max: e.max,
    currency: e.currency,
    unit: e.unit,
    duration: e.duration,
    approximate: e.approximate,
    date: e.date,
    time: e.time,
    timezone: e.timezone,
    relative: e.relative,
    aliases: e.aliases,
    section,
    roles: e.roles,
  };
}
