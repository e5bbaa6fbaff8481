import type { Command } from 'commander';
import { collect, pluginSpecifiers, readConfigFile } from '../pipeline-args.js';

/** Registers `warta schema`: prints the JSON Schema of the summary (of a configured pipeline's, with its `ext` fields). */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the summary that `warta analyze` writes')
    .option('--config <file>', "the pipeline config whose summaries to describe (with its stages' ext fields)")
    .option('--plugin <module>', 'load stage factories from a module (repeatable)', collect)
    .addHelpText('after', '\nExamples:\n  $ warta schema > summary.schema.json\n  $ warta schema --config pipeline.json --plugin ./my-stages.js')
    .action(async (flags: { config?: string; plugin?: string[] }) => {
      const { summaryJsonSchema } = await import('../../schema/summary.js');
      if (!flags.config && !flags.plugin) {
        process.stdout.write(`${JSON.stringify(summaryJsonSchema(), null, 2)}\n`);
        return;
      }
      const [{ loadPlugins }, { createPipeline }] = await Promise.all([import('../../pipeline/plugins.js'), import('../../pipeline/pipeline.js')]);
      const registry = await loadPlugins(pluginSpecifiers(flags.plugin));
      const pipeline = createPipeline(flags.config ? readConfigFile(flags.config) : {}, { registry });
      process.stdout.write(`${JSON.stringify(summaryJsonSchema(pipeline.summarySchema), null, 2)}\n`);
    });
}
