'use strict';
// jmespath: JSON queries with projections, filters, functions, multiselects, pipes and errors.
const jmespath = require('jmespath');
const show = (label, value) => console.log(label, JSON.stringify(value));
const data = {
  people: [{ name: 'Ada', age: 36, tags: ['math', 'code'], address: { city: 'London' } }, { name: 'Alan', age: 41, tags: ['code'], address: { city: 'Wilmslow' } }, { name: 'Grace', age: 85, tags: [], address: null }],
  reservations: [{ instances: [{ state: 'running' }, { state: 'stopped' }] }, { instances: [{ state: 'terminated' }] }],
  nested: { a: { b: { c: [1, 2, [3, 4]] } } },
  'key with space': 1,
};
const queries = [
  'people[0].name', 'people[-1].age', 'people[*].name', 'people[?age > `40`].name', "people[?contains(tags, 'code')].name", 'people[:2].address.city', 'people[::-1].name',
  'reservations[*].instances[*].state', 'reservations[].instances[].state', 'nested.a.b.c[]', 'nested.a.b.c[2][0]', 'people[*].{n: name, c: address.city}', 'people[*].[name, age]',
  'length(people)', 'max_by(people, &age).name', 'sort_by(people, &age)[*].name', 'sum(people[*].age)', 'avg(people[*].age)', "join(', ', people[*].name)", 'keys(nested.a)', 'people[?address == null].name',
  'people | [0]', "people[?starts_with(name, 'A')] | length(@)", '"key with space"', 'to_string(nested.a.b.c)', 'type(people)', 'not_null(missing, people[0].age)', 'reverse(people[*].name)',
  'people[?age > `30` && age < `50`].name', 'people[?!(age > `40`)].name', 'map(&age, people)', 'merge(`{"a": 1}`, `{"b": 2}`)', 'sort(people[*].age)', 'min_by(people, &age).name', 'abs(`-3`)', 'floor(`2.7`)', 'ends_with(people[0].name, `"a"`)',
];
for (const q of queries) show(q, jmespath.search(data, q));
for (const bad of ['people[', 'unknown_fn(@)', 'length(`1`)', 'people[?age > ]']) {
  try { show('accepted', jmespath.search(data, bad)); } catch (e) { show('error ' + bad, [e.name, e.message]); }
}
show('compile', typeof jmespath.compile('a.b'));
