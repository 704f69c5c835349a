using System.Text;

namespace Eventide.Test262.Tests;

public class SideBySideTests
{
    private static TestResult R(string path, Outcome o, string mode = "non-strict") => new(path, mode, o);

    [Fact]
    public void SampleKeepsEveryNthFileBySortedPath()
    {
        Assert.Equal(["a", "d", "g"], SideBySide.Sample(["a", "b", "c", "d", "e", "f", "g"], 3));
        // Sampling results afterwards keeps the same files (all their modes), whatever their order.
        var results = new[] { R("test/b.js", Outcome.Pass), R("test/a.js", Outcome.Fail), R("test/a.js", Outcome.Pass, "strict"), R("test/c.js", Outcome.Skip) };
        Assert.Equal(["test/a.js", "test/a.js", "test/c.js"], SideBySide.Sample(results, 2).Select(r => r.Path));
    }

    [Fact]
    public void RecordReplacesOneEngineAndSampleAndTheReportShowsEveryEngine()
    {
        var file = Path.GetTempFileName();
        try
        {
            var results = new[]
            {
                R("test/language/expressions/a.js", Outcome.Pass), R("test/language/expressions/a.js", Outcome.Fail, "strict"),
                R("test/built-ins/Array/b.js", Outcome.Skip),
            };
            SideBySide.Record(file, SideBySide.Tally("node", "v1", 2, "abc", TimeSpan.FromSeconds(61), results));
            SideBySide.Record(file, SideBySide.Tally("jint", "4.0", 2, "abc", TimeSpan.Zero, results.Take(1)));
            SideBySide.Record(file, SideBySide.Tally("node", "v2", 2, "abc", TimeSpan.Zero, results));
            var rows = SideBySide.Load(file);
            Assert.Equal(["v2"], rows.Where(r => r.Engine == "node").Select(r => r.Version).Distinct());
            var all = rows.Single(r => r.Engine == "node" && r.Directory == "all");
            Assert.Equal((1, 1, 1), (all.Pass, all.Fail, all.Skip));
            Assert.Equal(2, rows.Single(r => r.Engine == "node" && r.Directory == "test/language/expressions").Total);

            var sb = new StringBuilder();
            SideBySide.Render(sb, rows, results, "abc");
            var text = sb.ToString();
            Assert.Contains("| Directory | Runs | Eventide | Jint | node |", text);
            // Eventide's column comes from the whole-suite results given (sampled like the recorded runs: the first file of two).
            Assert.Contains("| **All (language + built-ins)** | 1 | 0 (0.0%) | 1 (100.0%) | 1 (33.3%) |", text.Replace("\r", ""));
        }
        finally { File.Delete(file); }
    }
}
