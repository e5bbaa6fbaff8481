import type { Doc } from '../../doc/doc.js';
import { OffsetMapBuilder } from '../../doc/offset-map.js';
import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { boilerplateKind, parseByline, type BoilerplateKind } from './boilerplate.js';

export { boilerplateKind, parseByline } from './boilerplate.js';

/** A line of the raw input with its offsets (content trimmed). */
interface RawLine {
  start: number;
  end: number;
  text: string;
}

// Zero-width characters and soft hyphens scraped pages leave inside words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INVISIBLE_G = /[\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
// Any Unicode whitespace run (JavaScript's \s: NBSP, ideographic space, tabs…) becomes one space.
const SPACE_RUN = /\s+/g;
// The runs of a line between whitespace, each copied with its raw offset.
const NON_SPACE_RUN = /\S+/g;

function splitLines(raw: string, from: number, to: number): RawLine[] {
  const lines: RawLine[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  re.lastIndex = from;
  let start = from;
  for (;;) {
    const m = re.exec(raw);
    const end = m && m.index < to ? m.index : to;
    lines.push({ start, end, text: raw.slice(start, end) });
    if (!m || m.index >= to) break;
    start = m.index + m[0].length;
  }
  return lines;
}

/** Normalised comparison key: NFC, lowercase, letters and digits only. */
function key(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Appends one raw line to the builder: NFC, whitespace runs collapsed to one space, invisible
 * characters dropped, trimmed. Each copied run keeps its raw offset.
 */
function appendLine(out: OffsetMapBuilder, raw: string, line: RawLine): void {
  const text = raw.slice(line.start, line.end);
  let pendingSpace: number | null = null;
  let wrote = false;
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(text); m; m = NON_SPACE_RUN.exec(text)) {
    if (pendingSpace !== null && wrote) out.append(' ', pendingSpace);
    const runStart = line.start + m.index;
    if (INVISIBLE.test(m[0])) {
      let offset = 0;
      for (const part of m[0].split(INVISIBLE_G)) {
        const at = m[0].indexOf(part, offset);
        if (part) out.append(part.normalize('NFC'), runStart + at);
        offset = at + part.length;
      }
    } else {
      out.append(m[0].normalize('NFC'), runStart);
    }
    wrote = true;
    pendingSpace = runStart + m[0].length;
  }
}

function displayLine(s: string): string {
  return s.replace(SPACE_RUN, ' ').replace(INVISIBLE_G, '').trim();
}

// A line that ends a sentence or a block: hard-wrapped lines without it are joined to the next.
const ENDS_BLOCK = /[.!?:;"”’)\]…]$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;

/**
 * The clean stage: Unicode NFC and whitespace, scraped boilerplate removed (repeated titles, view
 * counters, "Baca juga", ads, share and comment prompts), bylines moved into `meta.author` and
 * `meta.editor`, paragraphs found, and an offset map kept from the cleaned text to the raw input.
 */
export function createCleanStage() {
  return defineStage({
    name: 'clean',
    requires: [],
    provides: ['text', 'paragraphs'],
    run(doc: Doc, ctx: StageContext) {
      const raw = doc.raw;
      const out = new OffsetMapBuilder();
      const paragraphs: { start: number; end: number }[] = [];
      const sections: Doc['sections'] = [];

      const titleKey = doc.meta.title !== null ? key(doc.meta.title) : null;
      if (doc.meta.title !== null) {
        appendLine(out, raw, { start: 0, end: doc.rawTitleLength, text: doc.meta.title });
        if (out.length > 0) {
          sections.push({ name: 'title', start: 0, end: out.length });
          paragraphs.push({ start: 0, end: out.length });
        }
        doc.meta.title = out.text;
      }

      const bodyFrom = doc.meta.title !== null ? Math.min(raw.length, doc.rawTitleLength + 2) : 0;
      const removed = new Map<BoilerplateKind | 'title-repeat', string[]>();
      let author: string | null = null;
      let editor: string | null = null;
      const bylines: string[] = [];

      // Group the body's lines into blocks separated by blank lines; drop boilerplate lines.
      const blocks: { line: RawLine; shown: string }[][] = [[]];
      for (const line of splitLines(raw, bodyFrom, raw.length)) {
        const shown = displayLine(line.text);
        if (!shown) {
          if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
          continue;
        }
        if (titleKey && key(shown) === titleKey) {
          push(removed, 'title-repeat', shown);
          continue;
        }
        const kind = boilerplateKind(shown);
        if (kind) {
          push(removed, kind, shown);
          continue;
        }
        const byline = parseByline(shown);
        if (byline) {
          author ??= byline.author;
          editor ??= byline.editor;
          bylines.push(shown);
          continue;
        }
        blocks[blocks.length - 1]!.push({ line, shown });
      }

      let bodyStart: number | null = null;
      for (const block of blocks) {
        let paraStart: number | null = null;
        for (let i = 0; i < block.length; i++) {
          const { line, shown } = block[i]!;
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
          appendLine(out, raw, line);
        }
        if (paraStart !== null) paragraphs.push({ start: paraStart, end: out.length });
      }
      if (bodyStart !== null) sections.push({ name: 'body', start: bodyStart, end: out.length });

      doc.text = out.text;
      doc.offsets = out.build();
      doc.paragraphs = paragraphs.filter((p) => p.end > p.start);
      doc.sections = sections;
      // A byline in the text wins over an author given with the input (an HTML meta tag, a CSV column).
      doc.meta.author = author ?? doc.meta.author;
      doc.meta.editor = editor ?? doc.meta.editor;

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

function push<K>(map: Map<K, string[]>, k: K, v: string): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
