// A co-style runner: a generator yields promises, the runner resumes it with their values.
function co(genFn) {
  return new Promise((resolve, reject) => {
    const gen = genFn();
    function step(method, arg) {
      let r;
      try { r = gen[method](arg); } catch (e) { return reject(e); }
      if (r.done) return resolve(r.value);
      Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next');
  });
}
co(function* () {
  let sum = 0;
  for (let i = 0; i < 200000; i++) {
    try { sum += yield (i % 1000 === 0 ? Promise.reject(1) : Promise.resolve(i)); }
    catch (e) { sum -= e; }
  }
  return sum;
}).then(sum => console.log('checksum', sum));
