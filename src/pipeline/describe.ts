import type { Pipeline } from './pipeline.js';
import type { Registry } from './registry.js';

/** `name = value` for each option of a stage, as the config writes it. */
function optionsText(options: Record<string, unknown>): string {
  const parts = Object.entries(options).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  return parts.length > 0 ? `\`${parts.join('`, `')}\`` : '';
}

/**
 * The stages of a pipeline as a Markdown table: name, the layers each requires (and uses when
 * present, in parentheses), the layers it provides, its languages, what it does and its options with
 * their values. README.md holds this table for the default pipeline (a test keeps it current).
 */
export function stageTable(pipeline: Pipeline, registry: Registry): string {
  const rows = ['| stage | reads | writes | languages | what it does | options |', '|---|---|---|---|---|---|'];
  pipeline.stages.forEach((stage, i) => {
    const entry = pipeline.config.stages[i]!;
    const factory = registry.get(entry.factory ?? entry.name);
    const reads = [...stage.requires, ...(stage.uses ?? []).map((l) => `(${l})`)].join(', ');
    rows.push(
      `| ${stage.name} | ${reads || '—'} | ${stage.provides.join(', ') || '—'} | ${stage.languages?.join(', ') ?? 'all'} | ${factory?.description ?? ''} | ${optionsText(entry.options)} |`,
    );
  });
  return rows.join('\n');
}
