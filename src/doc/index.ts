export * from './doc.js';
export * from './offset-map.js';
export * from './span.js';
export * from './create.js';
