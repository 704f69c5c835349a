using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// The event loop made visible (eventide --trace): the script, each macrotask (timer, immediate)
/// and each microtask checkpoint with the jobs it ran, in order and with the loop's clock, on a
/// separate writer (stderr for the CLI) so stdout stays exactly node's. Read next to the
/// program's output, it shows why lines come in the order they do. With a recording
/// (eventide --trace=FILE.html) the same steps are also kept, with who scheduled each job, for a picture.
/// </summary>
internal sealed class Timeline(Engine engine, TextWriter? writer, TimelineRecording? recording)
{
    private int _microtasks = -1;

    /// <summary>The script (or main module) starts: <paramref name="lane"/> is "script" or "module".</summary>
    public void ScriptStarts(double now, string lane, string path, string text)
    {
        Note(now, $"{lane}: {text}");
        recording?.ScriptStarts(now, lane, path, text);
    }

    /// <summary>The poll phase waits (for I/O or the next timer).</summary>
    public void Waits(double now, string text)
    {
        Note(now, $"poll: {text}");
        recording?.Waits(now, text);
    }

    /// <summary>A job, timer or loop handle is made: the running job and JavaScript call scheduled it.</summary>
    public void Scheduled(object work) => recording?.Scheduled(engine, work);

    /// <summary><paramref name="job"/> runs what was scheduled as <paramref name="source"/>.</summary>
    public void Derived(object source, Job job) => recording?.Derived(source, job);

    private void Note(double now, string text)
    {
        if (writer is null) return;
        EndMicrotasks();
        engine.Out.Flush(); // so a terminal shows the program's lines next to the step that printed them
        writer.WriteLine($"[{now,6:0} ms] {text}");
    }

    /// <summary>A macrotask callback runs (timers or check phase).</summary>
    public void Macrotask(double now, string phase, Job job)
    {
        recording?.Runs(engine, now, phase, job);
        if (writer is not null) Note(now, $"{phase}: {job.Describe()}");
    }

    /// <summary>A job of a microtask checkpoint runs; the first one opens the checkpoint.</summary>
    public void Microtask(double now, Job job)
    {
        recording?.Runs(engine, now, job is TickJob ? "nextTick" : "microtasks", job);
        if (writer is null) return;
        engine.Out.Flush();
        if (_microtasks < 0)
        {
            writer.WriteLine($"[{now,6:0} ms] microtasks (nextTick queue, then promise jobs, until both are empty)");
            _microtasks = 0;
        }
        writer.WriteLine($"           {++_microtasks,4}. {job.Describe()}");
    }

    public void EndMicrotasks() => _microtasks = -1;

    /// <summary>A name for a function in the timeline.</summary>
    public static string Name(JsFunction? f)
    {
        if (f is null) return "(none)";
        string name = f.DebugName == "anonymous" ? "(anonymous)" : f.DebugName;
        if (f is Vm.ScriptFunction { Template: { Source: { } src } t }) name += $" (line {src.LineColumn(t.OffsetAt(0)).Line})";
        return name;
    }
}
