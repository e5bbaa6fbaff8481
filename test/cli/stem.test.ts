import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('warta stem', () => {
  it('stems the words given as arguments', async () => {
    const r = await runCli(['stem', 'pertumbuhan', 'Menangani', 'BUMN', 'ke-81']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('pertumbuhan\ttumbuh\nMenangani\ttangan\nBUMN\tbumn\nke-81\tke-81\n');
  });

  it('reads one word per line from stdin, skipping empty lines, in order', async () => {
    const r = await runCli(['stem'], { input: 'memakan\n\n  berhasil \r\nkebijakan\nmemakan' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('memakan\tmakan\nberhasil\thasil\nkebijakan\tbijak\nmemakan\tmakan\n');
  });

  it('prints nothing for empty stdin', async () => {
    const r = await runCli(['stem'], { input: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('has --help with an example', async () => {
    const r = await runCli(['stem', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: warta stem');
    expect(r.stdout).toContain('warta stem pertumbuhan');
    expect(r.stdout).toContain('stdin');
  });
});
