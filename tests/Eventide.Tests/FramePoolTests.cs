using System.Runtime.CompilerServices;

namespace Eventide.Tests;

/// <summary>
/// Pooled frames keep their last call's function, scope, this and caller (so that the next call of
/// the same function compares instead of storing): once the host's call returns, they must not keep
/// the script's objects alive.
/// </summary>
public class FramePoolTests
{
    [Fact]
    public void FinishedCallsLeaveNoObjectReachable()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var tracked = new List<WeakReference>();
        engine.SetValue("track", args => { tracked.Add(new WeakReference(args[0].AsObject)); return JsValue.Undefined; });
        RunCalls(engine);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(4, tracked.Count);
        Assert.All(tracked, w => Assert.False(w.IsAlive));
    }

    // Not inlined: no local of the test method may hold what the script made.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunCalls(Engine engine) => engine.Execute("""
        (function () {
          const receiver = { payload: new Array(1000).fill(1) };
          track(receiver);
          (function () { return this.payload.length; }).call(receiver);       // a frame's this
          const captured = { payload: 'scope' };
          track(captured);
          (function () { return (() => captured)(); })();                     // a frame's scope
          [1].map(x => track({ x }));                                         // a kept callback frame
          const gen = (function* () { const kept = { payload: 'generator' }; track(kept); yield kept; })();
          gen.next(); gen.next();                                             // a generator's own frame, rented from the pool and left on the frame stack
        })();
        """);
}
