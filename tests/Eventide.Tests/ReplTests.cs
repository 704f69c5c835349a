using System.Diagnostics;

namespace Eventide.Tests;

/// <summary>The REPL (`eventide` on a terminal, or -i): with piped input as `node -i` runs it, and on a real terminal through tmux.</summary>
public class ReplTests
{
    private const string PipedSession = "1+1\nlet x = 5\nx*2\nfunction f() {\nreturn 7\n}\nf()\n_\nthrow new Error(\"boom\")\n_error\nnull.x\n.help\n{a:1}\n\"str\"\n.break\n[1,2,3].map(v=>v*2)\nundefined\nthrow 42\n.nope\nconst e = new Error('x'); e.code = 1; throw e\n_ = 9\n_\n1\n_\nfoo bar\n1 +* 2\nlet let = 1\n";

    private static string WithoutBanner(string output) => output[(output.IndexOf('\n', output.IndexOf('\n') + 1) + 1)..];

    [Fact]
    public void PipedSessionPrintsWhatNodesReplPrints()
    {
        var (code, output, _) = CliProcess.Eventide(PipedSession, "-i");
        Assert.Equal(0, code);
        Assert.StartsWith($"Welcome to Eventide {Cli.ErrorReporter.EventideVersion}.\nType \".help\" for more information.\n> 2\n", output);
        if (!CliProcess.NodeAvailable) return;
        var node = CliProcess.Node(PipedSession, "-i");
        Assert.Equal(WithoutBanner(node.Out), WithoutBanner(output));
    }

    [Fact]
    public void InteractiveWithEvalRunsTheCodeInTheReplAsNodeDoes()
    {
        string[] args = ["-i", "-e", "var x = 5; console.log('ran')"];
        var (_, output, _) = CliProcess.Eventide("x\n", args);
        Assert.Equal("> ran\n5\n> ", WithoutBanner(output));
        if (CliProcess.NodeAvailable) Assert.Equal(WithoutBanner(CliProcess.Node("x\n", args).Out), WithoutBanner(output));
    }

    [Fact]
    public void TopLevelAwaitKeepsDeclarationsAndWaitsForTheLoop()
    {
        var (_, output, _) = CliProcess.Eventide(
            "const { p, q } = await Promise.resolve({ p: 1, q: 2 })\np + q\nawait new Promise(r => setTimeout(() => r('timer'), 20))\nlet n = await 4\nn\n", "-i");
        Assert.Equal("> undefined\n> 3\n> 'timer'\n> undefined\n> 4\n> ", WithoutBanner(output));
    }

