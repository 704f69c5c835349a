// fork lifecycles: a child with no listeners exits at once though connected; a parent that
// disconnects ends a child that was only listening; a silent child's output is piped; a child that
// exits while connected; process.send is absent in a process that was not forked.
const { fork } = require('child_process');

const role = process.argv[2];
if (role === 'quiet') {
  process.stdout.write(`quiet child: connected ${process.connected}\n`);
} else if (role === 'listener') {
  process.on('message', (m) => process.send({ echo: m }));
  process.on('disconnect', () => process.exitCode = 7);
} else if (role === 'exiter') {
  process.once('message', (m) => {
    process.send(`last words for ${m}`);
    process.exitCode = 3;
  });
} else if (role === 'args') {
  console.log(JSON.stringify(process.argv.slice(2)), typeof process.send);
  process.disconnect();
} else {
  console.log('main has send:', typeof process.send, 'connected:', process.connected);
  const run = (name, ...args) => new Promise((resolve) => {
    const events = [];
    const child = fork(__filename, [name, ...args], { silent: true });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('message', (m) => {
      events.push(`message ${JSON.stringify(m)}`);
      if (name === 'listener') child.disconnect();
    });
    child.on('disconnect', () => events.push('disconnect'));
    child.on('exit', (code, signal) => {
      events.push(`exit ${code} ${signal}`);
      // node leaves a silent child's pipes open once the parent disconnected it: no 'close' then.
      if (name === 'listener') done();
    });
    child.on('close', (code) => {
      events.push(`close ${code} | out ${JSON.stringify(out)}`);
      done();
    });
    let reported = false;
    const done = () => {
      if (reported) return;
      reported = true;
      console.log(name, events.join(', '), `| connected ${child.connected}`);
      resolve();
    };
    if (name === 'listener') child.send('ping');
    if (name === 'exiter') child.send('you');
  });
  run('quiet')
    .then(() => run('listener'))
    .then(() => run('exiter'))
    .then(() => run('args', 'a b', 'c'))
    .then(() => {
      for (const bad of [() => fork(42), () => fork(__filename, 'x'), () => fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] })]) {
        try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
      }
    });
}
