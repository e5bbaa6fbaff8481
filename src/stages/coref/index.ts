import { z } from 'zod';
import { relatedStartOf, sectionAt, titleEndOf } from '../../doc/span.js';
import { dropOwnCredits } from './credits.js';
import { confirmHeadlines } from './headline.js';
import { bracketedAcronymsOfBodies, longFormsOfBodiesReadAsPlaces, shortFormsOfOrgsReadAsPeople, placesInsideLongForms, namesInsideNonEntityPhrases, withoutLeadingAreaHead, cleanEdges, dropProducts, dropEnglishPhraseTails, dropEventNameWords, forumsHeld, dropEnglishWordPlaces, dropSentenceOpeningListPlaces, joinAroundShortForm, splitPair, dropNonEntities, dropWordsWrittenSmall, dropShortFormsOfNonEntities, dropShortFormsOfTerms, joinSlashedOrgs, joinMilitaryUnits, joinPurposeOrgs, joinRegionalUnits, joinRegionalBodies, personInSpelledOut, shortNamesOfOrgs, shortNamesOfPeople, trimField, trimOrgTitle, trimPortfolioBeforeBody, knownPlacesArePlaces, knownPlacesReadAsPeople, joinFirstNameUsedAlone, officesActing, ownersArePeople, basesAsPlaces, orgsWithPlaceReadAsPlaces, peopleReadAsPlaces, regionShortForms, placesNamedInText, placesByContext, orgsByKindBefore, placesOpeningOrgs, orgsNamedAsPlaces, typeCitedSource, trimSentenceOpener, trimPersonTitles, withoutTrailingRank, splitAtNameUsedAlone, ageMakesPerson, overSentenceWord, typeBrackets, typeByLexicon, typeByList, withFormAfter, withLegalForm, withSchoolNumber, joinTwoPlaceBodies, joinAgencyFields, trimBodyWordsOffPeople, joinSpelledOutAcronyms, trimDepartment, trimInnerOrgan } from './judge.js';
import { changeCandidate, INITIALS_SOURCE, makeCandidate, type Candidate, type RoleCandidate } from '../../doc/candidate.js';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import type { Mention } from '../../schema/entity.js';
import { makeEntity, type EntityFields } from '../../doc/entity.js';
import { mapPacked } from '../../doc/arrays.js';
import { dropNamesInsideLongerNames, joinBareBuildingWords, joinNamesSpelledTwice, joinPlacesWithinLongerNames, mentionGrouper, mergeCaseVariants, mergeCompanyCores, mergeMisspeltNames, mergeNicknames } from './group.js';
import { harmoniseTypes, resolveOverlaps } from './overlaps.js';
import { addStringMatches, overlapsAny } from './string-match.js';

export { groupMentions, mentionGrouper, type EntityGroup } from './group.js';
export { initialsOf } from '../../lexicon/abbreviation.js';
export { harmoniseTypes, resolveOverlaps } from './overlaps.js';

/** Most answers of typeByLexicon a coref stage keeps before it empties its cache. */
const TYPE_MEMO_MAX = 8192;

/**
 * The coref stage: the candidates of the recognisers (rules, tagger) become entities. Overlaps are
 * resolved by score, a text gets one type, mentions of one real-world entity are linked ("Durov" is
 * "Pavel Durov", "BPS" is "Badan Pusat Statistik", "Jokowi" is "Joko Widodo"), and the other
 * occurrences of their names are added (`coref/string-match`). The entities already on the Doc (the
 * amounts) keep their mentions, which no name may overlap; every entity gets its id ("e1", "e2", …)
 * in the order of its first mention.
 */
