import { alternation, perLexicon, remembered } from './derive.js';
import type { Lexicon } from './index.js';

/**
 * The organisation-name core of a lexicon: a function from a name to the name without legal-form
 * affixes, its regex built once per lexicon (the legal forms before a name, and those after it).
 */
const STATE_FORM = /\s*\((?:Persero|Perseroda|Perum)\)/gu;

export const orgCoreOf = perLexicon((lex: Lexicon): ((name: string) => string) => {
  const before = alternation(lex.legalFormsBefore);
  const after = alternation([...lex.legalFormsAbbreviated, ...lex.legalFormsAfter]);
  const affixes = new RegExp(`^(?:${before})\\s+|\\s+(?:${after})\\.?$`, 'g');
  // "PT Bank Rakyat Indonesia (Persero) Tbk": the state-owned form in brackets goes too.
  // Kept for the names met again (in the article and in later ones); emptied when full.
  const cores = new Map<string, string>();
  return (name) => remembered(cores, name, CORE_MEMO_MAX, () => name.replace(affixes, '').replace(STATE_FORM, '').replace(affixes, '').trim());
});

/** Most names {@link orgCoreOf}'s function keeps the core of before it empties its cache. */
const CORE_MEMO_MAX = 8192;

/** An organisation name without legal-form affixes: "PT Nusantara Baja Tbk" → "Nusantara Baja", "PT PLN (Persero)" → "PLN". */
export function orgCore(name: string, lex: Lexicon): string {
  return orgCoreOf(lex)(name);
}
