// Evaluation order of references, printed by logging getters, keys and proxies.
const log = [];
const key = (name) => ({ toString() { log.push(`key ${name}`); return name; } });
const obj = (name) => new Proxy({}, {
  get(t, k) { if (typeof k === 'string') log.push(`get ${name}.${k}`); return Reflect.get(t, k); },
  set(t, k, v) { log.push(`set ${name}.${String(k)}=${v}`); return Reflect.set(t, k, v); },
});
const val = (v, what) => { log.push(what); return v; };
function run(label, f) {
  try { f(); } catch (e) { log.push(`${e.constructor.name}: ${e.message}`); }
  console.log(label.padEnd(28), log.join(', '));
  log.length = 0;
}

run('member =', () => { const o = obj('o'); o[val('k', 'prop')] = val(1, 'rhs'); });
run('member = object key', () => { const o = obj('o'); o[key('a')] = val(1, 'rhs'); });
run('null[k] = rhs', () => { const b = null; b[val('k', 'prop')] = val(1, 'rhs'); });
run('undefined[k] += rhs', () => { let b; b[val('k', 'prop')] += val(1, 'rhs'); });
run('null[k]++', () => { const b = null; b[val('k', 'prop')]++; });
run('&&= on missing', () => { const o = obj('o'); o[val('k', 'prop')] &&= val(1, 'rhs'); });
run('||= on missing', () => { const o = obj('o'); o[val('k', 'prop')] ||= val(1, 'rhs'); });
run('??= on missing', () => { const o = obj('o'); o.x ??= val(2, 'rhs'); });

// Destructuring assignment: each target's reference before the value it receives.
function* gen(name, values) {
  try { for (const v of values) { log.push(`${name} next`); yield v; } }
  finally { log.push(`${name} return`); }
}
run('array targets', () => { const t = obj('t'); [t[val('a', 'ka')], t[val('b', 'kb')]] = gen('it', [1, 2, 3]); });
run('array default', () => { const t = obj('t'); [t[val('a', 'ka')] = val(9, 'default')] = gen('it', []); });
run('array rest', () => { const t = obj('t'); [, ...t[val('r', 'kr')]] = gen('it', [1, 2]); });
run('object targets', () => {
  const t = obj('t'), s = obj('s');
  ({ [val('x', 'sk')]: t[val('y', 'tk')], z: t.w = val(5, 'default') } = s);
});
run('target throws: closes', () => {
  [{}[(() => { throw new Error('lref'); })()]] = gen('it', [1]);
});
run('next throws: no close', () => {
  const it = { [Symbol.iterator]() { return { next() { throw new Error('next'); }, return() { log.push('return'); return {}; } }; } };
  const sink = {}; [sink.v] = it;
});
run('return throws after throw', () => {
  const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { log.push('return'); throw new Error('from return'); } }; } };
  [{}[(() => { throw new Error('target'); })()]] = it;
});
run('return throws, normal', () => {
  const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { log.push('return'); throw new Error('from return'); } }; } };
  const sink = {}; [sink.v] = it;
});
run('return not object', () => {
  const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { log.push('return'); return 1; } }; } };
  const [a] = it;
});
run('for-of break closes', () => { for (const x of gen('it', [1, 2])) break; });
run('prefix/postfix', () => { const o = obj('o'); o.n = 1; log.push(String(o.n++), String(++o.n)); });
