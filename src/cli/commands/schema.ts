import type { Command } from 'commander';
import { summaryJsonSchema } from '../../schema/summary.js';

/** Registers `warta schema`: prints the JSON Schema of the summary. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the summary that `warta analyze` writes')
    .action(() => {
      process.stdout.write(`${JSON.stringify(summaryJsonSchema(), null, 2)}\n`);
    });
}
