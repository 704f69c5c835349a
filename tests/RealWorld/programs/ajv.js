'use strict';
// ajv: JSON Schema validation with generated code (new Function), formats-free keywords, $ref, errors, coercion, defaults, async.
const Ajv = require('ajv');
const show = (label, value) => console.log(label, JSON.stringify(value));
const ajv = new Ajv({ allErrors: true });
const schema = {
  $id: 'https://example.com/person',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2, pattern: '^[A-Z]' },
    age: { type: 'integer', minimum: 0, maximum: 150 },
    email: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 3 },
    address: { $ref: '#/$defs/address' },
    kind: { enum: ['a', 'b'] },
    score: { type: 'number', multipleOf: 0.5, exclusiveMaximum: 10 },
    extra: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    flag: { const: true },
  },
  required: ['name', 'age'],
  additionalProperties: false,
  $defs: { address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string', maxLength: 5 } }, required: ['city'] } },
  dependencies: { email: ['name'] },
  if: { properties: { kind: { const: 'b' } } }, then: { required: ['score'] },
};
const validate = ajv.compile(schema);
const report = (data) => { const ok = validate(data); return ok ? 'valid' : validate.errors.map(e => [e.instancePath, e.keyword, e.message]); };
show('valid', report({ name: 'Ada', age: 36, tags: ['x', 'y'], address: { city: 'London' }, kind: 'a', score: 9.5, extra: 1, flag: true }));
show('invalid', report({ name: 'a', age: -1.5, tags: ['x', 'x', 'y', 'z'], address: { zip: '123456' }, kind: 'c', score: 10, extra: null, flag: false, other: 1 }));
show('missing', report({}));
show('if/then', report({ name: 'Bo', age: 1, kind: 'b' }));
show('types', ['x', 1, null, [], true].map(v => ajv.validate({ type: ['string', 'null'] }, v)));
const coerce = new Ajv({ coerceTypes: true, useDefaults: true, removeAdditional: true });
const data = { n: '42', b: 'true', arr: '5', extra: 1 };
coerce.validate({ type: 'object', properties: { n: { type: 'number' }, b: { type: 'boolean' }, arr: { type: 'array', items: { type: 'integer' } }, d: { type: 'string', default: 'dflt' } }, additionalProperties: false }, data);
show('coerce/defaults/removeAdditional', data);
const coerceArrays = new Ajv({ coerceTypes: 'array' });
const d2 = { arr: '5' };
coerceArrays.validate({ type: 'object', properties: { arr: { type: 'array', items: { type: 'integer' } } } }, d2);
show('coerce array', d2);
ajv.addSchema({ $id: 'defs.json', $defs: { int: { type: 'integer' } } });
show('$ref across schemas', [ajv.validate({ $ref: 'defs.json#/$defs/int' }, 3), ajv.validate({ $ref: 'defs.json#/$defs/int' }, 3.5)]);
const tree = { type: 'object', properties: { value: { type: 'number' }, children: { type: 'array', items: { $ref: '#' } } }, required: ['value'] };
show('recursive', [ajv.validate(tree, { value: 1, children: [{ value: 2, children: [{ value: 3 }] }] }), ajv.validate(tree, { value: 1, children: [{ children: [] }] }), ajv.errorsText()]);
ajv.addKeyword({ keyword: 'even', type: 'number', validate: (schemaValue, d) => (d % 2 === 0) === schemaValue, errors: false });
show('custom keyword', [ajv.validate({ type: 'number', even: true }, 4), ajv.validate({ type: 'number', even: true }, 3)]);
ajv.addFormat('hex', /^[0-9a-f]+$/);
show('custom format', [ajv.validate({ type: 'string', format: 'hex' }, 'beef'), ajv.validate({ type: 'string', format: 'hex' }, 'xyz')]);
show('patternProperties/propertyNames', [ajv.validate({ type: 'object', patternProperties: { '^n_': { type: 'number' } }, propertyNames: { maxLength: 5 } }, { n_a: 1, b: 'x' }), ajv.errorsText()]);
show('contains/items', [ajv.validate({ type: 'array', contains: { type: 'string' } }, [1, 'a']), ajv.validate({ type: 'array', items: [{ type: 'number' }], additionalItems: false }, [1, 2]), ajv.errorsText()]);
try { ajv.compile({ type: 'nope' }); } catch (e) { show('bad schema', e.message.slice(0, 80)); }
const asyncAjv = new Ajv();
asyncAjv.addKeyword({ keyword: 'idExists', async: true, type: 'number', validate: async (s, id) => { await new Promise(r => setTimeout(r, 2)); return id < 10; } });
const validateAsync = asyncAjv.compile({ $async: true, type: 'object', properties: { id: { type: 'number', idExists: true } } });
validateAsync({ id: 3 }).then(d => show('async valid', d)).then(() => validateAsync({ id: 30 })).catch(e => show('async invalid', [e.constructor.name, e.errors.map(x => x.keyword)]));
show('code generated', typeof validate.source === 'object' || typeof validate === 'function');
