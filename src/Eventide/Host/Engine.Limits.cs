using Eventide.Runtime;
using Eventide.Vm;

using Eventide.Host;

namespace Eventide;

/// <summary>Per-call limits (time, fuel, memory, call depth) on top of the engine's own.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// Holds everything run until the returned scope is disposed to <paramref name="limits"/>;
    /// its time limit counts from this call. Scopes nest (the tighter limit wins) and must be
    /// disposed in reverse order, on the thread that uses the engine:
    /// <code>using (engine.Limit(new ExecutionLimits { TimeLimit = TimeSpan.FromSeconds(1) })) engine.Invoke("run");</code>
    /// </summary>
    public IDisposable Limit(ExecutionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new LimitScope(Interpreter, Interpreter.PushLimits(limits));
    }

    /// <summary><see cref="Execute(string, string)"/> under its own limits (see <see cref="ExecutionLimits"/>).</summary>
    public JsValue Execute(string source, ExecutionLimits limits, string path = "<anonymous>")
    {
        using var scope = Limit(limits);
        return Execute(source, path);
    }

    /// <summary><see cref="Evaluate(string)"/> under its own limits (see <see cref="ExecutionLimits"/>).</summary>
    public JsValue Evaluate(string source, ExecutionLimits limits)
    {
        using var scope = Limit(limits);
        return Evaluate(source);
    }

    /// <summary><see cref="Invoke(JsValue, object?[])"/> under its own limits (see <see cref="ExecutionLimits"/>).</summary>
    public JsValue Invoke(JsValue function, ExecutionLimits limits, params object?[] args)
    {
        using var scope = Limit(limits);
        return Invoke(function, args);
    }

    /// <summary><see cref="Invoke(string, object?[])"/> under its own limits (see <see cref="ExecutionLimits"/>).</summary>
    public JsValue Invoke(string functionName, ExecutionLimits limits, params object?[] args)
    {
        using var scope = Limit(limits);
        return Invoke(functionName, args);
    }

    /// <summary>Restores the limits in force before <see cref="Limit"/> (once).</summary>
    private sealed class LimitScope(Interpreter interpreter, Interpreter.SavedLimits saved) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            interpreter.PopLimits(saved);
        }
    }
}
