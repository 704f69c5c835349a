using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Eventide.Cli;

/// <summary>
/// eventide --watch FILE, as node 20's watch mode: runs the program, and when the file or a module
/// it loaded changes (or, with --watch-path, anything under those paths), stops the run and starts
/// it again, saying so with node's lines ("Completed running 'FILE'", "Restarting 'FILE'").
/// Each run is a child process: stopping it is then certain and complete (its timers, sockets,
/// servers and child processes go with it, a listening port is free for the next run, and a
/// program stuck in a loop is stopped too), which an engine inside this process could not promise.
/// The child tells which module files it loaded through a file named by EVENTIDE_WATCH_REPORT.
/// </summary>
internal sealed class WatchMode(CliArguments cli, IReadOnlyList<string> childArguments, TextWriter stdout)
{
    /// <summary>The child's environment variable: the file it appends each loaded module's path to.</summary>
    public const string ReportVariable = "EVENTIDE_WATCH_REPORT";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly string _report = Path.Combine(Path.GetTempPath(), $"eventide-watch-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
    private readonly Dictionary<string, (DateTime Written, long Length)> _stamps = new();
    private DateTime _runStarted;
    private Process? _child;

    public int Run()
    {
        bool terminal = !Console.IsOutputRedirected;
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StopChild());
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => StopChild());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopChild();
        try
        {
            while (true)
            {
                File.WriteAllText(_report, "");
                _stamps.Clear();
                foreach (var path in Watched()) _stamps[path] = StampOf(path);
                _runStarted = DateTime.UtcNow;
                _child = Start();
                bool reported = false;
                while (!Changed())
                {
                    if (!reported && _child.HasExited)
                    {
                        reported = true;
                        // node colours these lines on a terminal: blue for success, red for failure.
                        Say(_child.ExitCode == 0 ? $"Completed running '{cli.File}'" : $"Failed running '{cli.File}'", _child.ExitCode == 0 ? "34" : "31", terminal);
                    }
                    Thread.Sleep(PollInterval);
                }
                StopChild();
                // node clears the terminal (ESC c) before a restart unless --watch-preserve-output.
                if (terminal && !cli.WatchPreserveOutput) stdout.Write("\u001bc");
                Say($"Restarting '{cli.File}'", "32", terminal);
            }
        }
        finally
        {
            StopChild();
            File.Delete(_report);
        }
    }

    private void Say(string line, string color, bool terminal)
    {
        stdout.WriteLine(terminal ? $"\u001b[{color}m{line}\u001b[39m" : line);
        stdout.Flush();
    }

    private Process Start()
    {
        var command = Eventide.Node.ChildProcess.ChildProcessBinding.ThisProcessCommand();
        var psi = new ProcessStartInfo(command[0]) { UseShellExecute = false };
        foreach (var a in command.Skip(1)) psi.ArgumentList.Add(a);
        foreach (var a in childArguments) psi.ArgumentList.Add(a);
        psi.Environment[ReportVariable] = _report;
        return Process.Start(psi)!;
    }

    private void StopChild()
    {
        var child = _child;
        if (child is null) return;
        try
        {
            if (!child.HasExited) child.Kill(entireProcessTree: true);
            child.WaitForExit(5000);
        }
        catch (InvalidOperationException) { } // already gone
    }

    /// <summary>
    /// Whether a watched file changed since the run started. A module the run reports having loaded
    /// is first seen here a moment later: it counts as changed when it was written after the run began.
    /// </summary>
    private bool Changed()
    {
        foreach (var path in Watched())
        {
            var stamp = StampOf(path);
            if (!_stamps.TryGetValue(path, out var known))
            {
                _stamps[path] = stamp;
                if (stamp.Written > _runStarted) return true;
            }
            else if (known != stamp) return true;
        }
        return false;
    }

    /// <summary>--watch-path's files when given (node then watches only those), else the entry and the modules it loaded.</summary>
    private IEnumerable<string> Watched()
    {
        if (cli.WatchPaths.Count > 0)
        {
            foreach (var root in cli.WatchPaths)
            {
                string full = Path.GetFullPath(root);
                if (File.Exists(full)) yield return full;
                else if (Directory.Exists(full))
                    foreach (var f in Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                        if (!f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) yield return f;
            }
            yield break;
        }
        yield return Path.GetFullPath(cli.File!);
        string[] loaded;
        try { loaded = File.ReadAllLines(_report); }
        catch (IOException) { yield break; }
        foreach (var line in loaded.Distinct())
            if (line.Length > 0) yield return line;
    }

    private static (DateTime Written, long Length) StampOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
    }

    /// <summary>The command line without the watch options (those before the script): what each run gets.</summary>
    public static List<string> WithoutWatchOptions(string[] args, string script)
    {
        var kept = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--" || a == script) { kept.AddRange(args[i..]); break; }
            if (a is "--watch" or "--watch-preserve-output" || a.StartsWith("--watch-path=", StringComparison.Ordinal)) continue;
            if (a == "--watch-path") { i++; continue; }
            kept.Add(a);
        }
        return kept;
    }
}
