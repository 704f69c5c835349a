'use strict';
// mobx: observables (proxies), computed values, reactions, autorun, actions, flows, when.
const mobx = require('mobx');
const { observable, computed, autorun, reaction, action, runInAction, makeAutoObservable, when, flow, toJS, configure } = mobx;
configure({ enforceActions: 'never' });
const show = (label, value) => console.log(label, JSON.stringify(value));
const log = [];

const store = observable({ items: [{ n: 1 }, { n: 2 }], filter: 0, get total() { return this.items.filter(i => i.n > this.filter).reduce((s, i) => s + i.n, 0); } });
const dispose = autorun(() => log.push('total ' + store.total));
store.items.push({ n: 3 });
store.filter = 1;
store.items[0].n = 10;
runInAction(() => { store.items.push({ n: 4 }); store.items.push({ n: 5 }); });
dispose();
store.items.push({ n: 100 });
show('autorun', log.splice(0));

class Todo {
  title = '';
  done = false;
  constructor(title) { makeAutoObservable(this); this.title = title; }
  get label() { return (this.done ? '[x] ' : '[ ] ') + this.title; }
  toggle() { this.done = !this.done; }
}
const todo = new Todo('write tests');
const r = reaction(() => todo.label, (label, prev) => log.push(prev + ' -> ' + label));
todo.toggle();
todo.title = 'write more tests';
r();
show('class reaction', log.splice(0));
show('isObservable', [mobx.isObservable(store), mobx.isObservableArray(store.items), mobx.isComputedProp(todo, 'label'), mobx.isAction(todo.toggle)]);

const map = observable.map({ a: 1 });
autorun(() => log.push('map keys ' + [...map.keys()].join(',')));
map.set('b', 2);
map.delete('a');
const set = observable.set([1]);
autorun(() => log.push('set size ' + set.size));
set.add(2); set.add(2);
show('map/set', log.splice(0));

const box = observable.box(1);
const doubled = computed(() => box.get() * 2);
const seen = [];
const stop = mobx.observe(doubled, ch => seen.push([ch.oldValue, ch.newValue]));
box.set(5); box.set(5); box.set(6);
stop();
show('box/computed/observe', [doubled.get(), seen]);

const counter = observable({ count: 0 });
const inc = action('inc', () => { counter.count++; counter.count++; });
autorun(() => log.push('count ' + counter.count));
inc();
show('action batching', log.splice(0));
show('toJS', toJS(store));
const intercepted = observable({ v: 1 });
mobx.intercept(intercepted, 'v', change => { if (change.newValue < 0) return null; change.newValue *= 10; return change; });
intercepted.v = -1; const afterNeg = intercepted.v; intercepted.v = 2;
show('intercept', [afterNeg, intercepted.v]);
show('dependency tree', mobx.getDependencyTree(doubled).name.replace(/@\d+/, '@N'));

const fetcher = flow(function* (id) { const a = yield new Promise(res => setTimeout(() => res(id * 2), 5)); counter.count = a; return a + 1; });
when(() => counter.count > 10, () => log.push('when fired at ' + counter.count));
fetcher(21).then(v => {
  show('flow', [v, counter.count, log.splice(0)]);
  return when(() => counter.count === 0, { timeout: 10 }).catch(e => show('when timeout', e.message));
});