export const corefStage = defineStageFactory({
  name: 'coref',
  description: 'Links the candidates into entities: overlaps, one type per name, coreference, repeated names',
  options: z.object({}).strict(),
  create(_options, ctx) {
    const lexicon = ctx.lexicon;
    const groupMentions = mentionGrouper(lexicon);
    // typeByLexicon's answer, a type, depends on a candidate's text and type and whether a title's
    // rule read it: kept for the names met again (in the article and in later ones), emptied when full.
    // One map of texts per type and kind of source (no key string built per candidate).
    const typeMemo = new TextMemo<Candidate['type']>(TYPE_MEMO_MAX, 3);
    const retype = (c: Candidate): Candidate => {
      const memo = typeMemo.of(c.type, c.source === 'org/title-marker' ? 1 : c.source === INITIALS_SOURCE ? 2 : 0);
      let type = memo.get(c.text);
      if (type === undefined) {
        const typed = typeByLexicon(c, lexicon);
        // Only an answer that changes nothing but the type is kept (one that moves or renames the
        // candidate is its own).
        if (typed !== c && (typed.start !== c.start || typed.end !== c.end || typed.text !== c.text || typed.source !== c.source || typed.score !== c.score)) return typed;
        type = typed.type;
        typeMemo.keep(memo, c.text, type);
      }
      return type === c.type ? c : changeCandidate(c, { type });
    };
    // splitPair, cleanEdges and overSentenceWord read a candidate's type and text alone (its place and
    // source they only carry over): the parts they leave of a text, each placed relative to the
    // candidate, are kept for the texts met again, emptied when full.
    const partsMemo = new TextMemo<readonly Part[]>(PARTS_MEMO_MAX);
    // (Null when the whole candidate is its one part, as most are: no array is made for it.)
    const partsOf = (found: Candidate): Candidate[] | null => {
      const memo = partsMemo.of(found.type);
      let parts = memo.get(found.text);
      if (parts === undefined) {
        const made: Part[] = [];
        for (const part of splitPair(found, lexicon)) {
          const c = cleanEdges(part);
          // ("Sentosa menggandeng Daewoo": a span over a word of the sentence names no one.)
          if (c === null || overSentenceWord(c.text, lexicon)) continue;
          // (Every part's source is the candidate's, perhaps with a step's name after it.)
          made.push(c === found ? WHOLE : { type: c.type, start: c.start - found.start, end: c.end - found.start, text: c.text, sourceAfter: c.source.slice(found.source.length) });
        }
        partsMemo.keep(memo, found.text, made);
        parts = made;
      }
      return parts.length === 1 && parts[0] === WHOLE ? null : parts.map((p) => (p === WHOLE ? found : makeCandidate(p.type, found.start + p.start, found.start + p.end, p.text, found.source + p.sourceAfter, found.score)));
    };
    // A part of a candidate through the judges, in order (no array per step); what is left of it is pushed on `judged`.
    const judgeInto = (judged: Candidate[], c: Candidate, text: string): void => {
      const before80 = text.slice(Math.max(0, c.start - 80), c.start);
      const field = trimField(trimSentenceOpener(typeCitedSource(c, before80, lexicon), before80, lexicon), before80, lexicon);
      const portfolio = field && trimPortfolioBeforeBody(field, lexicon, before80);
      const untitled = portfolio && trimOrgTitle(portfolio, lexicon);
      const departed = untitled && trimDepartment(untitled, untitled.start === c.start ? before80 : text.slice(Math.max(0, untitled.start - 80), untitled.start), lexicon);
      const named = departed && trimInnerOrgan(departed, departed.start === c.start ? before80 : text.slice(Math.max(0, departed.start - 80), departed.start), text, lexicon);
      if (named === null || personInSpelledOut(named, text, lexicon) === null) return;
      const typed = trimPersonTitles(ageMakesPerson(withSchoolNumber(withFormAfter(withLegalForm(withoutLeadingAreaHead(withoutTrailingRank(retype(named), lexicon), lexicon), text, lexicon), text), text), text, lexicon), lexicon, text.slice(Math.max(0, named.start - 20), named.start));
      if (typed !== null) judged.push(typed);
    };
    return defineStage({
      name: ctx.name,
      requires: ['text', 'candidates'],
      uses: ['entities'],
      provides: ['entities'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        const text = doc.text;
        // The entities already on the Doc are made again below with their new ids (makeEntity reads their fields).
        const before: EntityFields[] = doc.entities;
        const blocked: Mention[] = [];
        for (const e of before) for (const m of e.mentions) blocked.push(m);
        // Each candidate through the judges in one loop.
        const judged: Candidate[] = [];
        for (const found of joinAgencyFields(joinTwoPlaceBodies(joinRegionalBodies(joinRegionalUnits(joinAroundShortForm(joinPurposeOrgs(joinMilitaryUnits(joinSlashedOrgs(joinSpelledOutAcronyms(dropShortFormsOfTerms(dropShortFormsOfNonEntities(doc.candidates, text, lexicon), text), text), text), text, lexicon), text, lexicon), text), text, lexicon), text, lexicon), text, lexicon), text)) {
          if (overlapsAny(blocked, found.start, found.end)) continue;
          // "Vice President Corporate Communication …": a word of a title the names stage read is no person.
          if (found.type === 'PERSON' && insideTitle(doc.roleCandidates, found)) continue;
          const parts = partsOf(found);
          if (parts === null) judgeInto(judged, found, text);
          else for (const c of parts) judgeInto(judged, c, text);
        }
        const candidates = typeBrackets(judged, text, lexicon);
        const body = { start: titleEndOf(doc), end: Math.min(relatedStartOf(doc), text.length) };
        const credited = splitAtNameUsedAlone(dropOwnCredits(candidates, text, body.start, doc.meta.url, lexicon), doc.roleCandidates, lexicon);
        const kept = confirmHeadlines(typeByList(resolveOverlaps(knownPlacesArePlaces(shortNamesOfOrgs(shortNamesOfPeople(harmoniseTypes(credited), lexicon), lexicon), lexicon)), text, lexicon), text, body, lexicon);
        const groups = officesActing(orgsNamedAsPlaces(placesNamedInText(joinFirstNameUsedAlone(peopleReadAsPlaces(knownPlacesReadAsPeople(mergeCaseVariants(mergeCompanyCores(mergeNicknames(dropSentenceOpeningListPlaces(dropEnglishWordPlaces(dropWordsWrittenSmall(dropNonEntities(groupMentions(trimBodyWordsOffPeople(kept, text), text), lexicon), text, lexicon), text, lexicon), text), text, lexicon), lexicon)), text, lexicon), text, lexicon), text, lexicon), text, lexicon), lexicon), text, lexicon);
        ownersArePeople(groups, text, lexicon);
        basesAsPlaces(groups, text);
        bracketedAcronymsOfBodies(groups, text, lexicon);
        longFormsOfBodiesReadAsPlaces(groups, text, lexicon);
        orgsWithPlaceReadAsPlaces(groups, lexicon);
        regionShortForms(groups, text, lexicon);
        const whole = dropNamesInsideLongerNames(joinNamesSpelledTwice(joinBareBuildingWords(joinPlacesWithinLongerNames(groups, lexicon), lexicon), text), text);
        addStringMatches(whole, text, lexicon, blocked);
        shortFormsOfOrgsReadAsPeople(whole, text);
        // (After the other occurrences are added: "warga Hatupelu" may be one of them; a misspelt name
        // is told by how often the article uses the name.)
        const placed = placesOpeningOrgs(dropEnglishPhraseTails(dropEventNameWords(forumsHeld(dropProducts(orgsByKindBefore(placesByContext(mergeMisspeltNames(namesInsideNonEntityPhrases(placesInsideLongForms(whole, text), text, lexicon), text), text, body.start, lexicon), text, lexicon), text, lexicon), text), text), text, lexicon), lexicon);
        const all: EntityFields[] = [
          ...placed.map((g): EntityFields => ({ type: g.type, text: g.text, mentions: g.mentions, source: g.source, aliases: g.aliases.size > 0 ? [...g.aliases] : undefined })),
          ...before,
        ].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
        doc.entities = mapPacked(all, (e, i) => makeEntity(`e${i + 1}`, e, sectionAt(doc, e.mentions[0]!.start)));
      },
    });
  },
});

