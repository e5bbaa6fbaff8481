import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { stem } from '../../stages/stem/stemmer.js';

function line(word: string): string {
  return `${word}\t${stem(word)}\n`;
}

/** Writes to stdout, resolving once the chunk is flushed or stdout is gone (`| head`). */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (!process.stdout.write(chunk)) process.stdout.once('drain', resolve);
    else resolve();
  });
}

/** Stems stdin one word per line, in order, skipping empty lines; output is buffered per batch. */
async function stemStdin(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const raw of rl) {
    const word = raw.trim();
    if (word === '') continue;
    buffer += line(word);
    if (buffer.length >= 64 * 1024) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await write(buffer);
}

/** Registers `warta stem [words...]`: prints `word<TAB>stem` per word (from arguments or stdin). */
export function registerStem(program: Command): void {
  program
    .command('stem')
    .description('print the Indonesian stem of each word as "word<TAB>stem" (Sastrawi rules, via natural)')
    .argument('[words...]', 'words to stem; without any, reads one word per line from stdin')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ warta stem pertumbuhan menangani kebijakan',
        '  pertumbuhan\ttumbuh',
        '  menangani\ttangan',
        '  kebijakan\tbijak',
        '  $ printf "memakan\\nberhasil\\n" | warta stem',
        '',
        'Words with digits ("ke-81") and all-caps acronyms of up to 5 letters ("BUMN") are only lowercased.',
      ].join('\n'),
    )
    .action(async (words: string[], _options: unknown, command: Command) => {
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        // `warta stem < words.txt | head`: the reader went away, which is not an error
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw err;
      });
      if (words.length > 0) {
        await write(words.map(line).join(''));
        return;
      }
      if (process.stdin.isTTY) {
        command.help({ error: true });
      }
      await stemStdin();
    });
}
