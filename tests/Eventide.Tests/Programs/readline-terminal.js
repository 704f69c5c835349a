// readline with terminal: true over streams: keypress events for what terminals send, and line
// editing (cursor keys, deletion, word moves, history, tab completion, ctrl-c / ctrl-d) redrawn
// with node's escape sequences.
const readline = require('readline');
const { Writable, PassThrough } = require('stream');

// 1. Keypresses.
const keysIn = new PassThrough();
readline.emitKeypressEvents(keysIn);
keysIn.on('keypress', (s, key) => console.log('keypress', JSON.stringify(s), JSON.stringify(key)));
keysIn.write('aZ1 .\r\n\t\x7f\x08\x01\x1a');
keysIn.write('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[1~\x1b[3~\x1b[5~\x1b[6~\x1b[Z\x1bOP\x1b[15~');
keysIn.write('\x1b[1;5C\x1b[1;2D\x1b[3;3~\x1bb\x1b\x7f\x1b\r\x1b\x1b[A');
keysIn.write('é😀\x1b[99x');

// 2. Editing.
let out = '';
const output = new Writable({ write(c, e, cb) { out += c.toString(); cb(); } });
output.columns = 20;
const input = new PassThrough();
const completer = (line) => {
  const words = ['apple', 'apricot', 'banana', 'cherry'];
  const word = line.split(' ').pop();
  return [words.filter((w) => w.startsWith(word)), word];
};
const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ', historySize: 3, completer });
console.log('terminal', rl.terminal, 'cursor', rl.cursor, 'history', rl.history, 'columns', rl.columns);
rl.on('line', (l) => { console.log('line', JSON.stringify(l), JSON.stringify(out), rl.getCursorPos()); out = ''; });
rl.on('history', (h) => console.log('history', h));
rl.on('SIGINT', () => { console.log('SIGINT', JSON.stringify(rl.line)); rl.write(null, { ctrl: true, name: 'u' }); });
rl.on('close', () => console.log('close', JSON.stringify(out)));
rl.prompt();
const steps = ['abc', '\x1b[D', '\x1b[D', 'X', '\x7f', '\x1b[C', 'Y', '\r', 'second line', '\r', '\x1b[A', '\x1b[A', '\x1b[B', '!', '\r',
  'hello world foo', '\x17', '\x01', '\x05', '\x1bb', '\x02', '\x06', '\x0b', '\x15', 'zz', '\x1b[H', '\x1b[F', '\x1b[3~', '\x1b[1;5D', '\x08', '\r',
  'a very long line that wraps around the edge', '\x1b[D', 'Q', '\r', 'x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r', 'q', 'p', 'o', 'n', 'm', 'l', 'k', 'j', 'i', 'h', '\r',
  'eat ap', '\t', '\t', 'r', '\t', ' b', '\t', '\r', 'interrupted', '\x03', 'after', '\r\n', '\x04'];
let i = 0;
function next() {
  if (i >= steps.length) return;
  input.write(steps[i++]);
  setImmediate(next);
}
next();
