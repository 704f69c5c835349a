using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// The event loop made visible (eventide --trace): the script, each macrotask (timer, immediate)
/// and each microtask checkpoint with the jobs it ran, in order and with the loop's clock, on a
/// separate writer (stderr for the CLI) so stdout stays exactly node's. Read next to the
/// program's output, it shows why lines come in the order they do.
/// </summary>
internal sealed class Timeline(TextWriter writer, TextWriter stdout)
{
    private int _microtasks = -1;

    /// <summary>Something that is not a job: the script starting, the loop waiting.</summary>
    public void Note(double now, string text)
    {
        EndMicrotasks();
        stdout.Flush(); // so a terminal shows the program's lines next to the step that printed them
        writer.WriteLine($"[{now,6:0} ms] {text}");
    }

    /// <summary>A macrotask callback runs (timers or check phase).</summary>
    public void Macrotask(double now, string phase, Job job) => Note(now, $"{phase}: {job.Describe()}");

    /// <summary>A job of a microtask checkpoint runs; the first one opens the checkpoint.</summary>
    public void Microtask(double now, Job job)
    {
        stdout.Flush();
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
