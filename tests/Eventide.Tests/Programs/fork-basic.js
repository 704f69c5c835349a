// child_process.fork: a parent and a child exchange JSON messages over the IPC channel, the child
// disconnects, and both exit cleanly.
const { fork } = require('child_process');
const path = require('path');

if (process.argv[2] === 'child') {
  const seen = [];
  console.log('child connected', process.connected, typeof process.send, typeof process.channel);
  process.on('message', (message) => {
    seen.push(message);
    if (message.cmd === 'square') process.send({ result: message.n * message.n });
    else if (message.cmd === 'echo') process.send(message.value);
    else if (message.cmd === 'bye') {
      process.send({ seen }, () => process.disconnect());
    }
  });
  process.on('disconnect', () => console.log('child disconnect', process.connected));
} else {
  const events = [];
  let byeSent;
  const child = fork(__filename, ['child'], { stdio: ['inherit', 'pipe', 'inherit', 'ipc'] });
  let childOut = '';
  child.stdout.on('data', (d) => { childOut += d; });
  console.log('parent connected', child.connected, typeof child.pid, child.spawnargs.slice(-2).map((a) => path.basename(a)));
  child.on('message', (message) => {
    events.push(['message', message]);
    if (message && message.result === 49) {
      for (const value of ['text', 42, true, null, [1, { a: 'b' }], { nested: { deep: [1, 2, 3] } }, 'ünïcödé ✓']) {
        child.send({ cmd: 'echo', value });
      }
      child.send({ cmd: 'bye' }, (err) => { byeSent = err; });
    }
  });
  child.on('disconnect', () => events.push(['disconnect', child.connected]));
  child.on('exit', (code, signal) => events.push(['exit', code, signal]));
  child.on('close', (code) => {
    for (const e of events) console.log(JSON.stringify(e));
    console.log('close', code, JSON.stringify(childOut), 'bye sent', byeSent);
    try { child.send('late'); } catch (e) { console.log('throws', e.code); }
    child.on('error', (e) => console.log('error', e.code, e.message));
    child.send('late again');
  });
  child.send({ cmd: 'square', n: 7 });
}
