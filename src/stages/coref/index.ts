import { z } from 'zod';
import { relatedStartOf, sectionAt, titleEndOf } from '../../doc/span.js';
import { dropOwnCredits } from './credits.js';
import { confirmHeadlines } from './headline.js';
import { cleanEdges, splitPair, dropNonEntities, dropShortFormsOfNonEntities, joinSlashedOrgs, shortNamesOfOrgs, shortNamesOfPeople, trimField, trimOrgTitle, knownPlacesArePlaces, typeCitedSource, trimSentenceOpener, trimPersonTitles, typeBrackets, typeByLexicon, withFormAfter, withLegalForm } from './judge.js';
import type { Candidate } from '../../doc/candidate.js';
import { defineStage, defineStageFactory } from '../../doc/stage.js';
import type { Entity } from '../../schema/entity.js';
import { mentionGrouper, mergeCompanyCores, mergeNicknames } from './group.js';
import { harmoniseTypes, resolveOverlaps } from './overlaps.js';
import { addStringMatches, overlapsAny } from './string-match.js';

export { groupMentions, initialsOf, mentionGrouper, type EntityGroup } from './group.js';
export { harmoniseTypes, resolveOverlaps } from './overlaps.js';

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
    return defineStage({
      name: ctx.name,
      requires: ['text', 'candidates'],
      uses: ['entities'],
      provides: ['entities'],
      languages: ['id', 'ms', 'und'],
      run(doc) {
        const before = doc.entities.map(({ id: _id, section: _section, ...e }) => e);
        const blocked = before.flatMap((e) => e.mentions);
        const candidates = typeBrackets(
          joinSlashedOrgs(dropShortFormsOfNonEntities(doc.candidates, doc.text, lexicon), doc.text)
            .filter((c) => !overlapsAny(blocked, c.start, c.end))
            .flatMap((c) => splitPair(c, lexicon))
            .map((c) => cleanEdges(c))
            .filter((c): c is Candidate => c !== null)
            .map((c) => {
              const before = doc.text.slice(Math.max(0, c.start - 80), c.start);
              const field = trimField(trimSentenceOpener(typeCitedSource(c, before, lexicon), before, lexicon), before, lexicon);
              return field && trimOrgTitle(field, lexicon);
            })
            .filter((c): c is Candidate => c !== null)
            .map((c) => trimPersonTitles(withFormAfter(withLegalForm(typeByLexicon(c, lexicon), doc.text, lexicon), doc.text), lexicon, doc.text.slice(Math.max(0, c.start - 20), c.start)))
            .filter((c): c is Candidate => c !== null),
          doc.text,
        );
        const body = { start: titleEndOf(doc), end: Math.min(relatedStartOf(doc), doc.text.length) };
        const credited = dropOwnCredits(candidates, doc.text, body.start, doc.meta.url, lexicon);
        const kept = confirmHeadlines(resolveOverlaps(knownPlacesArePlaces(shortNamesOfOrgs(shortNamesOfPeople(harmoniseTypes(credited), lexicon), lexicon), lexicon)), doc.text, body, lexicon);
        const groups = mergeCompanyCores(mergeNicknames(dropNonEntities(groupMentions(kept, doc.text), lexicon), doc.text), lexicon);
        addStringMatches(groups, doc.text, lexicon, blocked);
        const all: Omit<Entity, 'id'>[] = [
          ...groups.map((g) => ({
            type: g.type,
            text: g.text,
            mentions: g.mentions,
            source: g.source,
            ...(g.aliases.size > 0 ? { aliases: [...g.aliases] } : {}),
          })),
          ...before,
        ].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
        doc.entities = all.map((e, i) => ({ id: `e${i + 1}`, ...e, section: sectionAt(doc, e.mentions[0]!.start) }));
      },
    });
  },
});
