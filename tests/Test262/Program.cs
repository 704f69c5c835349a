using System.Diagnostics;

namespace Eventide.Test262;

/// <summary>
/// test262 runner: <c>Test262 ROOT [PATH...] [--check] [--update] [--report FILE] ...</c>. ROOT is the
/// unpacked test262 directory; PATHs are directories or files under it (default test/language and
/// test/built-ins).
/// </summary>
public static class Program
{
    public const string DefaultCommit = "be13516fb6441b950ba8a3df97eb34062c186972";

    private const string Usage = """
        usage: Test262 ROOT [PATH...] [options]
          ROOT                 unpacked test262 (has harness/ and test/)
          PATH                 directories or files under ROOT (default: test/language test/built-ins)
          --check              exit 1 when a test fails that expectations.txt does not list
          --update             rewrite the expectations entries of the tests that ran
          --expectations FILE  default tests/Test262/expectations.txt
          --report FILE        write the conformance report (markdown), e.g. docs/conformance.md
          --results FILE       write every result (path, mode, outcome, reason, ms, message) as TSV
          --threads N          worker threads (default: processor count)
          --timeout SECONDS    per-test time limit (default 10)
          --commit SHA         test262 commit named in the outputs
          --setup-seconds N    time spent unpacking and building before the run (for the report)
          --label TEXT         the command named in the report (default: this command line)
          --verbose            print every failure with its message
          --isolate            run the tests in a child process, surviving crashes (stack overflow)
          --engine NAME        eventide (default), node, or jint (through tests/Test262.Jint)
          --sample N           run every Nth test file by sorted path (deterministic)
          --record FILE        store this run's pass/fail/skip per directory for the side-by-side
                               report (e.g. tests/Test262/side-by-side.tsv)
          --side-by-side FILE  the data the report's side-by-side section shows (default
                               tests/Test262/side-by-side.tsv)
        """;

    /// <summary>The engines <c>--engine</c> names; tests/Test262.Jint adds "jint" before calling <see cref="Main"/>.</summary>
    public static readonly Dictionary<string, Func<string, ITestEngine>> Engines = new(StringComparer.Ordinal)
    {
        ["eventide"] = root => new EventideEngine(root),
        ["node"] = root => new NodeEngine(root),
    };

