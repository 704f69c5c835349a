namespace Eventide.Tests;

/// <summary>Map, Set, WeakMap, WeakSet (24.1-24.4): expectations are what node prints.</summary>
public class CollectionsTests
{
    [Theory]
    [InlineData("const m = new Map([[1,'a'],[2,'b'],[-0,'z']]); [m.size, m.get(0), m.has(-0), m.get(2)].join()", "3,z,true,b")]
    [InlineData("const m = new Map([[1,'a'],[2,'b']]); const seen = []; for (const [k] of m) { seen.push(k); if (k === 1) { m.delete(2); m.set(3,'c') } } seen.join()", "1,3")]
    [InlineData("const s = new Set([1,2,3,2,NaN,NaN]); '' + s.size", "4")]
    [InlineData("const s = new Set([1,2,3]); const out = []; s.forEach(v => { out.push(v); if (v === 1) { s.clear(); s.add(9) } }); out.join()", "1,9")]
    [InlineData("const s = new Set(); for (let i = 0; i < 100; i++) s.add(i); const it = s.values(); it.next(); for (let i = 0; i < 90; i++) s.delete(i); for (let i = 200; i < 300; i++) s.add(i); let c = 0; for (const x of it) c++; c + ',' + s.size", "110,110")]
    [InlineData("const s = new Set([1,2]); s.delete(1); s.add(1); [...s].join()", "2,1")]
    [InlineData("const m = new Map(); m.set(NaN, 1); '' + m.get(NaN)", "1")]
    [InlineData("const wm = new WeakMap(); const k = {}; wm.set(k, 5); wm.get(k) + ',' + wm.has({}) + ',' + wm.delete(k) + ',' + wm.has(k)", "5,false,true,false")]
    [InlineData("const ws = new WeakSet(); const k = {}; ws.add(k); ws.has(k) + ',' + ws.has({})", "true,false")]
    [InlineData("`${new Map().entries()[Symbol.toStringTag]} ${new Set().values()[Symbol.toStringTag]}`", "Map Iterator Set Iterator")]
    [InlineData("let s = [...new Map([[1,2],[3,4]]).keys()].join(); for (const [a, b] of new Set(['a','b']).entries()) s += ';' + a + ',' + b; s", "1,3;a,a;b,b")]
    [InlineData("class M extends Map { constructor(x) { super(x); this.tag = 't' } } const m = new M([[1,2]]); m.get(1) + m.tag + (m instanceof Map)", "2ttrue")]
    public void BehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("Map.prototype.get.call({})", "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>")]
    [InlineData("Map()", "TypeError: Constructor Map requires 'new'")]
    [InlineData("new WeakMap().set(1, 1)", "TypeError: Invalid value used as weak map key")]
    [InlineData("new WeakSet().add(1)", "TypeError: Invalid value used in weak set")]
    [InlineData("new Map([1])", "TypeError: Iterator value 1 is not an entry object")]
    [InlineData("Set.prototype.add.call(new Map, 1)", "TypeError: Method Set.prototype.add called on incompatible receiver #<Map>")]
    [InlineData("new Map().forEach(1)", "TypeError: number 1 is not a function")]
    public void ThrowsAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }
}
