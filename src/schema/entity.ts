import { z } from 'zod';
import { NumberItemSchema } from './number.js';

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'LOC', 'MONEY', 'QUANTITY', 'PERCENT', 'DATE', 'TIME', 'ORDINAL']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One occurrence of an entity in the text, with the rule or model that found it. */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  source: z.string().optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A role or affiliation of a person: "CEO" of "Telegram", "Menteri Dalam Negeri". */
export const RoleSchema = z.object({
  title: z.string(),
  org: z.string().nullable(),
  /** Entity id of the organisation, when it is an entity of the article. */
  orgEntity: z.string().nullable().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Role = z.infer<typeof RoleSchema>;

/** The fields of a number item that MONEY, QUANTITY, PERCENT, DATE, TIME and ORDINAL entities carry. */
export const AMOUNT_FIELDS = NumberItemSchema.pick({
  value: true,
  min: true,
  max: true,
  currency: true,
  unit: true,
  approximate: true,
  date: true,
  time: true,
  timezone: true,
  relative: true,
});

/** One real-world entity of the article with all its mentions. */
export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  /** Canonical form: the longest name ("Pavel Durov"), or the amount's text. */
  text: z.string(),
  mentions: z.array(MentionSchema).min(1),
  /** Provenance of the entity: the rule id ("money/rp-scale") or "model". */
  source: z.string(),
  /** Section of the first mention. */
  section: z.enum(['title', 'body', 'related']).optional(),
  // Amounts, dates and times carry the fields of the number item they come from.
  ...AMOUNT_FIELDS.shape,
  roles: z.array(RoleSchema).optional(),
  aliases: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
