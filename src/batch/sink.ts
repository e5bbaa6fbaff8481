import { open, truncate, type FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/**
 * Where output lines go: a file or a stream (stdout). Lines are buffered and written in whole
 * lines only, so a flushed prefix of the output never ends inside a record.
 */
export interface LineSink {
  /** Bytes written to the sink so far (for a resumed file: including what was kept). */
  readonly bytes: number;
  /** Bytes buffered but not yet written. */
  readonly buffered: number;
  /** Buffers one line (without its newline). */
  push(line: string): void;
  /** Writes the buffered lines; resolves once the OS has them (or the stream drained). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Another destination of a run's result lines besides the output (the fact store of
 * `warta analyze --db`): it gets every line (summaries and error records) in the order they are
 * written, is flushed before each checkpoint (so a resumed run sends it again only what came after
 * the last checkpoint: it must store a line it already holds only once), and closed at the end.
 */
export interface RecordSink {
  push(line: string): void;
  /**
   * Takes a result with what the pipeline knew besides its line (its sentences' bounds), instead
   * of `push`; a sink that has it gets them (the run then asks the threads for the bounds).
   */
  pushResult?(result: { line: string; sentences?: readonly number[] }): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

abstract class BufferedSink implements LineSink {
  bytes = 0;
  buffered = 0;
  protected lines: string[] = [];

  push(line: string): void {
    this.lines.push(line, '\n');
    // String length is a cheap lower bound of the UTF-8 size; flush thresholds need no more.
    this.buffered += line.length + 1;
  }

  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const data = Buffer.from(this.lines.join(''), 'utf8');
    this.lines = [];
    this.buffered = 0;
    await this.writeBytes(data);
    this.bytes += data.length;
  }

  protected abstract writeBytes(data: Buffer): Promise<void>;
  abstract close(): Promise<void>;
}

class FileSink extends BufferedSink {
  constructor(
    private readonly handle: FileHandle,
    start: number,
  ) {
    super();
    this.bytes = start;
  }

  protected async writeBytes(data: Buffer): Promise<void> {
    let written = 0;
    while (written < data.length) {
      const r = await this.handle.write(data, written, data.length - written);
      written += r.bytesWritten;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

class StreamSink extends BufferedSink {
  constructor(private readonly stream: Writable) {
    super();
  }

  protected writeBytes(data: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.stream.once('error', onError);
      const ok = this.stream.write(data, (err) => {
        if (err) reject(err);
      });
      const done = () => {
        this.stream.off('error', onError);
        resolve();
      };
      if (ok) done();
      else this.stream.once('drain', done);
    });
  }

  async close(): Promise<void> {
    await this.flush();
  }
}

/**
 * Opens a file sink. With `keepBytes` (resume), the file is cut back to that length, dropping
 * whatever a killed run wrote after its last checkpoint, and appended to; otherwise it is emptied.
 */
export async function openFileSink(path: string, keepBytes?: number): Promise<LineSink> {
  if (keepBytes !== undefined) {
    await truncate(path, keepBytes);
    return new FileSink(await open(path, 'a'), keepBytes);
  }
  return new FileSink(await open(path, 'w'), 0);
}

/** A sink writing to a stream such as stdout, honouring its backpressure. */
export function streamSink(stream: Writable): LineSink {
  return new StreamSink(stream);
}
