namespace Eventide.Test262;

public enum Outcome { Pass, Fail, Skip }

/// <summary>The verdict for one test file in one mode ("strict" or "non-strict").</summary>
/// <param name="Path">Relative to the test262 root with forward slashes (test/language/...).</param>
/// <param name="Reason">Failure category (see <see cref="FailureCategory"/>) or the skipped feature.</param>
/// <param name="Message">Details: the error message, for humans.</param>
public sealed record TestResult(string Path, string Mode, Outcome Outcome, string Reason = "", string Message = "")
{
    public string Key => $"{Path} [{Mode}]";

    /// <summary>Wall time of this run (engine creation, harness and test).</summary>
    public double Milliseconds { get; init; }
}

/// <summary>One test file: its path, source and metadata.</summary>
public sealed class TestCase(string root, string fullPath)
{
    public string FullPath { get; } = fullPath;
    public string Path { get; } = System.IO.Path.GetRelativePath(root, fullPath).Replace('\\', '/');
    public string Source { get; } = File.ReadAllText(fullPath);
    private TestMetadata? _meta;
    public TestMetadata Metadata => _meta ??= TestMetadata.Parse(Source);

    /// <summary>The modes INTERPRETING.md requires: raw and noStrict once non-strict, onlyStrict once strict, otherwise both.</summary>
    public IEnumerable<string> Modes()
    {
        var m = Metadata;
        if (m.HasFlag("raw") || m.HasFlag("noStrict") || m.HasFlag("module")) return ["non-strict"];
        if (m.HasFlag("onlyStrict")) return ["strict"];
        return ["non-strict", "strict"];
    }
}
