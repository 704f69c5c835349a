// Failures of import(): node's error names, codes and messages.
const attempts = ['./missing.mjs', './bad-export.mjs', './ambiguous.mjs', './throws.mjs', 'no-such-package', './dir', './syntax.mjs'];
for (const s of attempts) {
  try { await import(s); console.log(s, 'loaded'); }
  catch (e) { console.log(s, e.constructor.name, e.code ?? '', e.message.replace(import.meta.dirname, '<dir>').replace(import.meta.dirname, '<dir>')); }
}
// A module that failed to evaluate fails again with the same error object.
const e1 = await import('./throws.mjs').catch(e => e), e2 = await import('./throws.mjs').catch(e => e);
console.log('same error', e1 === e2);
// TDZ across a cycle: the namespace's binding is uninitialised until its module runs.
const tdz = await import('./tdz-a.mjs');
console.log(tdz.seen);
