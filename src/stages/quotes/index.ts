import type { Doc } from '../../doc/doc.js';
import { z } from 'zod';
import type { Lexicon } from '../../lexicon/index.js';
import { defineStage, defineStageFactory, type Stage } from '../../doc/stage.js';
import type { Entity } from '../../schema/entity.js';
import type { Quote, Speaker } from '../../schema/quote.js';
import { findQuotations, type Quotation } from './find-quotations.js';
import { relatedStartOf, titleEndOf } from '../../doc/span.js';
import { alternation } from '../../lexicon/derive.js';

export { findQuotations } from './find-quotations.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

interface Attribution {
  cue: string | null;
  speaker: Speaker | null;
  attribution: Quote['attribution'];
}

function personAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  return entities.find(
    (e) => (e.type === 'PERSON' || e.type === 'ORG') && e.mentions.some((m) => m.start >= start && m.end <= end),
  );
}

function firstPersonIn(entities: readonly Entity[], start: number, end: number): { entity: Entity; at: number } | undefined {
  let best: { entity: Entity; at: number } | undefined;
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    for (const m of e.mentions) {
      if (m.start < start || m.end > end) continue;
      // A person beats an organisation ("kata Kepala BNPB Bambang Hermawan"); then the earliest.
      const better = !best || (e.type === 'PERSON' && best.entity.type !== 'PERSON') || (e.type === best.entity.type && m.start < best.at);
      if (better) best = { entity: e, at: m.start };
    }
  }
  return best;
}

function lastPersonIn(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  let best: { entity: Entity; at: number } | undefined;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) if (m.start >= start && m.end <= end && (!best || m.start > best.at)) best = { entity: e, at: m.start };
  }
  return best?.entity;
}

function speakerOf(e: Entity): Speaker {
  return { name: e.text, entity: e.id };
}

/**
 * The quotes stage: direct quotations attributed through a cue verb after them ("…,” ujar Durov),
 * a speech verb or cue before them (Durov mengatakan, “…”), "Menurut X", or, for a quotation
 * paragraph with no cue, the speaker of the quotation just before it.
 */
export const quotesStage = defineStageFactory({
  name: 'quotes',
  description: 'Direct quotations with their speakers (cue verbs after or before, "menurut", pronouns, continuations)',
  options: z.object({}).strict(),
  create: (_options, ctx) => createQuotesStage(ctx.lexicon, ctx.name),
});

