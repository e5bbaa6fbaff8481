import { ALWAYS_KEPT_FIELDS, type SummaryField } from '../schema/http.js';
import type { Summary } from '../schema/summary.js';

/**
 * A summary with only the fields asked for (`?fields=entities,quotes`) plus id, status, error and
 * warta, in the summary's own order; without a list, the summary itself.
 */
export function pickFields(summary: Summary, fields: readonly SummaryField[] | undefined): Partial<Summary> {
  if (fields === undefined) return summary;
  const keep = new Set<string>([...ALWAYS_KEPT_FIELDS, ...fields]);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(summary)) if (keep.has(key)) out[key] = value;
  return out as Partial<Summary>;
}
