import type { Command } from 'commander';
import { collect, pluginSpecifiers, readConfigFile } from '../pipeline-args.js';

interface ConfigFlags {
  list?: boolean;
  schema?: boolean;
  plugin?: string[];
}

const HELP_AFTER = `
Without a file, prints the default pipeline config: every stage in order with every option at its
default. With a file, checks it and prints it written out the same way (or says what is wrong, with
exit code 2). Edit the output and give it to \`warta analyze --config FILE\`: the CLI, its workers,
the service and the queue workers build the same pipeline from it, and every summary names the
config's hash in "warta.config".

Examples:
  $ warta config > pipeline.json
  $ warta config pipeline.json
  $ warta config --list
  $ warta config --schema > pipeline.schema.json
  $ warta config --plugin ./my-stages.js --list`;

/** Registers `warta config`: the default pipeline config, a config file checked, the stages, the config schema. */
export function registerConfig(program: Command): void {
  program
    .command('config')
    .description('print the pipeline config (the default, or FILE checked) with every stage and option')
    .argument('[file]', 'a config file to check and write out')
    .option('--list', 'list the stages: name, the layers each reads and writes, what it does')
    .option('--schema', 'print the JSON Schema of a config file')
    .option('--plugin <module>', 'load stage factories from a module (repeatable)', collect)
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string | undefined, flags: ConfigFlags) => {
      const [{ loadPlugins }, { configJsonSchema, resolveConfig }, { createPipeline }] = await Promise.all([
        import('../../pipeline/plugins.js'),
        import('../../pipeline/config.js'),
        import('../../pipeline/pipeline.js'),
      ]);
      const registry = await loadPlugins(pluginSpecifiers(flags.plugin));
      if (flags.schema) {
        process.stdout.write(`${JSON.stringify(configJsonSchema(registry), null, 2)}\n`);
        return;
      }
      const config = file === undefined ? {} : readConfigFile(file);
      if (flags.list) {
        const { stageTable } = await import('../../pipeline/describe.js');
        process.stdout.write(`${stageTable(createPipeline(config, { registry }), registry)}\n`);
        return;
      }
      // Built, not only parsed: the stages' contracts are checked too.
      createPipeline(config, { registry });
      process.stdout.write(`${JSON.stringify(resolveConfig(config, registry).config, null, 2)}\n`);
    });
}
