import { defineStage } from '../../pipeline/stage.js';

/** The segment stage (stub). */
export function createSegmentStage() {
  return defineStage({
    name: 'segment',
    requires: ['text'],
    provides: ['sentences', 'tokens'],
    run() {},
  });
}
