namespace Eventide.Tests;

/// <summary>
/// Realm.ArrayIterationIntact (V8's array iterator protector) lets spreads, for-of, destructuring and
/// Array.from skip looking at Array.prototype[@@iterator] and %ArrayIteratorPrototype%.next: every way of
/// changing either must clear it, including a store an inline cache learnt on another object of the same
/// layout. Each case runs in a fresh engine (clearing it is for good); the outputs are node's.
/// </summary>
public class ArrayIterationProtectorTests
{
    [Theory]
    [InlineData("""
        const arr = [1, 2, 3], orig = Array.prototype[Symbol.iterator];
        const show = (label) => { const f = (...a) => a.length; let n = 0; for (const x of arr) n += x; const [p] = arr; console.log(label, [...arr].join(), f(...arr), Array.from(arr).join(), n, p); };
        show('initial');
        for (let i = 0; i < 4; i++) { Array.prototype[Symbol.iterator] = i % 2 ? orig : function* () { yield 'x'; }; show('assign ' + i); }
        """, "initial 1,2,3 3 1,2,3 6 1\nassign 0 x 1 x 0x x\nassign 1 1,2,3 3 1,2,3 6 1\nassign 2 x 1 x 0x x\nassign 3 1,2,3 3 1,2,3 6 1\n")]
    [InlineData("""
        const arr = [1, 2, 3], f = (...a) => a.join('|');
        const AIP = Object.getPrototypeOf([][Symbol.iterator]()), next = AIP.next;
        console.log(f(...arr));
        for (let i = 0; i < 4; i++) { AIP.next = i % 2 ? next : function () { return { done: true }; }; console.log(i, f(...arr), [...arr].length); }
        """, "1|2|3\n0  0\n1 1|2|3 3\n2  0\n3 1|2|3 3\n")]
    [InlineData("""
        Object.defineProperty(Array.prototype, Symbol.iterator, { get() { return function* () { yield 9; }; }, configurable: true });
        console.log(((...a) => a.join('|'))(...[1, 2, 3]), [...[1, 2, 3]].join());
        """, "9 9\n")]
    [InlineData("""
        const arr = [1, 2, 3];
        delete Array.prototype[Symbol.iterator];
        try { console.log([...arr]); } catch (e) { console.log(e.message); }
        """, "arr is not iterable\n")]
    [InlineData("""
        Object.assign(Array.prototype, { [Symbol.iterator]: function* () { yield 7; } });
        console.log([...[1, 2]].join(), Math.max(...[1, 2]));
        """, "7 7\n")]
    [InlineData("""
        Array.prototype.extra = function () {};
        Object.defineProperty(Array.prototype, 'includes', { value: Array.prototype.includes, writable: true, configurable: true });
        console.log([...[1, 2]].join(), Math.max(...[1, 2]));
        Reflect.set(Object.getPrototypeOf([][Symbol.iterator]()), 'next', function () { return { done: true }; });
        console.log([...[1, 2]].join(), Math.max(...[1, 2]));
        """, "1,2 2\n -Infinity\n")]
    // %MapIteratorPrototype% and %SetIteratorPrototype% have the array iterator prototype's keys: a store to their
    // next cached at a site must not let the same site write the array one's unnoticed.
    [InlineData("""
        const mip = Object.getPrototypeOf(new Map()[Symbol.iterator]()), sip = Object.getPrototypeOf(new Set()[Symbol.iterator]());
        const aip = Object.getPrototypeOf([][Symbol.iterator]());
        const f = (...a) => a.length;
        function put(o, v) { o.next = v; }
        put(mip, mip.next); put(sip, sip.next); put(mip, mip.next);
        console.log(f(...[1, 2]));
        put(aip, function () { return { done: true }; });
        console.log(f(...[1, 2]));
        """, "2\n0\n")]
    public void EveryChangeOfTheIterationMethodsIsSeen(string script, string expected)
    {
        Assert.Equal(expected, JsRunner.Run(script));
        Assert.Equal(expected, JsRunner.Run(script, fastLoop: false));
    }
}
