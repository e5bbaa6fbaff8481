import { describe, expect, it } from 'vitest';
import { ROOT_REPAIRS, repairRoot } from '../../../src/stages/stem/root-repairs.js';

describe('repairRoot', () => {
  it('replaces a shadowing root only when the word contains the better one', () => {
    expect(repairRoot('perbankan', 'perban')).toBe('bank');
    expect(repairRoot('perban', 'perban')).toBe('perban');
    expect(repairRoot('penarikan', 'tari')).toBe('tarik');
    expect(repairRoot('menari', 'tari')).toBe('tari');
    expect(repairRoot('pertumbuhan', 'tumbuh')).toBe('tumbuh');
  });

  it('only names repairs whose better root differs from the shadowing one', () => {
    for (const [root, repairs] of ROOT_REPAIRS) {
      expect(repairs.length).toBeGreaterThan(0);
      for (const [inside, better] of repairs) {
        expect(better).not.toBe(root);
        expect(inside.length).toBeGreaterThan(0);
      }
    }
  });
});
