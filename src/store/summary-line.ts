import { decodeText } from '../io/decode.js';
import { compiledAfterFirstUse } from '../schema/compiled.js';
import { SummarySchema, type Status, type Summary } from '../schema/summary.js';
import { contentHash } from './rows.js';

/*
 * One line of `warta analyze` output read as a summary, and what identifies its analysis: what the
 * writer (writer.ts) and a load's parsing threads (parse-lines.ts) both read a line with.
 */

/** What identifies one analysis of an article: the store keeps one per article id. */
export interface Analysis {
  hash: string;
  config: string | null;
  version: string;
  status: Status;
}

/** What identifies a summary's analysis. */
export function analysisOf(summary: Summary): Analysis {
  return { hash: contentHash(summary), config: summary.warta.config ?? null, version: summary.warta.version, status: summary.status };
}

const summaryParser = compiledAfterFirstUse(SummarySchema);

/**
 * Reads one JSON line as a summary (checked against the summary schema unless `validate` is
 * false): the summary, or why the line is not one (the message a broken line is recorded with).
 */
export function parseSummaryLine(line: string, validate = true): { summary: Summary } | { broken: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { broken: `invalid JSON: ${(err as Error).message}` };
  }
  if (!validate) return { summary: value as Summary };
  return checkSummary(value);
}

/** Checks a parsed value against the summary schema: the summary, or why it is not one. */
export function checkSummary(value: unknown): { summary: Summary } | { broken: string } {
  const parsed = summaryParser.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'the line';
    return { broken: `not a warta summary: ${field}: ${issue?.message ?? 'invalid'}` };
  }
  return { summary: parsed.data };
}

/**
 * A line's bytes as text: its text, why it is not text (the message a broken line is recorded
 * with), or blank (nothing but spaces: skipped, not counted). The loading thread and the parsing
 * threads read lines alike with it.
 */
export function lineText(bytes: Uint8Array): { text: string } | { broken: string } | { blank: true } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { broken: `the line is ${decoded.reason}` };
  return decoded.text.trim() === '' ? { blank: true } : { text: decoded.text };
}