/**
 * Answers kept per candidate text, in one map of texts per type and kind of candidate (`kinds` of
 * them: no key string is built per lookup); every map is emptied once `max` answers are kept (a
 * bound, not an LRU: the names of one article are met again soon).
 */
class TextMemo<V> {
  readonly #maps = new Map<Candidate['type'], Map<string, V>[]>();
  readonly #max: number;
  readonly #kinds: number;
  #size = 0;

  constructor(max: number, kinds = 1) {
    this.#max = max;
    this.#kinds = kinds;
  }

  /** The map of texts of a type and kind (0 to `kinds` - 1). */
  of(type: Candidate['type'], kind = 0): Map<string, V> {
    let maps = this.#maps.get(type);
    if (maps === undefined) {
      maps = Array.from({ length: this.#kinds }, () => new Map<string, V>());
      this.#maps.set(type, maps);
    }
    return maps[kind]!;
  }

  /** Keeps `value` for `text` in `map`, one of this memo's maps, every map emptied first when it is full. */
  keep(map: Map<string, V>, text: string, value: V): void {
    if (this.#size >= this.#max) {
      for (const maps of this.#maps.values()) for (const m of maps) m.clear();
      this.#size = 0;
    }
    map.set(text, value);
    this.#size++;
  }
}

/** Most texts the coref stage keeps the parts of (splitPair, cleanEdges, overSentenceWord) before it empties its cache. */
const PARTS_MEMO_MAX = 8192;

/** A part of a candidate's text: its type, where it lies relative to the candidate, its text, and what follows the candidate's source in its own. */
interface Part {
  type: Candidate['type'];
  start: number;
  end: number;
  text: string;
  sourceAfter: string;
}

/** The part that is the whole candidate, unchanged. */
const WHOLE: Part = { type: 'ORG', start: 0, end: 0, text: '', sourceAfter: '' };

/** Whether a candidate lies within the title of a role the names stage read. */
function insideTitle(roles: readonly RoleCandidate[], c: Candidate): boolean {
  for (const r of roles) if (c.start >= r.start && c.end <= r.end) return true;
  return false;
}
