import { defineStage } from '../../pipeline/stage.js';

/** The consistency stage (stub). */
export function createConsistencyStage() {
  return defineStage({
    name: 'consistency',
    requires: ['entities'],
    provides: ['consistency'],
    run() {},
  });
}
