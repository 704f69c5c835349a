using System.Globalization;
using System.Text;

namespace Eventide.Test262;

/// <summary>One engine's tally for one directory in one measured run.</summary>
/// <param name="Sample">Every Nth test file by sorted path (1: the whole suite).</param>
public sealed record SideBySideRow(string Engine, string Version, int Sample, string Commit, string Date, int Seconds,
    string Directory, int Pass, int Fail, int Skip)
{
    public int Total => Pass + Fail + Skip;
}

/// <summary>
/// Eventide, Jint and node on the same tests (tests/Test262/side-by-side.tsv): each engine's run
/// (<c>--engine NAME --record FILE</c>) stores pass/fail/skip per directory, so the conformance
/// report shows them without running Jint and node again. Eventide's column comes from the run
/// that writes the report when it covers the whole suite (the sample is a subset of it).
/// </summary>
public static class SideBySide
{
    public const string DefaultFile = "tests/Test262/side-by-side.tsv";

    private static readonly string[] Engines = ["eventide", "jint", "node"];
    private static readonly string[] Columns = ["engine", "version", "sample", "commit", "date", "seconds", "directory", "pass", "fail", "skip"];

    /// <summary>Every Nth file of a sorted list: the deterministic sample of <c>--sample N</c>.</summary>
    public static List<string> Sample(IReadOnlyList<string> sortedFiles, int n) =>
        [.. sortedFiles.Where((_, i) => i % n == 0)];

    /// <summary>The results of the files a sample keeps (results of the whole suite, sampled afterwards).</summary>
    public static List<TestResult> Sample(IReadOnlyList<TestResult> results, int n)
    {
        var files = results.Select(r => r.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        var kept = Sample(files, n).ToHashSet(StringComparer.Ordinal);
        return [.. results.Where(r => kept.Contains(r.Path))];
    }

    /// <summary>Tallies per directory: all, test/language, test/built-ins and their subdirectories.</summary>
    public static List<SideBySideRow> Tally(string engine, string version, int sample, string commit, TimeSpan elapsed, IEnumerable<TestResult> results)
    {
        var tallies = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        void Add(string dir, Outcome o)
        {
            if (!tallies.TryGetValue(dir, out var t)) tallies[dir] = t = new int[3];
            t[(int)o]++;
        }
        foreach (var r in results)
        {
            Add("all", r.Outcome);
            var parts = r.Path.Split('/');
            if (parts.Length < 3) continue;
            Add($"{parts[0]}/{parts[1]}", r.Outcome);
            if (parts.Length > 3) Add($"{parts[0]}/{parts[1]}/{parts[2]}", r.Outcome);
        }
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. tallies.Select(kv => new SideBySideRow(engine, version, sample, commit, date, (int)elapsed.TotalSeconds,
            kv.Key, kv.Value[(int)Outcome.Pass], kv.Value[(int)Outcome.Fail], kv.Value[(int)Outcome.Skip]))];
    }

