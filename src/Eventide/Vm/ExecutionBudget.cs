using System.Diagnostics;
using System.Runtime.CompilerServices;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// What running scripts may still spend: fuel (a count of ticks), time (the engine's cancellation
/// token, a per-call token and deadline) and memory. The interpreter ticks it on calls and loop
/// back edges, long-running builtins once per element or step; a tick is one counter decrement,
/// and every <see cref="Chunk"/> ticks the limits are checked. Fuel is exact: the same script with
/// the same fuel stops at the same tick, whatever the machine's speed.
/// </summary>
internal sealed class ExecutionBudget
{
    /// <summary>Ticks between checks of the clock, tokens and heap: a few microseconds of script.</summary>
    private const int Chunk = 256;

    private int _countdown;
    /// <summary>Fuel not yet handed to <see cref="_countdown"/> (long.MaxValue: unlimited).</summary>
    private long _fuel;
    private readonly CancellationToken _engineToken;
    private CancellationToken _callToken;
    /// <summary>Stopwatch timestamp after which the running call is out of time (long.MaxValue: none).</summary>
    private long _deadline = long.MaxValue;
    private long _memoryLimit;
    /// <summary>Set by Engine.Dispose from any thread: the next check stops the script.</summary>
    private volatile bool _stopped;
    private long _allocatedAtLastCheck;

    /// <summary>When EngineOptions.TimeLimit cancels the engine's token (long.MaxValue: never), to know the time left.</summary>
    private readonly long _engineDeadline;

    public ExecutionBudget(CancellationToken engineToken, TimeSpan? engineTimeLimit, long? memoryLimit, long? fuel)
    {
        _engineToken = engineToken;
        _engineDeadline = engineTimeLimit is { } limit ? DeadlineAfter(limit) : long.MaxValue;
        _memoryLimit = memoryLimit ?? 0;
        _fuel = fuel is { } f ? Math.Max(f, 0) : long.MaxValue;
    }

    /// <summary>The running engine's budget, for code that has no realm at hand (an unlimited one outside any engine).</summary>
    public static ExecutionBudget Current => Realm.Current?.Budget ?? Unlimited;

    // Shared by code run outside an engine: it never stops anything, so races on its countdown are harmless.
    private static readonly ExecutionBudget Unlimited = new(default, null, null, null);

    /// <summary>The engine's token: the host's, cancelled by EngineOptions.TimeLimit as well.</summary>
    public CancellationToken EngineToken => _engineToken;

    /// <summary>One unit of work: throws when a limit is reached (checked every <see cref="Chunk"/> ticks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        if (--_countdown < 0) NextChunk();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NextChunk()
    {
        Check();
        if (_fuel <= 0)
        {
            _countdown = -1; // every later tick throws again
            throw new FuelExhaustedException();
        }
        // This tick is the first of the new chunk.
        int next = (int)Math.Min(Chunk, _fuel);
        _fuel -= next;
        _countdown = next - 1;
    }

    /// <summary>Engine.Dispose: the running script (if any) stops at its next tick, whatever its fuel.</summary>
    public void Stop()
    {
        _stopped = true;
        _countdown = -1; // a racing decrement only delays the stop to the end of the chunk
    }

