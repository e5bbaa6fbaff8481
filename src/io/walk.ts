import { OPTION_NAMES, type OptionNames } from './limits.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf, type InputFormat } from './format.js';
import type { InputFile } from './reader.js';

/** A path that is neither a readable file nor a folder, or a file of unknown type. */
export interface UnusableInput {
  path: string;
  reason: string;
}

/** Sorting by UTF-16 code units, not by locale: the same order on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walkFolder(dir: string): AsyncGenerator<InputFile | UnusableInput> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byName);
  } catch (err) {
    yield { path: dir, reason: `cannot list folder: ${(err as Error).message}` };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // a dangling link or a file removed while walking: not an input
    }
    if (info.isDirectory()) yield* walkFolder(path);
    else if (info.isFile()) {
      const format = formatOf(name);
      if (format) yield { path, format, size: info.size };
    }
  }
}

/**
 * Expands the command-line inputs, in order: `-` is stdin, a folder is walked recursively in sorted
 * order (files of a known type only, dot-files skipped), a file is taken as given. `format`
 * overrides the type guessed from file names (and is the type of stdin; JSONL by default).
 */
export async function* expandInputs(paths: readonly string[], format?: InputFormat, names: OptionNames = OPTION_NAMES): AsyncGenerator<InputFile | UnusableInput> {
  for (const path of paths) {
    if (path === '-') {
      yield { path, format: format ?? 'jsonl' };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { path, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${(err as Error).message}` };
      continue;
    }
    if (info.isDirectory()) {
      if (format) {
        for await (const f of walkFolder(path)) yield 'format' in f ? { ...f, format } : f;
      } else yield* walkFolder(path);
      continue;
    }
    const guessed = format ?? formatOf(path);
    if (!guessed) {
      yield { path, reason: `unknown file type (expected .jsonl, .csv, .tsv, .txt, .html, .warc, or their .gz; or give ${names.format})` };
      continue;
    }
    yield { path, format: guessed, size: info.size };
  }
}
