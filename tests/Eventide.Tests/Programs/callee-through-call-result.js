// "x is not a function" when the callee is a member of a call's result: V8 prints the call as (...).
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } };
const o = { f() { return {}; }, g: { h() { return 1; } }, list() { return [1, {}]; }, self() { return o; } };
t(() => o.f().x());
t(() => o.g.h()());
t(() => o['f']()[0]());
t(() => (o.f)().q());
t(() => o?.f()?.w());
t(() => o.list()[1].m());
t(() => o.self().self().nope());
t(() => o.self()['f']().x.y());
t(() => o.f().x?.());
t(() => { const s = 'str'; s.toUpperCase().foo(); });
t(() => [1, 2].map(String).bar());
t(() => { for (const x of [1, 2].y); });
t(() => [1, 'a', x => x, [3]].foo());
t(() => [].nope());
t(() => [, 1].nope());
t(() => { const q = 1; [q, ...[2]].z(); });
t(() => 'str'.foo());
// Calls whose callee works are unchanged.
console.log(o.self().g.h(), o.list().length, typeof o.f());
