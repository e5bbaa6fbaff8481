import type { Command } from 'commander';
import type { ExtractNumbersOptions } from '../../stages/numbers/index.js';
import { exitQuietlyOnEpipe, mapStdinLines } from '../io.js';

interface NumbersOptions {
  publishedAt?: string;
  language?: string;
}

const HELP_AFTER = `
With a text argument, prints one JSON array of the items found. Without one, reads stdin one text
per line and prints one JSON array per line, in the same order (an empty line gives []).

Examples:
  $ warta numbers "Anggaran Rp 99 triliun untuk 70 juta pengguna"
  $ warta numbers --published-at 2025-10-23 "Rapat digelar Senin hingga Selasa lalu"
  $ printf 'RM2.5 bilion\\n' | warta numbers --language ms
`;

/** Registers `warta numbers [text]`: numbers, amounts, percentages, quantities, ordinals and dates as JSON. */
export function registerNumbers(program: Command): void {
  program
    .command('numbers')
    .description('find numbers, money, percentages, quantities, ordinals, dates and times in Indonesian text')
    .argument('[text]', 'text to read; omit to read stdin, one text per line')
    .option('--published-at <iso>', 'publication date (ISO 8601, "21 Okt 2025 20:43 WIB", "21/10/2025", …) to resolve relative dates such as "kemarin"')
    .option('--language <code>', 'language code; "ms" reads Malay conventions ("RM2.5 bilion")', 'id')
    .addHelpText('after', HELP_AFTER)
    .action(async (text: string | undefined, opts: NumbersOptions) => {
      exitQuietlyOnEpipe();
      const options: ExtractNumbersOptions = {};
      if (opts.publishedAt !== undefined) {
        const { readPublishedAt } = await import('../../doc/published-at.js');
        const reading = readPublishedAt(opts.publishedAt);
        if (!reading.ok) {
          throw new Error(`--published-at must be a date such as 2025-10-23 or "21 Oktober 2025", got "${opts.publishedAt}" (${reading.reason})`);
        }
        options.publishedAt = reading.iso;
      }
      if (opts.language !== undefined) options.language = opts.language;
      const { extractNumbers } = await import('../../stages/numbers/index.js');
      if (text !== undefined) {
        process.stdout.write(`${JSON.stringify(extractNumbers(text, options))}\n`);
        return;
      }
      await mapStdinLines((line) => `${JSON.stringify(extractNumbers(line, options))}\n`);
    });
}
