import type { Command } from 'commander';
import { stem } from '../../stages/stem/stemmer.js';
import { exitQuietlyOnEpipe, mapStdinLines, write } from '../io.js';

function line(word: string): string {
  return `${word}\t${stem(word)}\n`;
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
      exitQuietlyOnEpipe();
      if (words.length > 0) {
        await write(words.map(line).join(''));
        return;
      }
      if (process.stdin.isTTY) {
        command.help({ error: true });
      }
      // One word per line, in order; empty lines are skipped.
      await mapStdinLines((raw) => (raw.trim() === '' ? '' : line(raw.trim())));
    });
}
