using Eventide.Host;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Tests;

/// <summary>.NET exceptions thrown by host functions reach scripts as JS Errors with their message, and the host gets them back.</summary>
public class HostExceptionTests
{
    private static Engine NewEngine(bool exposeDetails = false) =>
        new(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null, ExposeHostExceptionDetails = exposeDetails });

    private static Engine WithFailingHost(InvalidOperationException thrown, bool exposeDetails = false)
    {
        var engine = NewEngine(exposeDetails);
        engine.SetValue("fail", Throwing(thrown));
        engine.SetValue("host", new Dictionary<string, object?> { ["fail"] = new Func<JsValue[], JsValue>(_ => throw thrown) });
        return engine;
    }

    // A lambda that only throws would bind to the async overload: this one is a plain host function.
    private static Func<JsValue[], JsValue> Throwing(Exception thrown) => _ => throw thrown;

    [Theory]
    [InlineData("fail")]
    [InlineData("host.fail")]
    public void AScriptCatchesAnErrorWithTheMessageAndNothingOfDotNet(string function)
    {
        var engine = WithFailingHost(new InvalidOperationException("the account is locked"));
        var seen = engine.Evaluate($"try {{ {function}(); 'no throw' }} catch (e) {{ [e instanceof Error, e.constructor.name, e.message, String(e), /InvalidOperation|System\\.|at Eventide/.test(e.stack)].join('|') }}").String;
        Assert.Equal("true|Error|the account is locked|Error: the account is locked|false", seen);
    }

    [Fact]
    public void UncaughtTheHostGetsTheOriginalExceptionAsInnerException()
    {
        var thrown = new InvalidOperationException("the account is locked");
        var engine = WithFailingHost(thrown);
        var ex = Assert.Throws<JsException>(() => engine.Execute("function run() { fail() } run()"));
        Assert.Same(thrown, ex.InnerException);
        Assert.Equal("Error: the account is locked", ex.Message.Split('\n')[0]);
        // Rethrown by the script, and through a nested host call, it is still the host's.
        var rethrown = Assert.Throws<JsException>(() => engine.Execute("try { [1].map(() => host.fail()) } catch (e) { throw e }"));
        Assert.Same(thrown, rethrown.InnerException);
        Assert.Same(thrown, Assert.Throws<JsException>(() => engine.Invoke("fail")).InnerException);
    }

    [Fact]
    public void TheHostMayOptInToShowingTheDotNetType()
    {
        var engine = WithFailingHost(new InvalidOperationException("the account is locked"), exposeDetails: true);
        Assert.Equal("System.InvalidOperationException: the account is locked", engine.Evaluate("try { fail() } catch (e) { e.message }").String);
    }

    [Fact]
    public void HostCallsAndHostTasksMapExceptionsAlike()
    {
        var thrown = new InvalidOperationException("the account is locked");
        var engine = NewEngine();
        engine.SetValue("failLater", new Func<JsValue[], Task<JsValue>>(async _ => { await Task.Yield(); throw thrown; }));
        engine.SetValue("fail", Throwing(thrown));
        engine.Execute("var seen = []; try { fail() } catch (e) { seen.push(e.constructor.name + ': ' + e.message) } failLater().catch(e => seen.push(e.constructor.name + ': ' + e.message))");
        engine.RunEventLoop();
        Assert.Equal("Error: the account is locked,Error: the account is locked", engine.Evaluate("seen.join()").String);
    }

    [Fact]
    public void LimitExceptionsFromANestedCallPassThroughHostFunctions()
    {
        var engine = NewEngine();
        engine.SetValue("nested", (Func<JsValue[], JsValue>)(_ => engine.Evaluate("while (true) {}", new ExecutionLimits { Fuel = 1000 })));
        Assert.Throws<FuelExhaustedException>(() => engine.Execute("try { nested() } catch (e) {}"));
        Assert.Equal(2.0, engine.Evaluate("1 + 1").Number);
    }
}
