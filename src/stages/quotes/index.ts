import { defineStage } from '../../pipeline/stage.js';

/** The quotes stage (stub). */
export function createQuotesStage() {
  return defineStage({
    name: 'quotes',
    requires: ['sentences', 'entities'],
    provides: ['quotes'],
    run() {},
  });
}
