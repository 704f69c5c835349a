using System.Diagnostics;
using Eventide.Cli;

namespace Eventide.Tests;

/// <summary>
/// Hostile and huge input (found by fuzzing the CLI) ends as node's does, with a result or a
/// catchable error in node's words, promptly, and never crashes the process. Scripts run on a
/// thread with a 1 MB stack, as an embedding host may give the engine. Expected outputs are node's.
/// </summary>
[Collection(TimingSensitive.Name)]
public class HostileInputTests
{
    internal static string RunOnSmallStack(string script, int boundSeconds = 30)
    {
        string? output = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { output = JsRunner.Run(script); }
            catch (Exception e) { failure = e; }
        }, 1024 * 1024);
        var watch = Stopwatch.StartNew();
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        // Seconds at most here (minutes before); the bound leaves room for a loaded machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(boundSeconds), $"took {watch.Elapsed}");
        return output!;
    }

    [Theory]
    [InlineData("try { eval('('.repeat(1000000)) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("try { eval('['.repeat(1000000)) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("try { Function('return ' + '['.repeat(100000) + ']'.repeat(100000))(); console.log('deep') } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("try { eval('if (1) '.repeat(100000) + 'x = 1'); console.log('deep') } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("console.log(eval('1' + '+1'.repeat(200000)), eval('\"a\"' + '+\"b\"'.repeat(5000)).length, eval('0' + '||0'.repeat(5000) + '||7'))", "200001 5001 7\n")]
    public void DeeplyNestedSourceCompilesOrThrowsRangeError(string script, string expected) =>
        Assert.Equal(expected, RunOnSmallStack(script));

    [Fact]
    public void FileOfAMillionParenthesesFailsAsNodeDoes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-hostile-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, new string('(', 1_000_000));
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var watch = Stopwatch.StartNew();
            int code = CommandLine.Execute([path], stdout, stderr);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
            Assert.Equal(1, code);
            // node 20's last lines; before them it shows its loader's source line.
            Assert.EndsWith($"""
                RangeError: Maximum call stack size exceeded
                    at wrapSafe (node:internal/modules/cjs/loader:1464:18)
                    at Module._compile (node:internal/modules/cjs/loader:1495:20)
                    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
                    at Module.load (node:internal/modules/cjs/loader:1266:32)
                    at Module._load (node:internal/modules/cjs/loader:1091:12)
                    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
                    at node:internal/main/run_main_module:28:49

                {Eventide.Cli.ErrorReporter.Footer}

                """, stderr.ToString());
        }
        finally { File.Delete(path); }
    }

    // Proxies forwarding to proxies (directly or along the prototype chain) and long ordinary
    // prototype chains: a segfault (set) or a .NET stack overflow (get) before.
    [Theory]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {}); try { p.x = 1; console.log(p.x) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {}); try { console.log(p.x) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {}); try { console.log('x' in p) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {}); try { console.log(Object.keys(p)) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {}); try { console.log(Array.isArray(p)) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = new Proxy(p, {}); try { console.log(Object.getPrototypeOf(p)) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = Object.create(new Proxy(p, {})); try { p.x = 1; console.log(p.x) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = Object.create(new Proxy(p, {})); try { console.log(p.x) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = Object.create(new Proxy(p, {})); try { console.log('x' in p) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let p = {}; for (let i = 0; i < 1e6; i++) p = Object.create(p); p.x = 1; console.log(p.x, 'y' in p, Reflect.set(p, 'z', 2), p.z, Reflect.has(p, 'x'))", "1 false true 2 true\n")]
    [InlineData("let f = function () { return 7 }; for (let i = 0; i < 1e6; i++) f = new Proxy(f, {}); try { console.log(f(), Reflect.apply(f, null, [1])) } catch (e) { console.log(e.constructor.name, e.message) }", "7 7\n")]
    [InlineData("let f = function () { this.a = 1 }; for (let i = 0; i < 1e6; i++) f = new Proxy(f, {}); try { console.log(new f().a) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let f = function () { return 7 }; f = new Proxy(f, { apply(t, th, args) { return t() + args.length } }); for (let i = 0; i < 3; i++) f = new Proxy(f, {}); console.log(f(1, 2))", "9\n")]
    public void ProxyChainsEndAsNodeDoes(string script, string expected) =>
        Assert.Equal(expected, RunOnSmallStack(script));

    // JSON.stringify and join of a million-deep value: quadratic cycle detection (minutes) before.
    [Theory]
    [InlineData("let o = {}; for (let i = 0; i < 1e6; i++) o = { a: o }; try { console.log(JSON.stringify(o).length) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let a = []; for (let i = 0; i < 1e6; i++) a = [a]; try { console.log(JSON.stringify(a).length) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let a = []; for (let i = 0; i < 1e6; i++) a = [a]; try { console.log(String(a).length) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let a = []; for (let i = 0; i < 1e6; i++) a = [a]; try { console.log(a.join('-').length) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let a = []; for (let i = 0; i < 1e6; i++) a = [a]; try { console.log(a.toLocaleString().length) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("let a = [1, 2]; a.push(a, [a, 3]); let o = { x: 1 }; o.y = { z: [o] }; console.log(String(a), a.join(';')); try { JSON.stringify(o) } catch (e) { console.log(e.constructor.name, e.message) }", "1,2,,,3 1;2;;,3\nTypeError Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Object'\n    |     property 'z' -> object with constructor 'Array'\n    --- index 0 closes the circle\n")]
    [InlineData("let a = []; for (let i = 0; i < 300; i++) a = [a, i]; console.log(String(a).length, JSON.stringify(a).length)", "1090 1692\n")]
    public void DeepValuesSerializeOrThrowRangeErrorPromptly(string script, string expected) =>
        Assert.Equal(expected, RunOnSmallStack(script));

    // A million chained binds: the "bound bound ..." name was rebuilt at each (7 GB); it is now
    // built when read, with the same observable name, and calls follow the chain in a loop.
    [Theory]
    [InlineData("function g(a, b, c) { this.v = [a, b, c]; return this } let f = g; for (let i = 0; i < 1e6; i++) f = f.bind(null); console.log(f.name.length, f.name.slice(0, 20), f.name.slice(-9), f.length, f(1, 2, 3) === globalThis, new f(1, 2).v)", "6000001 bound bound bound bo d bound g 3 true [ 1, 2, undefined ]\n")]
    [InlineData("function g(a, b, c) { this.v = [a, b, c]; return this } let f = g; for (let i = 0; i < 1e6; i++) f = f.bind(null); try { console.log({} instanceof f) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Maximum call stack size exceeded\n")]
    [InlineData("function g(a, b, c) { this.v = [a, b, c]; return this } let h = g.bind(null, 1).bind(null, 2).bind({}, 3); console.log(h.name, h.length, h(4).v, new h(5).v, Object.getOwnPropertyNames(h), JSON.stringify(Object.getOwnPropertyDescriptor(h, 'name')), h.hasOwnProperty('name'), 'name' in h)", "bound bound bound g 0 [ 1, 2, 3 ] [ 1, 2, 3 ] [ 'length', 'name' ] {\"value\":\"bound bound bound g\",\"writable\":false,\"enumerable\":false,\"configurable\":true} true true\n")]
    [InlineData("function g() {} let k = g.bind(null); for (let i = 0; i < 3; i++) k = k.bind(null); Object.defineProperty(k, 'name', { value: 'renamed' }); console.log(k.bind(null).name, k.bind(null).bind(null).name)", "bound renamed bound bound renamed\n")]
    [InlineData("function g() {} let m = g.bind(null).bind(null); delete m.name; console.log(JSON.stringify(m.name), m.bind(null).name, Object.keys(m), Reflect.ownKeys(m.bind(null)))", "\"\" bound  [] [ 'length', 'name' ]\n")]
    [InlineData("function g() {} let n = g.bind(null).bind(null); n.name = 'x'; Object.setPrototypeOf(n, null); console.log(n.name, Object.getPrototypeOf(n), String(Object.getOwnPropertyNames(n.bind ? n : Function.prototype.bind.call(n, null))))", "bound bound g null length,name\n")]
    [InlineData("function g() {} const fs = [1, 2, 3].map(() => g.bind(null).bind(null)); const names = []; for (const q of fs) names.push(q.name); console.log(names.join(), fs[0].name === fs[1].name, Object.freeze(fs[2]) && Object.isFrozen(fs[2]), fs[2].name)", "bound bound g,bound bound g,bound bound g true true bound bound g\n")]
    public void ChainedBindsStayCheapAndNameAsNodeDoes(string script, string expected) =>
        Assert.Equal(expected, RunOnSmallStack(script));

    // An argument list from an array-like of length 2**32-1 was "Internal error: OverflowException".
    [Theory]
    [InlineData("function f() { return arguments.length } for (const n of [2**32 - 1, 2**32, 2**31, 134217726, 2**26, 1e6, 65536]) { try { console.log(n, f.apply(null, { length: n })) } catch (e) { console.log(n, e.constructor.name, e.message) } }", "4294967295 RangeError Invalid array length\n4294967296 RangeError Invalid array length\n2147483648 RangeError Invalid array length\n134217726 RangeError Invalid array length\n67108864 RangeError Maximum call stack size exceeded\n1000000 RangeError Maximum call stack size exceeded\n65536 65536\n")]
    [InlineData("function f() { return arguments.length } try { console.log(Reflect.apply(f, null, { length: 2**32 - 1 })) } catch (e) { console.log(e.constructor.name, e.message) } try { console.log(Reflect.construct(function () {}, { length: 2**32 - 1 })) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Invalid array length\nRangeError Invalid array length\n")]
    [InlineData("try { const p = new Proxy({}, { ownKeys: () => ({ length: 2**32 - 1 }) }); console.log(Object.keys(p)) } catch (e) { console.log(e.constructor.name, e.message) }", "RangeError Invalid array length\n")]
    public void HugeArgumentListsFailAsNodeDoes(string script, string expected) =>
        Assert.Equal(expected, RunOnSmallStack(script));

    // A catastrophic pattern: node answers (slowly), where .NET's regex timeout surfaced as
    // "Internal error: RegexMatchTimeoutException". The expected lines are node's.
    [Fact]
    public void CatastrophicRegexAnswersAsNodeDoes() =>
        Assert.Equal("false aaaaaaaaaaaaaaaaaaaab\n",
            JsRunner.Run("console.log(/(a+)+$/.test('a'.repeat(20) + 'b'), ('a'.repeat(20) + 'b').replace(/(a+)+$/g, 'y'))"));

    [Fact]
    public void TimeLimitStopsAScriptStuckInARegex()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, TimeLimit = TimeSpan.FromSeconds(1) });
        var watch = Stopwatch.StartNew();
        Assert.Throws<ExecutionCancelledException>(() => engine.Execute("/(a+)+$/.test('a'.repeat(40) + 'b')", "t.js"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    // The own engine (v flag) polls the time limit while backtracking: a 100 ms limit stops it promptly.
    [Fact]
    public void TimeLimitStopsACatastrophicMatchOnTheOwnEngine()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, TimeLimit = TimeSpan.FromMilliseconds(100) });
        var watch = Stopwatch.StartNew();
        Assert.Throws<ExecutionCancelledException>(() => engine.Execute("/(a+)+$/v.test('a'.repeat(40) + 'b')", "t.js"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void CatastrophicRegexOnTheOwnEngineAnswersAsNodeDoes() =>
        Assert.Equal("false aaaaaaaaaaaaaaaaaaaab\n",
            JsRunner.Run("console.log(/(a+)+$/v.test('a'.repeat(20) + 'b'), ('a'.repeat(20) + 'b').replace(/(a+)+$/gv, 'y'))"));
}

/// <summary>
/// BigInts at V8's size bound are hundreds of megabytes each, and the cases are timed: they run alone
/// (beside the other tests a two-core machine took 65-70 s for cases that take 15 s alone).
/// </summary>
[Collection(nameof(MemoryTests))]
public class BigIntSizeBoundTests
{
    // BigInts are bounded as V8 bounds them (2^30 bits), checked before computing; growth was unbounded.
    [Theory]
    [InlineData("const t = (name, f) => { try { const r = f(); console.log(name, typeof r === 'bigint' ? r.toString(16).length : r) } catch (e) { console.log(name, e.constructor.name, e.message) } }; t('shl max', () => 1n << (2n ** 30n)); t('shl huge', () => 1n << (2n ** 64n)); t('shl 0', () => 0n << (2n ** 64n)); t('shr huge', () => 5n >> (2n ** 64n)); t('shr huge neg', () => -5n >> (2n ** 64n)); t('shl neg huge', () => 5n << -(2n ** 64n)); t('shr neg huge', () => 5n >> -(2n ** 64n))", "shl max RangeError Maximum BigInt size exceeded\nshl huge RangeError Maximum BigInt size exceeded\nshl 0 1\nshr huge 1\nshr huge neg 2\nshl neg huge 1\nshr neg huge RangeError Maximum BigInt size exceeded\n")]
    [InlineData("const t = (name, f) => { try { const r = f(); console.log(name, typeof r === 'bigint' ? r.toString(16).length : r) } catch (e) { console.log(name, e.constructor.name, e.message) } }; t('mul edge', () => (1n << (2n ** 29n)) * (1n << (2n ** 29n - 2n))); t('exp', () => 2n ** (2n ** 31n)); t('exp 2^30', () => 2n ** (2n ** 30n)); t('exp 1', () => 1n ** (2n ** 64n)); t('exp -1', () => (-1n) ** (2n ** 64n + 1n)); t('exp 0', () => 0n ** (2n ** 64n)); t('exp big', () => 12345n ** (2n ** 28n))", "mul edge RangeError Maximum BigInt size exceeded\nexp RangeError Maximum BigInt size exceeded\nexp 2^30 RangeError Maximum BigInt size exceeded\nexp 1 1\nexp -1 2\nexp 0 1\nexp big RangeError Maximum BigInt size exceeded\n")]
    [InlineData("const t = (name, f) => { try { const r = f(); console.log(name, typeof r === 'bigint' ? r.toString(16).length : r) } catch (e) { console.log(name, e.constructor.name, e.message) } }; const m = 1n << (2n ** 30n - 1n); t('max', () => m); t('add', () => m + m); t('m+1', () => m + 1n); t('m-1', () => m - 1n); t('-m-1', () => -m - 1n); t('m*1', () => m * 1n); t('m*0', () => m * 0n); t('inc', () => { let q = m; q++; return q })", "max 268435456\nadd RangeError Maximum BigInt size exceeded\nm+1 RangeError Maximum BigInt size exceeded\nm-1 268435456\n-m-1 RangeError Maximum BigInt size exceeded\nm*1 RangeError Maximum BigInt size exceeded\nm*0 1\ninc 268435456\n")]
    [InlineData("const t = (name, f) => { try { const r = f(); console.log(name, typeof r === 'bigint' ? r.toString(16).length : r) } catch (e) { console.log(name, e.constructor.name, e.message) } }; t('asUintN', () => BigInt.asUintN(2 ** 53 - 1, -1n)); t('asIntN', () => BigInt.asIntN(2 ** 53 - 1, -1n)); t('asUintN 2^30+1', () => BigInt.asUintN(2 ** 30 + 1, -1n)); t('asUintN pos', () => BigInt.asUintN(2 ** 53 - 1, 5n))", "asUintN RangeError Maximum BigInt size exceeded\nasIntN 2\nasUintN 2^30+1 RangeError Maximum BigInt size exceeded\nasUintN pos 1\n")]
    [InlineData("for (const v of [0n, 1n, -1n, 255n, -256n, 2n**64n + 5n, -(2n**127n) - 99n, 0x123456789abcdef0123456789n]) console.log([2, 4, 8, 16, 32, 36].map(r => v.toString(r)).join(' '))", "0 0 0 0 0 0\n1 1 1 1 1 1\n-1 -1 -1 -1 -1 -1\n11111111 3333 377 ff 7v 73\n-100000000 -10000 -400 -100 -80 -74\n10000000000000000000000000000000000000000000000000000000000000101 100000000000000000000000000000011 2000000000000000000005 10000000000000005 g000000000005 3w5e11264sgsl\n-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001100011 -2000000000000000000000000000000000000000000000000000000000001203 -2000000000000000000000000000000000000000143 -80000000000000000000000000000063 -40000000000000000000000033 -7ksyyizzkutudzbv8aqztecmb\n1001000110100010101100111100010011010101111001101111011110000000100100011010001010110011110001001 1020310111213202122233031323300010203101112132021 110642547423257157360044321263611 123456789abcdef0123456789 28q5cu4qnjff04hkaps9 8qmj7kvfkd99hbk3gqx\n")]
    // Each case makes values of hundreds of MB (and 268-million-character strings of them): 3-15 s alone,
    // but one went past 30 s in a full run on a loaded 2-core host. The bound only tells a hang apart.
    public void BigIntsStopAtV8sMaximumSize(string script, string expected) =>
        Assert.Equal(expected, HostileInputTests.RunOnSmallStack(script, boundSeconds: 120));
}
