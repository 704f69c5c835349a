using System.Reflection;
using System.Runtime.CompilerServices;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    private static int _dispatchLoopWarmup;

    /// <summary>
    /// Under the JIT, compiles the dispatch loop on a background thread, once per process, while the
    /// caller goes on creating the realm and compiling the script. The loop is AggressiveOptimization
    /// (so ReadyToRun leaves it out) and its optimized compilation takes 50-70 ms of CPU, which a first
    /// script would otherwise wait for on its own thread; a thread that calls it sooner waits for this
    /// compilation rather than starting another. Nothing to do under native AOT or on one core.
    /// </summary>
    internal static void WarmUpDispatchLoop()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled || Environment.ProcessorCount < 2) return;
        if (Interlocked.Exchange(ref _dispatchLoopWarmup, 1) != 0) return;
        var thread = new Thread(PrepareDispatchLoop) { IsBackground = true, Name = "Eventide loop warm-up" };
        thread.Start();
    }

    private static void PrepareDispatchLoop()
    {
        // JsValue's statics initialized first, so the JIT folds them as constants instead of
        // checking the type's initialization where the loop reads them (55 places, 10 % more code).
        // A static of another type read in the loop belongs here too: DOTNET_JitDisasmSummary=1
        // shows the loop's code size, which should not depend on this thread.
        RuntimeHelpers.RunClassConstructor(typeof(JsValue).TypeHandle);
        if (typeof(Interpreter).GetMethod(nameof(Loop), BindingFlags.Instance | BindingFlags.NonPublic) is { } loop)
            RuntimeHelpers.PrepareMethod(loop.MethodHandle);
    }
}
