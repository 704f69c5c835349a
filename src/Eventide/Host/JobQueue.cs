using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>9.5 Jobs: work the host runs later on an empty stack (a promise job or a queued microtask).</summary>
internal abstract class Job
{
    /// <summary>
    /// The async context (AsyncLocalStorage's stores) current when the job was made: it is current
    /// again while the job runs. A promise reaction takes the context of its then() (or await).
    /// </summary>
    internal JsObject? AsyncContext;

    protected Job() => AsyncContext = Realm.Current?.Engine.AsyncContext;

    /// <summary>A job whose async context is set when it is queued or registered (a promise reaction's, by
    /// PerformPromiseThen), not when it is made.</summary>
    private protected Job(bool contextSetWhenQueued) { }

    internal abstract void Run();

    /// <summary>What the job does, for the event-loop timeline (eventide --trace).</summary>
    internal abstract string Describe();

    /// <summary>What the job passes to its callback, for the timeline's picture (only asked while recording).</summary>
    internal virtual JsValue[] PassedValues() => [];
}

/// <summary>
/// The microtask queue: 9.5.5 HostEnqueuePromiseJob appends here and the event loop drains it
/// to empty after the script and after every macrotask callback, as node does.
/// </summary>
/// <remarks>A ring of struct-wrapped entries rather than a Queue&lt;Job&gt;: storing a ReactionJob into a
/// Job[] element costs a covariance check of its type on every enqueue, a struct field only the
/// write barrier (promise-heavy programs enqueue a job per reaction).</remarks>
internal sealed class JobQueue
{
    private struct Entry { public Job? Job; }

    private Entry[] _ring = new Entry[64];
    private int _head, _count;

    public int Count => _count;

    public void Enqueue(Job job)
    {
        if (_count == _ring.Length) Grow();
        _ring[(_head + _count) & (_ring.Length - 1)].Job = job;
        _count++;
    }

    /// <summary>The job that would be dequeued next, if any.</summary>
    public Job? Peek() => _count == 0 ? null : _ring[_head].Job;

    /// <summary>The job <paramref name="ahead"/> places after the next, if any.</summary>
    public Job? PeekAhead(int ahead) => ahead >= _count ? null : _ring[(_head + ahead) & (_ring.Length - 1)].Job;

    public bool TryDequeue(out Job job)
    {
        if (_count == 0) { job = null!; return false; }
        ref var entry = ref _ring[_head];
        job = entry.Job!;
        entry.Job = null; // a run job is garbage as soon as it returns
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        return true;
    }

    /// <summary>Doubles the ring (its length stays a power of two), unwrapping the entries to its start.</summary>
    private void Grow()
    {
        var bigger = new Entry[_ring.Length * 2];
        int firstPart = Math.Min(_count, _ring.Length - _head);
        Array.Copy(_ring, _head, bigger, 0, firstPart);
        Array.Copy(_ring, 0, bigger, firstPart, _count - firstPart);
        _ring = bigger;
        _head = 0;
    }
}

/// <summary>A process.nextTick callback: runs before promise jobs at each checkpoint.</summary>
internal sealed class TickJob(JsFunction callback, JsValue[] args) : Job
{
    internal override string Describe() => $"process.nextTick callback {Timeline.Name(callback)}";

    internal override JsValue[] PassedValues() => args;

    internal override void Run() => callback.Call(JsValue.Undefined, args);
}
