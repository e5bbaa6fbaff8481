import { expect } from 'vitest';
import { createPipeline } from '../../../src/pipeline/pipeline.js';
import type { Entity } from '../../../src/schema/entity.js';

// The entity stages after what they need: names and tagger propose, coref links, roles attach.
const pipeline = createPipeline({
  stages: ['clean', 'segment', 'numbers', 'amounts', 'tagger', 'names', 'coref', 'roles'].map((name) => ({ name })),
});

/** The entities the entity stages read in a body (and a title), each mention checked against the text it points to. */
export function entities(body: string, title?: string): Entity[] {
  const doc = pipeline.run(title ? { title, body } : { body });
  for (const e of doc.entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return doc.entities;
}
