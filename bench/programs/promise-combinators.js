// Promise.all / allSettled / race / any over 100k promises.
const N = 100000;
const make = () => Array.from({ length: N }, (_, i) => i % 7 === 0 ? Promise.reject(i) : Promise.resolve(i));
(async () => {
  let sum = 0;
  const all = await Promise.all(Array.from({ length: N }, (_, i) => Promise.resolve(i)));
  for (const v of all) sum += v;
  const settled = await Promise.allSettled(make());
  for (const s of settled) sum += s.status === 'fulfilled' ? s.value : -1;
  sum += await Promise.race(make()).catch(e => e + 1);
  sum += await Promise.any(make());
  console.log('checksum', sum);
})();
