// readline's cursor functions write node's escape sequences (and call back on the next tick when
// there is nothing to write); Interface basics in non-terminal mode.
const readline = require('readline');
const { Writable, PassThrough } = require('stream');
const out = [];
const output = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });

console.log(Object.keys(readline));
console.log(readline.cursorTo(output, 3), readline.cursorTo(output, 3, 4), readline.moveCursor(output, -2, 1));
readline.moveCursor(output, 2, -1); readline.moveCursor(output, 0, 0);
readline.clearLine(output, -1); readline.clearLine(output, 1); readline.clearLine(output, 0); readline.clearScreenDown(output);
console.log(JSON.stringify(out));
readline.cursorTo(null, 1, 1, (err) => console.log('cursorTo callback', err));
readline.moveCursor(output, 0, 0, (err) => console.log('moveCursor callback', err));
for (const bad of [() => readline.cursorTo(output, NaN), () => readline.cursorTo(output, undefined, 2), () => readline.clearLine(output, 0, 'x')]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}

const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: '> ' });
console.log(Object.keys(rl));
console.log(rl.getPrompt(), rl.terminal, JSON.stringify(rl.line), rl.cursor, rl.history, rl.crlfDelay, rl.historySize, rl.closed, rl.paused);
rl.prompt();
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('close', () => console.log('close'));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
rl.question('name? ', (a) => console.log('answer', a));
rl.question('ignored? ', (a) => console.log('never', a));
const ac = new AbortController();
console.log(JSON.stringify(out.slice(-3)));
input.write('bob\r\nx\ry\n');
input.write('split\r');
input.write('\nacross');
rl.pause();
rl.resume();
rl.write('written\n');
input.end(' chunks');
input.on('end', () => {
  rl.close();
  try { rl.question('again', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(rl.closed, JSON.stringify(out.slice(-3)));
});
for (const bad of [{ input, historySize: -1 }, { input, completer: 'x' }, { input, history: 'x' }]) {
  try { readline.createInterface(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}

// readline.Interface is a function: callable without new, and a base class.
const plain = readline.Interface({ input: new PassThrough() });
console.log(plain instanceof readline.Interface, plain.constructor.name, readline.Interface.length);
plain.close();
class Mine extends readline.Interface {}
const mine = new Mine({ input: new PassThrough() });
console.log(mine instanceof Mine, mine instanceof readline.Interface, mine.constructor.name);
mine.close();
