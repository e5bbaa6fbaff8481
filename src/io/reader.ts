import type { ByteCounter } from './bytes.js';
import type { InputFormat } from './format.js';
import type { FieldMap } from './field-map.js';
import type { InputLimits, OptionNames } from './limits.js';
import type { InputRecord } from './record.js';

/** One input to read: a file path or `-` for stdin, and its format. */
export interface InputFile {
  path: string;
  format: InputFormat;
  /** File size in bytes when known (for progress); undefined for stdin. */
  size?: number;
}

/** What every reader gets besides its file. */
export interface ReaderContext {
  limits: InputLimits;
  /** How messages name the options (default: the library's names, {@link OPTION_NAMES}). */
  names?: OptionNames;
  /** CSV/TSV column mapping. */
  map?: FieldMap;
  /** Called with the number of raw bytes read, for progress. */
  onBytes?: ByteCounter;
}

/** A reader turns one input into records; it never throws for bad data, it yields error records. */
export type Reader = (input: InputFile, ctx: ReaderContext) => AsyncGenerator<InputRecord>;
