import type { Doc, Token } from '../../doc/doc.js';
import type { Lexicon } from '../../lexicon/index.js';
import { changeCandidate, type Candidate } from '../../doc/candidate.js';

/** Index of the token that starts at `start` (tokens are in text order), or undefined. */
function tokenStartingAt(tokens: readonly Token[], start: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === start ? lo : undefined;
}

/**
 * Repairs the tagger's person spans that swallowed the place or organisation of a title:
 * "Bupati [Bogor Iwan Kurniawan Saputra]" → LOC "Bogor" + PERSON "Iwan Kurniawan Saputra",
 * "Ketua [Golkar Aburizal Bakrie]" → ORG "Golkar" + PERSON "Aburizal Bakrie". Only when a title word
 * stands right before the span and the leading words are a known place or organisation.
 */
export function repairAfterTitles(doc: Pick<Doc, 'text' | 'tokens'>, candidates: readonly Candidate[], lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const first = c.type === 'PERSON' ? tokenStartingAt(doc.tokens, c.start) : undefined;
    const prev = first !== undefined ? doc.tokens[first - 1] : undefined;
    if (first === undefined || !prev || !lex.titles.has(prev.text.toLowerCase())) {
      out.push(c);
      continue;
    }
    // The longest known place or organisation at the span's start that leaves a name after it.
    let split = -1;
    let type: Candidate['type'] = 'LOC';
    let phrase = '';
    for (let k = first; k < doc.tokens.length && doc.tokens[k]!.end < c.end; k++) {
      phrase = k === first ? doc.tokens[k]!.text : `${phrase} ${doc.tokens[k]!.text}`;
      if (lex.places.has(phrase)) {
        split = k;
        type = 'LOC';
      } else if (lex.orgs.has(phrase)) {
        split = k;
        type = 'ORG';
      }
    }
    const head = split >= 0 ? doc.tokens[split] : undefined;
    const next = split >= 0 ? doc.tokens[split + 1] : undefined;
    if (!head || !next) {
      out.push(c);
      continue;
    }
    out.push(changeCandidate(c, { type, end: head.end, text: doc.text.slice(c.start, head.end), source: 'model/title-repair' }));
    out.push(changeCandidate(c, { start: next.start, text: doc.text.slice(next.start, c.end), source: 'model/title-repair' }));
  }
  return out;
}
