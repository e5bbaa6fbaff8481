import { defineStage } from '../../pipeline/stage.js';

/** The entities stage (stub). */
export function createEntitiesStage() {
  return defineStage({
    name: 'entities',
    requires: ['tokens', 'numbers'],
    provides: ['entities'],
    run() {},
  });
}
