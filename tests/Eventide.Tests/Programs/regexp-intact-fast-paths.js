// The plain-RegExp fast paths of split, replace, match, search and exec (RegExpIntact, the cached
// exec-result shape, lastIndex in its slot), and every way out of them: a subclass, patched exec,
// flags, flag getters, constructor, Symbol.species, @@ methods, own properties, a lastIndex object
// with valueOf, a read-only lastIndex, sticky and unicode regexps, a limit whose valueOf patches.
const log = (...a) => console.log(...a.map(v => JSON.stringify(v)));
const text = 'alpha beta,  gamma\tdelta, 2024-01-15 user42 x\u{1F600}y';

function common(label) {
  log(label, 'split', text.split(/\s+/), text.split(/,\s*/), text.split(/(,)\s*/, 3), 'abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/));
  log(label, 'replace', text.replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3/$2/$1'), text.replace(/user(\d+)/, 'u<$1>'),
    text.replace(/\b(\w)(\w*)\b/g, (all, f, rest, at) => f.toUpperCase() + rest + at));
  log(label, 'match', text.match(/\d+/g), text.match(/[aeiou]{2}/), text.match(/zzz/g), text.match(/(?<w>[a-z]+)/));
  log(label, 'search', text.search(/DELTA/i), text.search(/nope/));
  const kv = /(?<key>[a-z]+)(?<digits>\d+)/g;
  let m, found = [];
  while ((m = kv.exec(text)) !== null) found.push([m.index, m[0], m.groups.key, m.groups.digits, kv.lastIndex, Object.keys(m)]);
  log(label, 'exec', found, kv.lastIndex);
}

common('plain');

// Result objects keep their layout and stay ordinary arrays.
const r = /(a)(b)?/.exec('xab');
log(Object.keys(r), r.index, r.input, r.groups, r.length, Object.getOwnPropertyNames(r));
r.extra = 1; delete r.index;
log(Object.keys(r), /(a)/d.exec('xa').indices, Object.keys(/(?<n>a)/d.exec('a')));

// Sticky and unicode regexps.
const sticky = /\w+/y;
log('abc def'.split(sticky), 'abc def'.replace(sticky, 'X'), sticky.lastIndex, 'a1b2'.match(/\d/gy), ' a'.search(/a/y));
log('x\u{1F600}\u{1F600}y'.split(/(?:)/u), 'x\u{1F600}y'.replace(/(?:)/gu, '-'), '\u{1F600}'.match(/./gu), 'a\u{1F600}'.split(/\u{1F600}/u));

// lastIndex: an object with valueOf, a big number, read-only.
const g = /a/g;
g.lastIndex = { valueOf() { log('valueOf read'); return 2; } };
log(g.exec('aaaa').index, g.lastIndex);
const nonGlobal = /b/;
nonGlobal.lastIndex = { valueOf() { log('valueOf read on non-global'); return 5; } };
log(nonGlobal.test('abc'), typeof nonGlobal.lastIndex);
const frozen = /a/g;
Object.defineProperty(frozen, 'lastIndex', { writable: false, value: 0 });
for (const f of [() => frozen.exec('aa'), () => 'aa'.replace(frozen, 'b'), () => 'aa'.match(frozen), () => frozen.test('b')])
  try { log(f()); } catch (e) { log(e.constructor.name, e.message); }
const frozenSticky = /a/y;
Object.defineProperty(frozenSticky, 'lastIndex', { writable: false, value: 0 });
try { frozenSticky.exec('ba'); } catch (e) { log(e.constructor.name, e.message); }
log('a,b'.split(frozen));
try { 'xa'.search(frozen); } catch (e) { log(e.constructor.name, e.message); }

// A subclass: its exec and constructor are used.
class Spy extends RegExp {
  exec(s) { log('Spy.exec', this.source, this.flags, this.lastIndex); return super.exec(s); }
}
log('a1b2c'.split(new Spy('\\d')), 'a1b2'.replace(new Spy('\\d', 'g'), '#'), 'a1b2'.match(new Spy('\\d', 'g')), 'xx1'.search(new Spy('\\d')));

// Own properties on the instance.
const own = /\d/g;
own.exec = function (s) { log('own exec', this.lastIndex); return RegExp.prototype.exec.call(this, s); };
log('a1b2'.replace(own, '#'), 'a1b2'.match(own), 'a1b2'.split(own));
const ownFlags = /\d/g;
Object.defineProperty(ownFlags, 'global', { value: false });
log('a1b2'.replace(ownFlags, '#'), 'a1b2'.match(ownFlags), 'a1b2'.split(ownFlags));
const ownCtor = /,/;
ownCtor.constructor = function () { log('own constructor called'); return /;/y; };
ownCtor.constructor[Symbol.species] = ownCtor.constructor;
log('a,b;c'.split(ownCtor));

// A limit whose valueOf patches RegExp.prototype.exec: the splitter must see the patch.
const origExec = RegExp.prototype.exec;
log('a1b2c3'.split(/\d/, { valueOf() { RegExp.prototype.exec = function (s) { log('patched exec', this.flags, this.lastIndex); return origExec.call(this, s); }; return 5; } }));
RegExp.prototype.exec = origExec;
log('a1b2c3'.split(/\d/, { valueOf() { return 2; } }));

// A replacer that patches things while a global replace runs.
log('a1b2c3'.replace(/\d/g, d => { RegExp.prototype.exec = origExec; return '<' + d + '>'; }));

// Patched prototype pieces, one at a time, then restored.
function patched(label, install, restore) {
  install();
  try { common(label); } catch (e) { log(label, 'threw', e.constructor.name, e.message); }
  restore();
}
const proto = RegExp.prototype;
patched('exec', () => { proto.exec = function (s) { const m = origExec.call(this, s); if (m) m.patched = true; return m; }; }, () => { proto.exec = origExec; });
const flagsDesc = Object.getOwnPropertyDescriptor(proto, 'flags');
patched('flags', () => { Object.defineProperty(proto, 'flags', { get() { return flagsDesc.get.call(this); }, configurable: true }); },
  () => Object.defineProperty(proto, 'flags', flagsDesc));
const globalDesc = Object.getOwnPropertyDescriptor(proto, 'global');
patched('global getter', () => { Object.defineProperty(proto, 'global', { get() { return globalDesc.get.call(this); }, configurable: true }); log('global swapped'); },
  () => Object.defineProperty(proto, 'global', globalDesc));
const unicodeDesc = Object.getOwnPropertyDescriptor(proto, 'unicode');
patched('unicode getter', () => { Object.defineProperty(proto, 'unicode', { get() { return true; }, configurable: true }); },
  () => Object.defineProperty(proto, 'unicode', unicodeDesc));
const speciesDesc = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
patched('species', () => {
  Object.defineProperty(RegExp, Symbol.species, { get() { log('species read'); return function (src, flags) { log('species construct', flags); return new RegExp(src, flags); }; }, configurable: true });
}, () => Object.defineProperty(RegExp, Symbol.species, speciesDesc));
const origCtor = proto.constructor;
patched('constructor', () => { proto.constructor = { [Symbol.species]: function (src, flags) { log('ctor species', String(flags)); return new origCtor(src, flags); } }; },
  () => { proto.constructor = origCtor; });
const origSplit = proto[Symbol.split];
patched('@@split', () => { proto[Symbol.split] = function (s, lim) { log('@@split called'); return origSplit.call(this, s, lim); }; },
  () => { proto[Symbol.split] = origSplit; });
const origReplace = proto[Symbol.replace];
patched('@@replace', () => { proto[Symbol.replace] = function (s, v) { log('@@replace called'); return origReplace.call(this, s, v); }; },
  () => { proto[Symbol.replace] = origReplace; });
const matchDesc = Object.getOwnPropertyDescriptor(proto, Symbol.match);
patched('@@match getter', () => { Object.defineProperty(proto, Symbol.match, { get() { log('@@match read'); return matchDesc.value; }, configurable: true }); },
  () => Object.defineProperty(proto, Symbol.match, matchDesc));
patched('added property', () => { proto.extra = 1; }, () => { delete proto.extra; });

common('restored');
log(RegExp.$1, RegExp.lastMatch, RegExp['$`'].length);

// The legacy statics after a split: the last match the split used (not one found at the very end).
log('a1b2c'.split(/(\d)/), RegExp.$1, RegExp.lastMatch);
log('ab'.split(/b*/), JSON.stringify(RegExp.lastMatch), RegExp.leftContext);
log('x,y,'.split(/,/), RegExp.leftContext, RegExp.rightContext);
log('aXbXc'.split(/x/i, 2), RegExp.lastMatch, RegExp.rightContext);
