const test = require('tape5');

test('strings', (t) => {
  t.match('hello world', /wor/, 'matches');
  t.equal('abc'.toUpperCase(), 'ABC');
  t.same([...'héllo'].length, 5, 'code points');
  t.end();
});

test('subtests', (t) => {
  t.test('inner', (st) => { st.ok(true, 'inner ok'); st.end(); });
  t.end();
});
