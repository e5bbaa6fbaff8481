export * from './span.js';
export * from './message.js';
export * from './number.js';
export * from './entity.js';
export * from './quote.js';
export * from './input.js';
export * from './summary.js';
export * from './config.js';
