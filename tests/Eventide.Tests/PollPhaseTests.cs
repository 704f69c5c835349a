using Eventide.Host;

namespace Eventide.Tests;

/// <summary>The event loop's poll phase: completions posted from other threads run on the loop thread, in node's phase order.</summary>
[Collection(TimingSensitive.Name)]
public class PollPhaseTests
{
    private static (Engine Engine, StringWriter Output) NewEngine(bool virtualTime)
    {
        var output = new StringWriter();
        return (new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = output, Stderr = TextWriter.Null, VirtualTime = virtualTime }), output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void APendingRequestKeepsTheLoopAliveAndItsCallbackRunsBetweenTimersAndImmediates(bool virtualTime)
    {
        var (engine, output) = NewEngine(virtualTime);
        int loopThread = Environment.CurrentManagedThreadId;
        int callbackThread = -1;
        engine.Execute("setTimeout(() => console.log('timer 500'), 500);");
        var request = engine.Loop.Open("test request");
        var worker = new Thread(() =>
        {
            Thread.Sleep(50);
            request.Post("test completion", () =>
            {
                callbackThread = Environment.CurrentManagedThreadId;
                engine.Execute("console.log('io'); setImmediate(() => console.log('immediate')); setTimeout(() => console.log('timer 0'), 0); Promise.resolve().then(() => console.log('microtask'));");
            });
        });
        worker.Start();
        engine.RunEventLoop();
        worker.Join();
        Assert.Equal(loopThread, callbackThread);
        Assert.Equal("io\nmicrotask\nimmediate\ntimer 0\ntimer 500\n", output.ToString());
    }

    [Fact]
    public void AnUnrefedHandleDoesNotKeepTheLoopAlive()
    {
        var (engine, output) = NewEngine(virtualTime: false);
        var handle = engine.Loop.Open("server", request: false);
        handle.Unref();
        engine.Execute("setTimeout(() => console.log('done'), 10);");
        engine.RunEventLoop();
        Assert.Equal("done\n", output.ToString());
        Assert.True(handle.Open);
        handle.Close();
    }

    [Fact]
    public void ClosingAHandleDropsItsQueuedCompletions()
    {
        var (engine, output) = NewEngine(virtualTime: false);
        var handle = engine.Loop.Open("socket", request: false);
        handle.Post("late data", () => engine.Execute("console.log('must not run')"));
        handle.Close();
        engine.RunEventLoop();
        Assert.Equal("", output.ToString());
    }
}
