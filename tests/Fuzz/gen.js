'use strict';
// Seeded random JavaScript program generator for differential fuzzing (see docs/fuzzing.md).
//
//   node tests/Fuzz/gen.js SEED        prints the program for SEED
//
// A program is a fixed prelude (a deterministic printer, `out`) followed by independent chunks,
// one top-level block each, so the minimiser can drop chunks and then lines. Chunks come from a
// statement/expression grammar (run as a plain function, a generator, an async function or an
// async generator, so yield/await land inside every control-flow form) and from feature
// templates with random holes (classes, destructuring, proxies, accessors, spread, optional
// chaining, arguments, closures in loops, labels, builtins, promises, timers).
//
// Determinism rules the grammar keeps: no Math.random/Date, no recursion deep enough to show the
// stack limit, sort comparators only where consistent and silent, and timers laid out so their
// order does not depend on how late node runs a callback or how long the script ran (see timerChunk).
// Kept out on purpose (other work owns them): the legacy RegExp statics (RegExp.$1..$9,
// lastMatch) and Error.prototype.stack / Error.captureStackTrace.

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRELUDE = String.raw`function show(v, d) {
  d = d || 0;
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return v + 'n';
    case 'string': return JSON.stringify(v);
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': return 'fn ' + v.name;
  }
  if (d > 3) return '..';
  try {
    if (v instanceof Error) return v.name + ': ' + v.message;
    if (Array.isArray(v)) return '[' + v.map(x => show(x, d + 1)).join(',') + ']';
    if (v instanceof Promise) return 'Promise';
    if (v instanceof Map) return 'Map{' + [...v].map(([k, x]) => show(k, d + 1) + '=>' + show(x, d + 1)).join(',') + '}';
    if (v instanceof Set) return 'Set{' + [...v].map(x => show(x, d + 1)).join(',') + '}';
    return '{' + Object.keys(v).map(k => k + ':' + show(v[k], d + 1)).join(',') + '}';
  } catch (e) {
    return '<show threw ' + err(e) + '>';
  }
}
function err(e) { return e instanceof Error ? e.name + ': ' + callSite(e.message) : 'thrown ' + show(e); }
function callSite(m) {
  // V8 words these with the failing expression's source text as its CallPrinter renders it
  // ("{(intermediate value)} is not iterable", "(x in y).f is not a function"); eventide does not
  // render that yet, so only the error's kind is compared here (see docs/fuzzing.md).
  return / is not (a function|iterable|a constructor)\b|^Cannot destructure |^Spread syntax requires /.test(m) ? '<call site message>' : m;
}
let held = null; // lines printed while the timers are created, written after (see later)
function out(label, ...vals) { const line = label + ' ' + vals.map(x => show(x)).join(' '); if (held) held.push(line); else console.log(line); }
function t(label, f) { try { out(label, f()); } catch (e) { out(label, 'threw', err(e)); } }
const later = [];
function p(label, pr) { return Promise.resolve(pr).then(v => out(label, 'ok', v), e => out(label, 'rej', err(e))); }
`;

