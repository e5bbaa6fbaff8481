import type { Command } from 'commander';

/** Registers `warta stem` (stub). */
export function registerStem(program: Command): void {
  program.command('stem').description('(not yet implemented)');
}
