using Eventide.Runtime;

namespace Eventide.Host;

public sealed partial class Engine
{
    /// <summary>The process exit code node would use (1 after an unhandled rejection).</summary>
    public int ExitCode { get; internal set; }

    /// <summary>Runs jobs and timers until nothing is pending.</summary>
    public void RunEventLoop()
    {
    }

    /// <summary>What node prints for an uncaught exception value.</summary>
    public string DescribeUncaught(JsValue value)
    {
        if (value.AsObject is JsObject o && o.Get("stack") is { IsString: true } stack) return stack.String;
        return "Uncaught " + Inspector.Inspect(Realm, value);
    }
}