    public static int Main(string[] args)
    {
        // Every function test262 makes the compiler produce goes through the bytecode verifier:
        // a violation fails the test (InternalError) and so the gate.
        Eventide.Compiling.BytecodeVerifier.Enabled = true;
        try
        {
            return Run(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        var positional = new List<string>();
        bool check = false, update = false, verbose = false, isolate = false;
        string? childList = null;
        string expectationsFile = Path.Combine("tests", "Test262", "expectations.txt");
        string? reportFile = null, resultsFile = null;
        int threads = Environment.ProcessorCount;
        double timeoutSeconds = 10;
        string commit = DefaultCommit;
        int setupSeconds = -1;
        string? label = null;
        string engineName = "eventide";
        int sample = 1;
        string? recordFile = null;
        string sideBySideFile = SideBySide.DefaultFile;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--check": check = true; break;
                case "--update": update = true; break;
                case "--verbose": verbose = true; break;
                case "--isolate": isolate = true; break;
                case "--child": childList = Value(); break;
                case "--expectations": expectationsFile = Value(); break;
                case "--report": reportFile = Value(); break;
                case "--results": resultsFile = Value(); break;
                case "--threads": threads = int.Parse(Value()); break;
                case "--timeout": timeoutSeconds = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--commit": commit = Value(); break;
                case "--setup-seconds": setupSeconds = int.Parse(Value()); break;
                case "--label": label = Value(); break;
                case "--engine": engineName = Value(); break;
                case "--sample": sample = int.Parse(Value()); break;
                case "--record": recordFile = Value(); break;
                case "--side-by-side": sideBySideFile = Value(); break;
                case "-h" or "--help": Console.WriteLine(Usage); return 0;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unknown option {args[i]}");
                    positional.Add(args[i]);
                    break;
            }
        }
        if (positional.Count == 0) throw new UsageException("missing test262 root");
        var root = Path.GetFullPath(positional[0]);
        if (!Directory.Exists(Path.Combine(root, "harness"))) throw new UsageException($"{root} has no harness/ directory");
        if (!Engines.TryGetValue(engineName, out var createEngine))
            throw new UsageException($"unknown engine {engineName} (have: {string.Join(", ", Engines.Keys)}; jint runs through tests/Test262.Jint)");
        if (engineName != "eventide" && (check || update))
            throw new UsageException("--check and --update are Eventide's gate; other engines only --record and --results");
        if (sample < 1) throw new UsageException("--sample needs a positive number");
        var engine = createEngine(root);
        if (childList is not null) return IsolatedRunner.ChildMain(engine, root, childList, threads, timeoutSeconds);
        var paths = positional.Count > 1 ? positional.Skip(1).ToList() : ["test/language", "test/built-ins"];
        var files = SideBySide.Sample(CollectFiles(root, paths), sample);
        Console.Error.WriteLine($"test262: {engine.Name} {engine.Version}, {files.Count} files{(sample > 1 ? $" (one in {sample})" : "")}, {threads} threads, timeout {timeoutSeconds}s");

        var sw = Stopwatch.StartNew();
        int lastReported = 0;
        void Progress(int done, int total)
        {
            if (done - lastReported < 2000 && done != total) return;
            lastReported = done;
            Console.Error.WriteLine($"  {done}/{total} files ({sw.Elapsed.TotalSeconds:0}s)");
        }
        // node's workers are processes already: a crash there costs one test without a child runner.
        List<TestResult> RunTests(IReadOnlyList<string> list, int workerThreads, double seconds) => isolate && engine is not NodeEngine
            ? new IsolatedRunner(root, workerThreads, seconds, engineName) { Progress = Progress }.Run(list)
            : new ParallelRunner(new TestExecutor(engine, TimeSpan.FromSeconds(seconds)), workerThreads) { Progress = Progress }.Run(root, list);
        var results = RunTests(files, threads, timeoutSeconds);

        if (recordFile is not null)
        {
            // A measurement for the side-by-side report: time-outs get one more chance alone with more
            // time (as the gate's retry), so a loaded machine does not count against any engine.
            var slow = results.Where(r => r.Reason == FailureCategory.Timeout).Select(r => Path.Combine(root, r.Path)).Distinct().ToList();
            if (slow.Count > 0)
            {
                Console.Error.WriteLine($"test262: retrying {slow.Count} timed-out file(s) on one thread");
                lastReported = int.MaxValue;
                var retriedByKey = RunTests(slow, 1, timeoutSeconds * 3).ToDictionary(r => r.Key);
                results = [.. results.Select(r => retriedByKey.GetValueOrDefault(r.Key, r))];
            }
        }

        var expectations = Expectations.Load(expectationsFile);
        int exit = 0;
        if (check)
        {
            var result = CheckResult.Compare(expectations, results);
            if (result.Regressions.Count > 0)
            {
                // Retry unexpected failures alone with more time: a loaded machine must not fail the gate.
                var retryFiles = result.Regressions.Select(r => Path.Combine(root, r.Path)).Distinct().ToList();
                Console.Error.WriteLine($"test262: retrying {retryFiles.Count} unexpected failure(s) on one thread");
                lastReported = int.MaxValue;
                var retried = RunTests(retryFiles, 1, timeoutSeconds * 3);
                var retriedByKey = retried.ToDictionary(r => r.Key);
                results = [.. results.Select(r => retriedByKey.GetValueOrDefault(r.Key, r))];
                result = CheckResult.Compare(expectations, results);
            }
            foreach (var r in result.Regressions.Take(300))
                Console.WriteLine($"REGRESSION {r.Key} # {r.Reason}: {r.Message}");
            if (result.Regressions.Count > 300) Console.WriteLine($"... and {result.Regressions.Count - 300} more regressions");
            if (result.NowPassing.Count > 0)
            {
                Console.WriteLine($"{result.NowPassing.Count} test(s) listed in {expectationsFile} now pass; remove them (rerun with --update):");
                foreach (var k in result.NowPassing.Take(50)) Console.WriteLine($"  now passing: {k}");
                if (result.NowPassing.Count > 50) Console.WriteLine($"  ... and {result.NowPassing.Count - 50} more");
            }
            if (result.NowSkipped.Count > 0)
                Console.WriteLine($"{result.NowSkipped.Count} test(s) listed in {expectationsFile} are now skipped (rerun with --update).");
            if (result.Regressions.Count > 0)
            {
                Console.WriteLine($"test262 check FAILED: {result.Regressions.Count} test run(s) fail that {expectationsFile} does not list.");
                Console.WriteLine("Fix them; if a failure is expected (e.g. a test that passed by accident), record it with");
                Console.WriteLine("  tests/Test262/run.sh --update --report docs/conformance.md");
                exit = 1;
            }
            else Console.WriteLine("test262 check passed: no regressions.");
        }
        if (update)
        {
            var ran = results.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
            expectations.Update(results, ran);
            expectations.Save(expectationsFile, commit);
            Console.Error.WriteLine($"test262: wrote {expectations.Entries.Count} entries to {expectationsFile}");
        }
        if (verbose)
            foreach (var r in results.Where(r => r.Outcome == Outcome.Fail).OrderBy(r => r.Key, StringComparer.Ordinal))
                Console.WriteLine($"FAIL {r.Key} # {r.Reason}: {r.Message}");
        if (resultsFile is not null)
            File.WriteAllLines(resultsFile, results.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => string.Join('\t', r.Path, r.Mode, r.Outcome, r.Reason, r.Milliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture), r.Message.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))));

        sw.Stop();
        if (recordFile is not null)
        {
            SideBySide.Record(recordFile, SideBySide.Tally(engine.Name, engine.Version, sample, commit, sw.Elapsed, results));
            Console.Error.WriteLine($"test262: recorded {engine.Name}'s results (sample {sample}) in {recordFile}");
        }
        if (reportFile is not null)
        {
            var command = label ?? "Test262 " + string.Join(' ', args.Select(a => a == positional[0] ? "ROOT" : a));
            if (Path.GetDirectoryName(Path.GetFullPath(reportFile)) is { } dir) Directory.CreateDirectory(dir);
            File.WriteAllText(reportFile, ConformanceReport.Render(results, commit, sw.Elapsed, threads, command, setupSeconds,
                SideBySide.Load(sideBySideFile), wholeSuite: sample == 1 && paths.Select(p => p.TrimEnd('/')).Order(StringComparer.Ordinal).SequenceEqual(["test/built-ins", "test/language"])));
        }
        int pass = results.Count(r => r.Outcome == Outcome.Pass), fail = results.Count(r => r.Outcome == Outcome.Fail), skip = results.Count(r => r.Outcome == Outcome.Skip);
        if (engine is IDisposable disposable) disposable.Dispose();
        Console.WriteLine($"test262: {pass} passed, {fail} failed, {skip} skipped of {results.Count} runs ({files.Count} files) in {sw.Elapsed.TotalSeconds:0}s");
        return exit;
    }

    /// <summary>Test files under the given paths, sorted; _FIXTURE files are module dependencies, not tests.</summary>
    public static List<string> CollectFiles(string root, IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            var full = Path.GetFullPath(Path.IsPathRooted(p) ? p : Path.Combine(root, p));
            if (Directory.Exists(full))
            {
                foreach (var f in Directory.EnumerateFiles(full, "*.js", SearchOption.AllDirectories))
                    if (!Path.GetFileName(f).Contains("_FIXTURE", StringComparison.Ordinal)) files.Add(f);
            }
            else if (File.Exists(full)) files.Add(full);
            else throw new UsageException($"no such test path: {p}");
        }
        return [.. files];
    }
}

/// <summary>A command-line mistake: reported with the usage text.</summary>
public sealed class UsageException(string message) : Exception(message);
