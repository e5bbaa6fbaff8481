import type { Command } from 'commander';

/** Registers `warta numbers` (stub). */
export function registerNumbers(program: Command): void {
  program.command('numbers').description('(not yet implemented)');
}
