namespace Eventide;

/// <summary>
/// Limits for one call into the engine (<see cref="Engine.Execute(string, ExecutionLimits, string)"/>,
/// <see cref="Engine.Evaluate(string, ExecutionLimits)"/>, <see cref="Engine.Invoke(JsValue, ExecutionLimits, object?[])"/>)
/// or for everything run inside an <see cref="Engine.Limit"/> scope. They add to the engine's own
/// (<see cref="EngineOptions"/>): the tighter limit wins. When one runs out the call throws
/// (<see cref="ExecutionCancelledException"/>, <see cref="FuelExhaustedException"/>,
/// <see cref="MemoryLimitExceededException"/>, or a RangeError for the call depth), no script
/// can catch it, and the engine stays usable for the next call. Null leaves a limit to the engine.
/// </summary>
public sealed class ExecutionLimits
{
    /// <summary>Wall-clock time the call may run, counted from its start.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>JavaScript call depth the call may add before "RangeError: Maximum call stack size exceeded".</summary>
    public int? MaxCallDepth { get; init; }

    /// <summary>
    /// Managed heap size (bytes, as GC.GetTotalMemory counts it for the whole process) above which
    /// the call stops; large allocations (arrays, buffers, strings) are checked before they happen.
    /// </summary>
    public long? MemoryLimit { get; init; }

    /// <summary>
    /// A deterministic step count: every call, loop iteration and step of a long-running builtin
    /// (one element of Array.prototype.join, one character run of String.prototype.repeat...)
    /// spends one unit. The same script with the same fuel stops at the same point on every run,
    /// whatever the machine's speed. Fuel a call spends is spent for its caller's limit too.
    /// </summary>
    public long? Fuel { get; init; }

    /// <summary>Cancels the call (checked with the other limits).</summary>
    public CancellationToken CancellationToken { get; init; }
}
