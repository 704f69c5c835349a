// Every consumer of an iterator's { value, done } reads done, then value (only when not done), through
// getters on user results; a generator's own result objects, patched after creation, are read as they are.
const log = [];
function counting(n, tag) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          const k = i++;
          return {
            get done() { log.push(`${tag}.done${k}`); return k >= n; },
            get value() { log.push(`${tag}.value${k}`); return k; },
          };
        },
        return() { log.push(`${tag}.return`); return {}; },
      };
    },
  };
}
function flush(label, result) { console.log(label, JSON.stringify(result), log.join(' ')); log.length = 0; }

flush('spread', [...counting(2, 's')]);
const out = []; for (const x of counting(2, 'f')) out.push(x); flush('for-of', out);
const [a, b] = counting(3, 'd'); flush('destructure', [a, b]);
flush('Array.from', Array.from(counting(2, 'af')));
flush('Map', [...new Map([[1, 2]].concat([...counting(0, 'm')]))]);
function* delegate() { return yield* counting(2, 'y'); }
flush('yield*', [...delegate()]);

// A generator's result objects: assigned and redefined properties are what the consumer reads.
function* gen() { yield 1; yield 2; }
const patched = {
  [Symbol.iterator]() {
    const g = gen();
    return {
      next() {
        const r = g.next();
        if (r.value === 1) r.value = 'assigned';
        if (r.value === 2) Object.defineProperty(r, 'value', { get() { log.push('getter'); return 'defined'; } });
        return r;
      },
    };
  },
};
flush('patched', [...patched]);

(async () => {
  const seen = [];
  for await (const x of counting(2, 'fa')) seen.push(x);
  flush('for-await-sync', seen);
  async function* asyncDelegate() { yield* counting(2, 'ay'); }
  const seen2 = [];
  for await (const x of asyncDelegate()) seen2.push(x);
  flush('async-yield*', seen2);
  flush('Promise.all', await Promise.all(counting(2, 'pa')));
})();
