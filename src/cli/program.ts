import { Command } from 'commander';
import { VERSION } from '../version.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerConfig } from './commands/config.js';
import { registerFacts } from './commands/facts.js';
import { registerNumbers } from './commands/numbers.js';
import { registerSchema } from './commands/schema.js';
import { registerServe } from './commands/serve.js';
import { registerQueue } from './commands/queue.js';
import { registerStem } from './commands/stem.js';

// The commands load what they run only when run: `warta stem` does not load the pipeline.
const program = new Command();
program
  .name('warta')
  .description('Indonesian news articles to structured, checkable JSON')
  .version(VERSION)
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Examples:
  $ warta analyze corpora/samples/telegram-lonjakan.txt
  $ warta analyze dump.jsonl.gz -o out.jsonl --errors errors.jsonl
  $ warta numbers "Rp1,5 triliun dan 70 juta pengguna"
  $ warta stem pertumbuhan menangani
  $ warta config --list
  $ warta schema > summary.schema.json

Every command has --help with more (warta analyze --help).`,
  );

registerAnalyze(program);
registerStem(program);
registerNumbers(program);
registerSchema(program);
registerConfig(program);
registerFacts(program);
registerServe(program);
registerQueue(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`warta: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
