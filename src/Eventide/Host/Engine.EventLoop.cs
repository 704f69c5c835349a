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

    /// <summary>What node prints on stderr for an uncaught exception (without the final "Node.js vX" line).</summary>
    public string DescribeUncaught(JsValue value)
    {
        string site = DescribeThrowSite();
        if (value.AsObject is JsError o && o.Get("stack") is { IsString: true } stack)
            return site.Length > 0 ? $"{site}\n{stack.String}\n" : stack.String + "\n";
        string shown = Inspector.Inspect(Realm, value);
        string hint = value.IsObject ? "" : "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)";
        return $"\n{site}{shown}{hint}\n";
    }

    /// <summary>"FILE:LINE\nsource line\n   ^\n" for the place of the last throw, as node prints it.</summary>
    private string DescribeThrowSite()
    {
        if (Interpreter.LastThrowSite is not { } s || s.Template.Source is null) return "";
        var src = s.Template.Source;
        var (line, col) = src.LineColumn(s.Template.OffsetAt(s.Pc));
        return $"{src.Path}:{line}\n{src.LineText(line)}\n{new string(' ', col - 1)}^\n";
    }
}
