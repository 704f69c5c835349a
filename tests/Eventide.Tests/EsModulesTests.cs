using Eventide.Cli;

namespace Eventide.Tests;

/// <summary>
/// ES module programs: each EsModules/CASE/ENTRY listed in CASE/entries runs as the CLI runs a
/// file (ESM or CommonJS by node's rules) and must print ENTRY.expected and exit with
/// ENTRY.exitcode, both node's (regenerate with EsModules/make-expected.sh), with the fast loop
/// on and off. Where node's stderr is kept (ENTRY.stderr), eventide's must match it, less
/// node's node:internal lines (its internal frames and the internal throw site it shows first).
/// </summary>
public class EsModulesTests
{
    private static string CasesDir => Path.Combine(AppContext.BaseDirectory, "EsModules");

    public static IEnumerable<object[]> Entries() =>
        from dir in Directory.GetDirectories(CasesDir).OrderBy(d => d, StringComparer.Ordinal)
        from entry in File.ReadAllLines(Path.Combine(dir, "entries"))
        where entry.Length > 0
        from fastLoop in new[] { true, false }
        select new object[] { Path.GetFileName(dir) + "/" + entry, fastLoop };

    [Theory]
    [MemberData(nameof(Entries))]
    public void RunsAsNodeRunsIt(string entry, bool fastLoop)
    {
        string path = Path.Combine(CasesDir, entry);
        string stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        var output = new StringWriter();
        var errors = new StringWriter();
        string[] options = fastLoop ? ["--virtual-time"] : ["--virtual-time", "--no-fast-loop"];
        int exitCode = CommandLine.Execute([.. options, path], output, errors);
        Assert.Equal(File.ReadAllText(stem + ".expected"), output.ToString());
        Assert.Equal(int.Parse(File.ReadAllText(stem + ".exitcode").Trim()), exitCode);
        if (File.Exists(stem + ".stderr"))
            Assert.Equal(File.ReadAllText(stem + ".stderr"), WithoutNodeInternals(errors.ToString(), Path.GetDirectoryName(path)!));
    }

    /// <summary>stderr as make-expected.sh keeps it: the case's directory as DIR, no node:internal lines, no process id.</summary>
    private static string WithoutNodeInternals(string stderr, string dir)
    {
        var kept = new List<string>();
        // The .stderr files are node's; Eventide's footer names itself where node's names node.
        var lines = stderr.Replace(dir, "DIR").Replace(ErrorReporter.Footer, "Node.js v20.20.2").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            // node's internal throw site: "node:internal/...:LINE", its source line, a caret line and a blank line.
            if (lines[i].StartsWith("node:internal/", StringComparison.Ordinal)) { i += 3; continue; }
            if (lines[i].StartsWith("    at ", StringComparison.Ordinal) && lines[i].Contains("node:internal/", StringComparison.Ordinal))
            {
                if (lines[i].EndsWith(" {", StringComparison.Ordinal)) kept[^1] += " {"; // the brace of the error's own properties
                continue;
            }
            kept.Add(System.Text.RegularExpressions.Regex.Replace(lines[i], @"^\(node:\d+\)", "(node:PID)"));
        }
        return string.Join('\n', kept);
    }
}
