// An async generator consumed by for await.
async function* numbers(n) { for (let i = 0; i < n; i++) yield i; }
(async () => {
  let sum = 0;
  for await (const x of numbers(300000)) sum = (sum + x) % 1000000007;
  console.log('checksum', sum);
})();
