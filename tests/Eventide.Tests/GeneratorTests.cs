using Eventide.Host;

namespace Eventide.Tests;

/// <summary>Generators (27.5): each expected value is what node prints for the same code.</summary>
public class GeneratorTests
{
    [Theory]
    [InlineData("function* g() { const x = yield 1; const y = yield x * 2; return x + y } const it = g(); var s = ''; for (const a of ['ignored', 5, 7, undefined]) { const r = it.next(a); s += r.value + ':' + r.done + ' ' } s", "1:false 10:false 12:true undefined:true ")]
    [InlineData("function* g() { try { yield 1; yield 2 } finally { log.push('cleanup') } } var log = []; const it = g(); it.next(); const r = it.return(9); r.value + ':' + r.done + ':' + log.join() + ':' + it.next().done", "9:true:cleanup:true")]
    [InlineData("function* g() { try { yield 1 } finally { yield 'in finally' } } const it = g(); it.next(); const a = it.return(5); const b = it.next(); a.value + ',' + a.done + ',' + b.value + ',' + b.done", "in finally,false,5,true")]
    [InlineData("function* g() { try { yield 1 } catch (e) { yield 'caught ' + e } } const it = g(); it.next(); it.throw('boom').value", "caught boom")]
    [InlineData("function* inner() { const a = yield 'i1'; yield 'i2:' + a; return 'inner-done' } function* outer() { const r = yield* inner(); yield r } [...outer()].join(',')", "i1,i2:undefined,inner-done")]
    [InlineData("function* inner() { try { yield 1; yield 2 } finally { log.push('inner closed') } } function* outer() { yield* inner() } var log = []; const it = outer(); it.next(); it.return(3); log.join()", "inner closed")]
    [InlineData("var msg; function* re() { try { it2.next() } catch (e) { msg = e.message } yield 1 } const it2 = re(); it2.next(); msg", "Generator is already running")]
    [InlineData("function* g() { yield* [1, 2, 3]; yield 4 } [...g()].length + ''", "4")]
    [InlineData("function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b] } } const out = []; for (const v of fib()) { if (v > 50) break; out.push(v) } out.join(' ')", "0 1 1 2 3 5 8 13 21 34")]
    [InlineData("const o = { *gen() { yield this.v }, v: 42 }; '' + o.gen().next().value", "42")]
    [InlineData("function* g(a = 1, b = a + 1) { yield a + b } '' + g().next().value", "3")]
    [InlineData("function* g() { yield 1 } const it = g(); it.next(); it.next(); const r = it.next(); r.value + ':' + r.done", "undefined:true")]
    [InlineData("function* g() { yield 1 } const it = g(); let err; try { it.throw(new Error('early')) } catch (e) { err = e.message } err + ':' + it.next().done", "early:true")]
    [InlineData("function* inner() { yield 1 } function* outer() { try { yield* inner() } catch (e) { yield 'outer caught ' + e.message } } const it = outer(); it.next(); it.throw(new Error('x')).value", "outer caught x")]
    [InlineData("const it = { [Symbol.iterator]() { return this }, next(v) { return { value: 'n' + v, done: v === 2 } }, return(v) { return { value: 'r' + v, done: true } } }; function* g() { const x = yield* it; return 'got ' + x } const gi = g(); var s = gi.next(0).value; s += gi.next(1).value; const last = gi.next(2); s + ' ' + last.value + ' ' + last.done", "nundefinedn1 got n2 true")]
    public void BehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Fact]
    public void ManyYieldsUseNoDotNetStack()
    {
        var result = JsRunner.Eval("function* g() { for (let i = 0; i < 1000000; i++) yield i } let s = 0; for (const v of g()) s += v; s");
        Assert.Equal(499999500000, result.Number);
    }
}

/// <summary>Measures the whole process's heap, so it runs alone (see MemoryTests).</summary>
[Collection(nameof(MemoryTests))]
public class GeneratorMemoryTests
{
    [Fact]
    public void SuspendedGeneratorsHoldOnlyTheirFrames()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        engine.Execute("function* g(i) { let a = i; yield a; yield a + 1 } var kept = [];");
        long before = GC.GetTotalMemory(true);
        engine.Execute("for (let i = 0; i < 100000; i++) { const it = g(i); it.next(); kept.push(it) }");
        long after = GC.GetTotalMemory(true);
        Assert.Equal(100000, engine.Evaluate("kept.length").Number);
        Assert.Equal(4, engine.Evaluate("kept[3].next().value").Number);
        double perGenerator = (after - before) / 100000.0;
        Assert.True(after - before < 100L * 1024 * 1024, $"100,000 suspended generators grew the heap by {(after - before) / 1048576.0:F1} MB");
        Assert.True(perGenerator < 1000, $"{perGenerator:F0} bytes per suspended generator");
    }
}
