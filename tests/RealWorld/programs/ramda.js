'use strict';
// ramda's main API: curried list/object functions, composition, lenses, predicates.
const R = require('ramda');
const show = (label, value) => console.log(label, JSON.stringify(value));

const people = [{ name: 'Alice', age: 30, city: 'Paris' }, { name: 'Bob', age: 25, city: 'Rome' }, { name: 'Carol', age: 35, city: 'Paris' }];
show('map/filter/reduce', [R.map(R.multiply(2), [1, 2, 3]), R.filter(R.lt(1), [1, 2, 3]), R.reduce(R.add, 0, [1, 2, 3, 4]), R.map(R.inc, { a: 1, b: 2 })]);
show('curry', (() => { const f = R.curry((a, b, c) => a + b * c); return [f(1)(2)(3), f(1, 2)(3), f(R.__, 2, 3)(1), R.curryN(2, (...a) => a.length)(1)(2)]; })());
show('compose/pipe', [R.compose(R.toUpper, R.join('-'), R.reverse)(['a', 'b']), R.pipe(R.split(' '), R.map(R.length), R.sum)('hello big world')]);
show('prop/path', [R.prop('name', people[0]), R.pluck('age', people), R.path(['a', 'b', 1], { a: { b: [5, 6] } }), R.pathOr('n/a', ['x', 'y'], {}), R.props(['name', 'city'], people[1]), R.propOr(0, 'z', {})]);
show('sort', [R.sortBy(R.prop('age'), people).map(R.prop('name')), R.sortWith([R.ascend(R.prop('city')), R.descend(R.prop('age'))], people).map(R.prop('name')), R.sort(R.subtract, [4, 2, 7, 5])]);
show('group', [R.groupBy(R.prop('city'), people), R.countBy(Math.floor)([1.0, 1.1, 1.2, 2.0, 3.0]), R.indexBy(R.prop('name'), people).Bob.age, R.partition(R.includes('s'), ['sss', 'ttt', 'foo', 'bars'])]);
show('lists', [R.head([1, 2]), R.last('abc'), R.tail([1, 2, 3]), R.init([1, 2, 3]), R.take(2, [1, 2, 3]), R.drop(2, 'abcd'), R.takeWhile(R.gt(3), [1, 2, 3, 1]), R.dropLastWhile(x => x <= 3, [1, 2, 3, 4, 3, 2, 1]), R.splitAt(1, [1, 2, 3]), R.splitEvery(3, [1, 2, 3, 4, 5, 6, 7]), R.aperture(2, [1, 2, 3, 4]), R.range(1, 5), R.repeat('x', 3), R.times(R.identity, 4)]);
show('set ops', [R.uniq([1, 1, '1', [42], [42]]), R.union([1, 2, 3], [2, 3, 4]), R.intersection([1, 2, 3, 4], [7, 6, 5, 4, 3]), R.difference([1, 2, 3, 4], [7, 6, 5, 4, 3]), R.symmetricDifference([1, 2, 3, 4], [7, 6, 5, 4, 3]), R.uniqBy(Math.abs, [-1, -5, 2, 10, 1, 2]), R.without([1, 2], [1, 2, 1, 3, 4])]);
show('zip/xprod', [R.zip([1, 2, 3], ['a', 'b', 'c']), R.zipObj(['a', 'b'], [1, 2]), R.zipWith((a, b) => a + b, [1, 2], [10, 20]), R.xprod([1, 2], ['a', 'b']), R.transpose([[1, 'a'], [2, 'b'], [3, 'c']])]);
show('flatten/chain', [R.flatten([1, [2, [3, [4]]]]), R.unnest([1, [2], [[3]]]), R.chain(n => [n, n], [1, 2]), R.ap([R.multiply(2), R.add(3)], [1, 2, 3])]);
show('insert/update', [R.insert(2, 'x', [1, 2, 3, 4]), R.update(1, '_', ['a', 'b', 'c']), R.adjust(1, R.toUpper, ['a', 'b', 'c']), R.remove(2, 3, [1, 2, 3, 4, 5, 6]), R.move(0, 2, ['a', 'b', 'c', 'd']), R.append('z', ['a']), R.prepend('z', ['a'])]);
show('find', [R.find(R.propEq(25, 'age'), people).name, R.findIndex(R.propEq('Paris', 'city'), people), R.findLast(R.propEq('Paris', 'city'), people).name, R.indexOf(3, [1, 2, 3]), R.includes({ a: 1 }, [{ a: 1 }])]);
show('objects', [R.assoc('c', 3, { a: 1, b: 2 }), R.assocPath(['a', 'b', 'c'], 42, { a: { b: { c: 0 } } }), R.dissoc('b', { a: 1, b: 2 }), R.dissocPath(['a', 'b'], { a: { b: 1, c: 2 } }), R.pick(['a', 'd'], { a: 1, b: 2, d: 4 }), R.omit(['a', 'd'], { a: 1, b: 2, c: 3, d: 4 }), R.pickBy((v, k) => k === R.toUpper(k), { a: 1, B: 2 }), R.keys({ a: 1, b: 2 }), R.values({ a: 1, b: 2 }), R.toPairs({ a: 1 }), R.fromPairs([['a', 1]]), R.invertObj({ a: 'x', b: 'y' }), R.invert({ a: 'x', b: 'x' })]);
show('merge', [R.mergeRight({ a: 1, b: 2 }, { b: 3 }), R.mergeDeepRight({ a: { b: 1, c: 2 } }, { a: { c: 3 } }), R.mergeWith(R.concat, { a: [1] }, { a: [2], b: 3 }), R.mergeAll([{ a: 1 }, { b: 2 }])]);
show('evolve', R.evolve({ firstName: R.trim, data: { elapsed: R.add(1) }, id: R.toString }, { firstName: '  Tomato ', data: { elapsed: 100 }, id: 123 }));
show('lens', (() => {
  const xLens = R.lensProp('x');
  const headLens = R.lensIndex(0);
  const pathLens = R.lensPath(['a', 'b']);
  return [R.view(xLens, { x: 1, y: 2 }), R.set(xLens, 4, { x: 1, y: 2 }), R.over(xLens, R.negate, { x: 1 }), R.over(headLens, R.toUpper, ['a', 'b']), R.view(pathLens, { a: { b: 5 } }), R.set(pathLens, 6, { a: {} })];
})());
show('logic', [R.allPass([R.lt(0), R.gt(10)])(5), R.anyPass([R.equals(1), R.equals(2)])(3), R.both(R.is(Number), R.lt(0))(5), R.either(R.isNil, R.isEmpty)(''), R.ifElse(R.has('count'), R.over(R.lensProp('count'), R.inc), R.assoc('count', 1))({}), R.cond([[R.equals(0), R.always('zero')], [R.T, t => 'temp ' + t]])(50), R.when(R.is(String), R.toUpper)('a'), R.unless(R.is(Array), R.of(Array))(1), R.defaultTo(42)(null), R.not(true), R.complement(R.isNil)(0)]);
show('equals', [R.equals({ a: [1, { b: new Date(0) }] }, { a: [1, { b: new Date(0) }] }), R.equals(NaN, NaN), R.equals(0, -0), R.equals(new Map([[1, 2]]), new Map([[1, 2]])), R.equals(new Set([1]), new Set([2])), R.identical(NaN, NaN), R.eqBy(Math.abs, 5, -5), R.propEq(1, 'a')({ a: 1 })]);
show('types', [R.type(null), R.type([]), R.type(/x/), R.type(() => 1), R.type(new Date()), R.type(1n), R.is(Object, []), R.isEmpty([]), R.isEmpty({}), R.isEmpty(''), R.isNil(undefined), R.isNotNil(0)]);
show('strings', [R.toUpper('abc'), R.split(',', 'a,b'), R.replace(/o/g, '0', 'foo'), R.test(/^x/, 'xyz'), R.match(/([a-z]a)/g, 'bananas'), R.trim('  x  '), R.toString({ a: [1, 'b', null, undefined], d: new Date(0) }), R.toString(new Set([1])), R.startsWith('a', 'abc'), R.join('|', [1, 2])]);
show('math', [R.sum([1, 2, 3]), R.product([2, 4]), R.mean([2, 7, 9]), R.median([7, 2, 10, 9]), R.modulo(-17, 3), R.mathMod(-17, 5), R.clamp(1, 10, 15), R.max(1, 2), R.minBy(Math.abs, -3, 2), R.negate(4), R.dec(1)]);
show('functions', (() => {
  const log = [];
  const f = R.once(x => (log.push(x), x));
  f(1); f(2);
  const m = R.memoizeWith(String, n => (log.push('m' + n), n * 2));
  m(2); m(2);
  return [R.flip((a, b) => a - b)(1, 10), R.converge(R.divide, [R.sum, R.length])([1, 2, 3, 4]), R.juxt([Math.min, Math.max])(3, 1, 2), R.partial((a, b, c) => a + b + c, [1, 2])(3), R.partialRight((a, b) => a + b, ['!'])('hi'), R.nAry(1, (...a) => a.length)(1, 2, 3), R.unapply(JSON.stringify)(1, 2), R.apply(Math.max, [1, 5, 3]), R.tap(x => log.push('tap' + x), 7), R.useWith(Math.pow, [R.identity, R.identity])(2, 3), R.addIndex(R.map)((v, i) => v + i, [10, 20]), R.invoker(1, 'slice')(6)('abcdefghijklm'), R.constructN(1, Date)(0).getTime(), R.applySpec({ sum: R.add, nested: { mul: R.multiply } })(2, 4), log];
})());
show('transduce', [R.transduce(R.compose(R.map(R.add(1)), R.take(2)), R.flip(R.append), [], [1, 2, 3, 4]), R.into([], R.compose(R.filter(x => x % 2), R.map(R.inc)), [1, 2, 3, 4, 5])]);
show('reduceBy/scan', [R.reduceBy((acc, p) => acc.concat(p.name), [], R.prop('city'), people), R.scan(R.multiply, 1, [1, 2, 3, 4]), R.mapAccum((a, b) => [a + b, a + b], 0, [1, 2, 3]), R.unfold(n => (n > 50 ? false : [-n, n + 10]), 10), R.reduceWhile(acc => acc < 10, R.add, 0, [1, 2, 3, 4, 5, 6])]);
show('where', [R.where({ a: R.equals('foo'), b: R.complement(R.equals('bar')) })({ a: 'foo', b: 'xxx' }), R.whereEq({ a: 1 })({ a: 1, b: 2 }), R.project(['name'], people)]);
