'use strict';
// immer: produce with drafts of objects, arrays, Maps and Sets, patches, freezing, currying.
const { produce, produceWithPatches, applyPatches, enablePatches, enableMapSet, original, current, isDraft, freeze, nothing, createDraft, finishDraft, setAutoFreeze } = require('immer');
enablePatches();
enableMapSet();
const show = (label, value) => console.log(label, JSON.stringify(value, (k, v) => (v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v)));

const base = { todos: [{ title: 'learn', done: false }, { title: 'use', done: false }], meta: { count: 2 }, untouched: { deep: [1] } };
const next = produce(base, draft => {
  draft.todos[0].done = true;
  draft.todos.push({ title: 'share', done: false });
  draft.meta.count++;
});
show('next', next);
show('base unchanged', base);
show('structural sharing', [next.untouched === base.untouched, next.todos[1] === base.todos[1], next.todos[0] === base.todos[0]]);
show('frozen', [Object.isFrozen(next), Object.isFrozen(next.todos), Object.isFrozen(next.todos[2])]);
show('no change is same', produce(base, d => { d.meta.count = 2; }) === base);
show('return replaces', produce(base, () => ({ replaced: true })));
show('return nothing', produce(base, () => nothing));
show('array ops', produce([1, 2, 3, 4, 5], d => { d.splice(1, 2, 'x'); d.reverse(); d.sort(); d.length = 3; d.unshift(0); }));
show('delete', produce({ a: 1, b: 2 }, d => { delete d.a; d.c = 3; }));
show('curried', [{}, { n: 0 }].map(produce((d, i) => { d.n = i; })));
show('curried base', produce((d, x) => { d.x = x; }, { x: 0 })(undefined, 5));
const withMap = produce({ users: new Map([['a', { age: 1 }]]), tags: new Set(['x']) }, d => {
  d.users.get('a').age = 2;
  d.users.set('b', { age: 3 });
  d.tags.add('y');
  d.tags.delete('x');
});
show('map/set', withMap);
show('map frozen', (() => { try { withMap.users.set('c', 1); return 'mutated'; } catch (e) { return e.constructor.name; } })());
const [state, patches, inverse] = produceWithPatches({ a: { b: 1 }, list: [1, 2] }, d => {
  d.a.b = 2;
  d.list.push(3);
  delete d.a.missing;
  d.added = 'x';
});
show('patches', patches);
show('inverse', inverse);
show('apply patches', applyPatches({ a: { b: 1 }, list: [1, 2] }, patches));
show('apply inverse', applyPatches(state, inverse));
produce(base, draft => {
  draft.todos[0].title = 'changed';
  show('isDraft', [isDraft(draft), isDraft(base), isDraft(draft.todos)]);
  show('original', original(draft.todos[0]).title);
  show('current', current(draft.todos[0]).title);
});
const draft = createDraft({ n: 1, arr: [] });
draft.n = 2;
draft.arr.push('later');
show('createDraft/finishDraft', finishDraft(draft));
show('freeze', Object.isFrozen(freeze({ a: 1 })));
setAutoFreeze(false);
show('autoFreeze off', Object.isFrozen(produce({ a: 1 }, d => { d.a = 2; })));
setAutoFreeze(true);
try {
  produce({ a: 1 }, d => { d.a = 2; return { b: 1 }; });
} catch (e) {
  show('modify and return', e.message.slice(0, 60));
}
try {
  next.todos[0].done = false;
  show('strict mode assignment', 'allowed');
} catch (e) {
  show('assign to frozen', e.constructor.name);
}
class Point { constructor(x) { this.x = x; } }
const { immerable } = require('immer');
Point.prototype[immerable] = true;
const p2 = produce(new Point(1), d => { d.x = 5; });
show('class instance', [p2 instanceof Point, p2.x]);
Promise.resolve({ v: 0 }).then(produce(d => { d.v = 1; })).then(r => show('curried in then', [r, Object.isFrozen(r)]));
show('deep nested', produce({ a: { b: { c: { d: [{ e: 1 }] } } } }, d => { d.a.b.c.d[0].e++; d.a.b.c.d.push({ e: 3 }); }));
