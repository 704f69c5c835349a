using Eventide.Host;

namespace Eventide.Tests;

/// <summary>
/// Unbounded recursion that passes through builtins (callbacks, getters, toString, toJSON, traps)
/// nests .NET frames. On an ordinary 1 MB thread it must end in a catchable RangeError, never a
/// .NET stack overflow that kills the host.
/// </summary>
public class StackDepthTests
{
    [Theory]
    [InlineData("(function f(){ [1].forEach(f) })()")]
    [InlineData("const o = { get x() { return this.x; } }; o.x")]
    [InlineData("const o = { toString() { return String(this); } }; String(o)")]
    [InlineData("(function f(){ [2, 1].sort(() => f()) })()")]
    [InlineData("const o = { toJSON() { return JSON.stringify(o); } }; JSON.stringify(o)")]
    [InlineData("const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); p.x")]
    [InlineData("function* g() { yield* g(); } [...g()]")]
    [InlineData("(function f(){ f.apply(null, []) })()")]
    [InlineData("(function f(){ 'a'.replace(/a/, f) })()")]
    public void RecursionThroughBuiltinsEndsInARangeErrorOnASmallStack(string recursion)
    {
        string? output = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { output = JsRunner.Run($"try {{ {recursion} }} catch (e) {{ console.log(e.constructor.name, e.message) }}"); }
            catch (Exception e) { failure = e; }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.Equal("RangeError Maximum call stack size exceeded\n", output);
    }
}
