// Generator next/throw/return traffic with try/finally.
function* worker() {
  let handled = 0;
  while (true) {
    try {
      const v = yield handled;
      handled += v;
    } catch (e) {
      handled -= e;
    } finally {
      handled++;
    }
  }
}
let total = 0;
for (let round = 0; round < 20000; round++) {
  const g = worker();
  g.next();
  for (let i = 0; i < 10; i++) total += g.next(i).value;
  total += g.throw(3).value;
  total += g.return(7).value;
}
console.log('checksum', total);
