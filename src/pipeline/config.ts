import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Layer } from '../doc/doc.js';
import type { BuildContext, Stage, StageFactory } from '../doc/stage.js';
import { WartaConfigError } from '../errors.js';
import { getLexicon } from '../lexicon/index.js';
import { DEFAULT_DATE_ORDER, DEFAULT_TIME_ZONE, timeZoneOption } from '../doc/published-at.js';
import { DEFAULT_MAX_CHARS, PipelineConfigSchema, type ResolvedPipelineConfig, type StageConfig } from '../schema/config.js';
import { BUILTIN_STAGES, defaultRegistry, type Registry } from './registry.js';

/** One stage of a resolved config, with the factory that builds it and its validated options. */
export interface PlannedStageBuild {
  name: string;
  factory: StageFactory;
  options: unknown;
}

/** "stages[3].options.limit: Too big…": a zod issue with the path it names, led by `prefix`. */
function describeIssue(prefix: string, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return `${prefix}: invalid`;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.map((k) => `"${k}"`).join(', ')})` : '';
  return `${prefix}${path}: ${issue.message}${keys}`;
}

/** The names of a registry's stages, quoted, for messages. */
function known(registry: Registry): string {
  return registry.names.map((n) => `"${n}"`).join(', ');
}

/**
 * Validates a pipeline config against a registry: the shape, every stage's factory and options (with
 * their defaults filled in), unique names. Throws {@link WartaConfigError} naming the stage and
 * option at fault; the contracts are checked once the stages are built ({@link checkContracts}).
 */
export function resolveConfig(
  input: unknown,
  registry: Registry = defaultRegistry,
): { config: ResolvedPipelineConfig; plan: PlannedStageBuild[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new WartaConfigError(`a pipeline config must be an object such as {"stages": [...]}, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`);
  }
  const parsed = PipelineConfigSchema.safeParse(input);
  if (!parsed.success) throw new WartaConfigError(`pipeline config: ${describeIssue('config', parsed.error.issues[0])}`);
  const entries: StageConfig[] = parsed.data.stages ?? BUILTIN_STAGES.map((f) => ({ name: f.name }));
  const plan: PlannedStageBuild[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `stages[${i}] ("${entry.name}")`;
    if (seen.has(entry.name)) throw new WartaConfigError(`${where}: two stages are named "${entry.name}"; stage names must be unique (use "factory" to build one factory twice)`);
    seen.add(entry.name);
    const factoryName = entry.factory ?? entry.name;
    const factory = registry.get(factoryName);
    if (!factory) throw new WartaConfigError(`${where}: unknown stage "${factoryName}"; the registry has ${known(registry)}`);
    const options = factory.options.safeParse(entry.options ?? {});
    if (!options.success) throw new WartaConfigError(`${where}: ${describeIssue('options', options.error.issues[0])}`);
    plan.push({ name: entry.name, factory, options: options.data });
  });
  const config: ResolvedPipelineConfig = {
    stages: plan.map((s) => ({
      name: s.name,
      ...(s.factory.name !== s.name ? { factory: s.factory.name } : {}),
      options: s.options as Record<string, unknown>,
    })),
    maxChars: parsed.data.maxChars ?? DEFAULT_MAX_CHARS,
    timings: parsed.data.timings ?? false,
    dateOrder: parsed.data.dateOrder ?? DEFAULT_DATE_ORDER,
    timeZone: timeZoneOption(parsed.data.timeZone),
  };
  return { config, plan };
}

/** The default pipeline config, every stage with every option at its default. */
export function defaultPipelineConfig(registry: Registry = defaultRegistry): ResolvedPipelineConfig {
  return resolveConfig({}, registry).config;
}

/** JSON with object keys sorted at every depth: the same config always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A short hash (12 hex digits of SHA-256) of what decides an analysis: the stages in order and their
 * options. `maxChars` and `timings` are left out: they decide which articles are analysed and what
 * is measured, not what an analysis finds (the batch CLI raises `maxChars` to its own byte limit).
 * The date order and time zone count only when they differ from their defaults (so the default
 * config kept its hash when they came). Written into every summary as `warta.config`, so that
 * outputs of different configs are told apart.
 */
export function configHash(config: ResolvedPipelineConfig): string {
  const dates = {
    ...(config.dateOrder !== undefined && config.dateOrder !== DEFAULT_DATE_ORDER ? { dateOrder: config.dateOrder } : {}),
    ...(config.timeZone !== undefined && config.timeZone !== DEFAULT_TIME_ZONE ? { timeZone: config.timeZone } : {}),
  };
  return createHash('sha256')
    .update(canonicalJson({ stages: config.stages, ...dates }))
    .digest('hex')
    .slice(0, 12);
}

/** Whether two stages can run on one article: their language sets meet (no set: every language). */
function mayShareArticles(a: Stage, b: Stage): boolean {
  if (!a.languages || !b.languages) return true;
  return a.languages.some((l) => b.languages!.includes(l));
}

/**
 * Checks the stages' contracts against their order, once, when a pipeline is built: every layer a
 * stage requires is provided by an earlier stage that can run on the same articles (their
 * `languages` meet); a layer it uses, when a stage for the same articles provides it, is provided
 * before it. Throws {@link WartaConfigError} naming both stages.
 */
export function checkContracts(stages: readonly Stage[]): void {
  const providers = (layer: Layer) => stages.filter((s) => s.provides.includes(layer));
  stages.forEach((stage, i) => {
    const earlier = stages.slice(0, i);
    for (const layer of stage.requires) {
      if (earlier.some((s) => s.provides.includes(layer) && mayShareArticles(s, stage))) continue;
      const later = providers(layer).filter((s) => s !== stage);
      throw new WartaConfigError(
        later.length > 0
          ? `stage "${stage.name}" requires "${layer}", which stage "${later[0]!.name}" provides only after it: put "${later[0]!.name}" before "${stage.name}"`
          : `stage "${stage.name}" requires "${layer}", which no stage of the pipeline provides: add a stage that provides it before "${stage.name}"`,
      );
    }
    for (const layer of stage.uses ?? []) {
      if (earlier.some((s) => s.provides.includes(layer))) continue;
      const later = stages.slice(i + 1).find((s) => s.provides.includes(layer) && mayShareArticles(s, stage));
      if (later) {
        throw new WartaConfigError(`stage "${stage.name}" reads "${layer}", which stage "${later.name}" provides only after it: put "${later.name}" before "${stage.name}"`);
      }
    }
  });
}

/**
 * Builds one stage outside a pipeline (tests, experiments, a pipeline of your own assembled with
 * `runStages`): its options validated like a config's, with warta's lexicon unless one is given.
 */
export function buildStage(factory: StageFactory, options: unknown = {}, context: Partial<BuildContext> = {}): Stage {
  const parsed = factory.options.safeParse(options);
  if (!parsed.success) throw new WartaConfigError(`stage "${factory.name}": ${describeIssue('options', parsed.error.issues[0])}`);
  const name = context.name ?? factory.name;
  return factory.create(parsed.data, {
    lexicon: context.lexicon ?? getLexicon(),
    plan: context.plan ?? [{ name, factory: factory.name }],
    name,
  });
}

/**
 * JSON Schema of a pipeline config for a registry: every stage by name with the schema of its
 * options (for editors and validators of config files).
 */
export function configJsonSchema(registry: Registry = defaultRegistry): Record<string, unknown> {
  // Each stage twice: by its own name, or under another name with "factory" naming it.
  const stages = registry.names.flatMap((n) => {
    const f = registry.get(n)!;
    const options = (f.options as z.ZodType).optional();
    return [
      z.object({ name: z.literal(f.name), options }).strict().describe(f.description),
      z.object({ name: z.string(), factory: z.literal(f.name), options }).strict().describe(f.description),
    ];
  });
  const schema = z
    .object({
      stages: z.array(z.union(stages as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])).optional(),
      maxChars: z.number().int().positive().optional().describe('Articles longer than this many characters become error records (default 2,000,000)'),
      timings: z.boolean().optional().describe('Milliseconds per stage in summary.timings'),
    })
    .strict();
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
