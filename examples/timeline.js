// The event loop's order, in one small program: run it with
//   eventide --trace=timeline.html examples/timeline.js
// and open timeline.html to see each callback in the lane of the phase that ran it.
const fs = require('fs');

function wait(ms, value) {
  return new Promise((resolve) => setTimeout(resolve, ms, value));
}

async function chain() {
  const first = await Promise.resolve('first');
  const second = await wait(200, first + ' then second');
  console.log('await chain:', second);
}

console.log('script: start');
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => {
  console.log('immediate');
  fs.promises.readFile(__filename, 'utf8').then((text) => console.log('read', text.split('\n').length, 'lines'));
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve(42).then((n) => console.log('promise', n));
queueMicrotask(() => console.log('queueMicrotask'));
chain();
console.log('script: end');
