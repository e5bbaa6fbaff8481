import { changeCandidate, type Candidate } from '../../doc/candidate.js';
import { overlaps } from '../../doc/span.js';

/**
 * Keeps a set of non-overlapping candidates: higher score first, then longer, then earlier.
 * Candidates of the same type and span are merged (the first source wins).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => (b.score ?? 0) - (a.score ?? 0) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Kept spans are disjoint and in text order, so only the first one ending after a candidate's start
  // can overlap it.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const next = kept[lo];
    if (next && overlaps(c.start, c.end, next.start, next.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

const LEXICON_FILL = /^(?:loc\/gazetteer|org\/lexicon)$/;

/** Candidates at or above this score come from structural rules (a title, an appositive). */
export const STRUCTURAL_SCORE = 2.5;

/**
 * Gives every candidate with the same text one type: the type of the strongest structural rule
 * candidate if there is one ("CEO Sprout Labs, Kevin" makes "Sprout Labs" an ORG everywhere),
 * otherwise the type most candidates agree on (ties: the highest score).
 */
export function harmoniseTypes(candidates: readonly Candidate[]): Candidate[] {
  // The type of each text's first candidate, null once a later one has another: most texts have one
  // type, and need no list of their candidates.
  const firstType = new Map<string, Candidate['type'] | null>();
  let mixed = false;
  for (const c of candidates) {
    const type = firstType.get(c.text);
    if (type === undefined) firstType.set(c.text, c.type);
    else if (type !== null && type !== c.type) {
      firstType.set(c.text, null);
      mixed = true;
    }
  }
  if (!mixed) return candidates.slice();
  const typeOf = new Map<string, Candidate['type']>();
  for (const [text, type] of firstType) {
    if (type !== null) continue;
    const list = candidates.filter((c) => c.text === text);
    const structural = list
      .filter((c) => !c.source.startsWith('model') && !LEXICON_FILL.test(c.source) && (c.score ?? 0) >= STRUCTURAL_SCORE)
      .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
    if (structural) {
      typeOf.set(text, structural.type);
      continue;
    }
    const votes = new Map<Candidate['type'], { n: number; best: number }>();
    // A lexicon's reading of a whole run fills in where nothing else read it; it does not outvote the
    // readings in context ("Bima" the person, "Bima" the regency).
    const inContext = list.filter((c) => !LEXICON_FILL.test(c.source));
    for (const c of inContext.length > 0 ? inContext : list) {
      const v = votes.get(c.type) ?? { n: 0, best: 0 };
      v.n++;
      v.best = Math.max(v.best, c.score ?? 0);
      votes.set(c.type, v);
    }
    const [winner] = [...votes.entries()].sort((a, b) => b[1].n - a[1].n || b[1].best - a[1].best)[0]!;
    typeOf.set(text, winner);
  }
  return candidates.map((c) => {
    const t = typeOf.get(c.text);
    return t && t !== c.type ? changeCandidate(c, { type: t }) : c;
  });
}
