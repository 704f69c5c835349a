using Eventide.Host;

namespace Eventide.Tests;

/// <summary>
/// ES module programs: each EsModules/CASE/ENTRY listed in CASE/entries runs as the CLI runs a
/// file (ESM or CommonJS by node's rules) and must print ENTRY.expected and exit with
/// ENTRY.exitcode, both node's (regenerate with EsModules/make-expected.sh), with the fast loop
/// on and off.
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
        var engine = new Engine(new EngineOptions { Stdout = output, Stderr = TextWriter.Null, VirtualTime = true, FastLoop = fastLoop });
        engine.RunMain(File.ReadAllText(path), path);
        engine.RunEventLoop();
        Assert.Equal(File.ReadAllText(stem + ".expected"), output.ToString());
        Assert.Equal(int.Parse(File.ReadAllText(stem + ".exitcode").Trim()), engine.ExitCode);
    }
}
