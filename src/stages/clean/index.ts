import type { Doc } from '../../doc/doc.js';
import { OffsetMapBuilder } from '../../doc/offset-map.js';
import { z } from 'zod';
import { defineStage, defineStageFactory, type Stage, type StageContext } from '../../doc/stage.js';
import type { Lexicon } from '../../lexicon/index.js';
import { boilerplateKind, bylineParser, teaserTitle, type BoilerplateKind } from './boilerplate.js';
import { glueFinder } from './glue.js';
import { findMojibake, type MojibakeRepair } from './mojibake.js';
import { RepairedText, type CleanOutput } from './repaired-text.js';
import { appendLine, displayLine, key, keyIs, lineShape, splitLines, type LineShape, type RawLine } from './lines.js';

/** "Baca Juga:", "BACA JUGA", "Lihat juga:" alone on a line: the title follows on the next line. */
const BARE_READ_ALSO = /^(?:baca|lihat|simak|cek)\s+(?:juga|pula|berita lainnya)\s*:?\s*$/i;

/** A line that may be a story's title: short, not ended like a sentence. */
function isStoryTitle(line: string): boolean {
  return line.length <= 150 && !/[.!?]["”’']?$/u.test(line);
}

export { boilerplateKind, bylineParser, parseByline } from './boilerplate.js';

// A line that ends a sentence or a block: hard-wrapped lines without it are joined to the next.
const ENDS_BLOCK = /[.!?:;"”’)\]…]$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;

/**
 * The clean stage: Unicode NFC and whitespace, scraped boilerplate removed (repeated titles, view
 * counters, "Baca juga", ads, share and comment prompts), bylines moved into `meta.author` and
 * `meta.editor`, paragraphs found, and an offset map kept from the cleaned text to the raw input.
 */
export const cleanStage = defineStageFactory({
  name: 'clean',
  description: 'Unicode and whitespace, boilerplate removed, bylines into metadata, paragraphs, an offset map to the raw input',
  options: z.object({}).strict(),
  create: (_options, ctx) => createCleanStage(ctx.name, ctx.lexicon),
});

function createCleanStage(name: string, lexicon: Lexicon): Stage {
  const parseByline = bylineParser(lexicon);
  const findGlue = glueFinder(lexicon);
  return defineStage({
    name,
    requires: [],
    provides: ['text', 'paragraphs'],
    run(doc: Doc, ctx: StageContext) {
      // Mojibake is repaired first, so that every rule below reads the text as it was meant; the
      // rest of the stage reads the repaired text, and its writer maps offsets back to the raw input.
      const repairs = findMojibake(doc.raw);
      const repaired = repairs.length > 0 ? new RepairedText(doc.raw, repairs) : null;
      const raw = repaired ? repaired.text : doc.raw;
      const builder = new OffsetMapBuilder();
      const out: CleanOutput = repaired ? repaired.writer(builder) : builder;
      const titleLength = repaired ? repaired.fromRaw(doc.rawTitleLength) : doc.rawTitleLength;
      const title = repaired && doc.meta.title !== null ? raw.slice(0, titleLength) : doc.meta.title;
      const paragraphs: { start: number; end: number }[] = [];
      const sections: Doc['sections'] = [];

      const titleKey = title !== null ? key(title) : null;
      if (title !== null) {
        const shape = lineShape(raw, 0, titleLength);
        appendLine(out, raw, { start: 0, end: titleLength, text: title }, shape);
        if (out.length > 0) {
          sections.push({ name: 'title', start: 0, end: out.length });
          paragraphs.push({ start: 0, end: out.length });
        }
        doc.meta.title = out.text;
      }

      const bodyFrom = doc.meta.title !== null ? Math.min(raw.length, titleLength + 2) : 0;
      const removed = new Map<BoilerplateKind | 'title-repeat', string[]>();
      let author: string | null = null;
      let editor: string | null = null;
      const bylines: string[] = [];

      // Group the body's lines into blocks separated by blank lines; drop boilerplate lines.
      const blocks: { line: RawLine; shown: string; shape: LineShape }[][] = [[]];
      const teasers: RawLine[] = [];
      // After a bare "Baca Juga:" line, the next line is the promoted story's title.
      let afterBareReadAlso = false;
      for (const line of splitLines(raw, bodyFrom, raw.length)) {
        const shape = lineShape(raw, line.start, line.end);
        const shown = displayLine(line.text, shape);
        if (!shown) {
          if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
          continue;
        }
        if (titleKey && keyIs(shown, titleKey)) {
          push(removed, 'title-repeat', shown);
          continue;
        }
        const kind: BoilerplateKind | null = afterBareReadAlso && isStoryTitle(shown) ? 'read-also' : boilerplateKind(shown);
        afterBareReadAlso = kind === 'read-also' && BARE_READ_ALSO.test(shown);
        if (kind) {
          push(removed, kind, shown);
          // A promoted story's title is kept, after the body (a raw line of its own, where it can be found).
          const teaser = kind === 'teaser' || kind === 'read-also' ? teaserTitle(shown) : null;
          const at = teaser !== null ? line.text.indexOf(teaser) : -1;
          if (teaser !== null && at >= 0) teasers.push({ start: line.start + at, end: line.start + at + teaser.length, text: teaser });
          continue;
        }
        const byline = parseByline(shown);
        if (byline) {
          author ??= byline.author;
          editor ??= byline.editor;
          bylines.push(shown);
          continue;
        }
        blocks[blocks.length - 1]!.push({ line, shown, shape });
      }

      let bodyStart: number | null = null;
      const separated: string[] = [];
      for (const block of blocks) {
        let paraStart: number | null = null;
        for (let i = 0; i < block.length; i++) {
          const { line, shown, shape } = block[i]!;
          const prev = i > 0 ? block[i - 1]!.shown : '';
          const joins = paraStart !== null && !ENDS_BLOCK.test(prev) && STARTS_LOWER.test(shown);
          if (joins) {
            out.append(' ', line.start - 1);
          } else {
            if (paraStart !== null) paragraphs.push({ start: paraStart, end: out.length });
            if (out.length > 0) out.append('\n\n', null);
            paraStart = out.length;
            bodyStart ??= out.length;
          }
          const glue = findGlue(line.text);
          if (glue.length === 0) appendLine(out, raw, line, shape);
          else {
            appendGlued(out, raw, line, glue);
            separated.push(...glue.map((g) => line.text.slice(Math.max(0, g - 12), g + 12)));
          }
        }
        if (paraStart !== null) paragraphs.push({ start: paraStart, end: out.length });
      }
      if (bodyStart !== null) sections.push({ name: 'body', start: bodyStart, end: out.length });
      if (bodyStart !== null && teasers.length > 0) {
        const relatedStart = out.length + 2;
        for (const t of teasers) {
          out.append('\n\n', null);
          const start = out.length;
          appendLine(out, raw, t, lineShape(raw, t.start, t.end));
          paragraphs.push({ start, end: out.length });
        }
        sections.push({ name: 'related', start: relatedStart, end: out.length });
      }

      doc.text = out.text;
      doc.offsets = out.build();
      doc.paragraphs = paragraphs.filter((p) => p.end > p.start);
      doc.sections = sections;
      // A byline in the text wins over an author given with the input (an HTML meta tag, a CSV column).
      doc.meta.author = author ?? doc.meta.author;
      doc.meta.editor = editor ?? doc.meta.editor;

      if (repairs.length > 0) reportRepairs(ctx, doc.raw, repairs);
      const repeats = removed.get('title-repeat');
      if (repeats) {
        ctx.report('title-repeated-removed', `removed ${repeats.length} repeated title line(s)`, {
          data: { count: repeats.length },
        });
        removed.delete('title-repeat');
      }
      for (const [kind, lines] of removed) {
        ctx.report('boilerplate-removed', `removed ${lines.length} ${kind} line(s): ${lines.map((l) => JSON.stringify(l)).join(', ')}`.slice(0, 300), {
          data: { kind, count: lines.length, lines },
        });
      }
      if (separated.length > 0) {
        ctx.report('words-separated', `put back ${separated.length} space(s) a scraped link had dropped: ${separated.map((s) => JSON.stringify(s)).join(', ')}`.slice(0, 300), {
          data: { count: separated.length },
        });
      }
      if (bylines.length > 0) {
        ctx.report('byline-extracted', `byline moved to metadata: ${bylines.join(' / ')}`, {
          data: { author, editor },
        });
      }
      if (!sections.some((s) => s.name === 'body')) {
        ctx.report('article-empty', 'the article has no body text after cleaning');
      }
    },
  });
}

/** Reports the mojibake repaired: how many runs, and the first few kinds ("Ã©" → "é"). */
function reportRepairs(ctx: StageContext, raw: string, repairs: readonly MojibakeRepair[]): void {
  const kinds = new Map<string, string>();
  for (const r of repairs) kinds.set(raw.slice(r.start, r.end), r.text);
  // C1 controls are written as escapes: they are invisible and some terminals act on them.
  const quote = (s: string) => JSON.stringify(s).replace(/[\u0080-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const shown = [...kinds].slice(0, 8).map(([from, to]) => `${quote(from)} → ${quote(to)}`);
  ctx.report('mojibake-repaired', `repaired ${repairs.length} mis-decoded character(s): ${shown.join(', ')}`.slice(0, 300), {
    data: { count: repairs.length },
  });
}

/** Appends a line with a space put back at each glue point (offsets into `line.text`). */
function appendGlued(out: CleanOutput, raw: string, line: RawLine, glue: readonly number[]): void {
  let from = 0;
  for (const at of [...glue, line.text.length]) {
    const part: RawLine = { start: line.start + from, end: line.start + at, text: line.text.slice(from, at) };
    appendLine(out, raw, part, lineShape(raw, part.start, part.end));
    if (at < line.text.length) out.append(' ', null);
    from = at;
  }
}

function push<K>(map: Map<K, string[]>, k: K, v: string): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
