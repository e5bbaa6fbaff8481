import type { Command } from 'commander';

/** Registers `warta analyze` (stub). */
export function registerAnalyze(program: Command): void {
  program.command('analyze').description('(not yet implemented)');
}
