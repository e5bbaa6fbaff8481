import type { Candidate } from './candidate.js';

/**
 * Keeps a set of non-overlapping candidates: higher score first, then longer, then earlier.
 * Candidates of the same type and span are merged (the first source wins).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => (b.score ?? 0) - (a.score ?? 0) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
