using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>One thread at a time: the guard at the embedding API's entry points.</summary>
public sealed partial class Engine
{
    /// <summary>The managed id of the thread inside the engine, 0 when none is.</summary>
    private int _ownerThread;
    /// <summary>How deeply the owner thread has entered (a host function calling back in nests).</summary>
    private int _entryDepth;

    /// <summary>
    /// Enters the engine on this thread and makes its realm current: re-entry from the thread
    /// already inside nests; entry from a second thread while one is inside throws.
    /// Sequential use from different threads (an await resuming elsewhere) is allowed.
    /// </summary>
    internal EngineEntry Enter()
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        int me = Environment.CurrentManagedThreadId;
        int owner = Interlocked.CompareExchange(ref _ownerThread, me, 0);
        if (owner != 0 && owner != me)
            throw new InvalidOperationException("This Engine is in use by another thread: an Engine runs on one thread at a time. Wait for the other call to return (or await it) before using the engine again, or use one Engine per thread.");
        _entryDepth++;
        return new EngineEntry(this, Realm.Enter(Realm));
    }

    private void Leave(Realm? saved)
    {
        Realm.Restore(saved);
        if (--_entryDepth > 0) return;
        Interpreter.ReleasePooledFrames(); // the host's call is over: nothing of it stays reachable from the engine
        Volatile.Write(ref _ownerThread, 0);
    }

    /// <summary>Leaves the engine when disposed (restoring the realm that was current before).</summary>
    internal readonly struct EngineEntry(Engine engine, Realm? saved) : IDisposable
    {
        public void Dispose() => engine.Leave(saved);
    }
}
