import type { Command } from 'commander';

/** Registers `warta schema`: prints the JSON Schema of the summary. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the summary that `warta analyze` writes')
    .action(async () => {
      const { summaryJsonSchema } = await import('../../schema/summary.js');
      process.stdout.write(`${JSON.stringify(summaryJsonSchema(), null, 2)}\n`);
    });
}
