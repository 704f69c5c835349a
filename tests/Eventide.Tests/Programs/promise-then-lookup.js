// Resolving promises with objects looks up "then" each time: an object's own then, one on its
// prototype chain, a getter, and a then added to or removed from Object.prototype between resolutions.
'use strict';
const log = [];
const plain = () => ({ value: 1 });
async function main() {
  log.push(await Promise.resolve(plain()).then(v => 'plain ' + v.value));
  const Thenable = class { then(resolve) { resolve('from class then'); } };
  log.push(await new Promise(r => r(new Thenable())));
  Object.prototype.then = function (resolve) { resolve('from Object.prototype'); };
  log.push(await new Promise(r => r(plain())));
  delete Object.prototype.then;
  log.push(await new Promise(r => r(plain())).then(v => 'plain again ' + v.value));
  let reads = 0;
  const withGetter = { get then() { reads++; return undefined; } };
  for (let i = 0; i < 3; i++) await new Promise(r => r(withGetter));
  log.push('getter read ' + reads + ' times');
  const proto = { then(resolve) { resolve('from proto'); } };
  const child = Object.create(proto);
  log.push(await new Promise(r => r(child)));
  proto.then = undefined;
  log.push((await new Promise(r => r(child))) === child ? 'child itself' : 'other');
  const throwing = { get then() { throw new Error('then getter threw'); } };
  try { await new Promise(r => r(throwing)); } catch (e) { log.push(e.message); }
  async function* gen() { yield 1; yield 2; }
  for await (const v of gen()) log.push('yielded ' + v);
  Object.prototype.then = function (resolve) { resolve('hijacked'); };
  try { log.push(String(await (async () => ({ a: 1 }))())); } finally { delete Object.prototype.then; }
}
main().then(() => console.log(log.join('\n')));
