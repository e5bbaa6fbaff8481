import { defineStage } from '../../pipeline/stage.js';

/** The summarize stage (stub). */
export function createSummarizeStage(options: { summarySentences?: number; keywords?: number } = {}) {
  void options;
  return defineStage({
    name: 'summarize',
    requires: ['tokens'],
    provides: ['keywords'],
    run() {},
  });
}
