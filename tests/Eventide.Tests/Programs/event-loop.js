// Scheduling happens inside a timer callback: from there, the check phase (setImmediate) always
// runs before the next timers phase, so the order does not depend on the machine's speed.
setTimeout(() => {
  setTimeout(() => console.log('timeout 20'), 20);
  setTimeout(() => console.log('timeout 10'), 10);
  setTimeout(() => console.log('timeout 10 second'), 10);
  setTimeout((a, b) => console.log('args', a, b), 5, 'x', 'y');
  const cancelled = setTimeout(() => console.log('never'), 1);
  clearTimeout(cancelled);
  let n = 0;
  const iv = setInterval(() => {
    n++;
    console.log('interval', n);
    if (n === 3) clearInterval(iv);
  }, 4);
  setTimeout(() => {
    console.log('timer A');
    setImmediate(() => console.log('immediate from timer'));
    setTimeout(() => console.log('timeout from timer'), 0);
    Promise.resolve().then(() => console.log('microtask from timer'));
    queueMicrotask(() => console.log('queueMicrotask from timer'));
  }, 30);
  setTimeout(() => console.log('timer B'), 30);
  const unrefd = setTimeout(() => console.log('unref never prints'), 1000);
  unrefd.unref();
  console.log('hasRef', unrefd.hasRef(), typeof setTimeout(() => {}, 0).ref);
  setImmediate(() => {
    console.log('immediate 1');
    process_nextTick_free();
  });
  function process_nextTick_free() { Promise.resolve().then(() => console.log('microtask in immediate')); }
  setImmediate(() => console.log('immediate 2'));
  console.log('callback end');
}, 0);
try { setTimeout('not a function'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('sync end');
