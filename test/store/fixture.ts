import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SummarySchema, type Entity, type Quote, type Summary } from '../../src/schema/index.js';
import { errorSummary } from '../../src/summary/to-summary.js';

/** The machine's PostgreSQL (see .ci/run); tests use schemas of their own, dropped at the end. */
export const PG_URL = process.env.WARTA_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';

/** Where a test store lives, and how to remove it. */
export interface TestStore {
  url: string;
  drop(): Promise<void>;
}

/** A fresh DuckDB file in a temporary folder. */
export function duckdbStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'warta-store-'));
  return { url: join(dir, 'facts.duckdb'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL schema, unique to this run. */
export function postgresStore(): TestStore {
  const schema = `warta_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    url: `${PG_URL}?schema=${schema}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Both backends, for `describe.each`. */
export const BACKENDS = [
  ['duckdb', duckdbStore],
  ['postgres', postgresStore],
] as const;

interface EntitySpec {
  id: string;
  type: Entity['type'];
  text: string;
  /** Each mention: its text and which occurrence of it in the article text (0-based). */
  mentions: (string | [string, number])[];
  aliases?: string[];
  roles?: { title: string; org: string | null; orgEntity: string | null; at: string }[];
  value?: number;
  min?: number;
  max?: number;
  currency?: string;
  unit?: string;
}

interface QuoteSpec {
  text: string;
  speaker: { name: string; entity: string | null } | null;
  cue: string | null;
  attribution: string;
}

interface ArticleSpec {
  id: string;
  title: string;
  /** Paragraphs of the body. */
  body: string[];
  publishedAt: string | null;
  /** The summary's source.outlet. */
  outlet?: string;
  entities: EntitySpec[];
  quotes?: QuoteSpec[];
  keywords?: string[];
  mismatch?: string;
  config?: string;
  version?: string;
}

function find(text: string, needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" #${occurrence} is not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** A summary as `warta analyze` writes it, built from a small spec (spans found in the text). */
export function summary(spec: ArticleSpec): Summary {
  const body = spec.body.join('\n\n');
  const text = `${spec.title}\n\n${body}`;
  const bodyStart = spec.title.length + 2;
  const paragraphs = [{ start: 0, end: spec.title.length }];
  let at = bodyStart;
  for (const p of spec.body) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const entities: Entity[] = spec.entities.map((e) => {
    const mentions = e.mentions.map((m) => (typeof m === 'string' ? find(text, m) : find(text, m[0], m[1])));
    return {
      id: e.id,
      type: e.type,
      text: e.text,
      mentions: mentions.map((m) => ({ ...m, source: 'test' })),
      source: 'test',
      section: mentions[0]!.start < bodyStart ? 'title' : 'body',
      ...(e.value !== undefined ? { value: e.value } : {}),
      ...(e.min !== undefined ? { min: e.min } : {}),
      ...(e.max !== undefined ? { max: e.max } : {}),
      ...(e.currency ? { currency: e.currency } : {}),
      ...(e.unit ? { unit: e.unit } : {}),
      ...(e.aliases ? { aliases: e.aliases } : {}),
      ...(e.roles ? { roles: e.roles.map((r) => ({ title: r.title, org: r.org, orgEntity: r.orgEntity, ...find(text, r.at) })) } : {}),
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({ ...q, ...find(text, q.text), text: q.text }));
  const value = {
    id: spec.id,
    status: 'ok',
    title: spec.title,
    author: null,
    editor: null,
    url: `https://example.test/${spec.id}`,
    publishedAt: spec.publishedAt,
    ...(spec.outlet ? { source: { outlet: spec.outlet } } : {}),
    language: { code: 'id', confidence: 1, others: [] },
    text,
    sections: [
      { name: 'title', start: 0, end: spec.title.length },
      { name: 'body', start: bodyStart, end: text.length },
    ],
    paragraphs,
    entities,
    quotes,
    keywords: (spec.keywords ?? []).map((k, i) => ({ text: k, stem: k.toLowerCase(), count: 2, score: 10 - i })),
    summary: [],
    counts: { characters: text.length, paragraphs: paragraphs.length, sentences: 0, tokens: 0, words: 0, entities: entities.length, quotes: quotes.length },
    messages: spec.mismatch
      ? [{ code: 'title-number-mismatch', severity: 'warning', stage: 'consistency', message: `the title says "${spec.mismatch}"`, span: find(text, spec.mismatch) }]
      : [],
    warta: { version: spec.version ?? '0.1.0', schema: 1, config: spec.config ?? 'cfg000000001' },
  };
  return SummarySchema.parse(value);
}

/** An error record, as `warta analyze` writes one for an unreadable line. */
export function errorRecord(id: string, message: string): Summary {
  return errorSummary({ id, code: 'input-invalid', message, config: 'cfg000000001' });
}

/**
 * The small known store: four articles and an error record. Cross-article identity at work:
 * "Sri Mulyani" (a2, alone) is an alias of "Sri Mulyani Indrawati" (a1); "KPK" (a1, alone) is an
 * alias of "Komisi Pemberantasan Korupsi" (a2); the quote of a3 names "Prabowo", an alias of
 * "Prabowo Subianto" there, without an entity.
 */
export function knownSummaries(): Summary[] {
  return [
    summary({
      id: 'a1',
      title: 'Subsidi energi naik',
      publishedAt: '2025-01-15T09:00:00+07:00',
      outlet: 'kompas',
      body: [
        'Menteri Keuangan Sri Mulyani Indrawati (Sri Mulyani) dari Kemenkeu hadir di Jakarta.',
        '“Subsidi energi naik tahun ini,” kata Sri Mulyani.',
        'KPK menyita Rp 2 triliun dari PT Maju.',
      ],
      entities: [
        {
          id: 'e1',
          type: 'PERSON',
          text: 'Sri Mulyani Indrawati',
          mentions: ['Sri Mulyani Indrawati', ['Sri Mulyani', 1], ['Sri Mulyani', 2]],
          aliases: ['Sri Mulyani'],
          roles: [{ title: 'Menteri Keuangan', org: 'Kemenkeu', orgEntity: 'e2', at: 'Menteri Keuangan' }],
        },
        { id: 'e2', type: 'ORG', text: 'Kemenkeu', mentions: ['Kemenkeu'] },
        { id: 'e3', type: 'LOC', text: 'Jakarta', mentions: ['Jakarta'] },
        { id: 'e4', type: 'ORG', text: 'KPK', mentions: ['KPK'] },
        { id: 'e5', type: 'MONEY', text: 'Rp 2 triliun', mentions: ['Rp 2 triliun'], value: 2e12, currency: 'IDR' },
        { id: 'e6', type: 'ORG', text: 'PT Maju', mentions: ['PT Maju'] },
      ],
      quotes: [{ text: 'Subsidi energi naik tahun ini,', speaker: { name: 'Sri Mulyani', entity: 'e1' }, cue: 'kata', attribution: 'cue-after' }],
      keywords: ['subsidi', 'energi'],
    }),
    summary({
      id: 'a2',
      title: 'KPK periksa 3 pejabat',
      publishedAt: '2025-03-10',
      outlet: 'detik',
      body: [
        'Komisi Pemberantasan Korupsi (KPK) memeriksa anggaran Rp 500 miliar di Jakarta.',
        '“Anggaran subsidi tetap dijaga,” ujar Sri Mulyani.',
      ],
      entities: [
        { id: 'e1', type: 'ORG', text: 'Komisi Pemberantasan Korupsi', mentions: ['Komisi Pemberantasan Korupsi', ['KPK', 1]], aliases: ['KPK'] },
        { id: 'e2', type: 'MONEY', text: 'Rp 500 miliar', mentions: ['Rp 500 miliar'], value: 5e11, currency: 'IDR' },
        { id: 'e3', type: 'LOC', text: 'Jakarta', mentions: ['Jakarta'] },
        { id: 'e4', type: 'PERSON', text: 'Sri Mulyani', mentions: ['Sri Mulyani'] },
        { id: 'e5', type: 'QUANTITY', text: '3 pejabat', mentions: ['3 pejabat'], value: 3, unit: 'pejabat' },
      ],
      quotes: [{ text: 'Anggaran subsidi tetap dijaga,', speaker: { name: 'Sri Mulyani', entity: 'e4' }, cue: 'ujar', attribution: 'cue-after' }],
      mismatch: '3',
    }),
    summary({
      id: 'a3',
      title: 'Prabowo bertemu Sri Mulyani',
      publishedAt: '2025-06-30',
      body: [
        'Presiden Prabowo Subianto bertemu Sri Mulyani Indrawati di Jakarta membahas investasi US$ 1 juta.',
        'Prabowo menyebut biaya proyek Rp 1-3 triliun selama 2 tahun.',
        '“Kita harus hemat,” kata Prabowo.',
      ],
      entities: [
        { id: 'e1', type: 'PERSON', text: 'Prabowo Subianto', mentions: [['Prabowo Subianto', 0], ['Prabowo', 2], ['Prabowo', 3]], aliases: ['Prabowo'] },
        { id: 'e2', type: 'PERSON', text: 'Sri Mulyani Indrawati', mentions: [['Sri Mulyani Indrawati', 0]] },
        { id: 'e3', type: 'LOC', text: 'Jakarta', mentions: ['Jakarta'] },
        { id: 'e4', type: 'MONEY', text: 'US$ 1 juta', mentions: ['US$ 1 juta'], value: 1e6, currency: 'USD' },
        { id: 'e5', type: 'MONEY', text: 'Rp 1-3 triliun', mentions: ['Rp 1-3 triliun'], min: 1e12, max: 3e12, currency: 'IDR' },
        { id: 'e6', type: 'QUANTITY', text: '2 tahun', mentions: ['2 tahun'], value: 2, unit: 'tahun' },
      ],
      quotes: [{ text: 'Kita harus hemat,', speaker: { name: 'Prabowo', entity: null }, cue: 'kata', attribution: 'cue-after' }],
    }),
    summary({
      id: 'a4',
      title: 'Banjir di Bekasi',
      publishedAt: null,
      body: ['Banjir merendam Bekasi.'],
      entities: [{ id: 'e1', type: 'LOC', text: 'Bekasi', mentions: [['Bekasi', 1]] }],
    }),
    errorRecord('dump:5', 'line 5: invalid JSON: Unexpected token'),
  ];
}
