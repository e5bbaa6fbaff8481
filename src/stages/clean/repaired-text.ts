/**
 * The raw input with its mojibake repaired, as the clean stage reads it, and the writer that maps
 * what the stage copies from it back to the raw input: a copied stretch outside the repairs is a
 * plain copy (shifted by what the repairs before it shortened), a repaired run becomes a
 * replacement of exactly the raw characters it came from.
 */
import type { OffsetMapBuilder } from '../../doc/offset-map.js';
import { applyRepairs, type MojibakeRepair } from './mojibake.js';

/** What the clean stage writes its text into: an offset-map builder, or one behind a {@link RepairedText}. */
export type CleanOutput = Pick<OffsetMapBuilder, 'append' | 'replace' | 'length' | 'text' | 'build'>;

interface Run {
  /** Where the repaired run sits in the repaired text, and its length there. */
  at: number;
  length: number;
  /** The raw characters it came from. */
  rawStart: number;
  rawEnd: number;
}

/** The raw input with repairs made, and the offset translation back to the raw input. */
export class RepairedText {
  /** The repaired text. */
  readonly text: string;
  private readonly runs: Run[] = [];

  constructor(raw: string, repairs: readonly MojibakeRepair[]) {
    this.text = applyRepairs(raw, repairs);
    let shift = 0;
    for (const r of repairs) {
      this.runs.push({ at: r.start - shift, length: r.text.length, rawStart: r.start, rawEnd: r.end });
      shift += r.end - r.start - r.text.length;
    }
  }

  /** The offset in the repaired text of a raw offset outside the repaired runs. */
  fromRaw(rawOffset: number): number {
    let shift = 0;
    for (const r of this.runs) {
      if (r.rawEnd > rawOffset) break;
      shift += r.rawEnd - r.rawStart - r.length;
    }
    return rawOffset - shift;
  }

  /** Index of the first run that ends after `offset` of the repaired text (runs.length if none). */
  private runAfter(offset: number): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid]!.at + this.runs[mid]!.length <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The raw offset of an offset of the repaired text: inside a run, its raw start (or end, for `edge: 'end'`). */
  toRaw(offset: number, edge: 'start' | 'end' = 'start'): number {
    // The code unit the offset stands for: the one after it, or for an end the one before it.
    const unit = edge === 'end' ? offset - 1 : offset;
    const k = this.runAfter(unit);
    const run = this.runs[k];
    if (run && run.at <= unit) return edge === 'end' ? run.rawEnd : run.rawStart;
    const before = this.runs[k - 1];
    return before ? before.rawEnd + (offset - before.at - before.length) : offset;
  }

  /** A writer into `out` that takes offsets of the repaired text and records raw ones. */
  writer(out: OffsetMapBuilder): CleanOutput {
    const append = (text: string, at: number | null): void => {
      if (at === null) return out.append(text, null);
      const end = at + text.length;
      let pos = at;
      for (let k = this.runAfter(at); pos < end; k++) {
        const run = this.runs[k];
        const stop = run ? Math.min(end, run.at) : end;
        if (stop > pos) out.append(text.slice(pos - at, stop - at), this.toRaw(pos));
        pos = Math.max(pos, stop);
        if (!run || pos >= end) break;
        const runEnd = Math.min(end, run.at + run.length);
        out.replace(text.slice(pos - at, runEnd - at), run.rawStart, run.rawEnd - run.rawStart);
        pos = runEnd;
      }
    };
    return {
      append,
      replace: (text, at, length) => {
        if (length === text.length) return append(text, at);
        const rawStart = this.toRaw(at);
        out.replace(text, rawStart, this.toRaw(at + length, 'end') - rawStart);
      },
      get length() {
        return out.length;
      },
      get text() {
        return out.text;
      },
      build: () => out.build(),
    };
  }
}
