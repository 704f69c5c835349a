using System.Collections.Concurrent;
using System.Diagnostics;
using Eventide.Cli;

namespace Eventide.Tests;

/// <summary>eventide --watch, as node 20's watch mode: reruns on a change of the file or of a module it loaded.</summary>
public class WatchTests
{
    /// <summary>An `eventide --watch` process whose stdout is read line by line; every wait is bounded, and it is killed at the end.</summary>
    private sealed class Watcher : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        public List<string> Seen { get; } = [];

        public Watcher(string directory, params string[] args)
        {
            var psi = new ProcessStartInfo(JsRunner.ForkCommand[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            foreach (var a in (string[])[JsRunner.ForkCommand[1], .. args]) psi.ArgumentList.Add(a);
            _process = Process.Start(psi)!;
            _process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _lines.Add(line); };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>Reads lines until <paramref name="line"/> (what came before is in <see cref="Seen"/>).</summary>
        public void WaitFor(string line)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_lines.TryTake(out var next, left))
                    throw new TimeoutException($"'{line}' did not come; the watcher printed:\n{string.Join('\n', Seen)}");
                Seen.Add(next);
                if (next == line) return;
            }
        }

        public void Dispose()
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _process.WaitForExit(10_000);
            _process.Dispose();
        }
    }

    private static string TempDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"eventide-watch-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void RerunsWhenTheFileChangesWithNodesLines()
    {
        string dir = TempDirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir, "app.js"), "console.log('first run');\n");
            using var watcher = new Watcher(dir, "--watch", "app.js");
            watcher.WaitFor("first run");
            watcher.WaitFor("Completed running 'app.js'");
            File.WriteAllText(Path.Combine(dir, "app.js"), "console.log('second run'); process.exitCode = 2;\n");
            watcher.WaitFor("Restarting 'app.js'");
            watcher.WaitFor("second run");
            watcher.WaitFor("Failed running 'app.js'");
            // Not a terminal: no screen clearing and no colours, as node.
            Assert.Equal(["first run", "Completed running 'app.js'", "Restarting 'app.js'", "second run", "Failed running 'app.js'"], watcher.Seen);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void RerunsWhenARequiredModuleChangesAndStopsARunStillGoing()
    {
        string dir = TempDirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir, "lib.js"), "module.exports = 'one';\n");
            // The run never ends by itself (an interval): the restart must stop it.
            File.WriteAllText(Path.Combine(dir, "main.js"), "console.log('lib says', require('./lib'));\nsetInterval(() => {}, 1000);\n");
            using var watcher = new Watcher(dir, "--watch-preserve-output", "--watch", "main.js");
            watcher.WaitFor("lib says one");
            File.WriteAllText(Path.Combine(dir, "lib.js"), "module.exports = 'two';\n");
            watcher.WaitFor("Restarting 'main.js'");
            watcher.WaitFor("lib says two");
            Assert.DoesNotContain(watcher.Seen, l => l.StartsWith("Completed", StringComparison.Ordinal));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void WatchPathWatchesADirectory()
    {
        string dir = TempDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "data"));
            File.WriteAllText(Path.Combine(dir, "data", "a.txt"), "a");
            File.WriteAllText(Path.Combine(dir, "main.js"), "console.log(require('fs').readFileSync('data/a.txt', 'utf8'));\n");
            using var watcher = new Watcher(dir, "--watch-path=data", "main.js");
            watcher.WaitFor("a");
            watcher.WaitFor("Completed running 'main.js'");
            File.WriteAllText(Path.Combine(dir, "data", "a.txt"), "b");
            watcher.WaitFor("Restarting 'main.js'");
            watcher.WaitFor("b");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Theory]
    [InlineData(new[] { "--watch" }, "eventide: --watch requires specifying a file\n")]
    [InlineData(new[] { "--watch", "-e", "1" }, "eventide: either --watch or --eval can be used, not both\n")]
    public void WatchWithoutAFileIsAnInvalidArgument(string[] args, string expected)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(9, CommandLine.Execute(args, stdout, stderr, stdin: new StringReader("")));
        Assert.Equal(expected, stderr.ToString());
    }

    [Fact]
    public void HelpListsTheNewOptions()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Execute(["--help"], stdout, new StringWriter()));
        foreach (var option in new[] { "--trace=FILE.html", "--watch ", "--watch-path=PATH", "--watch-preserve-output", "--html out.html" })
            Assert.Contains(option, stdout.ToString());
    }
}
