// Callbacks from builtins: forEach, map/filter/reduce, find, some and sort with a comparator. Each
// call enters the interpreter from .NET, so this measures a callback's entry and exit.
const data = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
let checksum = 0;
for (let round = 0; round < 600; round++) {
  let sum = 0;
  data.forEach(x => { sum += x; });
  checksum = (checksum + sum) % 1000000007;
  checksum = (checksum + data.map(x => x * 2).filter(x => x % 3 === 0).reduce((a, x) => a + x, 0)) % 1000000007;
  checksum = (checksum + data.findIndex(x => x === round % 1000) + (data.some(x => x > 998) ? 1 : 0)) % 1000000007;
  if (round % 6 === 0) checksum = (checksum + data.slice().sort((a, b) => a - b)[round % 1000]) % 1000000007;
}
console.log('checksum', checksum);
