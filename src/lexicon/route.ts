import type { Lexicon } from './index.js';

/** A place's name: one the lexicon knows, or a place's marker and a capitalised name ("Sei Mangkei"). */
function placeName(s: string, lex: Lexicon): boolean {
  if (lex.knownPlaces.has(s)) return true;
  const space = s.indexOf(' ');
  return space > 0 && lex.placeMarkers.has(s.slice(0, space)) && /^\p{Lu}/u.test(s.slice(space + 1));
}

/**
 * Whether `left`-`right` name a route by its two ends ("Cirebon-Semarang", "Ruas Dumai-Sei
 * Mangkei"): both ends are place names and the lexicon knows one of them. Returns where the first end
 * starts in `left` (capitalised words before it that are no place's marker, "Ruas" or "Jalur", are
 * left out: 5 for "Ruas Dumai"), or -1 when they name no route (a marker before the first end, as in
 * "Tol Jakarta-Cikampek", makes the whole one road).
 */
export function routeStart(left: string, right: string, lex: Lexicon): number {
  let at = 0;
  while (!placeName(left.slice(at), lex)) {
    const m = /^(\S+) +/.exec(left.slice(at));
    if (!m || lex.placeMarkers.has(m[1]!)) return -1;
    at += m[0].length;
  }
  return placeName(right, lex) && (lex.knownPlaces.has(left.slice(at)) || lex.knownPlaces.has(right)) ? at : -1;
}
