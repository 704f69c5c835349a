// readline/promises: question() as a promise, answered by lines written later; an AbortSignal
// rejects it with an AbortError; the Readline class gathers cursor moves and writes them on commit.
const rlp = require('readline/promises');
const readline = require('readline');
const util = require('util');
const { PassThrough, Writable } = require('stream');

let out = [];
const output = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
const input = new PassThrough();

async function main() {
  console.log(Object.keys(rlp), rlp.Interface.name, typeof rlp.Readline);
  const rl = rlp.createInterface({ input, output, terminal: false });
  setTimeout(() => input.write('forty two\n'), 5);
  console.log('answer', await rl.question('What? '));
  const ac = new AbortController();
  const pending = rl.question('Never? ', { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try { await pending; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await rl.question('x', { signal: AbortSignal.abort('gone') }); } catch (e) { console.log('pre-aborted', e.name, e.cause); }
  console.log(JSON.stringify(out));
  rl.close();
  try { await rl.question('after'); } catch (e) { console.log(e.code, e.message); }

  // util.promisify of the callback form.
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2, output, terminal: false });
  const ask = util.promisify(rl2.question).bind(rl2);
  setTimeout(() => input2.end('yes\n'), 1);
  console.log('promisified', await ask('Sure? '));
  rl2.on('close', () => console.log('rl2 closed'));

  out = [];
  const r = new rlp.Readline(output);
  r.cursorTo(0).cursorTo(3, 4).moveCursor(-1, 2).moveCursor(0, 0).clearLine(-1).clearLine(1).clearLine(0).clearScreenDown();
  console.log(out.length);
  console.log('commit', await r.commit(), JSON.stringify(out));
  r.cursorTo(5).rollback();
  await r.commit();
  console.log(JSON.stringify(out));
  try { r.clearLine(2); } catch (e) { console.log(e.code, e.message); }
  const auto = new rlp.Readline(output, { autoCommit: true });
  auto.moveCursor(1, 0);
  console.log('queued', out.length);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('auto', JSON.stringify(out.at(-1)));
}
main();
