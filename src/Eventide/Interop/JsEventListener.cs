using Eventide.Host;
using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// A script's listener for a host object's event (<c>obj.on(name, fn)</c>), handed to the
/// <see cref="JsClass{T}.Event"/> subscription so the .NET handler can call it. An event raised on
/// the thread running the engine (inside a call from a script, or while the host is inside the
/// engine) calls the listener at once; one raised on any other thread is queued to the engine's
/// event loop and runs in its poll phase while the loop runs (a listener does not keep the loop alive).
/// The listener's <c>this</c> is the host object; the arguments convert with <see cref="Engine.FromClr{T}(T)"/>.
/// </summary>
public sealed class JsEventListener
{
    private readonly Engine _engine;
    private readonly JsObject _target;
    private readonly JsFunction _function;
    /// <summary>Where calls from other threads queue; opened on the engine's thread, unref'd.</summary>
    private readonly LoopHandle _handle;

    internal JsEventListener(Engine engine, JsObject target, JsFunction function)
    {
        _engine = engine;
        _target = target;
        _function = function;
        _handle = engine.Loop.Open("host event", request: false);
        _handle.Unref();
    }

    /// <summary>Calls the listener without arguments.</summary>
    public void Invoke() => Dispatch(static _ => []);

    /// <summary>Calls the listener with one argument.</summary>
    public void Invoke<T1>(T1 arg1) => Dispatch(engine => [engine.FromClr(arg1)]);

    /// <summary>Calls the listener with two arguments.</summary>
    public void Invoke<T1, T2>(T1 arg1, T2 arg2) => Dispatch(engine => [engine.FromClr(arg1), engine.FromClr(arg2)]);

    /// <summary>Calls the listener with three arguments.</summary>
    public void Invoke<T1, T2, T3>(T1 arg1, T2 arg2, T3 arg3) => Dispatch(engine => [engine.FromClr(arg1), engine.FromClr(arg2), engine.FromClr(arg3)]);

    private void Dispatch(Func<Engine, JsValue[]> arguments)
    {
        if (_engine.IsEnteredByCurrentThread) { _function.Call(_target, arguments(_engine)); return; }
        _handle.Post("host event", () => _function.Call(_target, arguments(_engine)));
    }

    /// <summary>Stops queued calls (the listener was removed with off).</summary>
    internal void Close() => _handle.Close();
}
