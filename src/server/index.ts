/**
 * The HTTP service (`warta serve`) as a library: `import { createServer } from 'warta/server'`. A
 * separate entry point, so that importing `warta` itself does not load fastify.
 * @packageDocumentation
 */
export { createServer, type WartaServer } from './server.js';
export { SERVER_DEFAULTS, type ServerOptions } from './options.js';
export { readTokens } from './auth.js';
