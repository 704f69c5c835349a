// events.setMaxListeners/getMaxListeners on EventTargets and node's EventTarget leak warning (once per target).
const { setMaxListeners, getMaxListeners } = require('events');
process.on('warning', (w) => console.log('warning:', w.name, JSON.stringify(w.message), w.type, w.count, w.target === et));
const et = new EventTarget();
for (let i = 0; i < 11; i++) et.addEventListener('foo', () => {});
const et2 = new EventTarget(); setMaxListeners(2, et2);
for (let i = 0; i < 3; i++) et2.addEventListener('bar', () => {});
for (let i = 0; i < 5; i++) et2.addEventListener('baz', () => {});
console.log(getMaxListeners(et2));
