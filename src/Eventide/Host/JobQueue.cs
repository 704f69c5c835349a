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
internal sealed class JobQueue
{
    private readonly Queue<Job> _jobs = new();

    public int Count => _jobs.Count;

    public void Enqueue(Job job) => _jobs.Enqueue(job);

    public bool TryDequeue(out Job job) => _jobs.TryDequeue(out job!);
}

/// <summary>A process.nextTick callback: runs before promise jobs at each checkpoint.</summary>
internal sealed class TickJob(JsFunction callback, JsValue[] args) : Job
{
    internal override string Describe() => $"process.nextTick callback {Timeline.Name(callback)}";

    internal override JsValue[] PassedValues() => args;

    internal override void Run() => callback.Call(JsValue.Undefined, args);
}
