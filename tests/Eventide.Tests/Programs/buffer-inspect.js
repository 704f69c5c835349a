'use strict';
// How node prints Buffers: util.inspect, console.log, nesting, extra properties, INSPECT_MAX_BYTES.
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hello'), Buffer.alloc(0), [Buffer.from('hi')], { a: Buffer.from('x'), b: [Buffer.alloc(2)] });
console.log(Buffer.alloc(50), Buffer.alloc(51), Buffer.alloc(52, 1));
console.log(util.inspect(Buffer.from('abc')), util.inspect({ deep: { deeper: { buf: Buffer.from('z') } } }, { depth: 0 }));
const extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'two';
console.log(extra, util.inspect(extra, { showHidden: true }));
const empty = Buffer.alloc(0);
empty.x = 1;
console.log(empty, `${Buffer.from('a')}`, String(Buffer.from('xyz')), Buffer.from('q') + '');
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abcd'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 50;
console.log(Buffer.prototype.inspect === Buffer.prototype[util.inspect.custom], Object.prototype.toString.call(Buffer.from('a')));
console.log(util.format('%s|%o|%j', Buffer.from('ab'), Buffer.from('c'), Buffer.from('d')));
class MyBuffer extends Buffer {}
console.log(Buffer.from('a').constructor.name, util.inspect(Buffer.from('a').subarray(0, 0)));
