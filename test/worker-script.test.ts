import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../src/worker-script.js';

describe('workerExecArgv', () => {
  it('keeps how modules load and drops the options worker threads refuse, with their values', () => {
    expect(
      workerExecArgv([
        '--max-old-space-size=4096',
        '--import',
        'tsx',
        '--input-type=module',
        '--stack-size',
        '2000',
        '--enable-source-maps',
        '--require=./hook.cjs',
        '--max-semi-space-size',
        '64',
        '--conditions',
        'development',
        '--no-warnings',
        '--expose-gc',
      ]),
    ).toEqual(['--import', 'tsx', '--enable-source-maps', '--require=./hook.cjs', '--conditions', 'development', '--no-warnings']);
  });
});
