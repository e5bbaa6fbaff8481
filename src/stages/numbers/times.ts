import { TIME_UNITS, TIME_ZONES } from './calendar.js';
import { UNIT_WORDS } from './number-words.js';
import { spanText, type ItemDraft, type RuleMatch, type ScanContext } from './match.js';
import type { ScanToken } from './tokens.js';

/** A clock time read from tokens. */
export interface Clock {
  end: number;
  time: string;
  timezone?: string;
}

const CLOCK_CUES = new Set(['pukul', 'pkl', 'jam']);

/** Lower-case words that can start a time ("pukul", "dalam"). */
export const TIME_STARTERS: ReadonlySet<string> = new Set([...CLOCK_CUES, 'dalam', 'dlm']);

/** Every lower-case word at which {@link matchTime} may match: a clock cue ("pukul 14.00"); a clock starts with digits otherwise. */
export const CLOCK_WORDS: ReadonlySet<string> = CLOCK_CUES;

/** Every lower-case word at which {@link matchRelativeTime} may match: "dalam"/"dlm" ("dalam 43 menit") or a number word ("dua jam lalu"). */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['dalam', 'dlm', ...UNIT_WORDS.keys()]);

function hhmm(h: number, m: number): string | null {
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A 12-hour clock time moved by a part of the day, or null when the word is none. */
function withDayPart(time: string, word: string): string | null {
  const h = Number(time.slice(0, 2));
  const rest = time.slice(2);
  switch (word) {
    case 'pagi':
    case 'subuh':
      return time;
    case 'siang':
      return h >= 1 && h <= 5 ? `${two(h + 12)}${rest}` : time;
    case 'sore':
    case 'petang':
      return h >= 1 && h <= 11 ? `${two(h + 12)}${rest}` : time;
    case 'malam':
      return h >= 6 && h <= 11 ? `${two(h + 12)}${rest}` : h === 12 ? `00${rest}` : time;
    default:
      return null;
  }
}

/**
 * A clock time at token `i`: "pukul 14.00", "14.00 WIB", "20:15", "pukul 9". Without a cue word a
 * dotted time needs a zone ("14.00" alone could be a number); `afterDate` accepts "20:15"/"07.30"
 * right after a date.
 */
export function readClock(ts: readonly ScanToken[], i: number, afterDate = false): Clock | null {
  let j = i;
  // "pukul 9"; but in "24 jam 7 hari" the "jam" belongs to the number before it.
  const cue = ts[j] !== undefined && CLOCK_CUES.has(ts[j]?.lower ?? '') && !(ts[j]?.lower === 'jam' && ts[j - 1]?.kind === 'num');
  if (cue) j += 1;
  const a = ts[j];
  if (a === undefined || a.kind !== 'num') return null;
  let time: string | null = null;
  let end = j + 1;
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(a.text);
  if (dotted !== null) {
    time = hhmm(Number(dotted[1]), Number(dotted[2]));
  } else if (/^\d{1,2}$/.test(a.text)) {
    const colon = ts[j + 1];
    const b = ts[j + 2];
    if (colon?.text === ':' && colon.gap === 0 && b?.kind === 'num' && b.gap === 0 && /^\d{2}$/.test(b.text)) {
      time = hhmm(Number(a.text), Number(b.text));
      end = j + 3;
    } else if (cue) {
      time = hhmm(Number(a.text), 0);
    }
  }
  if (time === null) return null;
  // "pukul 7 malam" is 19:00, "pukul 3 sore" 15:00.
  const part = ts[end];
  const shifted = part !== undefined && part.gap > 0 ? withDayPart(time, part.lower) : null;
  if (shifted !== null) {
    time = shifted;
    end += 1;
  }
  const z = ts[end];
  // "WIB", "Wita"
  const timezone = z !== undefined && z.gap > 0 && z.kind === 'word' && z.text.length <= 4 ? TIME_ZONES.get(z.text.toUpperCase()) : undefined;
  if (timezone !== undefined) end += 1;
  if (!cue && timezone === undefined && dotted !== null && !afterDate) return null;
  // "20:15" with a colon is a time by itself; "2:0" or a time glued to letters is not.
  const after = ts[end];
  if (after !== undefined && after.gap === 0 && after.kind !== 'sym') return null;
  const clock: Clock = { end, time };
  if (timezone !== undefined) clock.timezone = timezone;
  return clock;
}

/** Clock times: "pukul 14.00 WIB", "14.00 WIB", "20:15". */
export function matchTime(ctx: ScanContext, i: number): RuleMatch | null {
  const clock = readClock(ctx.ts, i);
  if (clock === null) return null;
  const draft: RuleMatch['draft'] = { kind: 'time', time: clock.time, source: 'time/clock' };
  if (clock.timezone !== undefined) draft.timezone = clock.timezone;
  return { start: i, end: clock.end, draft, issues: [] };
}

const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

/** Words after "dalam 24 jam" that make it a span of time, not a moment ("dalam 24 jam terakhir"). */
const PERIOD_AFTER = new Set(['terakhir', 'pertama', 'belakangan', 'ke']);

/**
 * Times relative to publication: "dalam 43 menit", "dlm 23 dtk", "2 jam yang lalu". Resolved to a
 * date and clock time when publishedAt has a time, else kept as the expression. "baru saja" (just
 * now) is not read: in news it is mostly an adverb ("pemerintah baru saja mengumumkan").
 */
export function matchRelativeTime(ctx: ScanContext, i: number): RuleMatch | null {
  const { ts } = ctx;
  const t = ts[i];
  if (t === undefined || t.kind === 'sym') return null;
  let offset: number;
  let end: number;
  {
    const future = t.lower === 'dalam' || t.lower === 'dlm';
    const j = future ? i + 1 : i;
    const nt = ts[j];
    const n = nt === undefined ? null : nt.kind === 'num' && /^\d{1,4}$/.test(nt.text) ? Number(nt.text) : UNIT_WORDS.get(nt.lower) ?? null;
    const u = ts[j + 1];
    const unit = u === undefined || u.gap === 0 ? undefined : TIME_UNITS.get(u.lower);
    if (n === null || (unit !== 'second' && unit !== 'minute' && unit !== 'hour')) return null;
    if (future) {
      // "dalam 24 jam terakhir" is the last 24 hours, a duration.
      if (PERIOD_AFTER.has(ts[j + 2]?.lower ?? '')) return null;
      offset = n * UNIT_MS[unit];
      end = j + 2;
    } else {
      // "2 jam yang lalu", "30 menit lalu"
      let k = j + 2;
      if (ts[k]?.lower === 'yang') k += 1;
      if (ts[k]?.lower !== 'lalu' && ts[k]?.lower !== 'silam') return null;
      offset = -n * UNIT_MS[unit];
      end = k + 1;
    }
  }
  const draft: ItemDraft = { kind: 'time', relative: spanText(ctx, i, end), source: 'time/relative' };
  const issues: RuleMatch['issues'] = [];
  if (ctx.now !== null) {
    const at = new Date(ctx.now.ms + offset);
    draft.date = at.toISOString().slice(0, 10);
    draft.time = at.toISOString().slice(11, 16);
    if (ctx.now.timezone !== undefined) draft.timezone = ctx.now.timezone;
  } else {
    issues.push({ code: 'date-unresolved', message: 'relative time kept unresolved: publishedAt has no time of day' });
  }
  return { start: i, end, draft, issues };
}
