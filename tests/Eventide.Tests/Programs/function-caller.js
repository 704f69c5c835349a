function test1(flag) { if (flag !== true) return test2(); return 'called'; }
function test2() { const c = arguments.callee.caller; return c === test1 ? c(true) : 'caller=' + c; }
console.log(test1());
function who() { return who.caller; }
function sloppy() { return who(); }
function strictF() { 'use strict'; return who(); }
console.log(sloppy() === sloppy, strictF(), [1].map(who)[0], who());
const arrow = () => who(); console.log(arrow() === arrow);
function* gen() { yield who(); } console.log(gen().next().value === gen);
async function af() { return who(); } af().then(v => console.log(v === af));
class K { m() { return who(); } } console.log(new K().m());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(who, 'caller')), Object.getOwnPropertyNames(who));
console.log(typeof who.caller, (function () { return typeof module.exports; })());
console.log(typeof (function top() { return top.caller; })());
who.caller = 5; console.log(who.caller);
Object.freeze(who); console.log(Object.isFrozen(who), who.caller);
