using System.Diagnostics;

namespace Eventide.Test262;

/// <summary>
/// Runs test files on worker threads with large stacks (builtins re-enter the interpreter, so deep
/// JS recursion is deep .NET recursion too). A watchdog covers what the engine's cancellation cannot
/// reach (a builtin looping in .NET code): a worker stuck past the hard limit is abandoned, its test
/// recorded as a timeout, and a fresh worker takes over.
/// </summary>
public sealed class ParallelRunner(TestExecutor executor, int threads, int stackSizeBytes = 64 * 1024 * 1024)
{
    /// <summary>How long past the cooperative timeout a worker may stay in one test before it is abandoned.</summary>
    public TimeSpan HardTimeout { get; init; } = executor.Timeout * 3 + TimeSpan.FromSeconds(10);

    /// <summary>Called with (done, total) from time to time.</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>Called on the worker thread when it starts a file (by index), before running it.</summary>
    public Action<int>? FileStarted { get; init; }

    /// <summary>Called (serialised) when a file's results are known.</summary>
    public Action<int, List<TestResult>>? FileFinished { get; init; }

    private sealed class Worker
    {
        public Thread Thread = null!;
        public volatile int Current = -1;
        public long StartedTicks;
        public volatile bool Abandoned;
        public volatile bool Finished;
    }

    public List<TestResult> Run(string root, IReadOnlyList<string> files)
    {
        var results = new List<TestResult>?[files.Count];
        int next = -1;
        int done = 0;
        var workers = new List<Worker>();
        var gate = new object();

        void Work(Worker w)
        {
            while (!w.Abandoned)
            {
                int i = Interlocked.Increment(ref next);
                if (i >= files.Count) break;
                Interlocked.Exchange(ref w.StartedTicks, Stopwatch.GetTimestamp());
                w.Current = i;
                FileStarted?.Invoke(i);
                List<TestResult> r;
                try
                {
                    var test = new TestCase(root, files[i]);
                    r = [.. executor.RunAll(test)];
                }
                catch (Exception e)
                {
                    r = [new TestResult(RelativePath(root, files[i]), "non-strict", Outcome.Fail, FailureCategory.InternalError, e.Message)];
                }
                lock (gate)
                {
                    if (w.Abandoned) return; // the watchdog already recorded this test
                    results[i] = r;
                    w.Current = -1;
                    done++;
                    FileFinished?.Invoke(i, r);
                }
            }
            w.Finished = true;
        }

        Worker Start()
        {
            var w = new Worker();
            w.Thread = new Thread(() => Work(w), stackSizeBytes) { IsBackground = true, Name = "test262 worker" };
            workers.Add(w);
            w.Thread.Start();
            return w;
        }

        lock (gate)
            for (int t = 0; t < Math.Max(1, threads); t++) Start();

        long hardTicks = (long)(HardTimeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Thread.Sleep(200);
            lock (gate)
            {
                Progress?.Invoke(done, files.Count);
                foreach (var w in workers.ToArray())
                {
                    if (w.Abandoned || w.Finished) continue;
                    int i = w.Current;
                    if (i < 0 || Stopwatch.GetTimestamp() - Interlocked.Read(ref w.StartedTicks) < hardTicks) continue;
                    // Stuck in .NET code the cancellation token cannot interrupt: give up on the thread.
                    w.Abandoned = true;
                    var path = RelativePath(root, files[i]);
                    var message = $"hard timeout: no result within {HardTimeout.TotalSeconds:0}s (worker abandoned)";
                    results[i] = [.. ModesOf(root, files[i]).Select(mode => new TestResult(path, mode, Outcome.Fail, FailureCategory.Timeout, message))];
                    done++;
                    FileFinished?.Invoke(i, results[i]!);
                    Start();
                }
                if (workers.All(w => w.Finished || w.Abandoned)) break;
            }
        }
        return [.. results.Where(r => r is not null).SelectMany(r => r!)];
    }

    internal static IEnumerable<string> ModesOf(string root, string file)
    {
        try { return [.. new TestCase(root, file).Modes()]; }
        catch (Exception) { return ["non-strict"]; }
    }

    internal static string RelativePath(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
