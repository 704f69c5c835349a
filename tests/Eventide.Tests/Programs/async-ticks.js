// Tick-exact interleavings of await, return await, return p and thenables against a counter chain.
const log = [];
function ticker(label, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(`${label}${i}`));
  return p;
}
async function returnsAwait() { return await Promise.resolve('ra'); }
async function returnsPromise() { return Promise.resolve('rp'); }
async function returnsValue() { return 'rv'; }
async function awaitsThenable() {
  const v = await { then(resolve) { log.push('then called'); resolve('th'); } };
  return v;
}
async function main() {
  ticker('t', 6);
  returnsAwait().then(v => log.push(v));
  returnsPromise().then(v => log.push(v));
  returnsValue().then(v => log.push(v));
  awaitsThenable().then(v => log.push(v));
  await null;
  log.push('after await null');
}
main().then(() => log.push('main done'));
setTimeout(() => console.log(log.join(' ')), 0);

// 陷阱: an async function's synchronous part runs before the caller continues
async function a1() { console.log('a1 start'); await a2(); console.log('a1 end'); }
async function a2() { console.log('a2'); }
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
a1();
new Promise(r => { console.log('p1'); r(); }).then(() => console.log('p2'));
console.log('script end');

// Promise resolved with a promise takes two extra ticks
const order = [];
const inner = Promise.resolve('x');
new Promise(r => r(inner)).then(() => order.push('resolved-with-promise'));
Promise.resolve().then(() => order.push('tick1')).then(() => order.push('tick2')).then(() => order.push('tick3'));
setTimeout(() => console.log(order.join(',')), 0);

// errors: rejections through async, catch, finally ordering
async function thrower() { await null; throw new Error('boom'); }
thrower().catch(e => console.log('caught', e.message)).finally(() => console.log('finally ran'));
Promise.reject(new Error('late')).then(null, e => console.log('handled', e.message));
