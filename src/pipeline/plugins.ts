import type { StageFactory } from '../doc/stage.js';
import { WartaConfigError } from '../errors.js';
import { defaultRegistry, type Registry } from './registry.js';

function isStageFactory(value: unknown): value is StageFactory {
  if (value === null || typeof value !== 'object') return false;
  const f = value as Partial<StageFactory>;
  return typeof f.name === 'string' && typeof f.create === 'function' && typeof (f.options as { safeParse?: unknown } | undefined)?.safeParse === 'function';
}

/**
 * Adds the stage factories of plugin modules to a registry. A plugin is an ES module whose default
 * export, or whose `stages` export, is a stage factory or an array of them (made with
 * `defineStageFactory`). Specifiers are what `import()` takes: a package name, or a file URL
 * (give absolute paths as `pathToFileURL(path).href`). Batch workers load the same plugins, so
 * that a config naming their stages builds in every thread.
 */
export async function loadPlugins(specifiers: readonly string[], registry: Registry = defaultRegistry): Promise<Registry> {
  let out = registry;
  for (const spec of specifiers) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(spec)) as Record<string, unknown>;
    } catch (err) {
      throw new WartaConfigError(`plugin ${spec} cannot be loaded: ${err instanceof Error ? err.message : String(err)}`);
    }
    const exported = mod.stages ?? mod.default;
    const list = Array.isArray(exported) ? exported : [exported];
    if (list.length === 0 || !list.every(isStageFactory)) {
      throw new WartaConfigError(`plugin ${spec} must export stage factories (made with defineStageFactory) as its default export or as "stages"`);
    }
    out = out.with(...list);
  }
  return out;
}
