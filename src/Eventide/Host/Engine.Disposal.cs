using Eventide.Host;

namespace Eventide;

/// <summary>Disposal: what the engine holds beyond its memory (timers of its limits, sockets, servers, child processes) is released at once.</summary>
public sealed partial class Engine : IDisposable
{
    private int _disposed;
    private List<Action>? _disposers;
    private readonly Lock _disposersLock = new();
    /// <summary>The source of the token <see cref="EngineOptions.TimeLimit"/> cancels (its timer runs until then).</summary>
    private CancellationTokenSource? _timeLimit;

    /// <summary>Whether <see cref="Dispose"/> was called.</summary>
    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Registers what <see cref="Dispose"/> releases for a binding that tracks its own resources (fetch's exchanges).</summary>
    internal void WhenDisposed(Action release)
    {
        lock (_disposersLock) (_disposers ??= []).Add(release);
    }

    /// <summary>
    /// Stops the engine and releases what its scripts still hold: open sockets and servers are closed,
    /// child processes killed, requests in flight cancelled, the time limit's timer stopped. A script
    /// running on another thread stops at its next check with <see cref="ExecutionCancelledException"/>.
    /// Later calls into the engine throw <see cref="ObjectDisposedException"/>. Safe to call more than once, from any thread.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        Interpreter.Budget.Stop();
        _loop?.ReleaseAll();
        Action[] disposers;
        lock (_disposersLock) disposers = _disposers?.ToArray() ?? [];
        foreach (var release in disposers) release();
        _timeLimit?.Dispose();
    }
}
