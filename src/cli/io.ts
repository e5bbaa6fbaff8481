import { createInterface } from 'node:readline';

/** `warta … < big.txt | head`: a reader that went away ends the command quietly, not with an error. */
export function exitQuietlyOnEpipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** Writes to stdout, resolving once the chunk is flushed or stdout is gone. */
export function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (!process.stdout.write(chunk)) process.stdout.once('drain', resolve);
    else resolve();
  });
}

/**
 * Reads stdin line by line and writes `render(line)` for each, in order; output is buffered in
 * 64 KiB batches and respects backpressure.
 */
export async function mapStdinLines(render: (line: string) => string): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const line of lines) {
    buffer += render(line);
    if (buffer.length >= 64 * 1024) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await write(buffer);
}
