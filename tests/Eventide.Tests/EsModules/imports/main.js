// package.json "imports": #names for files, patterns and built-ins, from ES modules and require().
import { u } from '#util';
import { EventEmitter } from '#ev';
import { x } from '#lib/x';
console.log(u, typeof EventEmitter, x);
try { await import('#missing'); } catch (e) { console.log(e.constructor.name, e.code, e.message.replaceAll(import.meta.dirname, '<dir>')); }
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
console.log(require('#cjs'));
