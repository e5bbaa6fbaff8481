import { InvalidArgumentError } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WartaConfigError } from '../errors.js';
import type { PipelineConfig } from '../schema/config.js';

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
