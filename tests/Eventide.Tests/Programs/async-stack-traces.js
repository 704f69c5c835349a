// V8's async stack traces: after an await, error stacks continue with "at async f" for each async
// function waiting on the current one, through then() chains, promises resolved with promises,
// Promise.all/allSettled/any elements and for-await loops over async generators.
const clean = (stack) => stack.split(__filename).join('FILE');

async function a() { await null; throw new Error('x'); }
async function b() { await a(); }
class C { async m() { return await b(); } }
const run = async () => { await new C().m(); };

async function* gen() { await null; yield new Error('g').stack; }
async function consume() { for await (const s of gen()) console.log(clean(s)); }
async function deep(n) { if (n === 0) { await null; throw new Error('deep'); } await deep(n - 1); }
async function returnsPromise() { await null; return inner(); }
async function inner() { await null; return new Error('resolved with a promise').stack; }

async function main() {
  try { await run(); } catch (e) { console.log(clean(e.stack)); }
  const f = async () => { await 1; return new Error('arrow').stack; };
  console.log(clean(await f()));
  async function viaThen() { await null; return new Error('then').stack; }
  console.log(clean(await viaThen().then((s) => s)));
  async function element(i) { await null; return new Error('all').stack; }
  console.log(clean((await Promise.all([element(0), element(1)]))[1]));
  console.log(clean((await Promise.allSettled([element(0)]))[0].value));
  console.log(clean(await Promise.any([element(0)])));
  async function sync() { return new Error('before any await').stack; }
  console.log(clean(await sync()));
  await consume();
  const settled = await Promise.allSettled([deep(3)]);
  console.log(clean(settled[0].reason.stack));
  try { await deep(12); } catch (e) { console.log(clean(e.stack)); }
  console.log(clean(await returnsPromise()));
  const handlers = [];
  await new Promise((resolve) => setTimeout(async () => { await null; handlers.push(new Error('timer').stack); resolve(); }, 1));
  console.log(clean(handlers[0]));
}
main();
