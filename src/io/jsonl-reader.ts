import { OPTION_NAMES } from './limits.js';
import { contentChunks, describeIoError, rawChunks } from './bytes.js';
import { decodeText } from './decode.js';
import { displayPath, stemOf } from './format.js';
import { splitLines } from './lines.js';
import { utf8Chunks } from './utf16.js';
import type { Reader } from './reader.js';
import { errorPayload, type InputRecord } from './record.js';

/**
 * JSONL (and .jsonl.gz, and stdin): one article object per line, in UTF-8 (or UTF-16 with its
 * byte-order mark). Blank lines are not records.
 * JSON is parsed later, in the worker; here a line is only split, size-checked and decoded.
 */
export const readJsonl: Reader = async function* (input, ctx): AsyncGenerator<InputRecord> {
  const file = displayPath(input.path);
  const name = stemOf(input.path);
  let lastLine = 0;
  try {
    for await (const l of splitLines(utf8Chunks(contentChunks(rawChunks(input.path, ctx.onBytes))), ctx.limits.maxLineBytes, { skipBlank: true })) {
      lastLine = l.line;
      const source = { file, line: l.line };
      const id = `${name}:${l.line}`;
      if (l.tooLong) {
        yield { id, source, payload: errorPayload('line-too-long', `the line is longer than ${ctx.limits.maxLineBytes} bytes (${(ctx.names ?? OPTION_NAMES).maxLineBytes}); skipped`) };
        continue;
      }
      if (l.bytes.length === 0) continue;
      const decoded = decodeText(l.bytes);
      if (!decoded.ok) {
        yield { id, source, payload: errorPayload('input-unreadable', `the line is ${decoded.reason}`) };
        continue;
      }
      if (decoded.text.trim() === '') continue;
      yield { id, source, payload: { kind: 'json', text: decoded.text } };
    }
  } catch (err) {
    const line = lastLine + 1;
    yield {
      id: `${name}:${line}`,
      source: { file, line },
      payload: errorPayload('input-unreadable', `cannot read past line ${lastLine}: ${describeIoError(err)}`),
    };
  }
};
