'use strict';
// zod: schemas for primitives, objects, arrays, unions, refinements, transforms, coercion, async parsing and error reports.
const { z } = require('zod');
const show = (label, value) => console.log(label, JSON.stringify(value));
const issues = (r) => (r.success ? ['ok', r.data] : r.error.issues.map(i => [i.code, i.path.join('.'), i.message]));

const User = z.object({
  name: z.string().min(2).max(10),
  email: z.string().email(),
  age: z.number().int().positive().optional(),
  tags: z.array(z.string()).default([]),
  role: z.enum(['admin', 'user']).default('user'),
  address: z.object({ city: z.string(), zip: z.string().regex(/^\d{5}$/) }).partial().optional(),
});
show('valid', issues(User.safeParse({ name: 'Ada', email: 'ada@example.com', age: 36 })));
show('invalid', issues(User.safeParse({ name: 'A', email: 'nope', age: -1.5, tags: [1], role: 'root', address: { zip: '12' } })));
show('missing', issues(User.safeParse({})));
show('not object', issues(User.safeParse('x')));
show('strict', issues(User.strict().safeParse({ name: 'Ada', email: 'a@b.co', extra: 1 })));
show('passthrough', issues(z.object({ a: z.number() }).passthrough().safeParse({ a: 1, b: 2 })));
show('pick/omit/extend', [Object.keys(User.pick({ name: true }).shape), Object.keys(User.omit({ name: true, email: true }).shape), Object.keys(User.extend({ id: z.string() }).shape).length]);
show('primitives', [z.string().safeParse(1).success, z.number().safeParse(NaN).success, z.bigint().safeParse(1n).success, z.boolean().safeParse('true').success, z.date().safeParse(new Date(0)).success, z.symbol().safeParse(Symbol()).success, z.null().safeParse(null).success, z.undefined().safeParse(undefined).success, z.any().safeParse(1).success, z.never().safeParse(1).success]);
show('string checks', [z.string().email().safeParse('x@y.zz').success, z.string().uuid().safeParse('123e4567-e89b-12d3-a456-426614174000').success, z.string().length(3).safeParse('abcd').success, z.string().startsWith('a').endsWith('z').safeParse('abz').success, z.string().trim().toLowerCase().parse('  HeLLo '), z.string().datetime().safeParse('2020-01-01T00:00:00Z').success, z.string().ip ? 'has ip' : 'no ip', z.string().includes('mid').safeParse('a mid b').success]);
show('number checks', issues(z.number().min(5).max(10).multipleOf(2).safeParse(7)));
show('literal/enum', [z.literal('a').safeParse('a').success, issues(z.literal(3).safeParse(4)), z.enum(['x', 'y']).options, z.nativeEnum({ A: 1, B: 2 }).safeParse(2).success]);
show('union', [issues(z.union([z.string(), z.number()]).safeParse(true)), z.union([z.string(), z.number()]).parse(5)]);
const Shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('circle'), r: z.number() }), z.object({ kind: z.literal('square'), s: z.number() })]);
show('discriminated', [Shape.parse({ kind: 'square', s: 2 }), issues(Shape.safeParse({ kind: 'triangle' }))]);
show('tuple/record/map/set', [z.tuple([z.string(), z.number()]).parse(['a', 1]), issues(z.tuple([z.string()]).safeParse(['a', 'b'])), z.record(z.string(), z.number()).parse({ a: 1 }), z.map(z.string(), z.number()).parse(new Map([['a', 1]])).size, z.set(z.number()).safeParse(new Set(['x'])).success]);
show('intersection', z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })).parse({ a: 'x', b: 1 }));
show('nullable/optional', [z.string().nullable().parse(null), z.string().optional().parse(undefined), z.string().nullish().safeParse(null).success, z.string().default('d').parse(undefined), z.number().catch(42).parse('bad')]);
show('transform', [z.string().transform(s => s.length).parse('hello'), z.string().transform(Number).pipe(z.number().int()).safeParse('12').success]);
show('refine', issues(z.object({ p: z.string(), c: z.string() }).refine(d => d.p === d.c, { message: 'Passwords must match', path: ['c'] }).safeParse({ p: 'a', c: 'b' })));
show('superRefine', issues(z.array(z.number()).superRefine((arr, ctx) => { if (arr.length > 2) ctx.addIssue({ code: 'custom', message: 'too many: ' + arr.length }); }).safeParse([1, 2, 3])));
show('coerce', [z.coerce.number().parse('42'), z.coerce.string().parse(12), z.coerce.boolean().parse(''), z.coerce.date().parse(0).getTime(), z.coerce.bigint().parse('9').toString()]);
show('preprocess', z.preprocess(v => String(v).split(','), z.array(z.string())).parse('a,b'));
const Category = z.lazy(() => z.object({ name: z.string(), children: z.array(Category) }));
show('recursive', [Category.safeParse({ name: 'root', children: [{ name: 'leaf', children: [] }] }).success, issues(Category.safeParse({ name: 'r', children: [{ name: 1, children: [] }] }))]);
show('array checks', [issues(z.array(z.number()).nonempty().safeParse([])), z.array(z.number()).min(1).max(2).safeParse([1, 2, 3]).success]);
try { User.parse({ name: 1 }); } catch (e) { show('ZodError', [e.name, e instanceof z.ZodError, e.issues.length, typeof e.message]); }
show('flatten', (() => { const r = User.safeParse({ name: 'x', email: 'y' }); return r.error.flatten ? r.error.flatten().fieldErrors : z.flattenError(r.error).fieldErrors; })());
show('infer-free helpers', [typeof User.parse, User.shape.name instanceof z.ZodString, z.string().isOptional(), z.string().optional().isOptional()]);
const AsyncSchema = z.string().refine(async s => { await new Promise(r => setTimeout(r, 5)); return s === 'ok'; }, 'not ok');
AsyncSchema.safeParseAsync('ok').then(r => show('async ok', issues(r))).then(() => AsyncSchema.safeParseAsync('no')).then(r => show('async bad', issues(r))).then(() => {
  try { AsyncSchema.parse('ok'); show('sync on async', 'allowed'); } catch (e) { show('sync on async', e.constructor.name); }
});
show('json schema', typeof z.toJSONSchema === 'function' ? z.toJSONSchema(z.object({ a: z.string(), b: z.number().optional() })) : 'n/a');
show('function schema', typeof z.function);
show('branded', z.string().brand('Id').parse('x'));
show('readonly', Object.isFrozen(z.object({ a: z.number() }).readonly().parse({ a: 1 })));
