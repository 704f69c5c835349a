using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Host;

/// <summary>
/// One box of the timeline picture: the script, a job or callback that ran, or a wait of the poll
/// phase. Lane: script, module, nextTick, microtasks, timers, pending, poll, check or close.
/// ScheduledBy: the entry that was running when this one was scheduled (-1: none known).
/// ScheduledAt: where the scheduling call was, FILE:LINE:COLUMN (null: not from JavaScript).
/// Value: what the callback was passed, as util.inspect shows it (null: nothing).
/// </summary>
internal sealed record TimelineEntry(int Id, string Lane, double Time, string Description, int ScheduledBy, string? ScheduledAt, string? Value, bool IsWait);

/// <summary>
/// The event loop's run kept as data for a picture (eventide --trace=FILE.html): every job with
/// the job that scheduled it and the call that did. Only an engine made with a recording pays for
/// it: the hooks are behind the engine's null Timeline otherwise.
/// </summary>
internal sealed class TimelineRecording
{
    /// <summary>Beyond this many entries the run is not recorded further (a picture that big is unreadable anyway).</summary>
    public const int MaxEntries = 5000;

    private readonly List<TimelineEntry> _entries = new();
    private readonly Dictionary<object, (int By, string? At)> _scheduled = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, System.Text.StringBuilder> _printed = new();
    private int _current = -1;

    public IReadOnlyList<TimelineEntry> Entries => _entries;
    /// <summary>How many entries were left out past <see cref="MaxEntries"/>.</summary>
    public int Dropped { get; private set; }
    /// <summary>The entry file's path (the script's), for the page's title.</summary>
    public string? Script { get; private set; }

    /// <summary>A job, timer or handle is scheduled now, by the running entry, from the running JavaScript call.</summary>
    internal void Scheduled(Engine engine, object work) => _scheduled[work] = (_current, CallSite(engine));

    /// <summary><paramref name="job"/> comes from what was scheduled as <paramref name="source"/> (a timer's callback, a handle's completion).</summary>
    internal void Derived(object source, Job job)
    {
        if (_scheduled.TryGetValue(source, out var s)) _scheduled[job] = s;
    }

    internal void ScriptStarts(double now, string lane, string path, string text)
    {
        Script ??= path;
        Add(lane, now, text, (-1, null), null, wait: false);
    }

    internal void Runs(Engine engine, double now, string lane, Job job)
    {
        var scheduling = _scheduled.Remove(job, out var s) ? s : (-1, null);
        if (job is TimerCallbackJob { Timer: var timer } && _scheduled.TryGetValue(timer, out var t)) scheduling = t;
        Add(lane, now, job.Describe(), scheduling, Passed(engine, job.PassedValues()), wait: false);
    }

    /// <summary>The program wrote <paramref name="text"/> on stdout: the running entry printed it.</summary>
    internal void Printed(string text)
    {
        if (_current < 0) return;
        if (!_printed.TryGetValue(_current, out var sb)) _printed[_current] = sb = new System.Text.StringBuilder();
        if (sb.Length < 2000) sb.Append(text);
    }

    /// <summary>What entry <paramref name="id"/> wrote on stdout (null: nothing).</summary>
    public string? PrintedBy(int id) => _printed.TryGetValue(id, out var sb) ? sb.ToString() : null;

    internal void Waits(double now, string text)
    {
        // A wait that woke early and waits again for the same thing is one wait.
        if (_entries.Count > 0 && _entries[^1] is { IsWait: true } last && last.Description == text) return;
        Add("poll", now, text, (-1, null), null, wait: true);
    }

    private void Add(string lane, double now, string text, (int By, string? At) scheduling, string? value, bool wait)
    {
        if (_entries.Count >= MaxEntries) { Dropped++; return; }
        var entry = new TimelineEntry(_entries.Count, lane, now, text, scheduling.By, scheduling.At, value, wait);
        _entries.Add(entry);
        if (!wait) _current = entry.Id;
    }

    /// <summary>The innermost frame of the program's own code (built-in modules' frames are skipped): FILE:LINE:COLUMN.</summary>
    private static string? CallSite(Engine engine)
    {
        string? fallback = null;
        for (var frame = engine.Interpreter.CurrentFrame; frame is not null; frame = frame.Parent)
        {
            if (frame.Template?.Source is not { } src) continue;
            var (line, column) = src.LineColumn(frame.Template.OffsetAt(Math.Max(0, frame.Pc - 1)));
            string site = $"{src.Path}:{line}:{column}";
            if (src.Path.StartsWith("file:", StringComparison.Ordinal) || (!src.Path.StartsWith("node:", StringComparison.Ordinal) && Path.IsPathRooted(src.Path))) return site;
            fallback ??= site;
        }
        return fallback;
    }

    private static string? Passed(Engine engine, JsValue[] values)
    {
        if (values.Length == 0) return null;
        var options = new InspectOptions { Depth = 1, MaxArrayLength = 10, MaxStringLength = 200, BreakLength = double.PositiveInfinity };
        try
        {
            string text = string.Join(", ", values.Select(v => Inspector.Inspect(engine.Realm, v, options)));
            return text.Length > 300 ? text[..297] + "..." : text;
        }
        catch (JsException)
        {
            return "(not inspectable)";
        }
    }
}
