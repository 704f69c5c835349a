import { a, getB } from './cyc-a.mjs';
import * as star from './star.mjs';
import def, { named as renamed } from './defaults.mjs';
import { EventEmitter } from 'events';
import util from 'node:util';
import cjs, { hello } from './lib.cjs';
import { "string name" as sn } from './strnames.mjs';
console.log('main start', a, getB());
console.log(Object.keys(star), star.x, star.y, star.nsB.b);
console.log(typeof def, def.name, renamed);
console.log(typeof EventEmitter, typeof util.inspect, cjs.hello === hello, hello());
console.log(sn);
try { star.x = 2 } catch (e) { console.log(e.constructor.name, e.message) }
try { renamed = 3 } catch (e) { console.log(e.constructor.name, e.message) }
console.log(Object.getOwnPropertyDescriptor(star, 'x'), Object.isExtensible(star), Reflect.ownKeys(star));
console.log(star);
try { delete star.x } catch (e) { console.log(e.constructor.name, e.message) }
console.log(delete star.q, 'x' in star, 'q' in star, star.q, Object.isFrozen(star), Object.getPrototypeOf(star));
console.log(import.meta.url.endsWith('main.mjs'), import.meta.filename.endsWith('main.mjs'), typeof import.meta.dirname, import.meta.resolve('./lib.cjs').startsWith('file://'));
console.log(this, typeof arguments === 'undefined' ? 'no arguments' : 'arguments');
