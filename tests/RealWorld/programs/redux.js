'use strict';
// redux: createStore, combineReducers, middleware (thunk-like, logger), subscribe, bindActionCreators, compose.
const { legacy_createStore: createStore, combineReducers, applyMiddleware, bindActionCreators, compose, isAction, isPlainObject } = require('redux');
const show = (label, value) => console.log(label, JSON.stringify(value));
const todos = (state = [], action) => {
  switch (action.type) {
    case 'add': return [...state, { id: state.length, text: action.text, done: false }];
    case 'toggle': return state.map(t => (t.id === action.id ? { ...t, done: !t.done } : t));
    default: return state;
  }
};
const filter = (state = 'all', action) => (action.type === 'filter' ? action.value : state);
const log = [];
const logger = store => next => action => { log.push('before ' + (typeof action === 'function' ? 'thunk' : action.type)); const r = next(action); log.push('after ' + JSON.stringify(store.getState().todos.length)); return r; };
const thunk = ({ dispatch, getState }) => next => action => (typeof action === 'function' ? action(dispatch, getState) : next(action));
const store = createStore(combineReducers({ todos, filter }), { filter: 'done' }, applyMiddleware(thunk, logger));
const unsubscribe = store.subscribe(() => log.push('state ' + JSON.stringify(store.getState())));
store.dispatch({ type: 'add', text: 'a' });
store.dispatch({ type: 'add', text: 'b' });
store.dispatch({ type: 'toggle', id: 1 });
const actions = bindActionCreators({ add: text => ({ type: 'add', text }), setFilter: value => ({ type: 'filter', value }) }, store.dispatch);
actions.add('c');
actions.setFilter('all');
unsubscribe();
store.dispatch({ type: 'add', text: 'unseen' });
store.dispatch((dispatch, getState) => { dispatch({ type: 'toggle', id: 0 }); log.push('thunk saw ' + getState().todos[0].done); });
show('log', log);
show('state', store.getState());
for (const bad of [{}, { type: undefined }, 'x', () => 1]) {
  try { createStore(todos).dispatch(bad); show('accepted', typeof bad); } catch (e) { show('dispatch error', e.message.split('.')[0]); }
}
try { combineReducers({ bad: () => undefined })(undefined, { type: 'x' }); } catch (e) { show('reducer undefined', e.message.slice(0, 60)); }
show('compose', compose(s => s + '!', s => s.toUpperCase(), s => s + 'x')('a'));
show('helpers', [isAction({ type: 'x' }), isAction({}), isPlainObject({}), isPlainObject(new Date())]);
const s2 = createStore(todos);
let calls = 0;
const u1 = s2.subscribe(() => { calls++; u1(); s2.subscribe(() => calls++); });
s2.dispatch({ type: 'add', text: 'x' });
s2.dispatch({ type: 'add', text: 'y' });
show('subscribe during dispatch', calls);
s2.replaceReducer((state = [], a) => (a.type === 'clear' ? [] : state));
s2.dispatch({ type: 'clear' });
show('replaceReducer', s2.getState());
const enhancer = createStoreFn => (reducer, pre) => { const st = createStoreFn(reducer, pre); return { ...st, enhanced: true }; };
show('enhancer', createStore(todos, enhancer).enhanced);
show('observable', typeof store[Symbol.observable || '@@observable']);