    [Fact]
    public void LoadAndSaveUseFiles()
    {
        var dir = Directory.CreateTempSubdirectory("eventide-repl-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "in.js"), "const loaded = 40\nloaded + 2\n");
            var (_, output, _) = CliProcess.Eventide($".load {dir}/in.js\nloaded\n.save {dir}/out.js\n", "-i");
            Assert.Equal($"> 42\n> 40\n> Session saved to: {dir}/out.js\n> ", WithoutBanner(output));
            Assert.Equal("const loaded = 40\nloaded + 2\nloaded\n", File.ReadAllText(Path.Combine(dir, "out.js")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>The REPL on a terminal: tmux runs it in a pseudo-terminal; keys go in, the screen is read back.</summary>
    [TmuxFact]
    public void TerminalSessionThroughTmux()
    {
        var history = Path.Combine(Path.GetTempPath(), $"eventide-history-{Guid.NewGuid():N}");
        string command = $"EVENTIDE_REPL_HISTORY={history} {JsRunner.ForkCommand[0]} {JsRunner.ForkCommand[1]}";
        try
        {
            using (var tmux = new TmuxSession(command))
            {
                tmux.WaitFor("> ");
                tmux.Type("1+1", "Enter");
                tmux.WaitFor("> 1+1\n2\n> ");
                // On a terminal results are coloured as node colours them (a number in yellow).
                Assert.Contains("\u001b[33m2", tmux.Screen(escapes: true));
                tmux.Type("function f() {", "Enter");
                tmux.WaitFor("\n... ");
                tmux.Type("return 5 }", "Enter", "f()", "Enter");
                tmux.WaitFor("... return 5 }\nundefined\n> f()\n5\n> ");
                // The loop runs while the prompt waits: the timer fires with nothing typed.
                tmux.Type("setTimeout(() => console.log('fired'), 200); 7", "Enter");
                tmux.WaitFor("\n7\n> fired\n");
                tmux.Type("await new Promise(r => setTimeout(() => r(42), 100))", "Enter");
                tmux.WaitFor("\n42\n> ");
                tmux.Type(".editor", "Enter");
                tmux.WaitFor("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n");
                tmux.Type("const a = 1", "Enter", "a + 40", "C-d");
                tmux.WaitFor("a + 40\n41\n> ");
                // Tab completes the REPL's own declarations as well as globals and properties.
                tmux.Type("let myVariable = 3", "Enter", "myVa", "Tab");
                tmux.WaitFor("> myVariable");
                tmux.Type("Enter");
                tmux.WaitFor("> myVariable\n3\n> ");
                tmux.Type("Math.ma", "Tab");
                tmux.WaitFor("> Math.max");
                tmux.Type("(1, 9)", "Enter");
                tmux.WaitFor("> Math.max(1, 9)\n9\n> ");
                tmux.Type("C-c");
                tmux.WaitFor("(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n> ");
                tmux.Type("C-d");
                tmux.WaitForExit();
            }
            // The history file, newest first, and a new session recalls it with the Up key.
            var lines = File.ReadAllLines(history);
            Assert.Equal("Math.max(1, 9)", lines[0]);
            Assert.Contains("1+1", lines);
            using (var tmux = new TmuxSession(command))
            {
                tmux.WaitFor("> ");
                tmux.Type("Up");
                tmux.WaitFor("> Math.max(1, 9)");
                // Ctrl+C clears the recalled line, then warns, then exits.
                tmux.Type("C-c");
                tmux.WaitFor("\n> \n");
                tmux.Type("C-c");
                tmux.WaitFor("(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n> ");
                tmux.Type("C-c");
                tmux.WaitForExit();
            }
        }
        finally { File.Delete(history); }
    }

    /// <summary>A test that needs tmux: skipped, saying so, where it is not installed.</summary>
    private sealed class TmuxFactAttribute : FactAttribute
    {
        public TmuxFactAttribute()
        {
            if (!CliProcess.OnPath("tmux")) Skip = "tmux is not installed: the REPL's terminal test needs it (apt-get install tmux)";
        }
    }

    /// <summary>A tmux server of its own (a private socket), killed at the end; every wait is bounded.</summary>
    private sealed class TmuxSession : IDisposable
    {
        private readonly string _socket = $"eventide-test-{Guid.NewGuid():N}";

        public TmuxSession(string command) =>
            Tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "50", "-c", Path.GetTempPath(), command);

        public void Type(params string[] keys) => Tmux(["send-keys", "-t", "repl", .. keys]);

        public string Screen(bool escapes = false) =>
            string.Join('\n', (escapes ? Tmux("capture-pane", "-p", "-e", "-t", "repl") : Tmux("capture-pane", "-p", "-t", "repl")).Split('\n').Select(l => l.TrimEnd()));

        public void WaitFor(string text)
        {
            var watch = Stopwatch.StartNew();
            string expected = string.Join('\n', text.Split('\n').Select(l => l.TrimEnd()));
            string screen = "";
            while (watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                screen = Screen();
                if (screen.Contains(expected, StringComparison.Ordinal)) return;
                Thread.Sleep(100);
            }
            Assert.Fail($"the screen never showed {expected}; it shows:\n{screen}");
        }

        public void WaitForExit()
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (Run(["-L", _socket, "has-session", "-t", "repl"]).Code != 0) return;
                Thread.Sleep(100);
            }
            Assert.Fail("the REPL did not exit on Ctrl+D");
        }

        private string Tmux(params string[] args)
        {
            var (code, output) = Run(["-L", _socket, .. args]);
            Assert.True(code == 0, $"tmux {string.Join(' ', args)} failed");
            return output;
        }

        private static (int Code, string Out) Run(string[] args)
        {
            using var process = Process.Start(new ProcessStartInfo("tmux", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return (process.ExitCode, output);
        }

        public void Dispose() => Run(["-L", _socket, "kill-server"]);
    }
}
