import { stat } from 'node:fs/promises';
import { contentChunks, rawChunks, type ByteCounter } from './bytes.js';
/** The whole content, or `null` when it is larger than `maxBytes` (reading stops there). */
export async function readAllLimited(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number): Promise<Buffer | null> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

/**
 * The bytes of a whole single-article file (or its .gz, or stdin for `-`) within `maxBytes`; or
 * `tooLarge`: the file's size when `stat` told before reading (plain files), null when reading did.
 * I/O errors are thrown for the caller to describe.
 */
export async function readWholeBytes(
  path: string,
  maxBytes: number,
  onBytes?: ByteCounter,
): Promise<{ bytes: Buffer } | { tooLarge: number | null }> {
  if (path !== '-' && !path.toLowerCase().endsWith('.gz')) {
    const size = (await stat(path)).size;
    if (size > maxBytes) return { tooLarge: size };
  }
  const bytes = await readAllLimited(contentChunks(rawChunks(path, onBytes)), maxBytes);
  return bytes === null ? { tooLarge: null } : { bytes };
}
