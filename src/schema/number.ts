import { z } from 'zod';

export const NumberKindSchema = z.enum(['number', 'ordinal', 'money', 'percent', 'quantity', 'date', 'time', 'duration']);
export type NumberKind = z.infer<typeof NumberKindSchema>;

/**
 * One number-like expression found in a text: a point `value`, or `min`/`max` for ranges and bounds.
 * `start`/`end` are UTF-16 offsets into the text that was searched.
 */
export const NumberItemSchema = z.object({
  kind: NumberKindSchema,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** ISO 4217 code for money. */
  currency: z.string().optional(),
  /**
   * The counted noun or measure: "pengguna", "orang", "km", "ton", "persen poin", "rumah tangga",
   * "SPPG"; for a duration the unit of time as written ("tahun", "jam", "pekan", "dekade").
   */
  unit: z.string().optional(),
  /**
   * ISO 8601 duration for kind "duration": "P75Y" (75 tahun), "PT24H" (24 jam), "P2W" (2 pekan),
   * "P20Y" (dua dekade), "PT1H30M" (1 jam 30 menit, one item whose `value` counts the smallest
   * unit: 90 menit). A range is written min/max with a slash ("40-50 menit": "PT40M/PT50M", with
   * `min` 40 and `max` 50); a bound ("lebih dari 3 jam") writes its one end ("PT3H") and says
   * which end in `min` or `max`. Exact fractions go down to smaller units ("1,5 jam": "PT1H30M").
   */
  duration: z.string().optional(),
  approximate: z.boolean().optional(),
  /**
   * ISO 8601 date for kind "date": a day "2025-10-21", a month "2022-09", a year "2027", a week
   * "2025-W42" or an interval "2025-10-20/2025-10-21".
   */
  date: z.string().optional(),
  /** "14:00" for kind "time"; with `timezone` ("WIB" → "+07:00") when given. */
  time: z.string().optional(),
  timezone: z.string().optional(),
  /** For relative dates ("kemarin", "Senin lalu"): the expression, kept even when resolved. */
  relative: z.string().optional(),
  /** Rule that produced it, e.g. "money/rp-scale". */
  source: z.string(),
  /** Set when the value could not be represented exactly (beyond 2^53 and no double holds it exactly) or the reading was ambiguous. */
  note: z.string().optional(),
});
export type NumberItem = z.infer<typeof NumberItemSchema>;
