import { InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WartaConfigError } from '../errors.js';
import { TIME_ZONE_PATTERN, type PipelineConfig } from '../schema/config.js';

/** Reads a pipeline config file (JSON); a missing file or invalid JSON is a WartaConfigError naming it. */
export function readConfigFile(path: string): PipelineConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new WartaConfigError(`cannot read the config ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return JSON.parse(text) as PipelineConfig;
  } catch (err) {
    throw new WartaConfigError(`the config ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * `--plugin` values as import specifiers: a path ("./my-stages.js", "/opt/x.mjs", or any value that
 * names an existing file) becomes a file URL, resolved from the working directory; anything else is
 * a package name.
 */
export function pluginSpecifiers(values: readonly string[] | undefined): string[] {
  return (values ?? []).map((v) => (v.startsWith('.') || isAbsolute(v) || existsSync(v) ? pathToFileURL(resolve(v)).href : v));
}

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Commander's parser of a whole-number flag ("--workers must be a whole number > 0"). */
export function positiveInt(name: string, allowZero = false) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || (!allowZero && n === 0)) {
      throw new InvalidArgumentError(`${name} must be a whole number${allowZero ? '' : ' > 0'}`);
    }
    return n;
  };
}

/** The flags that set how publication dates are read (`--date-order`, `--time-zone`), on every command that analyses. */
export interface DateFlags {
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  timeZone?: string;
}

/** Commander options `--date-order` and `--time-zone` (with their environment variables). */
export function dateOptions(): Option[] {
  return [
    new Option('--date-order <order>', 'how a numeric publication date is read: dmy (21/10/2025, default), mdy (10/21/2025) or ymd')
      .choices(['dmy', 'mdy', 'ymd'])
      .env('WARTA_DATE_ORDER'),
    new Option('--time-zone <zone>', 'zone of a publication time given without one: WIB (default), WITA, WIT, UTC or an offset such as +08:00').env('WARTA_TIME_ZONE'),
  ];
}

/**
 * The pipeline config with the date flags written into it (`dateOrder`, `timeZone`); without them,
 * the config as it is (undefined stays undefined). A wrong zone is a WartaConfigError naming it.
 */
export function withDateFlags(config: PipelineConfig | undefined, flags: DateFlags): PipelineConfig | undefined {
  if (flags.dateOrder === undefined && flags.timeZone === undefined) return config;
  if (flags.timeZone !== undefined && !TIME_ZONE_PATTERN.test(flags.timeZone)) {
    throw new WartaConfigError(`--time-zone must be WIB, WITA, WIT, UTC or an offset such as +08:00, got "${flags.timeZone}"`);
  }
  if (config !== null && config !== undefined && (typeof config !== 'object' || Array.isArray(config))) return config;
  return {
    ...config,
    ...(flags.dateOrder !== undefined ? { dateOrder: flags.dateOrder } : {}),
    ...(flags.timeZone !== undefined ? { timeZone: flags.timeZone } : {}),
  };
}

/** The pipeline config of a command: its --config file with the date flags written into it (none: no config). */
export function pipelineOf(flags: DateFlags & { config?: string | undefined }): { pipeline?: PipelineConfig } {
  const pipeline = withDateFlags(flags.config ? readConfigFile(flags.config) : undefined, flags);
  return pipeline ? { pipeline } : {};
}
