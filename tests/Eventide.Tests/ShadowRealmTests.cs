using Eventide.Host;

namespace Eventide.Tests;

/// <summary>ShadowRealm as an embedder sees it: values cross as primitives or wrapped functions, throws as the caller's TypeErrors.</summary>
public class ShadowRealmTests
{
    private static Engine NewEngine(IModuleSource? modules = null) =>
        new(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, VirtualTime = true, ModuleSource = modules });

    private static string Run(Engine engine, string script) => engine.Evaluate(script).String;

    [Fact]
    public void FunctionsCrossWrappedBothWays()
    {
        var engine = NewEngine();
        string result = Run(engine, """
            const r = new ShadowRealm();
            const apply = r.evaluate('function apply(cb, x) { globalThis.seen = typeof cb + ":" + cb.name + ":" + cb.length; return cb(x) * 2; } apply');
            const double = (n) => n + 1;
            const out = apply(double, 20);
            [out, apply.name, apply.length, Object.getPrototypeOf(apply) === Function.prototype, r.evaluate('seen'),
             r.evaluate('x => x') === r.evaluate('x => x'), 'prototype' in apply].join(' ');
            """);
        Assert.Equal("42 apply 2 true function:double:1 false false", result);
    }

    [Fact]
    public void AThrowCrossingTheBoundaryBecomesATypeErrorOfTheCallersRealm()
    {
        var engine = NewEngine();
        string result = Run(engine, """
            const r = new ShadowRealm();
            const results = [];
            for (const code of ['throw new RangeError("deep")', 'throw 42', 'null.x']) {
              try { r.evaluate(code); } catch (e) { results.push(`${e.constructor === TypeError}:${e.message}`); }
            }
            const f = r.evaluate('() => { throw new Error("inside") }');
            try { f(); } catch (e) { results.push(`${Object.getPrototypeOf(e) === TypeError.prototype}:${e.message}`); }
            try { r.evaluate('let x = ;'); } catch (e) { results.push(`${e.constructor === SyntaxError}`); }
            results.join('|');
            """);
        Assert.Equal("true:ShadowRealm evaluate threw (deep)|true:ShadowRealm evaluate threw (42)|"
            + "true:ShadowRealm evaluate threw (Cannot read properties of null (reading 'x'))|true:WrappedFunction threw (inside)|true", result);
    }

    [Fact]
    public void ObjectsDoNotCross()
    {
        var engine = NewEngine();
        string result = Run(engine, """
            const r = new ShadowRealm();
            const results = [];
            for (const code of ['({})', '[]', 'globalThis']) {
              try { r.evaluate(code); results.push('crossed'); } catch (e) { results.push(e.constructor.name); }
            }
            const f = r.evaluate('(x) => typeof x');
            try { f({}); } catch (e) { results.push(e.constructor.name); }
            results.push(r.evaluate('Symbol.for("k")') === Symbol.for('k'), r.evaluate('10n') === 10n);
            results.join(' ');
            """);
        Assert.Equal("TypeError TypeError TypeError TypeError true true", result);
    }

    [Fact]
    public void AShadowRealmHasItsOwnIntrinsicsAndNoHostGlobals()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, VirtualTime = true, Runtime = JsRunner.Node() });
        string result = Run(engine, """
            const r = new ShadowRealm();
            r.evaluate('Array.prototype.push = null; globalThis.leak = 1');
            [typeof [].push, typeof globalThis.leak, typeof process,
             r.evaluate('[typeof console, typeof process, typeof require, typeof setTimeout, typeof globalThis.global, typeof ShadowRealm].join()')].join(' ');
            """);
        Assert.Equal("function undefined object undefined,undefined,undefined,undefined,undefined,function", result);
    }

    [Fact]
    public void ImportValueLoadsItsOwnModuleInstance()
    {
        var modules = new InMemoryModuleSource()
            .Add("counter.js", "export let count = 0; export function bump() { return ++count; } export const box = {};");
        var engine = NewEngine(modules);
        engine.Execute("""
            globalThis.out = [];
            const r = new ShadowRealm();
            Promise.all([r.importValue('counter.js', 'bump'), import('counter.js')]).then(async ([bump, ns]) => {
              out.push(bump(), bump(), ns.count, ns.bump(), await r.importValue('counter.js', 'count'));
              for (const name of ['box', 'missing']) await r.importValue('counter.js', name).catch(e => out.push(e.constructor.name));
            });
            """);
        engine.RunEventLoop();
        Assert.Equal("1,2,0,1,2,TypeError,TypeError", Run(engine, "out.join()"));
    }
}
