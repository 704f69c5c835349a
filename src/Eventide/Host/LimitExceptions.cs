using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide;

/// <summary>A host-level stop (process.exit) that unwinds through JS without running catch or finally.</summary>
public abstract class UncatchableException(string message) : Exception(message);

/// <summary>Thrown when the managed heap outgrows EngineOptions.MemoryLimit while a script runs.</summary>
public sealed class MemoryLimitExceededException(long used, long limit)
    : UncatchableException($"Script exceeded the memory limit: {used:N0} bytes in use, limit {limit:N0}")
{
    /// <summary>The managed heap size, in bytes, when the limit was found exceeded.</summary>
    public long BytesInUse { get; } = used;
    /// <summary>The limit, in bytes (<see cref="EngineOptions.MemoryLimit"/>).</summary>
    public long Limit { get; } = limit;
}

/// <summary>
/// Thrown when the host cancels a running script (a time limit or cancellation token). Scripts
/// cannot catch it; with a per-call limit (<see cref="ExecutionLimits"/>) the engine stays usable.
/// </summary>
public sealed class ExecutionCancelledException : OperationCanceledException
{
    /// <summary>The run stopped because <paramref name="token"/> was cancelled.</summary>
    public ExecutionCancelledException(CancellationToken token) : base("Script execution was cancelled", token) { }

    private ExecutionCancelledException(string message) : base(message) { }

    /// <summary>A call's own time limit (<see cref="ExecutionLimits.TimeLimit"/>) ran out.</summary>
    internal static ExecutionCancelledException TimeLimitExceeded() => new("Script execution exceeded its time limit");

    /// <summary>The engine was disposed while the script ran.</summary>
    internal static ExecutionCancelledException EngineDisposed() => new("Script execution stopped: the engine was disposed");
}

/// <summary>
/// Thrown when a script has used up its fuel (<see cref="ExecutionLimits.Fuel"/>,
/// <see cref="EngineOptions.Fuel"/>): a deterministic count of calls, loop iterations and
/// builtin steps, so the same script with the same fuel always stops at the same point.
/// Scripts cannot catch it.
/// </summary>
public sealed class FuelExhaustedException() : UncatchableException("Script execution ran out of fuel");
