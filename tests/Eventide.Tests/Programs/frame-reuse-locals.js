// A returned call's frame is reused by the next call (of any function) with its registers as the
// last call left them: every local of the next call must still start undefined, whatever the
// operand stack or the locals of the calls before it held.
function deepStack(a, b) {
  // Leaves objects, strings and numbers high on its operand stack.
  return [a, b, { a }, 'x' + b, [a, [b, [a + b]]]].length + (a * (b + (a - (b * (a + 1)))));
}
function manyLocals(p, q, r, s) {
  var u, v, w;
  let x;
  var y = typeof z;
  return [p, q, r, s, u, v, w, x, y].map(String).join(',');
}
function counted() {
  var total;
  for (var i = 0; i < 3; i++) total = (total ?? 0) + i;
  return total;
}
const results = [];
for (let round = 0; round < 3; round++) {
  results.push(deepStack(round, round + 1));
  results.push(manyLocals());
  results.push(manyLocals(1));
  results.push(manyLocals(1, 'two', { three: 3 }));
  results.push(counted());
  results.push([5, 6].map((e, i, arr) => { var local; return [e, i, arr.length, local]; }).join('|'));
}
console.log(results.join('\n'));
// Callbacks reuse one frame for every call (forEach, sort): a var is undefined on each call.
const seen = [];
[1, 2, 3].forEach(function (x) { var before; seen.push(before); before = x; });
[3, 1, 2].sort(function (a, b) { var before; seen.push(before); before = a; return a - b; });
console.log(seen.every(v => v === undefined), seen.length > 3);
// A generator's frame is exactly sized and cleared: its locals start undefined after calls that used the pool.
function* gen() { var g; yield g; var h; yield h; }
deepStack(7, 8);
console.log([...gen()]);
