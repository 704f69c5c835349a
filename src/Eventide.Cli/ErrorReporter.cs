using Eventide.Host;
using Eventide.Node;
using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Cli;

/// <summary>Prints uncaught errors the way node does.</summary>
public static class ErrorReporter
{
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
        stderr.WriteLine($"Node.js {NodeVersion}");
    }

    public const string NodeVersion = ProcessObject.NodeVersion;

    /// <summary>An uncaught exception: the throw site, then the error's stack (or inspected value).</summary>
    public static void ReportUncaught(Engine engine, TextWriter stderr, JsException e)
    {
        var value = e.GetValue(engine.Realm);
        stderr.WriteLine(e is UnhandledRejectionException r ? engine.DescribeUnhandledRejection(r.Reason) : engine.DescribeUncaught(value));
        stderr.WriteLine($"Node.js {NodeVersion}");
    }
}
