// process is an EventEmitter: once/off/prepend/removeAll/emit/listeners, 'exit' ordering,
// a replaced process.emit seeing node's own events (signals: SignalTests, which may kill a process).
const EventEmitter = require('events');
console.log('instanceof EventEmitter:', process instanceof EventEmitter);

function onExit(code) { console.log('exit listener', code); }
process.on('exit', onExit);
process.once('exit', (code) => console.log('exit once', code, process.listenerCount('exit')));
process.prependListener('exit', () => console.log('exit first'));
console.log('exit listeners:', process.listenerCount('exit'));
process.removeListener('exit', onExit);
process.off('exit', onExit);
console.log('after removing:', process.listeners('exit').length);

process.on('custom', function (a, b) { console.log('custom', a, b, this === process); });
console.log('emit returns', process.emit('custom', 1, 'two'), process.emit('nobody'));
process.removeAllListeners('custom');
console.log('custom removed:', process.listenerCount('custom'));

try { process.emit('error', new Error('unheard')); } catch (e) { console.log('emit error throws:', e.message); }
try { process.on('x', 42); } catch (e) { console.log(e.code, e.message); }
console.log('chainable:', process.on('y', () => {}) === process, process.setMaxListeners(20) === process, process.getMaxListeners());

process.on('newListener', (name) => console.log('newListener', name));
process.once('z', () => {});

// signal-exit and friends replace process.emit to see 'exit'.
const originalEmit = process.emit;
process.emit = function (name, ...args) {
  if (name === 'exit') console.log('patched emit saw exit', args[0]);
  return originalEmit.call(this, name, ...args);
};

process.exitCode = 3;