class Gen {
  constructor(seed) {
    this.rand = mulberry32(seed);
    this.uid = 0;
    this.labelN = 0;
    this.chain = false; // a program has at most one timer chain (see timerChunk)
  }
  r() { return this.rand(); }
  int(n) { return Math.floor(this.r() * n); }
  chance(p) { return this.r() < p; }
  pick(a) { return a[this.int(a.length)]; }
  name(prefix) { return prefix + (this.uid++); }
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.r() * total;
    for (const [w, f] of pairs) { if ((x -= w) < 0) return f(); }
    return pairs[pairs.length - 1][1]();
  }

  // ---- expressions ----

  num() {
    return this.pick(['0', '-0', '1', '-1', '2', '3', '7', '10', '0.5', '1.5', '-2.5', '255', '(2 ** 31)', '(2 ** 32)', '(2 ** 53)',
      '1e21', '1e-7', 'NaN', 'Infinity', '-Infinity', '0.1', '123.456', '-17', '65', '0x7f', '0b101', '1_000']);
  }
  str() {
    return this.pick(["''", "'a'", "'abc'", "'10'", "' 3 '", "'x y z'", "'é'", "'\\u{1F600}'", "'AbC'", "'a,b,,c'", "'0x1A'", "'-0'", "'null'", "'1e3'"]);
  }
  literal() {
    return this.weighted([
      [5, () => this.num()],
      [4, () => this.str()],
      [1, () => this.pick(['true', 'false'])],
      [1, () => this.pick(['null', 'undefined'])],
      [1, () => this.pick(['0n', '1n', '-5n', '(2n ** 64n)', '10n'])],
      [2, () => '[' + this.list(() => this.smallValue(), 4) + ']'],
      [2, () => '{ ' + this.list(() => this.pick(['a', 'b', 'c', '1', '"k"']) + ': ' + this.smallValue(), 3) + ' }'],
      [0.3, () => "Symbol('s')"],
    ]);
  }
  smallValue() { return this.chance(0.6) ? this.num() : this.chance(0.7) ? this.str() : this.pick(['null', 'undefined', 'true', '[]', '{}']); }
  list(f, max, min = 0) {
    const n = min + this.int(max - min + 1);
    const a = [];
    for (let i = 0; i < n; i++) a.push(f());
    return a.join(', ');
  }

  expr(ctx, depth = 0) {
    if (depth > 2 || this.chance(0.25)) return this.atom(ctx);
    const e = () => this.expr(ctx, depth + 1);
    return this.weighted([
      [6, () => `((${e()}) ${this.pick(['+', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>', '==', '===', '!=', '!==', '<', '>', '<=', '>=', '&&', '||', '??'])} ${e()})`],
      [2, () => `${this.pick(['-', '+', '!', '~', 'typeof ', 'void '])}(${e()})`],
      [1, () => `(${e()} ? ${e()} : ${e()})`],
      [3, () => this.builtinCall(ctx, depth)],
      [1, () => `\`<\${${e()}}|\${${e()}}>\``],
      [1, () => `[${e()}, ...${this.iterable(ctx)}]`],
      [1, () => `(() => (${this.expr({ ...ctx, kind: 'plain' }, depth + 1)}))()`],
      [1, () => `(${e()}, ${e()})`],
      [ctx.vars.length ? 1 : 0, () => `(${this.pick(ctx.vars)} ${this.pick(['=', '+=', '-=', '*=', '||=', '&&=', '??=', '|=', '<<='])} ${e()})`],
      [ctx.vars.length ? 1 : 0, () => this.pick([`${this.pick(ctx.vars)}++`, `--${this.pick(ctx.vars)}`])],
      [1, () => `(${this.str()} in ${this.pick(['{ a: 1 }', '[1, 2]', 'Object.prototype', e()])})`],
      [1, () => `(${e()} instanceof ${this.pick(['Object', 'Array', 'Number', 'Function', 'Error'])})`],
      [1, () => `(${this.objExpr(ctx, depth)})${this.pick(['.a', '?.b', '?.[\'c\']', '.length', '[0]', '?.x?.y', '.toString()'])}`],
      [ctx.kind === 'gen' || ctx.kind === 'agen' ? 2 : 0, () => `(yield ${e()})`],
      [ctx.kind === 'async' || ctx.kind === 'agen' ? 2 : 0, () => `(await ${this.awaitable(ctx, depth)})`],
    ]);
  }
  atom(ctx) {
    if (ctx.vars.length && this.chance(0.5)) return this.pick(ctx.vars);
    return this.literal();
  }
  objExpr(ctx, depth) {
    return this.pick(['({ a: 1, b: { x: { y: 2 } }, c: [3] })', 'null', 'undefined', '[4, 5]', "'str'", '(0)', this.atom(ctx)]);
  }
  iterable(ctx) {
    return this.pick(['[1, 2]', "'ab'", 'new Set([3, 3, 4])', 'new Map([[1, 2]])', '[]', '[, 5]', '(function* () { yield 6; yield 7; })()']);
  }
  awaitable(ctx, depth) {
    // inside the arrows and methods below, await/yield are not allowed: plain context
    const v = () => this.expr({ ...ctx, kind: 'plain' }, depth + 1);
    return this.weighted([
      [3, () => this.expr(ctx, depth + 1)],
      [2, () => `Promise.resolve(${v()})`],
      [1, () => `Promise.reject(new ${this.pick(['Error', 'TypeError', 'RangeError'])}(${this.str()}))`],
      [1, () => `{ then(res) { res(${v()}); } }`],
      [1, () => `{ then(res, rej) { rej(${v()}); } }`],
      // caught: an uncaught error here would be reported with V8's call-site text (see callSite)
      [1, () => `new Promise(res => queueMicrotask(() => { try { res(${v()}); } catch (e) { res(err(e)); } }))`],
      [1, () => `Promise.all([${v()}, Promise.resolve(${v()})])`],
    ]);
  }
  builtinCall(ctx, depth) {
    const e = () => this.expr(ctx, depth + 1);
    const s = () => this.chance(0.6) ? this.str() : e();
    const a = () => this.chance(0.6) ? `[${this.list(() => this.smallValue(), 5)}]` : e();
    const n = () => this.pick(['0', '1', '2', '-1', '3', '-2', '10', 'undefined', 'NaN', '1.5']);
    return this.weighted([
      [3, () => `String(${s()}).${this.pick(['slice', 'substring', 'at', 'charAt', 'charCodeAt', 'codePointAt', 'padStart', 'padEnd', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'split', 'concat', 'repeat'])}(${this.list(() => this.chance(0.5) ? n() : this.str(), 2)})`],
      [2, () => `String(${s()}).${this.pick(['toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd', 'normalize'])}()`],
      [2, () => `String(${s()}).${this.pick(['replace', 'replaceAll'])}(${this.pick(["'a'", "''", "/a/g", "/(b)(c)?/", "/[a-z]/gi", "'b'"])}, ${this.pick(["'[$&]'", "'$1-'", "'x'", "(m, ...r) => r.length + m.toUpperCase()", "'$$'", "\"$'\""])})`],
      [1, () => `String(${s()}).${this.pick(['match', 'search', 'split'])}(${this.pick(['/b/', '/(\\w)(\\d)?/', '/,/', '/x*/g', "/(?<n>[a-c])/"])})`],
      [1, () => `[...String(${s()}).matchAll(/(\\w)/g)].map(m => m[0] + m.index)`],
      [3, () => `(${a()}).${this.pick(['slice', 'indexOf', 'lastIndexOf', 'includes', 'at', 'join', 'fill', 'copyWithin', 'with', 'concat', 'flat'])}(${this.list(n, 2)})`],
      [3, () => `(${a()}).${this.pick(['map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach'])}((x, i) => ${this.pick(['x', 'i', 'x > 1', 'typeof x', '[x, i]', 'x + i', '!x', 'String(x).length'])})`],
      [2, () => `(${a()}).${this.pick(['reduce', 'reduceRight'])}((acc, x) => ${this.pick(['acc + x', '[acc, x]', 'acc * 2 + x', 'x'])}${this.chance(0.5) ? ', ' + this.smallValue() : ''})`],
      [2, () => `(${a()}).${this.pick(['sort', 'toSorted'])}()`],
      [1, () => `[${this.list(() => this.pick(['3', '1', '10', '2', '-1', '0.5']), 5)}].sort((x, y) => ${this.pick(['x - y', 'y - x'])})`],
      [2, () => `(${a()}).${this.pick(['reverse', 'toReversed', 'keys', 'entries', 'values', 'pop', 'shift'])}()`],
      [1, () => `((arr) => [arr.splice(${n()}, ${n()}, ${this.smallValue()}), arr])(${a()})`],
      [1, () => `((arr) => [arr.push(${this.smallValue()}), arr.unshift(${this.smallValue()}), arr])(${a()})`],
      [1, () => `Array.from(${this.pick([a(), this.iterable(ctx), '{ length: 3 }', "'xyz'"])}${this.chance(0.5) ? ', (x, i) => [x, i]' : ''})`],
      [1, () => `Array.of(${this.list(e, 3)})`],
      [2, () => `Math.${this.pick(['max', 'min', 'abs', 'floor', 'ceil', 'round', 'trunc', 'sign', 'sqrt', 'cbrt', 'hypot', 'fround', 'clz32', 'imul', 'atan2', 'log2', 'expm1'])}(${this.list(e, 2, 1)})`],
      [2, () => `${this.pick(['Number', 'parseInt', 'parseFloat', 'Number.isInteger', 'Number.isSafeInteger', 'isNaN', 'Boolean', 'BigInt', 'Object.is'])}(${this.list(e, 2, 1)})`],
      [2, () => `(${e()}).${this.pick(['toString', 'toFixed', 'toPrecision', 'toExponential'])}(${this.pick(['', '2', '16', '0', '5', '36'])})`],
      [2, () => `JSON.stringify(${e()}${this.chance(0.3) ? ', null, ' + this.pick(['2', "'-'"]) : ''})`],
      [1, () => `JSON.parse(${this.pick(["'[1,{\"a\":null}]'", "'\"s\"'", "'{\"b\":[true]}'", "'1e3'", "'{bad'", "' 4 '"])})`],
      [1, () => `Object.${this.pick(['keys', 'values', 'entries', 'getOwnPropertyNames', 'freeze', 'isFrozen'])}(${e()})`],
      [1, () => `Object.assign({}, ${e()}, ${e()})`],
      [1, () => `Object.fromEntries([[${this.str()}, ${e()}], ['z', 1]])`],
    ]);
  }

  // ---- statements ----

  block(ctx, depth, n) {
    const lines = [];
    const count = n ?? 1 + this.int(3);
    for (let i = 0; i < count; i++) lines.push(...this.stmt(ctx, depth));
    return lines;
  }
  label(ctx) { return `${ctx.chunk}.${this.labelN++}`; }
  indent(lines) { return lines.map(l => '  ' + l); }

  stmt(ctx, depth) {
    const simple = depth > 2;
    const b = (c = ctx) => this.indent(this.block(c, depth + 1));
    const loopCtx = (extra = {}) => ({ ...ctx, inLoop: true, ...extra });
    return this.weighted([
      [5, () => [`out('${this.label(ctx)}', ${this.expr(ctx)});`]],
      [ctx.vars.length ? 2 : 0, () => [`${this.pick(ctx.vars)} = ${this.expr(ctx)};`]],
      [simple ? 0 : 2, () => [`if (${this.expr(ctx)}) {`, ...b(), '} else {', ...b(), '}']],
      [simple ? 0 : 2, () => {
        const i = this.name('i');
        return [`for (let ${i} = 0; ${i} < ${this.int(4)}; ${i}++) {`, `  out('${this.label(ctx)}', ${i});`, ...b(loopCtx()), '}'];
      }],
      [simple ? 0 : 1, () => {
        const x = this.name('x');
        return [`for (${this.pick(['const', 'let', 'var'])} ${x} of ${this.iterable(ctx)}) {`, `  out('${this.label(ctx)}', ${x});`, ...b(loopCtx({ vars: ctx.vars })), '}'];
      }],
      [simple ? 0 : 1, () => {
        const k = this.name('k');
        return [`for (const ${k} in ${this.pick(['{ b: 1, a: 2, 1: 3 }', '[7, 8]', "'hi'", 'Object.create({ inh: 1 }, { own: { value: 2, enumerable: true } })'])}) {`, `  out('${this.label(ctx)}', ${k});`, ...b(loopCtx()), '}'];
      }],
      [simple ? 0 : 1, () => {
        const w = this.name('w');
        return [`let ${w} = 0;`, `while (${w}++ < ${1 + this.int(3)}) {`, ...b(loopCtx()), '}'];
      }],
      [simple ? 0 : 1, () => {
        const w = this.name('w');
        return [`let ${w} = 0;`, 'do {', ...b(loopCtx()), `} while (${w}++ < ${this.int(3)});`];
      }],
      [simple ? 0 : 3, () => {
        const e = this.name('e');
        const lines = ['try {', ...b()];
        const caught = this.chance(0.8);
        if (caught) lines.push(`} catch (${e}) {`, `  out('${this.label(ctx)}', 'caught', err(${e}));`, ...b());
        if (!caught || this.chance(0.5)) lines.push('} finally {', `  out('${this.label(ctx)}', 'finally');`, ...b());
        lines.push('}');
        return lines;
      }],
      [simple ? 0 : 1, () => {
        const L = this.name('L');
        const i = this.name('i');
        const inner = { ...ctx, inLoop: true, labels: [...(ctx.labels || []), L] };
        return [`${L}: for (let ${i} = 0; ${i} < 3; ${i}++) {`, ...this.indent(this.block(inner, depth + 1)), '}'];
      }],
      [simple ? 0 : 0.5, () => {
        const L = this.name('B');
        const inner = { ...ctx, blockLabels: [...(ctx.blockLabels || []), L] };
        return [`${L}: {`, ...this.indent(this.block(inner, depth + 1)), `  out('${this.label(ctx)}', 'after block');`, '}'];
      }],
      [simple ? 0 : 1, () => {
        const lines = [`switch (${this.expr(ctx)}) {`];
        const inner = { ...ctx, inSwitch: true };
        for (let i = 0, n = 1 + this.int(3); i < n; i++) {
          lines.push(`  case ${this.smallValue()}:`, ...this.indent(this.indent(this.block(inner, depth + 1))));
          if (this.chance(0.6)) lines.push('    break;');
        }
        if (this.chance(0.5)) lines.push('  default:', ...this.indent(this.indent(this.block(inner, depth + 1))));
        lines.push('}');
        return lines;
      }],
      [ctx.inLoop || ctx.inSwitch ? 2 : 0, () => [`if (${this.expr(ctx)}) break;`]],
      [ctx.inLoop ? 2 : 0, () => [`if (${this.expr(ctx)}) continue;`]],
      [ctx.labels && ctx.labels.length ? 2 : 0, () => [`if (${this.expr(ctx)}) ${this.pick(['break', 'continue'])} ${this.pick(ctx.labels)};`]],
      [ctx.blockLabels && ctx.blockLabels.length ? 1 : 0, () => [`if (${this.expr(ctx)}) break ${this.pick(ctx.blockLabels)};`]],
      [ctx.inFunction ? 1.5 : 0, () => [`if (${this.expr(ctx)}) return ${this.expr(ctx)};`]],
      [1, () => [`if (${this.expr(ctx)}) throw ${this.pick([`new Error(${this.str()})`, `new TypeError('t')`, this.smallValue()])};`]],
      [simple ? 0 : 1, () => {
        const f = this.name('f');
        const c2 = { ...ctx, inLoop: false, inSwitch: false, labels: [], blockLabels: [], inFunction: true, kind: 'plain' };
        return [`function ${f}(${ctx.vars.slice(0, 2).join(', ')}) {`, ...this.indent(this.block(c2, depth + 1)), `  return ${this.expr(c2)};`, '}', `out('${this.label(ctx)}', ${f}(${this.expr(ctx)}))`];
      }],
      [ctx.kind === 'gen' || ctx.kind === 'agen' ? 3 : 0, () => [this.chance(0.5) ? `yield ${this.expr(ctx)};` : `out('${this.label(ctx)}', 'sent', yield ${this.expr(ctx)});`]],
      [ctx.kind === 'gen' ? 1 : 0, () => [`yield* ${this.pick(['[1, 2]', "'ab'", '(function* () { const r = yield 10; out(\'inner\', r); return 11; })()'])};`]],
      [ctx.kind === 'async' || ctx.kind === 'agen' ? 3 : 0, () => [`out('${this.label(ctx)}', 'awaited', await ${this.awaitable(ctx, 0)});`]],
    ]);
  }

  // A function from the statement grammar run as a plain function, generator, async function or
  // async generator; the chunk prints what the caller sees.
  grammarChunk(chunk) {
    const kind = this.pick(['plain', 'gen', 'gen', 'async', 'async', 'agen']);
    const nv = 1 + this.int(3);
    const vars = [];
    for (let i = 0; i < nv; i++) vars.push(this.name('v'));
    const ctx = { chunk, kind, vars, inFunction: true };
    const fname = this.name('fn');
    const head = { plain: 'function', gen: 'function*', async: 'async function', agen: 'async function*' }[kind];
    const params = vars.slice(0, 1 + this.int(nv));
    const body = [`let ${vars.filter(v => !params.includes(v)).map(v => `${v} = ${this.literal()}`).join(', ') || '_u = 0'};`, ...this.block(ctx, 0, 2 + this.int(4)), `return ${this.expr(ctx)};`];
    const lines = [`${head} ${fname}(${params.join(', ')}) {`, ...this.indent(body), '}'];
    const args = this.list(() => this.smallValue(), params.length);
    switch (kind) {
      case 'plain':
        lines.push(`t('${chunk} ret', () => ${fname}(${args}));`);
        break;
      case 'gen': {
        const it = this.name('it');
        lines.push(`const ${it} = ${fname}(${args});`);
        const n = 1 + this.int(5);
        for (let i = 0; i < n; i++) {
          const m = this.weighted([[6, () => `next(${this.chance(0.5) ? this.smallValue() : ''})`], [1, () => `return(${this.smallValue()})`], [1, () => `throw(new Error('thrown in'))`]]);
          lines.push(`t('${chunk} ${m.slice(0, 4)}', () => ${it}.${m});`);
        }
        if (this.chance(0.5)) lines.push(`t('${chunk} rest', () => [...${it}]);`);
        else lines.push(`t('${chunk} forof', () => { const r = []; for (const x of ${fname}(${args})) { r.push(x); if (r.length > ${this.int(3)}) break; } return r; });`);
        break;
      }
      case 'async':
        lines.push(`p('${chunk} ret', ${fname}(${args}));`);
        lines.push(`out('${chunk} sync done');`);
        break;
      case 'agen':
        lines.push(`p('${chunk} all', (async () => { const r = []; for await (const x of ${fname}(${args})) { r.push(x); if (r.length > ${1 + this.int(3)}) break; } return r; })());`);
        break;
    }
    return lines;
  }

  // ---- feature templates ----

  classChunk(chunk) {
    const A = this.name('A'), B = this.name('B');
    const e = () => this.expr({ vars: [], kind: 'plain' }, 1);
    const lines = [
      `class ${A} {`,
      `  x = ${e()};`,
      `  #p = ${this.smallValue()};`,
      `  static s = ${this.smallValue()};`,
      `  static { out('${chunk} static block', this.s); }`,
      `  constructor(a${this.chance(0.5) ? ' = ' + this.smallValue() : ''}) { this.a = a; out('${chunk} A ctor', new.target.name); }`,
      `  get g() { return [this.x, this.#p]; }`,
      `  set g(v) { this.#p = v; }`,
      `  m(${this.chance(0.5) ? '...r' : 'r'}) { return ${this.pick(['this.a', 'r', '[this.#p, r]', "typeof this", `${A}.s`])}; }`,
      `  static sm() { return this.name; }`,
      `  has(o) { return #p in o; }`,
      `  *[Symbol.iterator]() { yield this.a; yield this.#p; }`,
      '}',
      `class ${B} extends ${A} {`,
      `  y = this.x;`,
      `  constructor(...args) { ${this.chance(0.2) ? `out('${chunk} before super');` : ''} super(...args); out('${chunk} B ctor', this.y); }`,
      `  get g() { return ['B', super.g]; }`,
      `  m(r) { return ['B', super.m(r), this.${this.pick(['a', 'x', 'y'])}]; }`,
      `  static sm() { return 'B:' + super.sm(); }`,
      '}',
    ];
    const o = this.name('o');
    // Constructed under t(): an uncaught throw from a field initializer is reported at the
    // \`new\` by eventide but at the initializer by node (a location, like stack output).
    lines.push(`let ${o};`, `t('${chunk} new', () => (${o} = new ${this.pick([A, B, B])}(${this.smallValue()}), 'made'));`);
    const ops = [
      `${o}.g`, `(${o}.g = ${this.smallValue()}, ${o}.g)`, `${o}.m(${this.smallValue()})`, `${B}.sm()`, `${A}.sm()`,
      `${o}.has(${o})`, `${o}.has({})`, `[...${o}]`, `${o} instanceof ${A}`, `Object.keys(${o})`, `${o}.constructor.name`,
      `Object.getPrototypeOf(${B}) === ${A}`, `typeof ${A}`, `${A}()`, `new (class extends ${B} { constructor() { super(1); return { z: 1 }; } })()`,
      `new (class extends ${A} { constructor() { } })()`, `${B}.s`, `Object.getOwnPropertyNames(${A}.prototype)`,
    ];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) lines.push(`t('${chunk}.${i}', () => ${this.pick(ops)});`);
    return lines;
  }

  destructChunk(chunk) {
    const lines = [];
    const pat = (d = 0) => this.weighted([
      [3, () => this.name('d') + (this.chance(0.4) ? ' = ' + this.smallValue() : '')],
      [d < 2 ? 1 : 0, () => `[${this.list(() => this.chance(0.15) ? '' : pat(d + 1), 3, 1)}${this.chance(0.3) ? ', ...' + this.name('r') : ''}]`],
      // A computed key never comes first: V8 reports a nested pattern on null with a computed first
      // key as "Cannot read properties of null", eventide as "Cannot destructure 'null' ..." (known gap).
      [d < 2 ? 1 : 0, () => `{ ${this.pick(['a', 'b', 'c', '0', 'length'])}: ${pat(d + 1)}${this.chance(0.5) ? ', ' + this.list(() => `${this.pick(['a', 'b', 'c', '0', 'length', '[k]'])}: ${pat(d + 1)}`, 2, 1) : ''}${this.chance(0.3) ? ', ...' + this.name('r') : ''} }`],
    ]);
    const val = () => this.pick(['[1, [2, 3], { a: 4 }]', '{ a: 1, b: [2], c: { a: undefined } }', '[undefined, null, 0]', "'str'", '[]', '{}', 'null',
      '[[], {}]', '{ a: [5, 6], b: { b: 7 }, length: 2 }', 'new Set([1, 2])', '(function* () { yield 1; out(\'' + chunk + ' gen\', 2); yield 3; })()', this.literal()]);
    for (let i = 0, n = 1 + this.int(3); i < n; i++) {
      const P = pat(1);
      const names = [...P.matchAll(/\b([dr]\d+)\b/g)].map(m => m[1]);
      lines.push(`t('${chunk}.${i}', () => { const k = 'a'; const ${this.chance(0.5) ? `[${P}]` : `{ x: ${P} }`} = ${this.chance(0.5) ? `[${val()}]` : `{ x: ${val()} }`}; return [${names.join(', ')}]; });`);
    }
    const f = this.name('f');
    lines.push(`function ${f}(${this.pick(['{ a = 1, b: [c = 2] = [] } = {}', '[x, y = x] = [9]', 'a, { b = a } = {}', '...[a, b]', 'a = 1, b = a + 1, ...c'])}) { return [...arguments].length + ':' + JSON.stringify(${this.pick(['[a, b]', 'arguments.length', '[typeof a]'])}); }`);
    for (let i = 0; i < 2; i++) lines.push(`t('${chunk} call${i}', () => ${f}(${this.list(() => val(), 2)}));`);
    lines.push(`t('${chunk} swap', () => { let a = 1, b = 2; [a, b] = [b, a]; ({ a, b = 5 } = { a: b }); return [a, b]; });`);
    return lines;
  }

  proxyChunk(chunk) {
    const traps = ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf', 'apply', 'construct'];
    const chosen = traps.filter(() => this.chance(0.5));
    const body = chosen.map(tr => `  ${tr}(...a) { log.push('${tr}' + (typeof a[1] === 'string' ? ':' + a[1] : '')); return ${tr === 'set' && this.chance(0.2) ? 'false' : `Reflect.${tr}(...a)`}; },`);
    const lines = [
      `{`,
      `  const log = [];`,
      `  const target = ${this.pick(['{ a: 1, b: 2 }', '[1, 2, 3]', 'function T(x) { this.x = x; return arguments.length; }', 'Object.defineProperty({}, "fixed", { value: 1 })'])};`,
      `  const px = new Proxy(target, {`,
      ...this.indent(body),
      `  });`,
    ];
    const ops = ['px.a', 'px.a = 5', "'a' in px", 'delete px.b', 'Object.keys(px)', 'Reflect.ownKeys(px)', 'JSON.stringify(px)', '{ ...px }',
      'Object.getOwnPropertyDescriptor(px, "a")', 'Object.defineProperty(px, "q", { value: 1, configurable: true })', 'Object.getPrototypeOf(px) === Object.prototype',
      'px(1, 2)', 'new px(3)', 'Reflect.apply(px, null, [1])', 'Reflect.construct(px, [4])', 'Array.isArray(px)', 'px.length', '[...px]', 'px.fixed = 2',
      'Reflect.set(px, "a", 7)', 'Reflect.has(px, "zz")', 'Object.assign({}, px)', 'for (const k in px) log.push("in " + k)', 'px.hasOwnProperty("a")',
      'Reflect.defineProperty(px, "fixed", { value: 3 })', 'Reflect.getOwnPropertyDescriptor(px, "fixed")', 'String(px)'];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) {
      const op = this.pick(ops);
      lines.push(`  t('${chunk}.${i}', () => { log.length = 0; const r = ${op.startsWith('for') ? `(${JSON.stringify(op)}, eval)` : `(${op})`}; return [r, log.slice()]; });`);
    }
    lines.push('}');
    // eval is indirect to keep scope analysis honest; replace it with a direct loop in the line:
    return lines.map(l => l.replace(/\(("for [^"]*"), eval\)/, (_, s) => `(() => { ${JSON.parse(s)}; })()`));
  }

  accessorChunk(chunk) {
    const o = this.name('o');
    const lines = [
      `const ${o} = {`,
      `  _v: ${this.smallValue()},`,
      `  get v() { out('${chunk} get'); return this._v; },`,
      `  set v(x) { out('${chunk} set', x); this._v = ${this.pick(['x', 'x * 2', '[x]', 'String(x)'])}; },`,
      `  get [${this.str()}]() { return 'computed'; },`,
      `  toString() { return 'O' + this._v; },`,
      `  valueOf() { out('${chunk} valueOf'); return ${this.pick(['42', 'this._v', '{}', "'7'"])}; },`,
      `};`,
      `Object.defineProperty(${o}, 'ro', { get() { return ${this.smallValue()}; }, enumerable: ${this.pick(['true', 'false'])}, configurable: ${this.pick(['true', 'false'])} });`,
    ];
    const ops = [`${o}.v`, `${o}.v = ${this.smallValue()}`, `${o}.v += 1`, `${o} + 1`, `\`\${${o}}\``, `${o} * 2`, `${o} == 42`, `Object.keys(${o})`,
      `JSON.stringify(${o})`, `${o}.ro`, `(() => { 'use strict'; ${o}.ro = 1; })()`, `delete ${o}.ro`, `Object.getOwnPropertyDescriptor(${o}, 'v').set.name`,
      `Object.entries(Object.getOwnPropertyDescriptors(${o})).map(([k, d]) => k + (d.get ? 'G' : '') + (d.set ? 'S' : '') + (d.enumerable ? 'E' : ''))`,
      `Object.create(${o}).v`, `(() => { const c = Object.create(${o}); c.v = 3; return [Object.keys(c), c._v]; })()`, `[${o}].sort() && String(${o})`];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) lines.push(`t('${chunk}.${i}', () => ${this.pick(ops)});`);
    return ['{', ...this.indent(lines), '}'];
  }

  argumentsChunk(chunk) {
    const strict = this.chance(0.4);
    const f = this.name('f');
    const params = this.pick(['a, b', 'a', '', 'a, b, c']);
    const lines = [
      `function ${f}(${params}) {`,
      ...(strict ? ["  'use strict';"] : []),
      `  const before = [...arguments];`,
      ...this.pick([
        ['  arguments[0] = 99;'], ['  a = 77;'], ['  arguments.length = 1;'], ['  [].shift.call(arguments);'], ['  arguments[5] = 1;'], [],
      ]).filter(l => !(params === '' && l.includes('a = '))),
      `  return [before, [...arguments], arguments.length, typeof arguments, ${params ? 'a' : 'null'}, Object.prototype.toString.call(arguments), ${this.pick(['Array.prototype.slice.call(arguments, 1)', 'Array.from(arguments)', 'arguments[1]', '(() => arguments.length)()', 'JSON.stringify(arguments)', 'Object.keys(arguments)'])}];`,
      '}',
    ];
    for (let i = 0; i < 2; i++) lines.push(`t('${chunk}.${i}', () => ${f}(${this.list(() => this.smallValue(), 4)}));`);
    lines.push(`t('${chunk}.apply', () => ${f}.apply(null, ${this.pick(['[1, 2]', '{ length: 2, 0: "x" }', 'undefined', "'ab'"])}));`);
    lines.push(`t('${chunk}.bound', () => ${f}.bind(null, 1)(2, 3));`);
    return lines;
  }

  closureChunk(chunk) {
    const kind = this.pick(['let', 'var', 'const-of', 'let-in']);
    const fs = this.name('fs');
    const lines = [`const ${fs} = [];`];
    if (kind === 'let' || kind === 'var') lines.push(`for (${kind} i = 0; i < 3; i++) { ${fs}.push(() => i${this.chance(0.5) ? '++' : ''}); ${this.chance(0.3) ? 'if (i === 1) continue;' : ''} }`);
    else if (kind === 'const-of') lines.push(`for (const [i, v] of [[0, 'a'], [1, 'b']]) ${fs}.push(() => i + v);`);
    else lines.push(`for (let i in { p: 1, q: 2 }) { ${fs}.push(function () { return i + arguments.length; }); }`);
    lines.push(`t('${chunk}.a', () => ${fs}.map(f => f()));`);
    lines.push(`t('${chunk}.b', () => ${fs}.map(f => f()));`);
    const mk = this.name('mk');
    lines.push(`function ${mk}(n) { let c = n; return { inc: () => ++c, get: () => c, reset() { c = n; } }; }`);
    lines.push(`t('${chunk}.c', () => { const x = ${mk}(${this.int(5)}), y = ${mk}(10); x.inc(); y.inc(); x.inc(); x.reset(); return [x.get(), y.get()]; });`);
    lines.push(`t('${chunk}.d', () => { const gs = []; for (let i = 0; i < 2; i++) gs.push(function* () { yield i; i += 10; yield i; }); return gs.flatMap(g => [...g()]); });`);
    return ['{', ...this.indent(lines), '}'];
  }

  spreadChunk(chunk) {
    const src = () => this.pick(['[1, 2]', "'hé'", 'new Set([1, 1, 2])', 'new Map([[1, "a"]])', '[, 3]', 'arguments', '{ *[Symbol.iterator]() { yield 4; } }',
      '{ [Symbol.iterator]: () => ({ next: () => ({ done: true }) }) }', '(function* () { yield* [5, 6]; })()', 'null', '{}', '[[7]]']);
    const ops = [`[...${src()}]`, `Math.max(...${src()}, 0)`, `{ ...${this.pick(['{ a: 1 }', '[8, 9]', "'xy'", 'null', '{ get g() { return 1; } }', 'Object.create({ inh: 1 })'])}, b: 2 }`,
      `((...r) => r)(...${src()})`, `new Array(...${src()})`, `String.fromCharCode(...[72, 105])`, `[...${src()}].length`, `new Set([...${src()}, ...${src()}]).size`];
    const lines = [];
    for (let i = 0, n = 2 + this.int(3); i < n; i++) lines.push(`t('${chunk}.${i}', function () { return ${this.pick(ops)}; });`);
    return lines;
  }

  optionalChunk(chunk) {
    const base = () => this.pick(['o', 'o.n', 'o.f', 'o.arr', 'nul', 'o.m', 'o.deep']);
    const tail = () => this.pick(['?.x', '.x', '?.[0]', '?.()', '?.y?.z', '.deep?.v', '?.length', '?.call(o, 1)', '?.["k"]']);
    const lines = [`const o = { n: null, f() { return this === o; }, arr: [1], deep: { v: 'dv' }, m: undefined }, nul = null;`];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) {
      lines.push(`t('${chunk}.${i}', () => ${this.chance(0.3) ? 'delete ' : ''}${base()}${tail()}${this.chance(0.4) ? tail() : ''}${this.chance(0.3) ? ' ?? ' + this.smallValue() : ''});`);
    }
    lines.push(`t('${chunk}.call', () => [o.f?.(), (o?.f)(), o?.["f"]?.()]);`);
    return ['{', ...this.indent(lines), '}'];
  }

  tryFlowChunk(chunk) {
    // try/finally with break/continue/return crossing it, and finally overriding completions
    const f = this.name('tf');
    const ex = () => this.pick(['return 1', 'throw new Error("fin")', 'break', 'continue', "out('" + chunk + " fin')", '']);
    const lines = [
      `function ${f}(n) {`,
      `  const log = [];`,
      `  outer: for (let i = 0; i < n; i++) {`,
      `    try {`,
      `      log.push('t' + i);`,
      `      if (i === ${this.int(3)}) ${this.pick(['continue', 'break', 'return log', 'throw i', 'continue outer', 'break outer'])};`,
      `      for (const j of [0, 1]) {`,
      `        try { if (j === ${this.int(2)}) ${this.pick(['break outer', 'continue outer', 'return [log, j]', 'break', 'throw j'])}; } finally { log.push('if' + j); ${this.chance(0.3) ? ex() + ';' : ''} }`,
      `      }`,
      `    } catch (e) {`,
      `      log.push('c' + err(e));`,
      `      ${this.chance(0.4) ? ex() + ';' : ''}`,
      `    } finally {`,
      `      log.push('f' + i);`,
      `      ${this.chance(0.4) ? 'if (i === 1) ' + ex() + ';' : ''}`,
      `    }`,
      `  }`,
      `  return log;`,
      '}',
      `t('${chunk}', () => ${f}(${1 + this.int(3)}));`,
    ];
    return lines;
  }

  promiseChunk(chunk) {
    const lines = [];
    const v = () => this.smallValue();
    const pr = () => this.pick([`Promise.resolve(${v()})`, `Promise.reject(new Error('r'))`, `{ then(f) { out('${chunk} then called'); f(${v()}); } }`,
      `new Promise(r => r(Promise.resolve(${v()})))`, `(async () => { await null; return ${v()}; })()`, `Promise.resolve().then(() => { throw new RangeError('in then'); })`, v()]);
    const ops = [
      () => `p('${chunk} all', Promise.all([${this.list(pr, 3)}]));`,
      () => `p('${chunk} allSettled', Promise.allSettled([${this.list(pr, 3)}]).then(rs => rs.map(r => r.status)));`,
      () => `p('${chunk} race', Promise.race([${this.list(pr, 3)}]));`,
      () => `p('${chunk} any', Promise.any([${this.list(pr, 3)}]).catch(e => [e.constructor.name, e.errors.length]));`,
      () => `p('${chunk} chain', Promise.resolve(${pr()}).then(x => { out('${chunk} then1', x); return ${pr()}; }).finally(() => out('${chunk} finally')).then(x => [x]));`,
      () => `Promise.resolve(1).then(() => out('${chunk} tick a')).then(() => out('${chunk} tick b'));`,
      () => `queueMicrotask(() => out('${chunk} microtask'));`,
      () => `process.nextTick(() => out('${chunk} nextTick'));`,
      () => `p('${chunk} withResolvers', (() => { let res; const q = new Promise(r => { res = r; }); res(${v()}); return q; })());`,
      () => `(async () => { out('${chunk} async start'); for (const x of [1, 2]) { await x; out('${chunk} loop', x); } })();`,
      () => `p('${chunk} thenable-job', Promise.resolve({ then(f, r) { out('${chunk} in then'); ${this.pick(['f(1)', 'r(new Error("no"))', 'throw new TypeError("t")', 'f(2); f(3)'])}; } }));`,
    ];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) lines.push(this.pick(ops)());
    lines.push(`out('${chunk} sync end');`);
    return lines;
  }

  labelChunk(chunk) {
    const lines = [`t('${chunk}', () => {`, '  const r = [];'];
    lines.push(`  a: for (let i = 0; i < 3; i++) {`);
    lines.push(`    b: for (let j = 0; j < 3; j++) {`);
    lines.push(`      c: { if (j === ${this.int(3)}) break c; r.push('c' + i + j); }`);
    lines.push(`      if (i + j === ${this.int(4)}) ${this.pick(['continue a', 'break b', 'continue b', 'break a'])};`);
    lines.push(`      r.push(i * 10 + j);`);
    lines.push('    }');
    lines.push('  }');
    lines.push(`  d: switch (${this.int(3)}) { case 0: r.push('s0'); case 1: r.push('s1'); break d; default: r.push('sd'); }`);
    lines.push('  return r;');
    lines.push('});');
    return lines;
  }

  // Timers whose order is the same whatever node's lateness: any number of timers created in the
  // synchronous run (ordered by delay, then creation), and at most one chain per program that
  // creates timers from timer callbacks, starting after every other timer (delay 200+).
  // No timer callback throws: after an uncaught exception in a timer, node runs the remaining
  // timers in an order that depends on how much time has passed.
  timerChunk(chunk) {
    const lines = [];
    if (!this.chain && this.chance(0.4)) {
      this.chain = true;
      const steps = [];
      const step = (i) => this.pick([
        `setTimeout(() => { out('${chunk} chain ${i}'); NEXT }, ${this.pick([0, 1, 2, 5])});`,
        `setImmediate(() => { out('${chunk} immediate ${i}'); NEXT });`,
        `Promise.resolve().then(() => { out('${chunk} micro ${i}'); NEXT });`,
        `process.nextTick(() => { out('${chunk} tick ${i}'); NEXT });`,
        `{ let n = 0; const h = setInterval(() => { out('${chunk} interval ${i}', n); if (++n === ${1 + this.int(3)}) { clearInterval(h); NEXT } }, ${this.pick([1, 3])}); }`,
        `{ const h = setTimeout(() => out('${chunk} cleared!'), 0); clearTimeout(h); NEXT }`,
        `(async () => { await new Promise(r => setTimeout(r, ${this.pick([0, 2])})); out('${chunk} after delay ${i}'); await null; out('${chunk} then ${i}'); NEXT })();`,
      ]);
      for (let i = 0, n = 2 + this.int(4); i < n; i++) steps.push(step(i));
      let code = '';
      for (let i = steps.length - 1; i >= 0; i--) code = steps[i].replace('NEXT', code);
      lines.push(`setTimeout(() => { out('${chunk} chain start'); ${code} }, ${200 + this.int(20)});`);
      return this.later(lines);
    }
    for (let i = 0, n = 2 + this.int(4); i < n; i++) {
      const d = this.pick([0, 1, 40, 80, 120]);
      lines.push(this.pick([
        `setTimeout((a, b) => { out('${chunk} timeout ${i}', a, b); Promise.resolve().then(() => out('${chunk} micro in ${i}')); process.nextTick(() => out('${chunk} tick in ${i}')); }, ${d}, ${this.smallValue()});`,
        `p('${chunk} delayed ${i}', new Promise(r => setTimeout(r, ${d}, ${this.smallValue()})));`,
        `{ const h = setTimeout(() => out('${chunk} never'), ${d}); ${this.chance(0.5) ? `clearTimeout(h);` : `h.unref && out('${chunk} has unref', typeof h.ref);`} }`,
      ]));
    }
    return this.later(lines);
  }

  // node starts a timer's delay when it is created, and the synchronous chunks before it take
  // real time; so every timer is created in one short block at the end of the script (the
  // prelude's \`later\` list; what it prints is held and written after it, as writes to a pipe
  // can block, and node's timers are warmed up first: its first setTimeout is slow), and top-level
  // delays differ by 39 ms or more (0 and 1 are equal), which a loaded machine may still take.
  later(lines) { return ['later.push(() => {', ...this.indent(lines), '});']; }

  // Conversions: which of @@toPrimitive / valueOf / toString each operator calls, in which order.
  coercionChunk(chunk) {
    const o = this.name('o');
    const hint = this.chance(0.5);
    const lines = [
      `const ${o} = {`,
      ...(hint ? [`  [Symbol.toPrimitive](h) { out('${chunk} toPrimitive', h); return h === 'number' ? ${this.pick(['7', "'8'", '{}', '2n'])} : ${this.pick(["'s'", '3', 'null', '{}'])}; },`] : []),
      `  valueOf() { out('${chunk} valueOf'); return ${this.pick(['5', "'5'", '{}', 'true', '1n'])}; },`,
      `  toString() { out('${chunk} toString'); return ${this.pick(["'k'", '6', '{}', "'a'"])}; },`,
      `};`,
    ];
    const ops = [`${o} + 1`, `${o} + ''`, `\`\${${o}}\``, `String(${o})`, `Number(${o})`, `${o} * 2`, `${o} == 5`, `${o} < 'b'`, `({ [${o}]: 1 })`,
      `[${o}].join()`, `-${o}`, `${o} + ${o}`, `BigInt(${o})`, `Math.max(${o}, 1)`, `new Date(${o}).getTime()`, `'k' in { [${o}]: 1 }`, `${o} ** 2`, `[1, 2].at(${o})`,
      `String.raw\`a\${${o}}b\``, `((s, ...v) => [s.raw, v.length])\`x\${${o}}\\n\``];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) lines.push(`t('${chunk}.${i}', () => ${this.pick(ops)});`);
    return ['{', ...this.indent(lines), '}'];
  }

  // Generators driven through return/throw while suspended inside try/finally.
  generatorFinallyChunk(chunk) {
    const g = this.name('g');
    const async = this.chance(0.4);
    const lines = [
      `${async ? 'async ' : ''}function* ${g}() {`,
      `  try {`,
      `    out('${chunk} start');`,
      `    const a = yield ${this.smallValue()};`,
      `    out('${chunk} got', a);`,
      `    try { yield ${this.smallValue()}; } finally { out('${chunk} inner finally'); ${this.pick(['', 'yield "from finally";', 'return "overridden";', `${async ? 'await null;' : ''}`])} }`,
      `  } catch (e) {`,
      `    out('${chunk} caught', err(e));`,
      `    ${this.pick(['', 'yield "after catch";', 'throw new RangeError("rethrown");'])}`,
      `  } finally {`,
      `    out('${chunk} finally');`,
      `  }`,
      `  return 'end';`,
      `}`,
      `const it = ${g}();`,
    ];
    const steps = [];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) {
      steps.push(this.weighted([[4, () => `it.next(${this.smallValue()})`], [1, () => `it.return(${this.smallValue()})`], [1, () => `it.throw(new Error('t${i}'))`]]));
    }
    if (async) lines.push(`p('${chunk} steps', (async () => { const r = []; for (const s of [${steps.map(s => `() => ${s}`).join(', ')}]) { try { r.push(await s()); } catch (e) { r.push(err(e)); } } return r; })());`);
    else steps.forEach((s, i) => lines.push(`t('${chunk}.${i}', () => ${s});`));
    return ['{', ...this.indent(lines), '}'];
  }

  // Maps/Sets mutated while iterated, sparse arrays, JSON with replacers/revivers/toJSON.
  collectionsChunk(chunk) {
    const ops = [
      `(() => { const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); const r = []; for (const [k] of m) { r.push(k); if (r.length > 8) break; if (k === ${1 + this.int(3)}) { m.delete(${1 + this.int(3)}); m.set(${this.int(6)}, 'n'); } } return [r, [...m.keys()]]; })()`,
      `(() => { const s = new Set([${this.list(() => this.smallValue(), 4)}]); const r = []; s.forEach(v => { r.push(v); if (r.length < 4) s.add(r.length * 10); }); return [r, s.size, s.has(NaN)]; })()`,
      `(() => { const a = [1, , 3]; a[${this.pick(['5', '1', '10'])}] = 'x'; ${this.pick(['delete a[0];', 'a.length = 2;', 'a.length = 8;', ''])} return [a.length, 1 in a, Object.keys(a), a.indexOf(undefined), a.includes(undefined), a.findIndex(x => x === undefined), JSON.stringify(a)]; })()`,
      `Array(${this.pick(['3', '0', '2'])}).fill().map((_, i) => i * 2)`,
      `Object.keys({ b: 1, 2: 'x', a: 2, 1: 'y', [Symbol('z')]: 3, '-1': 0, '01': 4 })`,
      `JSON.stringify({ a: [1, { b: 2 }], d: new Date(0), u: undefined, f() {}, n: NaN, i: -0, s: Symbol('x'), big: { toJSON(k) { return 'J' + k; } } }, ${this.pick(['null', "['a', 'b', 'd', 'big']", "(k, v) => typeof v === 'number' ? v + 1 : v"])}, ${this.pick(['0', '2', "'--'", '20'])})`,
      `JSON.parse('{"a":[1,2,{"b":null}],"c":"x"}', ${this.pick(["(k, v) => Array.isArray(v) ? v.length : v", "function (k, v) { return k === 'b' ? undefined : v; }", "(k, v) => (typeof v === 'number' ? v * 10 : v)"])})`,
      `[...new Map([[NaN, 1], [0, 2], [-0, 3]])].map(([k, v]) => Object.is(k, -0) + ':' + v)`,
      `Object.entries(Object.fromEntries(new Map([['x', 1], ['y', [2]]])))`,
      `String.fromCodePoint(0x1F600, 97).split('').map(c => c.charCodeAt(0))`,
      `[...'a😀b'].length + ':' + 'a😀b'.length + ':' + 'a😀b'.codePointAt(1)`,
      `[${this.list(() => this.smallValue(), 5)}].sort().concat([[1, [2, [3]]]].flat(Infinity))`,
      `new WeakMap([[{}, 1]]) instanceof WeakMap`,
    ];
    const lines = [];
    for (let i = 0, n = 2 + this.int(3); i < n; i++) lines.push(`t('${chunk}.${i}', () => ${this.pick(ops)});`);
    return lines;
  }

  // Scoping: parameter scopes with closures, TDZ, hoisting, functions in blocks (Annex B), with,
  // direct and indirect eval, object-literal super, new.target, arguments in generators/async.
  scopeChunk(chunk) {
    // Left out, a known bug: a sloppy direct eval's \`var\` must land in the calling function
    // (\`(function () { eval('var v = 1'); return typeof v; })()\` is 'number' in node, 'undefined'
    // in eventide).
    const ops = [
      `(function (a, b = () => a, c = b()) { var a = ${this.smallValue()}; return [a, b(), c]; })(1)`,
      `(function (x, f = () => typeof y) { var y = x; return [f(), y]; })(2)`,
      `(function (a = x, x = 1) { return a; })()`,
      `(() => { try { return typeof q; } finally { } let q = 1; })()`,
      `(() => { const r = [typeof h]; { function h() { return 1; } } r.push(typeof h); return r; })()`,
      `(() => { var v = 1; { var v = 2; } let w = 1; { let w = 2; } return [v, w]; })()`,
      `(() => { switch (${this.int(3)}) { case 0: let z = 'zero'; return z; case 1: return typeof z; default: try { return z; } catch (e) { return err(e); } } })()`,
      `(function () { var o = { p: 1, q: 2 }; with (o) { p = ${this.smallValue()}; var q = 'v'; } return [o.p, o.q, typeof q]; })()`,
      `(function () { var x = 'outer'; return [eval('x + 1'), eval('let x2 = x + 2; x2'), typeof x2, (0, eval)('typeof x')]; })()`,
      `(function () { 'use strict'; eval('var s1 = 1'); return typeof s1; })()`,
      `(() => { const base = { hi() { return 'base hi'; } }; const o = { __proto__: base, hi() { return 'o:' + super.hi(); } }; return o.hi(); })()`,
      `(() => { function F() { return new.target === F; } return [new F() instanceof F, F()]; })()`,
      `(() => { function* g() { yield arguments.length; yield arguments[1]; } return [...g(${this.list(() => this.smallValue(), 3)})]; })()`,
      `(() => { let i = 0; const fs = []; for (let j = 0; j < 3; j++, i++) fs.push(() => j + ':' + i); return fs.map(f => f()); })()`,
      `(() => { try { undeclared${this.int(9)} = 1; return 'assigned'; } catch (e) { return err(e); } })()`,
      `(() => { 'use strict'; try { undeclaredStrict = 1; } catch (e) { return err(e); } })()`,
      `(() => { const c = 1; try { c = 2; } catch (e) { return err(e); } })()`,
      `(() => { class K { static #p = 1; static #m() { return K.#p; } static get v() { return K.#m(); } } return K.v; })()`,
      `(() => { class K { #a = 1; static check(o) { try { return o.#a; } catch (e) { return err(e); } } } return [K.check(new K()), K.check({})]; })()`,
      `(() => { let log = []; const o = { get [(log.push('key'), 'k')]() { return 1; } }; log.push(o.k); return log; })()`,
    ];
    const lines = [];
    for (let i = 0, n = 2 + this.int(4); i < n; i++) lines.push(`t('${chunk}.${i}', () => ${this.pick(ops)});`);
    return lines;
  }

  program() {
    const chunks = [];
    const n = 4 + this.int(6);
    for (let i = 0; i < n; i++) {
      const c = 'c' + i;
      const lines = this.weighted([
        [6, () => this.grammarChunk(c)],
        [2, () => this.classChunk(c)],
        [2, () => this.destructChunk(c)],
        [1.5, () => this.proxyChunk(c)],
        [1.5, () => this.accessorChunk(c)],
        [1.5, () => this.argumentsChunk(c)],
        [1.5, () => this.closureChunk(c)],
        [1.5, () => this.spreadChunk(c)],
        [1.5, () => this.optionalChunk(c)],
        [1.5, () => this.tryFlowChunk(c)],
        [2, () => this.promiseChunk(c)],
        [1, () => this.labelChunk(c)],
        [1.5, () => this.coercionChunk(c)],
        [1.5, () => this.generatorFinallyChunk(c)],
        [1.5, () => this.collectionsChunk(c)],
        [1.5, () => this.scopeChunk(c)],
        [1.5, () => this.timerChunk(c)],
        [3, () => [`t('${c}', () => (${this.expr({ vars: [], kind: 'plain' })}));`]],
      ]);
      // Each chunk is its own block so chunks never share bindings; the minimiser drops whole chunks.
      chunks.push(`{ // ${c}\n${this.indent(lines).join('\n')}\n}`);
    }
    return PRELUDE + chunks.join('\n') + '\nclearTimeout(setTimeout(() => {}, 0));\nheld = [];\nfor (const f of later) f();\nfor (const line of held.splice(0)) console.log(line);\nheld = null;\n';
  }
}

function generate(seed) { return new Gen(seed).program(); }
module.exports = { generate, PRELUDE };

if (require.main === module) process.stdout.write(generate(Number(process.argv[2] || 1)));
