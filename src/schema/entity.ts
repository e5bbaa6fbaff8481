import { z } from 'zod';

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
  section: z.enum(['title', 'body']).optional(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  currency: z.string().optional(),
  unit: z.string().optional(),
  approximate: z.boolean().optional(),
  date: z.string().optional(),
  time: z.string().optional(),
  timezone: z.string().optional(),
  relative: z.string().optional(),
  roles: z.array(RoleSchema).optional(),
  aliases: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
