// 100k+ timers: setTimeout with small delays, setImmediate, setInterval and clearTimeout.
let fired = 0, sum = 0;
for (let i = 0; i < 100000; i++) setTimeout(() => { fired++; sum += i % 10; }, i % 5);
const cancelled = [];
for (let i = 0; i < 20000; i++) cancelled.push(setTimeout(() => { sum += 1000000; }, 3));
for (const t of cancelled) clearTimeout(t);
for (let i = 0; i < 20000; i++) setImmediate(() => { fired++; });
let ticks = 0;
// The fifth tick is due after every 0-4 ms timer above, so all have fired by then.
const iv = setInterval(() => {
  if (++ticks === 5) {
    clearInterval(iv);
    setImmediate(() => console.log('checksum', fired, sum, ticks));
  }
}, 1);
