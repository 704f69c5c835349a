namespace Eventide.Tests;

/// <summary>Reflect (28.1) and Proxy (10.5, 28.2): expectations are what node prints.</summary>
public class ReflectProxyTests
{
    [Theory]
    [InlineData("Reflect.ownKeys({ b: 1, a: 2, [Symbol.iterator]: 0, 2: 1 }).length + ',' + Reflect.ownKeys({ b: 1, 2: 1 }).join()", "4,2,b")]
    [InlineData("'' + Reflect.apply(function (a, b) { 'use strict'; return this + a + b }, 1, [5, 3])", "9")]
    [InlineData("class A {} class B {} '' + (Object.getPrototypeOf(Reflect.construct(A, [], B)) === B.prototype)", "true")]
    [InlineData("'' + Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 })", "false")]
    [InlineData("'' + Reflect.get({ get x() { return this.y } }, 'x', { y: 42 })", "42")]
    [InlineData("const r = {}; Reflect.set({}, 'x', 1, r); '' + r.x", "1")]
    [InlineData("'' + Reflect.has([], 'length') + Reflect.deleteProperty(Object.freeze({ a: 1 }), 'a')", "truefalse")]
    [InlineData("'' + Reflect.setPrototypeOf(Object.preventExtensions({}), {}) + Reflect.isExtensible({})", "falsetrue")]
    [InlineData("Object.prototype.toString.call(Reflect)", "[object Reflect]")]
    public void ReflectBehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("""
        const log = [];
        const handler = {};
        for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf'])
          handler[trap] = (...args) => { log.push(trap); return Reflect[trap](...args); };
        const p = new Proxy({ a: 1 }, handler);
        p.b = 2; void p.a; void ('a' in p); delete p.b; Object.keys(p); Object.getPrototypeOf(p);
        log.join()
        """, "set,getOwnPropertyDescriptor,defineProperty,get,has,deleteProperty,ownKeys,getOwnPropertyDescriptor,getPrototypeOf")]
    [InlineData("typeof new Proxy(function () {}, {}) + typeof new Proxy({}, {})", "functionobject")]
    [InlineData("'' + new Proxy((a, b) => a + b, { apply: (f, t, args) => f(...args) * 10 })(1, 2)", "30")]
    [InlineData("'' + new (new Proxy(class { constructor(x) { this.x = x } }, {}))(5).x", "5")]
    [InlineData("'' + Array.isArray(new Proxy([], {})) + Object.prototype.toString.call(new Proxy([], {}))", "true[object Array]")]
    [InlineData("const r = Proxy.revocable(() => {}, {}); r.revoke(); typeof r.proxy", "function")]
    [InlineData("'' + new Proxy(new Proxy({ v: 3 }, {}), {}).v", "3")]
    [InlineData("Object.create(new Proxy({}, { get: (t, k) => 'proxied ' + k })).anything", "proxied anything")]
    [InlineData("const out = []; for (const k in new Proxy({ a: 1, b: 2 }, {})) out.push(k); out.join()", "a,b")]
    [InlineData("Object.keys(new Proxy({}, { ownKeys: () => ['b', 'a'], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }) })).join()", "b,a")]
    public void ProxyBehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("Reflect.get(1, 'x')", "TypeError: Reflect.get called on non-object")]
    [InlineData("Reflect.apply({}, null, [])", "TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function")]
    [InlineData("Reflect.construct(function () {}, [], 1)", "TypeError: 1 is not a constructor")]
    [InlineData("Reflect.setPrototypeOf({}, 1)", "TypeError: Object prototype may only be an Object or null: 1")]
    [InlineData("new Proxy(1, {})", "TypeError: Cannot create proxy with a non-object as target or handler")]
    [InlineData("Proxy({}, {})", "TypeError: Constructor Proxy requires 'new'")]
    [InlineData("const r = Proxy.revocable({}, {}); r.revoke(); r.proxy.x", "TypeError: Cannot perform 'get' on a proxy that has been revoked")]
    [InlineData("const r = Proxy.revocable([], {}); r.revoke(); Array.isArray(r.proxy)", "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked")]
    [InlineData("new Proxy({}, { get: 1 }).x", "TypeError: '1' returned for property 'get' of object '#<Object>' is not a function")]
    [InlineData("new Proxy(Object.freeze({ x: 1 }), { get: () => 2 }).x", "TypeError: 'get' on proxy: property 'x' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')")]
    [InlineData("Object.keys(new Proxy({}, { ownKeys: () => ['a', 'a'] }))", "TypeError: 'ownKeys' on proxy: trap returned duplicate entries")]
    [InlineData("Object.keys(new Proxy({}, { ownKeys: () => [1] }))", "TypeError: 1 is not a valid property name")]
    [InlineData("Object.defineProperty(new Proxy({}, { defineProperty: () => false }), 'x', {})", "TypeError: 'defineProperty' on proxy: trap returned falsish for property 'x'")]
    [InlineData("Object.freeze(new Proxy({}, { preventExtensions: () => false }))", "TypeError: 'preventExtensions' on proxy: trap returned falsish")]
    [InlineData("new (new Proxy(function () {}, { construct: () => 1 }))()", "TypeError: 'construct' on proxy: trap returned non-object ('1')")]
    [InlineData("Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 }))", "TypeError: 'getPrototypeOf' on proxy: trap returned neither object nor null")]
    [InlineData("'x' in new Proxy(Object.preventExtensions({ x: 1 }), { has: () => false })", "TypeError: 'has' on proxy: trap returned falsish for property 'x' but the proxy target is not extensible")]
    [InlineData("Object.isExtensible(new Proxy({}, { isExtensible: () => false }))", "TypeError: 'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'true')")]
    public void ThrowsAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }
}
