// Event-loop order around I/O, as node runs it: inside an I/O callback setImmediate comes before
// setTimeout 0, nextTicks before promise jobs before the next callback; stream events vs microtasks.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Readable, Writable, pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'io-order-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'line one\nline two\n');
const log = [];
const say = (s) => log.push(s);

fs.readFile(file, 'utf8', (err, text) => {
  say(`readFile callback (${text.length} chars)`);
  setTimeout(() => { say('timeout 0 from I/O'); step2(); }, 0);
  setImmediate(() => {
    say('immediate from I/O');
    process.nextTick(() => say('nextTick from immediate'));
    Promise.resolve().then(() => say('promise from immediate'));
  });
  process.nextTick(() => say('nextTick from I/O'));
  Promise.resolve().then(() => say('promise from I/O'));
  queueMicrotask(() => say('queueMicrotask from I/O'));
});
say('sync end');

function step2() {
  fs.stat(file, () => {
    say('stat callback');
    fs.promises.readFile(file, 'utf8').then(() => {
      say('fs.promises resolved');
      process.nextTick(() => say('nextTick after fs.promises'));
      step3();
    });
    process.nextTick(() => say('nextTick in stat callback'));
  });
}

function step3() {
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 8 });
  stream.on('open', () => say('stream open'));
  stream.on('ready', () => say('stream ready'));
  stream.on('data', (chunk) => {
    say(`data ${JSON.stringify(chunk)}`);
    Promise.resolve().then(() => say('  promise after data'));
    process.nextTick(() => say('  nextTick after data'));
  });
  stream.on('end', () => {
    say('end');
    Promise.resolve().then(() => say('promise after end'));
  });
  stream.on('close', () => {
    say('close');
    step4();
  });
}

function step4() {
  const chunks = [];
  pipeline(
    Readable.from(['a', 'b', 'c']),
    new Writable({
      write(chunk, enc, cb) { chunks.push(String(chunk)); setImmediate(cb); },
      final(cb) { say(`final after ${chunks.join('')}`); cb(); },
    }),
    (err) => {
      say(`pipeline done ${err ?? ''}`);
      fs.rm(dir, { recursive: true }, () => {
        say('removed');
        setTimeout(() => console.log(log.join('\n')), 0);
      });
    },
  );
}
