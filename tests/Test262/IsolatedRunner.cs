using System.Diagnostics;

namespace Eventide.Test262;

/// <summary>
/// Runs the tests in a child process so that what .NET cannot catch (a stack overflow, a fail-fast)
/// costs one test, not the run. The child (<c>--child LISTFILE</c>) reports each file as it starts and
/// its results when done, one line each on stdout. When the child dies, the files it was running
/// are retried one by one in fresh children (the one that kills its child again is recorded as a
/// "crash" failure) and a new child continues with the files not started yet.
/// </summary>
public sealed class IsolatedRunner(string root, int threads, double timeoutSeconds, string engine = "eventide")
{
    public const string CrashCategory = "crash";

    public Action<int, int>? Progress { get; init; }

    public List<TestResult> Run(IReadOnlyList<string> files)
    {
        var results = new List<TestResult>?[files.Count];
        var pending = Enumerable.Range(0, files.Count).ToList();
        int done = 0;
        while (pending.Count > 0)
        {
            int before = done;
            var (finished, inProgress) = RunChild(pending, files, threads, results, ref done);
            if (inProgress.Count == 0 && finished) break;
            if (inProgress.Count == 0 && done == before)
                throw new InvalidOperationException("the test process failed without running any test");
            Console.Error.WriteLine($"test262: the test process died while running {inProgress.Count} file(s); isolating them");
            foreach (var i in inProgress)
            {
                int ignored = 0;
                var (ok, stillRunning) = RunChild([i], files, 1, results, ref ignored);
                if (!ok || stillRunning.Count > 0)
                {
                    var path = ParallelRunner.RelativePath(root, files[i]);
                    results[i] = [.. ParallelRunner.ModesOf(root, files[i]).Select(m =>
                        new TestResult(path, m, Outcome.Fail, CrashCategory, "the test process died (stack overflow or fatal error)"))];
                }
                done++;
            }
            pending = [.. pending.Where(i => results[i] is null && !inProgress.Contains(i))];
        }
        return [.. results.Where(r => r is not null).SelectMany(r => r!)];
    }

    /// <summary>Runs the given files in one child. Returns whether it completed, and the files it had started but not finished.</summary>
    private (bool Completed, HashSet<int> InProgress) RunChild(List<int> indices, IReadOnlyList<string> files, int childThreads,
        List<TestResult>?[] results, ref int done)
    {
        var listFile = Path.GetTempFileName();
        File.WriteAllLines(listFile, indices.Select(i => files[i]));
        var psi = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // A test allocating without bound gets an OutOfMemoryException (a failure) instead of the machine's memory.
        psi.Environment["DOTNET_GCHeapHardLimit"] = "0x80000000"; // 2 GB
        // The entry assembly: Test262, or a host that adds engines (tests/Test262.Jint).
        var self = (System.Reflection.Assembly.GetEntryAssembly() ?? typeof(IsolatedRunner).Assembly).Location;
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals(Path.GetFileNameWithoutExtension(self), StringComparison.OrdinalIgnoreCase))
            psi.ArgumentList.Add(self); // running under the dotnet host
        foreach (var a in new[] { root, "--child", listFile, "--threads", childThreads.ToString(), "--timeout", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--engine", engine })
            psi.ArgumentList.Add(a);

        var started = new HashSet<int>();
        var current = new Dictionary<int, List<TestResult>>();
        bool completed = false;
        using (var child = Process.Start(psi)!)
        {
            string? line;
            while ((line = child.StandardOutput.ReadLine()) is not null)
            {
                var parts = line.Split('\t');
                switch (parts[0])
                {
                    case "START":
                        started.Add(indices[int.Parse(parts[1])]);
                        break;
                    case "RESULT" when parts.Length >= 7:
                        {
                            int i = indices[int.Parse(parts[1])];
                            if (!current.TryGetValue(i, out var list)) current[i] = list = [];
                            list.Add(new TestResult(parts[2], parts[3], Enum.Parse<Outcome>(parts[4]), parts[5], parts.Length > 7 ? parts[7] : "")
                            {
                                Milliseconds = double.Parse(parts[6], System.Globalization.CultureInfo.InvariantCulture),
                            });
                            break;
                        }
                    case "END":
                        {
                            int i = indices[int.Parse(parts[1])];
                            results[i] = current.Remove(i, out var list) ? list : [];
                            started.Remove(i);
                            done++;
                            Progress?.Invoke(done, files.Count);
                            break;
                        }
                    case "DONE":
                        completed = true;
                        break;
                }
            }
            child.WaitForExit();
            completed &= child.ExitCode == 0;
        }
        File.Delete(listFile);
        return (completed, started);
    }

    /// <summary>The child side: runs the listed files in-process and streams the protocol lines.</summary>
    public static int ChildMain(ITestEngine engine, string root, string listFile, int threads, double timeoutSeconds)
    {
        var files = File.ReadAllLines(listFile).Where(l => l.Length > 0).ToList();
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
        var gate = new object();
        // For the runner's own tests: die like a stack overflow would when starting a matching file.
        var crashHook = Environment.GetEnvironmentVariable("TEST262_RUNNER_CRASH_HOOK");
        var runner = new ParallelRunner(new TestExecutor(engine, TimeSpan.FromSeconds(timeoutSeconds)), threads)
        {
            // Flushed at once: if this process dies, the parent must know what was running.
            FileStarted = i =>
            {
                lock (gate) { output.WriteLine($"START\t{i}"); output.Flush(); }
                if (!string.IsNullOrEmpty(crashHook) && files[i].Contains(crashHook, StringComparison.Ordinal))
                    Environment.FailFast("test262 runner crash hook");
            },
            FileFinished = (i, rs) =>
            {
                lock (gate)
                {
                    foreach (var r in rs)
                        output.WriteLine(string.Join('\t', "RESULT", i, r.Path, r.Mode, r.Outcome, Clean(r.Reason),
                            r.Milliseconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), Clean(r.Message)));
                    output.WriteLine($"END\t{i}");
                    output.Flush();
                }
            },
        };
        runner.Run(root, files);
        lock (gate) { output.WriteLine("DONE"); output.Flush(); }
        return 0;
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
