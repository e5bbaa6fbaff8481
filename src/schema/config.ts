import { z } from 'zod';

/** A stage name: one lowercase word (letters, digits, hyphens), as in `summary.ext.<name>`. */
export const StageNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a stage name is lowercase letters, digits and hyphens, starting with a letter');

/** One stage of a pipeline config: its name, the factory that makes it (default: the name), its options. */
export const StageConfigSchema = z
  .object({
    name: StageNameSchema,
    /** The registry's factory, when the stage is named otherwise ("tagger" built as "tagger2"). */
    factory: StageNameSchema.optional(),
    /** The factory's options; those left out take their defaults. */
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type StageConfig = z.infer<typeof StageConfigSchema>;

/** Default `maxChars`: 2,000,000 characters, far above any news article. */
export const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * A pipeline config: plain JSON, the same for the library, the CLI's workers, the service and the
 * queue workers, so that one config gives the same output everywhere (`warta config` prints the
 * default with every option).
 */
/** The time zones a config (and the `--time-zone` flag) may name: an offset ("+08:00"), WIB, WITA, WIT, UTC. */
export const TIME_ZONE_PATTERN = /^(?:WIB|WITA|WIT|UTC|GMT|Z|[+-]\d{2}:\d{2})$/i;

export const PipelineConfigSchema = z
  .object({
    /** The stages in order; left out: the default stages. */
    stages: z.array(StageConfigSchema).optional(),
    /** Articles longer than this many characters become error records. */
    maxChars: z.number().int().positive().optional(),
    /** Record milliseconds per stage in `summary.timings` (not part of the config hash). */
    timings: z.boolean().optional(),
    /**
     * How a numeric publication date whose parts could be either is read: "dmy" (21/10/2025, the
     * default), "mdy" (10/21/2025) or "ymd" (25/10/21).
     */
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
    /**
     * The zone of a publication time given without one, and the zone a UTC time is shown in: an
     * offset ("+07:00") or WIB, WITA, WIT, UTC. Default WIB (+07:00).
     */
    timeZone: z
      .string()
      .regex(TIME_ZONE_PATTERN, 'a time zone is an offset such as +07:00, or WIB, WITA, WIT or UTC')
      .optional(),
  })
  .strict();
export type PipelineConfig = z.input<typeof PipelineConfigSchema>;

/** A config with every stage and option written out (what `warta config` prints). */
export interface ResolvedPipelineConfig {
  stages: { name: string; factory?: string; options: Record<string, unknown> }[];
  maxChars: number;
  timings: boolean;
  /** How numeric publication dates are read (default "dmy"). */
  dateOrder: 'dmy' | 'mdy' | 'ymd';
  /** The zone of a publication time without one, as an offset (default "+07:00", WIB). */
  timeZone: string;
}
