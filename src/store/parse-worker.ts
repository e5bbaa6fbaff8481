import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { blockBuffers } from './column-block.js';
import { parseLines, type ParseRequest } from './parse-lines.js';

/*
 * A thread that parses a load's lines (see parse-pool.ts): each request's lines are read as
 * summaries and checked, and their rows laid out as the DuckDB appender takes them; the rows'
 * buffers go back to the loading thread without being copied.
 */
const validate = (workerData as { validate: boolean }).validate;

export default function task(request: ParseRequest): unknown {
  const parsed = parseLines(request, validate);
  const buffers = parsed.rows ? blockBuffers(Object.values(parsed.rows.tables)) : [];
  return move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return parsed;
    },
  });
}
