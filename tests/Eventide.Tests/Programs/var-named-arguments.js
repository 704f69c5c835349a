function f(){ return typeof arguments; var arguments = 1; }
console.log(f(1,2));
function g(a){ var arguments; return arguments.length + ':' + a; }
console.log(g(5,6));
function h(a){ var arguments = 7; return [arguments, a]; }
console.log(h(1));
function k(a){ arguments[0] = 9; var arguments; return a; }
console.log(k(1));
function m(){ var arguments; return () => arguments.length; }
console.log(m(1,2,3)());
function n(){ return typeof arguments; function arguments(){} }
console.log(n());
function p(a = 1){ var arguments; return typeof arguments; }
console.log(p());
function q(){ "use strict"; return arguments.length; }
console.log(q(1));
function r(){ eval("var x = arguments.length"); var arguments; return x; }
console.log(r(1,2));
