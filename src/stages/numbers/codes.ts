import type { RuleMatch, ScanContext } from './match.js';

/**
 * Digit groups chained by hyphens (three or more, or two with a leading zero): phone numbers and
 * codes ("0812-3456-7890", "021-5551234"), consumed so that no range or amount is read inside them.
 * Dates of the same shape ("21-10-2025") are matched first by the date rules.
 */
export function matchCode(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const first = ts[i];
  if (first === undefined || first.kind !== 'num') return null;
  let groups = 1;
  let end = i + 1;
  for (;;) {
    const sep = ts[end];
    const next = ts[end + 1];
    if (sep === undefined || next === undefined || sep.text !== '-' || sep.gap !== 0 || next.gap !== 0 || next.kind !== 'num') break;
    groups += 1;
    end += 2;
  }
  const leadingZero = /^0\d/.test(first.text);
  if (groups < 3 && !(groups === 2 && leadingZero)) return null;
  return { start: i, end, draft: { kind: 'number', source: 'number/code' }, issues: [], skip: true };
}