    /// <summary>Checks the tokens, the deadline and the heap now (after a wait, or a step that took long).</summary>
    public void Check()
    {
        if (_stopped) throw ExecutionCancelledException.EngineDisposed();
        if (_engineToken.IsCancellationRequested) throw new ExecutionCancelledException(_engineToken);
        if (_callToken.IsCancellationRequested) throw new ExecutionCancelledException(_callToken);
        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() >= _deadline) throw ExecutionCancelledException.TimeLimitExceeded();
        if (_memoryLimit > 0) CheckMemory();
    }

    /// <summary>Whether anything can stop a script by time: a regex or BigInt step then runs in slices.</summary>
    public bool CanBeStopped => _engineToken.CanBeCanceled || _callToken.CanBeCanceled || _deadline != long.MaxValue;

    /// <summary>The time left before the engine's or the call's time limit (null: none).</summary>
    public TimeSpan? TimeLeft
    {
        get
        {
            long deadline = Math.Min(_deadline, _engineDeadline);
            return deadline == long.MaxValue ? null : Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        }
    }

    private static long DeadlineAfter(TimeSpan time) =>
        Stopwatch.GetTimestamp() + (long)Math.Min(time.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2);

    // When this thread has allocated another megabyte since the last look, measure the heap.
    private void CheckMemory()
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - _allocatedAtLastCheck < 1 << 20) return;
        _allocatedAtLastCheck = allocated;
        long used = GC.GetTotalMemory(false);
        if (used > _memoryLimit) throw new MemoryLimitExceededException(used, _memoryLimit);
    }

    /// <summary>Allocations smaller than this are left to the periodic check.</summary>
    private const long LargeAllocation = 1 << 20;

    /// <summary>
    /// Before allocating <paramref name="bytes"/> at once (a dense array's store, a buffer, a long
    /// string): throws MemoryLimitExceededException when the heap would outgrow the memory limit.
    /// </summary>
    public void EnsureCanAllocate(long bytes)
    {
        if (_memoryLimit <= 0 || bytes < LargeAllocation) return;
        long used = GC.GetTotalMemory(false);
        if (used + bytes > _memoryLimit) throw new MemoryLimitExceededException(used + bytes, _memoryLimit);
    }

    /// <summary><see cref="EnsureCanAllocate"/> for the running engine, for code that has no realm at hand.</summary>
    public static void BeforeAllocating(long bytes)
    {
        if (bytes >= LargeAllocation) Realm.Current?.Budget.EnsureCanAllocate(bytes);
    }

    /// <summary><see cref="BeforeAllocating"/> for an array of <paramref name="count"/> values.</summary>
    public static void BeforeAllocatingValues(long count) => BeforeAllocating(count * System.Runtime.CompilerServices.Unsafe.SizeOf<JsValue>());

    /// <summary>The capacity that doubles a list of <paramref name="length"/> values (at most Array.MaxLength), checked against the memory limit.</summary>
    public static int DoubledValueCapacity(int length)
    {
        int capacity = (int)Math.Min(2L * length, Array.MaxLength);
        BeforeAllocatingValues(capacity);
        return capacity;
    }

    /// <summary>The fuel left (long.MaxValue when unlimited).</summary>
    private long FuelLeft => _fuel == long.MaxValue ? long.MaxValue : _fuel + Math.Max(_countdown, 0);

    private void SetFuel(long fuel)
    {
        _fuel = fuel;
        _countdown = 0; // the next tick takes a chunk (and checks the limits)
    }

    /// <summary>The limits in force before a call's own, restored when it ends.</summary>
    internal readonly record struct Saved(long Fuel, long FuelAtStart, long Deadline, CancellationToken CallToken, CancellationTokenSource? Linked, long MemoryLimit);

    /// <summary>Adds a call's limits to those in force (the tighter of each wins).</summary>
    public Saved Push(ExecutionLimits limits)
    {
        long fuel = FuelLeft;
        var saved = new Saved(fuel, 0, _deadline, _callToken, null, _memoryLimit);
        long start = limits.Fuel is { } f ? Math.Min(Math.Max(f, 0), fuel) : fuel;
        SetFuel(start);
        if (limits.TimeLimit is { } time)
            _deadline = Math.Min(_deadline, DeadlineAfter(time));
        CancellationTokenSource? linked = null;
        if (limits.CancellationToken.CanBeCanceled)
        {
            if (_callToken.CanBeCanceled)
            {
                linked = CancellationTokenSource.CreateLinkedTokenSource(_callToken, limits.CancellationToken);
                _callToken = linked.Token;
            }
            else _callToken = limits.CancellationToken;
        }
        if (limits.MemoryLimit is { } memory) _memoryLimit = _memoryLimit > 0 ? Math.Min(_memoryLimit, memory) : memory;
        return saved with { FuelAtStart = start, Linked = linked };
    }

    /// <summary>Ends a call's limits: the fuel it spent is spent for the caller's too.</summary>
    public void Pop(Saved saved)
    {
        long spent = saved.FuelAtStart == long.MaxValue ? 0 : saved.FuelAtStart - FuelLeft;
        SetFuel(saved.Fuel == long.MaxValue ? long.MaxValue : Math.Max(saved.Fuel - spent, 0));
        _deadline = saved.Deadline;
        _callToken = saved.CallToken;
        saved.Linked?.Dispose();
        _memoryLimit = saved.MemoryLimit;
    }
}
