import { OPTION_NAMES, type OptionNames } from './limits.js';
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { formatOf, type InputFormat } from './format.js';
import type { InputFile } from './reader.js';

/** A path that is neither a readable file nor a folder, or a file of unknown type. */
export interface UnusableInput {
  path: string;
  reason: string;
}

/** A path the walk leaves out on purpose: a link to a folder already walked (a loop), a file already read. */
export interface SkippedInput {
  path: string;
  reason: string;
}

/** Sorting by UTF-16 code units, not by locale: the same order on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What one expansion has walked, by real path, so that links neither loop nor read a file twice:
 * every folder entered (a link to it, or to one of its ancestors, is skipped), and the files read
 * through a link (the folder holding them skips them). Memory grows with folders and linked
 * files, not with files.
 */
class Walked {
  readonly folders = new Set<string>();
  readonly linkedFiles = new Set<string>();

  constructor(private readonly onSkip: ((skipped: SkippedInput) => void) | undefined) {}

  skip(path: string, reason: string): void {
    this.onSkip?.({ path, reason });
  }

  /** Whether the file at real path `real` was (or will be) read by walking its own folder. */
  readInItsFolder(real: string): boolean {
    const name = basename(real);
    return this.folders.has(dirname(real)) && !name.startsWith('.') && formatOf(name) !== undefined;
  }
}

async function* walkFolder(dir: string, realDir: string, walked: Walked): AsyncGenerator<InputFile | UnusableInput> {
  walked.folders.add(realDir);
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  } catch (err) {
    yield { path: dir, reason: `cannot list folder: ${(err as Error).message}` };
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let real = join(realDir, name);
    let info;
    try {
      if (entry.isSymbolicLink()) real = await realpath(path);
      info = await stat(path);
    } catch {
      continue; // a dangling link, a link loop, or a file removed while walking: not an input
    }
    if (info.isDirectory()) {
      if (walked.folders.has(real)) walked.skip(path, `the folder ${real} is already walked (links lead to it twice, or in a loop)`);
      else yield* walkFolder(path, real, walked);
    } else if (info.isFile()) {
      const format = formatOf(name);
      if (!format) continue;
      if (walked.linkedFiles.has(real) || (entry.isSymbolicLink() && walked.readInItsFolder(real))) {
        walked.skip(path, `the same file as ${real}, already read`);
        continue;
      }
      if (entry.isSymbolicLink()) walked.linkedFiles.add(real);
      yield { path, format, size: info.size };
    }
  }
}

/**
 * Expands the command-line inputs, in order: `-` is stdin, a folder is walked recursively in sorted
 * order (files of a known type only, dot-files skipped), a file is taken as given. `format`
 * overrides the type guessed from file names (and is the type of stdin; JSONL by default).
 * Links are followed by their real paths: each folder is walked once and each file read once, so a
 * link to `.` or `..` cannot loop; what is skipped for that is told to `onSkip`.
 */
export async function* expandInputs(
  paths: readonly string[],
  format?: InputFormat,
  names: OptionNames = OPTION_NAMES,
  onSkip?: (skipped: SkippedInput) => void,
): AsyncGenerator<InputFile | UnusableInput> {
  const walked = new Walked(onSkip);
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
      yield { path, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'a loop of links' : `cannot read: ${(err as Error).message}` };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (walked.folders.has(real)) {
        walked.skip(path, `the folder ${real} is already walked`);
        continue;
      }
      const files = walkFolder(path, real, walked);
      if (format) {
        for await (const f of files) yield 'format' in f ? { ...f, format } : f;
      } else yield* files;
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
