import { setFlagsFromString } from 'node:v8';

// V8's own answer, through its natives syntax: the flag applies to code compiled after it is set,
// such as the function made here.
setFlagsFromString('--allow-natives-syntax');

/**
 * Whether V8 keeps an object's properties fast (a hidden class, read through the inline caches'
 * fast path) rather than as a dictionary (a hash lookup on every read).
 */
export const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
