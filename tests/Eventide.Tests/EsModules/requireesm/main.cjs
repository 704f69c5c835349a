// require() of ES modules, as node 20.19+ does it (no ERR_REQUIRE_ESM): the namespace, synchronously.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message.replaceAll(__dirname, '<dir>')); }
};
const plain = require('./plain.mjs');
show('plain', () => plain);
plain.bump();
show('live binding', () => plain.counter);
show('cached', () => require('./plain.mjs') === plain);
show('type module .js', () => require('./typed/x.js'));
show('.cjs in a type module package', () => require('./typed/y.cjs'));
show('default export', () => require('./with-default.mjs'));
show('default export cached', () => require('./with-default.mjs') === require('./with-default.mjs'));
show('module.exports export', () => require('./module-exports.mjs'));
show('own __esModule', () => require('./esmodule-flag.mjs'));
show('top-level await', () => require('./tla.mjs'));
show('top-level await below', () => require('./imports-tla.mjs'));
show('throws', () => require('./throws.mjs'));
show('throws again', () => require('./throws.mjs'));
show('detected', () => require('./detected.js'));
import('./plain.mjs').then((ns) => console.log('import() gives the same namespace', ns === plain));
