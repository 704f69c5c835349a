// V8 names a frame after the call's receiver: for arrows too (the receiver of the call, not the
// lexical this), timers as Timeout._onTimeout / Immediate._onImmediate, and a function held under
// several keys without its own name among them gets no "[as key]".
const EventEmitter = require('events');
const frame = () => new Error().stack.split('\n')[2].replace(__filename, 'FILE');

const o = { f: () => frame(), g() { return [1].map(() => frame())[0]; } };
console.log(o.f());
console.log(o.g());
const emitter = new EventEmitter();
emitter.on('x', () => console.log(frame()));
emitter.emit('x');
console.log((() => frame()).call(5));
console.log((() => frame())());

function named() { return frame2(); }
function frame2() { return new Error().stack.split('\n')[2].replace(__filename, 'FILE'); }
function T() {}
T.prototype.a = T.prototype.b = named;
console.log(new T().a());
T.prototype.named = named;
console.log(new T().b());
function U() {}
U.prototype.only = named;
console.log(new U().only());

const t = setTimeout(() => {
  console.log(frame());
  console.log('in callback _destroyed:', t._destroyed);
  const i = setImmediate(function () {
    console.log(frame(), this === i, i._destroyed);
    const c = setTimeout(() => {}, 10);
    clearTimeout(c);
    console.log('cleared:', c._destroyed, typeof c._onTimeout, c._idleTimeout, c._repeat);
    const iv = setInterval(() => { console.log('interval:', iv._destroyed, iv._repeat); clearInterval(iv); console.log(iv._destroyed); }, 5);
  });
}, 1);
console.log(Object.keys(t), Object.keys(setImmediate(() => {})));
setTimeout(() => console.log('after:', t._destroyed), 20);
