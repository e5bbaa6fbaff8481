import type { StageFactory } from '../doc/stage.js';
import { amountsStage } from '../stages/amounts/index.js';
import { cleanStage } from '../stages/clean/index.js';
import { consistencyStage } from '../stages/consistency/index.js';
import { corefStage } from '../stages/coref/index.js';
import { englishStage } from '../stages/english/index.js';
import { extractStage } from '../stages/extract/index.js';
import { keywordsStage } from '../stages/keywords/index.js';
import { languageStage } from '../stages/language/index.js';
import { namesStage } from '../stages/names/index.js';
import { numbersStage } from '../stages/numbers/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { rolesStage } from '../stages/roles/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { stemStage } from '../stages/stem/index.js';
import { taggerStage } from '../stages/tagger/index.js';

/**
 * Stage factories by name. Immutable: {@link Registry.with} returns a new registry, so no caller can
 * change what another one builds.
 */
export interface Registry {
  /** The factory registered under a name. */
  get(name: string): StageFactory | undefined;
  /** Every name, in registration order. */
  readonly names: readonly string[];
  /** A registry with these factories added; one with a name already taken replaces the old one. */
  with(...factories: readonly StageFactory[]): Registry;
}

/** A registry of the given factories (a later one with the same name replaces an earlier one). */
export function createRegistry(factories: readonly StageFactory[]): Registry {
  const byName = new Map<string, StageFactory>();
  for (const f of factories) byName.set(f.name, f);
  const names = [...byName.keys()];
  return {
    get: (name) => byName.get(name),
    names,
    with: (...more) => createRegistry([...byName.values(), ...more]),
  };
}

/**
 * The built-in stages in their default order: the order the default pipeline runs them in. The
 * English entity stage stands among the Indonesian entity stages' successors: the two paths never
 * run on one article (each has its `languages`).
 */
export const BUILTIN_STAGES: readonly StageFactory[] = [
  cleanStage,
  languageStage,
  segmentStage,
  stemStage,
  numbersStage,
  amountsStage,
  taggerStage,
  namesStage,
  corefStage,
  rolesStage,
  englishStage,
  quotesStage,
  consistencyStage,
  keywordsStage,
  extractStage,
] as StageFactory[];

/** The registry of the built-in stages. */
export const defaultRegistry: Registry = createRegistry(BUILTIN_STAGES);
