// A small tour: classes, closures, destructuring and console.log formatting.
class Counter {
  #count = 0;
  constructor(name) { this.name = name; }
  increment(by = 1) { this.#count += by; return this; }
  get value() { return this.#count; }
}

const counter = new Counter('clicks').increment().increment(2);
const { name, value } = counter;
console.log(`${name}: ${value}`);
console.log(counter, [1, 'two', { three: 3 }]);

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log('fib(20) =', fib(20));

// `eventide explain examples/hello.js` shows this generator as a state machine.
function* countdown(from) {
  let n = from;
  while (n > 0) {
    const skip = yield n;
    n -= skip ? 2 : 1;
  }
  return 'liftoff';
}

// `eventide --trace examples/hello.js` shows the event loop running this part.
async function greet(who) {
  await null;
  console.log(`hello, ${who} (after await)`);
}
setTimeout(() => console.log('timeout'), 0);
greet('event loop');
Promise.resolve().then(() => console.log('then'));
console.log('sync end');
