using System.Diagnostics;
using System.Net.Sockets;
using Eventide.Node;

namespace Eventide.Tests;

/// <summary>Engine.Dispose releases what scripts still hold and stops a script running on another thread.</summary>
public class EngineDisposalTests
{
    private static Engine NodeEngine(NodeGrants grants) => new(new EngineOptions
    {
        Stdout = TextWriter.Null,
        Stderr = TextWriter.Null,
        Runtime = new NodeRuntime { Grants = grants | NodeGrants.Modules, GlobalRequire = true },
    });

    [Fact]
    public void ADisposedEngineRefusesCalls()
    {
        var engine = new Engine();
        Assert.Equal(3, engine.Evaluate("1 + 2").Number);
        engine.Dispose();
        engine.Dispose(); // idempotent
        Assert.Throws<ObjectDisposedException>(() => engine.Execute("1"));
        Assert.Throws<ObjectDisposedException>(() => engine.Evaluate("1"));
    }

    [Fact]
    public async Task DisposeStopsAScriptRunningOnAnotherThread()
    {
        using var running = new ManualResetEventSlim();
        var engine = new Engine(new EngineOptions { Stdout = new SignallingWriter(running) });
        var run = Task.Run(() => engine.Execute("console.log('running'); for (;;) {}"));
        Assert.True(running.Wait(10_000), "the script never started");
        var clock = Stopwatch.StartNew();
        engine.Dispose();
        var error = await Assert.ThrowsAsync<ExecutionCancelledException>(() => run);
        Assert.Contains("disposed", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DisposeClosesAListeningServerAndEndsTheEventLoop()
    {
        var engine = NodeEngine(NodeGrants.Network);
        int port = (int)engine.Evaluate("require('net').createServer(s => s.end('hi')).listen(0).address().port").Number;
        using (var client = new TcpClient()) client.Connect("127.0.0.1", port); // it listens
        var loop = Task.Run(engine.RunEventLoop); // the server keeps the loop alive
        await Task.Delay(100);
        Assert.False(loop.IsCompleted, $"the event loop ended while the server listened: {loop.Exception?.InnerException}");
        engine.Dispose();
        var ended = await Task.WhenAny(loop, Task.Delay(5000));
        Assert.True(ReferenceEquals(ended, loop), "the event loop kept running");
        await Assert.ThrowsAsync<ExecutionCancelledException>(() => loop);
        using var late = new TcpClient();
        var refused = Assert.Throws<SocketException>(() => late.Connect("127.0.0.1", port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public void DisposeKillsTheChildProcessesAScriptStarted()
    {
        var engine = NodeEngine(NodeGrants.ChildProcesses);
        int pid = (int)engine.Evaluate("require('child_process').spawn('sleep', ['30']).pid").Number;
        using var child = Process.GetProcessById(pid);
        Assert.False(child.HasExited);
        engine.Dispose();
        Assert.True(child.WaitForExit(5000), "the child outlived its engine");
    }

    /// <summary>Signals when the script first writes.</summary>
    private sealed class SignallingWriter(ManualResetEventSlim written) : StringWriter
    {
        public override void Write(char value) => written.Set();
        public override void Write(string? value) => written.Set();
    }
}
