import { basename } from 'node:path';

/** The input formats warta reads. */
export const INPUT_FORMATS = ['jsonl', 'csv', 'tsv', 'txt', 'html', 'warc'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Record<string, InputFormat> = {
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  txt: 'txt',
  html: 'html',
  htm: 'html',
  warc: 'warc',
};

/** The format of a file from its name ("a.jsonl.gz" → jsonl), or undefined for other files. */
export function formatOf(path: string): InputFormat | undefined {
  const parts = basename(path).toLowerCase().split('.');
  if (parts.length < 2) return undefined;
  let ext = parts[parts.length - 1] ?? '';
  if (ext === 'gz' && parts.length >= 3) ext = parts[parts.length - 2] ?? '';
  return BY_EXTENSION[ext];
}

/** How an input is named in sources and messages: its path, or "<stdin>" for `-`. */
export function displayPath(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** The file name without directory and without its format and .gz extensions ("d/a.txt.gz" → "a"). */
export function stemOf(path: string): string {
  if (path === '-') return 'stdin';
  let name = basename(path);
  if (name.toLowerCase().endsWith('.gz')) name = name.slice(0, -3);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
