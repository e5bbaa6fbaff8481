import { defineStage } from '../../pipeline/stage.js';

/** The clean stage (stub). */
export function createCleanStage() {
  return defineStage({
    name: 'clean',
    requires: [],
    provides: ['text', 'paragraphs'],
    run() {},
  });
}
