import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Counts raw bytes read from disk (compressed bytes for .gz), for progress and ETA. */
export type ByteCounter = (bytes: number) => void;

const CHUNK = 256 * 1024;

/** Raw bytes of a file, or of stdin for `-`, in chunks of at most 256 KiB. */
export async function* rawChunks(path: string, onBytes?: ByteCounter): AsyncGenerator<Buffer> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: CHUNK });
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    onBytes?.(buf.length);
    yield buf;
  }
}

/** True when the bytes start with the gzip magic number. */
function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * The content bytes of a source: gunzipped when it starts with the gzip magic number (whatever its
 * name), as is otherwise. A truncated or corrupt gzip stream throws when the reader reaches it,
 * after every byte before the damage has been yielded.
 */
export async function* contentChunks(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest = (async function* () {
    yield first.value;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  })();
  if (!isGzip(first.value)) {
    yield* rest;
    return;
  }
  // pipeline() forwards a read error of the source into the gunzip stream, so for-await throws it.
  const gunzip = pipeline(Readable.from(rest), createGunzip({ chunkSize: CHUNK }), () => {});
  for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
}

/** A short reason for an I/O or zlib error ("truncated gzip", "no such file"). */
export function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e?.message ?? '')) return 'truncated gzip data (unexpected end of file)';
  if (e?.code === 'Z_DATA_ERROR') return `corrupt gzip data (${e.message})`;
  return e?.message ?? String(err);
}
