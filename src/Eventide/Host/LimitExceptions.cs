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

/// <summary>Thrown when the host cancels a running script (time limit or cancellation token).</summary>
public sealed class ExecutionCancelledException(CancellationToken token) : OperationCanceledException("Script execution was cancelled", token);
