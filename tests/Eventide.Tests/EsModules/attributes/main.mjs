// Import attributes (node 20): JSON needs with { type: 'json' }; other formats take no type.
import data from './data.json' with { type: 'json' };
import { data as again, y } from './reexport.mjs';
import legacy from './data.json' assert { type: 'json' };
console.log(data, again === data, legacy === data, y);

const report = (label, e) => console.log(label, e.name, e.code, e.message.replaceAll(import.meta.dirname, '<dir>'));
const cases = [
  ['./data.json', undefined],
  ['./data.json', {}],
  ['./data.json', { with: {} }],
  ['./data.json', { with: { type: 'json' } }],
  ['./data.json', { assert: { type: 'json' } }],
  ['./data.json', { with: { type: 'css' } }],
  ['./data.json', { with: { type: 'json', extra: 'x' } }],
  ['./data.json', { with: { type: 'json' }, assert: 1 }],
  ['./data.json', { with: 1 }],
  ['./data.json', 5],
  ['./data.json', null],
  ['./data.json', { with: { type: 1 } }],
  ['./data.json', { with: { type: 'json', other: undefined } }],
  ['./data.json', { with: Object.create({ type: 'json' }) }],
  ['./data.json?fresh', { with: { type: 'json' } }],
  ['./plain.mjs', { with: { type: 'json' } }],
  ['./plain.mjs', { with: { type: 'javascript' } }],
  ['./plain.mjs', { with: { foo: 'bar' } }],
  ['./lib.cjs', { with: { type: 'json' } }],
  ['./lib.cjs', {}],
  ['node:events', { with: { type: 'json' } }],
  ['events', { with: {} }],
  ['./plain.mjs', { with: { type: 'json', other: 'x' } }],
  ['./missing.json', { with: { foo: 'bar' } }],
];
for (const [specifier, options] of cases) {
  try {
    const ns = await import(specifier, options);
    console.log('ok', specifier, ns.default === data);
  } catch (e) {
    report(specifier, e);
  }
}
try { await import('./data.json', { get with() { throw new Error('getter'); } }); } catch (e) { report('getter', e); }
// The failing options reject before the import even starts: before this tick.
import('./data.json', 7).catch(e => console.log('rejected', e.message));
Promise.resolve().then(() => console.log('tick'));
