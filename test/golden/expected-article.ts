import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

/** A person the analyser must find: canonical text, other surface forms linked to it, optional role. */
const ExpectedPersonSchema = z.strictObject({
  text: z.string().min(1),
  mentions: z.array(z.string().min(1)).default([]),
  /** Matches a role whose `title` equals it, or whose span text starts with it ("Kepala" ~ "Kepala BPS"). */
  role: z.string().min(1).optional(),
  /** Other titles the person may hold in the text (a second role); any other role is unexpected. */
  otherRoles: z.array(z.string().min(1)).default([]),
  /** The role's organisation: by name, by one of that ORG entity's mentions, or by `orgEntity`. */
  org: z.string().min(1).nullable().optional(),
});

/** An organisation: its name, or its name with other surface forms (an acronym) linked to it. */
const ExpectedOrgSchema = z.union([
  z.string().min(1),
  z.strictObject({ text: z.string().min(1), mentions: z.array(z.string().min(1)).default([]) }),
]);

const ExpectedMoneySchema = z.union([
  z.strictObject({ value: z.number(), currency: z.string().length(3) }),
  z.strictObject({ min: z.number(), max: z.number(), currency: z.string().length(3) }),
]);

const ExpectedQuoteSchema = z.strictObject({
  startsWith: z.string().min(1),
  /** Canonical name of the speaker's entity (or the speaker name itself). */
  speaker: z.string().min(1).nullable(),
  /** Cue verb, compared case-insensitively with a trailing "-nya" ignored; omitted = not checked. */
  cue: z.string().min(1).optional(),
});

/** The facts a correct analyser must produce for one golden article (`<name>.expected.json`). */
export const ExpectedArticleSchema = z.strictObject({
  title: z.string().min(1),
  author: z.string().min(1).nullable(),
  editor: z.string().min(1).nullable(),
  language: z.string().min(2),
  /** Case-sensitive substrings that must not survive cleaning. */
  absentFromText: z.array(z.string().min(1)),
  persons: z.array(ExpectedPersonSchema),
  orgs: z.array(ExpectedOrgSchema),
  locs: z.array(z.string().min(1)),
  money: z.array(ExpectedMoneySchema),
  quantities: z.array(z.strictObject({ value: z.number(), unit: z.string().min(1) })),
  percents: z.array(z.strictObject({ value: z.number() })),
  dates: z.array(z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })),
  /** TIME entities, by (part of) a mention's text: "14.00 WIB". */
  times: z.array(z.strictObject({ text: z.string().min(1) })).default([]),
  ordinals: z.array(z.strictObject({ value: z.number().int() })).default([]),
  /**
   * Also an entity of the article, though not demanded: a reading the guide allows either way
   * ("Metro Bekasi" of "Kapolres Metro Bekasi"). Any PERSON, ORG or LOC entity matching neither
   * these nor the lists above is unexpected.
   */
  tolerated: z.array(z.strictObject({ type: z.enum(['PERSON', 'ORG', 'LOC']), text: z.string().min(1) })).default([]),
  /**
   * Phrases of the text that hold no PERSON, ORG or LOC mention anywhere they occur: a programme
   * ("Sekolah Rakyat"), a month after a noun ("inflasi Juli"), the outlet's own credit ("TEMPO.CO").
   */
  unnamed: z.array(z.string().min(1)).default([]),
  /** The URL the article was scraped from (its outlet's credits are no entities). */
  url: z.string().url().optional(),
  /** Every direct quotation of the article, in text order. */
  quotes: z.array(ExpectedQuoteSchema),
  titleNumberMismatch: z.number().int().nonnegative(),
});
export type ExpectedArticle = z.infer<typeof ExpectedArticleSchema>;
export type ExpectedPerson = ExpectedArticle['persons'][number];
export type ExpectedMoney = ExpectedArticle['money'][number];

/** One golden article: the scraped text split into title and body, and its expected facts. */
export interface GoldenArticle {
  name: string;
  title: string;
  body: string;
  expected: ExpectedArticle;
}

/** Splits a scraped .txt article: the first non-empty line is the title, the rest is the body. */
export function splitArticle(raw: string): { title: string; body: string } {
  const lines = raw.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim() !== '');
  if (at < 0) throw new Error('article file is empty');
  return { title: lines[at]!.trim(), body: lines.slice(at + 1).join('\n') };
}

/** Loads every `<name>.txt` of `dir` with its `<name>.expected.json` (validated). */
export function loadGoldenArticles(dir: string): GoldenArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = basename(file, '.txt');
      const expectedPath = join(dir, `${name}.expected.json`);
      const parsed = ExpectedArticleSchema.safeParse(JSON.parse(readFileSync(expectedPath, 'utf8')));
      if (!parsed.success) throw new Error(`${expectedPath} is not a valid expectation file: ${z.prettifyError(parsed.error)}`);
      return { name, ...splitArticle(readFileSync(join(dir, file), 'utf8')), expected: parsed.data };
    });
}
