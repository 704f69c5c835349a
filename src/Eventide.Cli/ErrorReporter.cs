using Eventide.Host;
using Eventide.Node;
using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Cli;

/// <summary>Prints uncaught errors the way node does, with Eventide's name and version in node's footer.</summary>
public static class ErrorReporter
{
    /// <summary>Eventide's version as `eventide --version` prints it ("v0.1.0"): the library assembly's version.</summary>
    public static string EventideVersion { get; } = "v" + (typeof(Engine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>The line under an uncaught error's report, where node prints "Node.js v20.x.y".</summary>
    public static string Footer => $"Eventide {EventideVersion}";

    /// <summary>node: "FILE:LINE\nsource line\n   ^^^\n\nSyntaxError: message\n..."</summary>
    public static void ReportSyntaxError(TextWriter stdout, TextWriter stderr, string source, JsSyntaxError e)
    {
        stdout.Flush();
        var lines = (e.SourceCode ?? source).Split('\n');
        string line = e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1].TrimEnd('\r') : "";
        stderr.WriteLine($"{e.Path}:{e.Line}");
        stderr.WriteLine(line);
        stderr.WriteLine(new string(' ', Math.Max(0, e.Column - 1)) + "^");
        stderr.WriteLine();
        stderr.WriteLine($"SyntaxError: {e.Message}");
        stderr.WriteLine();
        stderr.WriteLine(Footer);
    }

    /// <summary>An uncaught exception: the throw site, then the error's stack (or inspected value).</summary>
    public static void ReportUncaught(Engine engine, TextWriter stderr, JsException e)
    {
        var value = e.GetValue(engine.Realm);
        stderr.WriteLine(e is UnhandledRejectionException r ? engine.DescribeUnhandledRejection(r.Reason, r.Strict) : engine.DescribeUncaught(value));
        stderr.WriteLine(Footer);
    }
}
