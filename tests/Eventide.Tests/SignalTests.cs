using System.Diagnostics;

namespace Eventide.Tests;

/// <summary>
/// Signals as process events, in a separate eventide process (a signal sent in-process would
/// reach the test host): listened signals run their listeners instead of ending the process, and
/// an unlistened one ends it as node's does.
/// </summary>
[Collection(TimingSensitive.Name)]
public class SignalTests
{
    private const string Script = """
        process.on('SIGUSR2', (signal, number) => console.log('got', signal, number));
        process.once('SIGTERM', (signal) => {
          console.log('term once', process.listenerCount('SIGTERM'));
          setTimeout(() => console.log('still alive'), 10);
        });
        const keepAlive = setInterval(() => {}, 1000);
        process.on('SIGINT', () => { console.log('int'); clearInterval(keepAlive); process.removeAllListeners('SIGUSR2'); });
        console.log('ready');
        """;

    [Fact]
    public async Task ListenedSignalsBecomeEventsAndTheLoopEndsNormally()
    {
        if (OperatingSystem.IsWindows()) return;
        var (child, lines) = Start(Script);
        using (child)
        try
        {
            Assert.Equal("ready", await Line(lines));
            Signal(child, "USR2");
            Assert.Equal("got SIGUSR2 12", await Line(lines));
            Signal(child, "TERM");
            Assert.Equal("term once 0", await Line(lines));
            Assert.Equal("still alive", await Line(lines));
            Signal(child, "INT");
            Assert.Equal("int", await Line(lines));
            Assert.True(child.WaitForExit(10_000));
            Assert.Equal(0, child.ExitCode);
        }
        finally { if (!child.HasExited) child.Kill(); }
    }

    [Fact]
    public async Task ASignalWhoseListenersAreGoneEndsTheProcess()
    {
        if (OperatingSystem.IsWindows()) return;
        var (child, lines) = Start("process.once('SIGTERM', () => console.log('first term'));\nsetInterval(() => {}, 1000);\nconsole.log('ready');\n");
        using (child)
        try
        {
            Assert.Equal("ready", await Line(lines));
            Signal(child, "TERM");
            Assert.Equal("first term", await Line(lines));
            await Task.Delay(200);
            Signal(child, "TERM");
            Assert.True(child.WaitForExit(10_000));
            Assert.Equal(143, child.ExitCode);
        }
        finally { if (!child.HasExited) child.Kill(); }
    }

    private static (Process, StreamReader) Start(string source)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventide-signal-{Guid.NewGuid():N}.js");
        File.WriteAllText(path, source);
        var cli = Path.Combine(AppContext.BaseDirectory, "eventide.dll");
        var psi = new ProcessStartInfo("dotnet", [cli, path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var child = Process.Start(psi)!;
        return (child, child.StandardOutput);
    }

    private static Task<string?> Line(StreamReader lines) => lines.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));

    private static void Signal(Process child, string signal) =>
        Process.Start("kill", [$"-{signal}", child.Id.ToString()])!.WaitForExit();
}
