import { defineStage } from '../../pipeline/stage.js';

/** The stem stage (stub). */
export function createStemStage() {
  return defineStage({
    name: 'stem',
    requires: ['tokens'],
    provides: ['stems'],
    run() {},
  });
}
