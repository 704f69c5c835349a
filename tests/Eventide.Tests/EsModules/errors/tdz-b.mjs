import * as a from './tdz-a.mjs';
export function read() { try { return a.late; } catch (e) { return e.constructor.name + ': ' + e.message; } }
