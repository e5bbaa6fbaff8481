import { alternation, perLexicon } from './derive.js';
import type { Lexicon } from './index.js';

/**
 * The organisation-name core of a lexicon: a function from a name to the name without legal-form
 * affixes, its regex built once per lexicon (the legal forms before a name, and those after it).
 */
export const orgCoreOf = perLexicon((lex: Lexicon): ((name: string) => string) => {
  const before = alternation(lex.legalFormsBefore);
  const after = alternation([...lex.legalFormsAbbreviated, ...lex.legalFormsAfter]);
  const affixes = new RegExp(`^(?:${before})\\s+|\\s+(?:${after})\\.?$`, 'g');
  return (name) => name.replace(affixes, '').replace(affixes, '').trim();
});

/** An organisation name without legal-form affixes: "PT Nusantara Baja Tbk" → "Nusantara Baja". */
export function orgCore(name: string, lex: Lexicon): string {
  return orgCoreOf(lex)(name);
}