    public static List<SideBySideRow> Load(string file)
    {
        if (!File.Exists(file)) return [];
        var rows = new List<SideBySideRow>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("engine\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < Columns.Length) continue;
            int I(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
            rows.Add(new SideBySideRow(f[0], f[1], I(2), f[3], f[4], I(5), f[6], I(7), I(8), I(9)));
        }
        return rows;
    }

    /// <summary>Replaces the rows of this engine and sample in the file with the new ones.</summary>
    public static void Record(string file, List<SideBySideRow> rows)
    {
        var keep = Load(file).Where(r => !rows.Any(n => n.Engine == r.Engine && n.Sample == r.Sample));
        var all = keep.Concat(rows)
            .OrderBy(r => r.Sample).ThenBy(r => Array.IndexOf(Engines, r.Engine)).ThenBy(r => r.Directory, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.AppendLine("# test262 side by side (tests/Test262/README.md): test runs per directory, per engine, on every Nth file (sample).");
        sb.AppendLine("# Written by the runner's --record; docs/conformance.md's \"Side by side\" section is generated from it.");
        sb.AppendLine(string.Join('\t', Columns));
        foreach (var r in all)
            sb.AppendLine(string.Join('\t', r.Engine, r.Version, r.Sample, r.Commit, r.Date, r.Seconds, r.Directory, r.Pass, r.Fail, r.Skip));
        File.WriteAllText(file, sb.ToString());
    }

    /// <summary>The report section: one table per sample size recorded. Eventide's column comes from
    /// <paramref name="wholeSuiteResults"/> (this run, when it ran the whole suite), else from the recorded rows.</summary>
    public static void Render(StringBuilder sb, IReadOnlyList<SideBySideRow> recorded, IReadOnlyList<TestResult>? wholeSuiteResults, string commit)
    {
        if (recorded.Count == 0) return;
        bool wholeSuite = wholeSuiteResults is not null;
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine();
        sb.AppendLine("## Side by side: Eventide, Jint and node");
        sb.AppendLine();
        sb.AppendLine("The same runner, on the same test files: the same harness includes, strict and non-strict runs,");
        sb.AppendLine("negative-test checks (phase and type), async (`$DONE`) protocol and module loading, each engine");
        sb.AppendLine("through a small host (tests/Test262/Engines: Eventide in-process, Jint in-process through its NuGet");
        sb.AppendLine("package, node in long-lived workers running each test in a fresh `vm` context). Eventide skips the");
        sb.AppendLine("features of `FeaturePolicy.Unsupported`; Jint and node skip only what their host cannot give");
        sb.AppendLine("(`$262.agent`; for node also `CanBlockIsFalse`), so a feature they implement counts for them.");
        sb.AppendLine("**Each cell: passed runs and their share of all runs** (skipped runs count as not passed).");
        sb.AppendLine($"test262 commit `{commit}`. Jint and node numbers are recorded in tests/Test262/side-by-side.tsv");
        sb.AppendLine("(re-measure them as tests/Test262/README.md says); Eventide's are " +
            (wholeSuite ? "this run's, on the same files." : "recorded there too."));
        foreach (var sample in recorded.Select(r => r.Sample).Distinct().Order())
        {
            var byEngine = new Dictionary<string, Dictionary<string, SideBySideRow>>();
            foreach (var r in recorded.Where(r => r.Sample == sample))
                (byEngine.TryGetValue(r.Engine, out var d) ? d : byEngine[r.Engine] = [])[r.Directory] = r;
            if (wholeSuite)
            {
                var results = sample == 1 ? wholeSuiteResults! : Sample(wholeSuiteResults!, sample);
                byEngine["eventide"] = Tally("eventide", "this run", sample, commit, TimeSpan.Zero, results).ToDictionary(r => r.Directory);
            }
            var engines = Engines.Where(byEngine.ContainsKey).ToList();
            sb.AppendLine();
            sb.AppendLine(sample == 1 ? "### The whole suite" : $"### Sample: one test file in {sample} (every {sample}th by sorted path)");
            sb.AppendLine();
            var versions = engines.Where(e => e != "eventide").Select(e =>
            {
                var any = byEngine[e]["all"];
                return $"{Display(e)} {any.Version} (measured {any.Date}, {FormatSeconds(any.Seconds)})";
            });
            sb.AppendLine(string.Join("; ", versions) + ".");
            sb.AppendLine();
            sb.AppendLine("| Directory | Runs | " + string.Join(" | ", engines.Select(Display)) + " |");
            sb.AppendLine("|---|---:|" + string.Concat(engines.Select(_ => "---:|")));
            var dirs = byEngine[engines[0]].Keys.OrderBy(DirectoryOrder).ThenBy(d => d, StringComparer.Ordinal);
            foreach (var dir in dirs)
            {
                int total = byEngine[engines[0]][dir].Total;
                var name = dir switch { "all" => "**All (language + built-ins)**", "test/language" or "test/built-ins" => $"**{dir}**", _ => dir };
                var cells = engines.Select(e => byEngine[e].TryGetValue(dir, out var r)
                    ? $"{r.Pass.ToString("N0", inv)} ({Percent(r.Pass, r.Total)})" : "–");
                sb.AppendLine($"| {name} | {total.ToString("N0", inv)} | {string.Join(" | ", cells)} |");
            }
        }
    }

    /// <summary>All first, then the two top directories, then their subdirectories (language first, as the report does).</summary>
    private static int DirectoryOrder(string dir) => dir switch
    {
        "all" => 0,
        "test/language" => 1,
        "test/built-ins" => 2,
        _ when dir.StartsWith("test/language/", StringComparison.Ordinal) => 3,
        _ => 4,
    };

    private static string Display(string engine) => engine switch { "eventide" => "Eventide", "jint" => "Jint", _ => engine };

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string FormatSeconds(int s) => s >= 60 ? $"{s / 60} min {s % 60} s" : $"{s} s";
}