function createQuotesStage(lex: Lexicon, name: string): Stage {
  const cueAfter = new RegExp(`^[\\s,.:;!?–—-]*(${alternation([...lex.cues].sort((a, b) => b.length - a.length))})(?![\\p{L}])`, 'iu');
  // A third-person pronoun after a cue ("…,” ujar dia") is the last speaker; so is "-nya" written apart.
  const pronouns = new Set([...lex.pronouns].filter(([, person]) => person === 3).map(([p]) => p).concat('nya'));
  // "Menurut Durov, “…”", "menurut Durov": the first letter in either case, the rest lowercase.
  const firstInEitherCase = (w: string) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${alternation([w.slice(1)])}`;
  const accordingTo = new RegExp(`\\b(?:${[...lex.accordingTo].map(firstInEitherCase).join('|')})\\s+`, 'g');
  // Words after a cue that are not the speaker's name ("ujar Durov dalam ...", "ujar Durov Senin").
  const stopAfterName = new RegExp(`^(?:${alternation([...lex.notSpeakerWords, ...lex.calendar.days.keys()])})$`, 'i');
  return defineStage({
    name,
    requires: ['text', 'paragraphs', 'entities'],
    provides: ['quotes'],
    languages: ['id', 'ms', 'und'],
    run(doc: Doc) {
      const titleEnd = titleEndOf(doc);
      const relatedStart = relatedStartOf(doc);
      const quotes: Quote[] = [];
      let previous: { speaker: Speaker | null; paragraph: number } | null = null;

      doc.paragraphs.forEach((p, pi) => {
        if (p.end <= titleEnd || p.start >= relatedStart) return;
        const found = findQuotations(doc.text, p.start, p.end);
        found.forEach((q, qi) => {
          const nextStart = found[qi + 1]?.outerStart ?? p.end;
          const prevEnd = found[qi - 1]?.outerEnd ?? p.start;
          let a = attributeAfter(doc, q, nextStart) ?? attributeBefore(doc, q, prevEnd);
          if (a && a.speaker === null && a.cue !== null) {
            // "…,” ujarnya: the pronoun is the last speaker, or the last person named before.
            const named = lastPersonIn(doc.entities, Math.max(0, p.start - 2000), q.outerStart);
            const last = previous?.speaker ?? (named ? speakerOf(named) : null);
            a = { ...a, speaker: last, attribution: 'pronoun' };
          }
          if (!a) {
            const quoteOnly = q.outerStart === p.start || qi > 0;
            a =
              previous && previous.speaker && quoteOnly && pi - previous.paragraph <= 1
                ? { cue: null, speaker: previous.speaker, attribution: 'continuation' }
                : { cue: null, speaker: null, attribution: 'none' };
          }
          quotes.push({ text: doc.text.slice(q.start, q.end), start: q.start, end: q.end, ...a });
          previous = a.speaker ? { speaker: a.speaker, paragraph: pi } : null;
        });
        if (found.length === 0 && previous && pi - previous.paragraph >= 1) previous = null;
      });
      doc.quotes = quotes;
    },
  });

  function attributeAfter(doc: Doc, q: Quotation, limit: number): Attribution | null {
    const tail = doc.text.slice(q.outerEnd, Math.min(limit, q.outerEnd + 200));
    const m = cueAfter.exec(tail);
    if (!m) return null;
    const cue = m[1]!.toLowerCase();
    const nameFrom = q.outerEnd + m[0].length;
    if (cue.endsWith('nya')) return { cue, speaker: null, attribution: 'pronoun' };
    // The speaker: the first person mention right after the cue, before the sentence ends.
    const rest = doc.text.slice(nameFrom, Math.min(limit, nameFrom + 120));
    const sentenceEnd = rest.search(/[.!?;](?:\s|$)/);
    const windowEnd = nameFrom + (sentenceEnd < 0 ? rest.length : sentenceEnd);
    const hit = firstPersonIn(doc.entities, nameFrom, windowEnd);
    if (hit) return { cue, speaker: speakerOf(hit.entity), attribution: 'cue-after' };
    WORD.lastIndex = 0;
    const words: string[] = [];
    for (let w = WORD.exec(rest); w && words.length < 4; w = WORD.exec(rest)) {
      if (stopAfterName.test(w[0]) || w.index > (sentenceEnd < 0 ? rest.length : sentenceEnd)) break;
      if (pronouns.has(w[0].toLowerCase()) && words.length === 0) return { cue, speaker: null, attribution: 'pronoun' };
      if (!/^\p{Lu}/u.test(w[0])) break;
      words.push(w[0]);
    }
    return { cue, speaker: words.length ? { name: words.join(' '), entity: null } : null, attribution: 'cue-after' };
  }

  function attributeBefore(doc: Doc, q: Quotation, from: number): Attribution | null {
    const head = doc.text.slice(from, q.outerStart);
    // "Menurut Durov, “…”"
    const last = [...head.matchAll(accordingTo)].at(-1);
    if (last) {
      const at = from + last.index + last[0].length;
      const hit = firstPersonIn(doc.entities, at, q.outerStart);
      if (hit) return { cue: last[0].trimEnd().toLowerCase(), speaker: speakerOf(hit.entity), attribution: 'menurut' };
    }
    // "Durov mengatakan, “…”", "kata Durov: “…”", "ujarnya: “…”"
    const words = [...head.matchAll(WORD)];
    for (let k = words.length - 1; k >= 0 && k >= words.length - 8; k--) {
      const w = words[k]![0].toLowerCase();
      if (!lex.speechVerbs.has(w) && !lex.cues.has(w)) continue;
      const verbAt = from + words[k]!.index;
      const verbEnd = verbAt + words[k]![0].length;
      if (lex.cues.has(w)) {
        const hit = firstPersonIn(doc.entities, verbEnd, q.outerStart);
        if (hit) return { cue: w, speaker: speakerOf(hit.entity), attribution: 'cue-before' };
      }
      const sentenceStart = Math.max(from, doc.text.lastIndexOf('. ', verbAt) + 1);
      const subject = lastPersonIn(doc.entities, sentenceStart, verbAt);
      const who = subject ?? personAt(doc.entities, sentenceStart, verbAt);
      if (who) return { cue: w, speaker: speakerOf(who), attribution: 'cue-before' };
      return { cue: w, speaker: null, attribution: 'cue-before' };
    }
    return null;
  }
}
