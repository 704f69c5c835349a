// An async function awaiting in a loop: one million awaits.
async function run(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  return sum;
}
run(1000000).then(sum => console.log('checksum', sum));
