// Long and many .then chains.
let done = 0, total = 0;
for (let c = 0; c < 1000; c++) {
  let p = Promise.resolve(c);
  for (let i = 0; i < 300; i++) p = p.then(v => v + 1);
  p.then(v => { total += v; if (++done === 1000) console.log('checksum', total); });
}
