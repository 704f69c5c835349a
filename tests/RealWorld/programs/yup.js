'use strict';
// yup: object schemas, casting, validation with all errors, conditional rules, transforms, async tests.
const yup = require('yup');
const show = (label, value) => console.log(label, JSON.stringify(value));
const schema = yup.object({
  name: yup.string().required().min(2),
  age: yup.number().required().positive().integer(),
  email: yup.string().email(),
  website: yup.string().url().nullable(),
  createdOn: yup.date().default(() => new Date(0)),
  tags: yup.array(yup.string().lowercase()).max(3),
  kind: yup.mixed().oneOf(['a', 'b']),
  score: yup.number().when('kind', { is: 'b', then: s => s.required(), otherwise: s => s.strip() }),
  nested: yup.object({ x: yup.number().default(5) }),
});
async function main() {
  show('cast', schema.cast({ name: 'Ada', age: '36', tags: ['A', 'B'], kind: 'a', score: 3 }));
  show('valid', await schema.validate({ name: 'Ada', age: 36, email: 'a@b.co', kind: 'b', score: 1 }).then(v => Object.assign(v, { createdOn: v.createdOn.getTime() })));
  await schema.validate({ name: 'A', age: -1.5, email: 'bad', tags: [1, 2, 3, 4], kind: 'c' }, { abortEarly: false }).catch(e => show('errors', [e.name, e.errors, e.inner.map(i => i.path)]));
  show('isValid', [await schema.isValid({ name: 'Ada', age: 1 }), await schema.isValid({}), schema.isValidSync({ name: 'Bob', age: 2 })]);
  show('strict', await yup.number().strict().validate('5').catch(e => e.message));
  show('transform', yup.string().transform(v => v.trim().split('').reverse().join('')).cast('  abc '));
  const custom = yup.string().test('is-james', d => `${d.path} is not James`, v => v === 'james');
  show('custom test', await custom.validate('jimmy', { path: 'first' }).catch(e => e.message));
  const asyncTest = yup.string().test('available', 'taken', async v => { await new Promise(r => setTimeout(r, 3)); return v !== 'admin'; });
  show('async test', [await asyncTest.isValid('user'), await asyncTest.isValid('admin')]);
  show('ref', await yup.object({ password: yup.string(), confirm: yup.string().oneOf([yup.ref('password')], 'must match') }).validate({ password: 'a', confirm: 'b' }).catch(e => e.errors));
  show('tuple/lazy', [yup.tuple([yup.string(), yup.number()]).cast(['a', '2']), await yup.lazy(v => (typeof v === 'number' ? yup.number().max(5) : yup.string())).validate(9).catch(e => e.message)]);
  show('describe', Object.keys(schema.describe().fields));
  show('pick/omit/shape', [Object.keys(schema.pick(['name']).fields), Object.keys(schema.omit(['name', 'age']).fields).length, Object.keys(schema.shape({ extra: yup.boolean() }).fields).length]);
  show('getDefault', Object.assign(schema.getDefault(), { createdOn: 'date' }));
  show('noUnknown', await yup.object({ a: yup.number() }).noUnknown().validate({ a: 1, b: 2 }).catch(e => e.message));
  show('date', [yup.date().cast('2020-01-02T00:00:00Z').toISOString(), await yup.date().min(new Date(2020, 0, 1)).isValid(new Date(2019, 0, 1))]);
  show('ValidationError', yup.ValidationError.isError(new yup.ValidationError('x')));
  show('locale message', await yup.string().max(2).validate('abc').catch(e => e.message));
}
main().catch(e => { console.log('FAILED', e && e.stack); process.exitCode = 1; });
