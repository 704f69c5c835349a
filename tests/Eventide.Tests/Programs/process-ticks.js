// process.nextTick runs before promise jobs; ticks queued by promise jobs wait for the queue to drain.
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => { console.log('promise 1'); process.nextTick(() => console.log('tick from promise')); }).then(() => console.log('promise 2'));
process.nextTick((a) => { console.log('tick 2', a); Promise.resolve().then(() => console.log('promise from tick')); }, 'arg');
setTimeout(() => { console.log('timeout'); process.nextTick(() => console.log('tick in timeout')); Promise.resolve().then(() => console.log('promise in timeout')); }, 0);
process.on('exit', (c) => console.log('exit event', c));
process.on('unhandledRejection', (r, p) => console.log('unhandled', r, p instanceof Promise));
Promise.reject('oops');
process.stdout.write('written\n');
console.log(typeof process.env, process.version[0], typeof process.hrtime()[0], process.nextTick.length);
