namespace Eventide.Host;

/// <summary>
/// A libuv-style handle or request: something .NET does off the loop thread (a file read, a
/// socket, a child process) whose completions come back to the loop thread, run in the poll
/// phase. While open and ref'd it keeps the loop alive, as node's active handles and requests do.
/// A request is a handle closed by its one completion.
/// </summary>
internal sealed class LoopHandle
{
    private readonly EventLoop _loop;

    internal LoopHandle(EventLoop loop, string kind, bool closeOnCompletion)
    {
        _loop = loop;
        Kind = kind;
        CloseOnCompletion = closeOnCompletion;
    }

    /// <summary>What it is, for the timeline ("fs.readFile", "TCP server"...).</summary>
    public string Kind { get; }
    /// <summary>A request: closed when its completion runs.</summary>
    public bool CloseOnCompletion { get; }
    /// <summary>Not yet closed.</summary>
    public bool Open { get; internal set; } = true;
    /// <summary>Keeps the loop alive while open (handle.ref()/unref()).</summary>
    public bool Refed { get; private set; } = true;

    public void Ref() => SetRef(true);

    public void Unref() => SetRef(false);

    private void SetRef(bool refed)
    {
        if (Refed == refed) return;
        Refed = refed;
        if (Open) _loop.CountRef(refed ? 1 : -1);
    }

    /// <summary>
    /// Releases what the handle owns (a socket, a listener, a child process) when the engine is
    /// disposed while the handle is still open: set by handles whose resource outlives the script otherwise.
    /// </summary>
    public Action? Release
    {
        get => _release;
        set
        {
            _release = value;
            if (value is not null && Open) _loop.Own(this);
        }
    }
    private Action? _release;

    /// <summary>Closes it (idempotent): it no longer keeps the loop alive; completions still queued are dropped.</summary>
    public void Close()
    {
        if (!Open) return;
        Open = false;
        _loop.Closed(this);
    }

    /// <summary>
    /// Set by a handle whose completions .NET posts from its own threads: true while the kernel
    /// already has an event for it (readable data, a connection) that is not posted yet. The poll
    /// phase waits for those, so one turn sees what epoll would have reported.
    /// </summary>
    public Func<bool>? Imminent
    {
        get => _imminent;
        set
        {
            if (_imminent is null && value is not null && Open) _loop.AddProbe(this);
            _imminent = value;
        }
    }
    private Func<bool>? _imminent;

    /// <summary>
    /// Queues <paramref name="callback"/> for the poll phase. Safe from any thread. An early one runs
    /// before the others that phase runs (a server's new connection before the connect that made it).
    /// </summary>
    public void Post(string description, Action callback, bool early = false) => _loop.Post(this, description, callback, early);
}

/// <summary>An I/O completion's callback, run as a macrotask in the poll phase.</summary>
internal sealed class IoCallbackJob(string description, Action callback) : Job
{
    /// <summary>Runs before the other completions of its poll phase.</summary>
    public bool Early { get; init; }

    internal override string Describe() => description;

    internal override void Run() => callback();
}
