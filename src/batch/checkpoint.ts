import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * The resume state of a run writing to a file, kept next to it (`<output>.checkpoint.json`).
 * It is replaced atomically (write + rename) only after the output lines it counts were written,
 * so after a kill the output holds at least `outputBytes` of whole lines.
 */
export const CheckpointSchema = z.object({
  version: z.literal(1),
  /** Hash of the inputs and options that decide the record sequence and output. */
  fingerprint: z.string(),
  /** Records 0 … done-1 (in this run's, i.e. this shard's, sequence) are written. */
  done: z.number().int().nonnegative(),
  /** Records after `done` that are written too (only with --unordered). */
  extra: z.array(z.number().int().nonnegative()),
  outputBytes: z.number().int().nonnegative(),
  errorsBytes: z.number().int().nonnegative().nullable(),
  counts: z.object({ ok: z.number().int(), partial: z.number().int(), error: z.number().int() }),
  complete: z.boolean(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

/** The checkpoint file of an output file. */
export function checkpointPath(output: string): string {
  return `${output}.checkpoint.json`;
}

/** A stable hash of the run's identity (inputs, format, mapping, shard, limits, files). */
export function fingerprintOf(identity: unknown): string {
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32);
}

/** Reads a checkpoint; `null` when there is none. Throws when the file is not a checkpoint. */
export async function readCheckpoint(path: string): Promise<Checkpoint | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed = CheckpointSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not a warta checkpoint: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Writes a checkpoint atomically: a reader (or a resumed run) sees the old or the new one, never half. */
export async function writeCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFile(tmp, `${JSON.stringify(checkpoint)}\n`);
  await rename(tmp, path);
}
