import { z } from 'zod';

export const SpeakerSchema = z.object({
  name: z.string(),
  /** Id of the PERSON/ORG entity the speaker resolves to, or null. */
  entity: z.string().nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** A direct quotation: `text` is the quoted words without the quotation marks. */
export const QuoteSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The cue verb that attributes it ("ujar", "kata", "menurut"), or null. */
  cue: z.string().nullable(),
  speaker: SpeakerSchema.nullable(),
  /** How the speaker was found: "cue-after", "cue-before", "menurut", "continuation", "name-after" (a name alone after the quotation), "previous-subject" (the person the sentence before a cue-less quotation paragraph is about), "pronoun", "none". */
  attribution: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;
