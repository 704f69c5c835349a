// Found by differential fuzzing (tests/Fuzz): delete through an optional chain, and a
// parenthesised optional member call keeping its base as this.
const o = { n: null, f() { return this === o; }, deep: { v: 'dv' }, arr: [1] }, nul = null;
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
show(() => delete o.f?.x?.[0]);
show(() => delete nul?.x);
show(() => delete nul?.x.y.z);
show(() => [delete o.deep?.v, o.deep]);
show(() => [delete o?.deep.zz, 'zz' in o.deep]);
show(() => (o?.f)());
show(() => (o?.['f'])());
show(() => (o.deep?.v.toUpperCase)());
show(() => o.arr?.());
show(() => o.n?.());
show(() => o?.f());
