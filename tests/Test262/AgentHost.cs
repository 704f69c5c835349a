using System.Collections.Concurrent;
using System.Diagnostics;
using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Test262;

/// <summary>
/// INTERPRETING.md's <c>$262.agent</c>: concurrent agents for the multi-agent Atomics tests. Each
/// agent is a new <see cref="Engine"/> on a thread of its own, with its own <c>$262.agent</c>
/// (receiveBroadcast, report, leaving, sleep, monotonicNow); the main agent has start, broadcast,
/// getReport, sleep and monotonicNow. A broadcast SharedArrayBuffer is a second object over the same
/// byte[] in each agent, so the agents share its memory (and Atomics' process-wide waiter lists).
/// Agents end with the test: <see cref="Dispose"/> cancels them and joins their threads.
/// </summary>
internal sealed class AgentHost : IDisposable
{
    /// <summary>How long the end of a test waits for an agent thread before abandoning it (a background thread).</summary>
    private static readonly TimeSpan JoinLimit = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cancellation;
    private readonly ConcurrentQueue<string> _reports = new();
    private readonly List<Agent> _agents = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public AgentHost(CancellationToken testToken) => _cancellation = CancellationTokenSource.CreateLinkedTokenSource(testToken);

    /// <summary>A broadcast as it crosses threads: the block (and its growable maximum) and the number, not yet JS values.</summary>
    private sealed record Broadcast(byte[] Block, long MaxByteLength, double? Number, BigInteger? BigInt);

    /// <summary>The main agent's <c>$262.agent</c>.</summary>
    public JsObject CreateMainAgentObject(Realm realm)
    {
        var agent = realm.NewObject();
        realm.DefineMethod(agent, "start", 1, (_, args) =>
        {
            Start(Operations.ToString(args.At(0)));
            return JsValue.Undefined;
        });
        realm.DefineMethod(agent, "broadcast", 2, (_, args) =>
        {
            if (args.At(0).AsObject is not JsArrayBuffer { IsShared: true, Data: { } block } sab)
                throw JsException.TypeError("$262.agent.broadcast: not a SharedArrayBuffer");
            var num = args.At(1);
            var message = new Broadcast(block, sab.MaxByteLength,
                num.IsUndefined || num.IsBigInt ? null : Operations.ToNumber(num), num.IsBigInt ? num.BigInt.Value : null);
            BroadcastToAll(realm, message);
            return JsValue.Undefined;
        });
        realm.DefineMethod(agent, "getReport", 0, (_, _) => _reports.TryDequeue(out var report) ? report : JsValue.Null);
        DefineClockMethods(realm, agent);
        return agent;
    }

    /// <summary>sleep and monotonicNow, which every agent has.</summary>
    private void DefineClockMethods(Realm realm, JsObject agent)
    {
        realm.DefineMethod(agent, "sleep", 1, (_, args) =>
        {
            double ms = Operations.ToNumber(args.At(0));
            if (ms > 0) _cancellation.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(Math.Min(ms, int.MaxValue)));
            realm.Budget.Check();
            return JsValue.Undefined;
        });
        realm.DefineMethod(agent, "monotonicNow", 0, (_, _) => _clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>$262.agent.start: runs the source in a new agent; returns once the agent is running.</summary>
    private void Start(string source)
    {
        var agent = new Agent(this, source);
        lock (_agents) _agents.Add(agent);
        agent.Thread.Start();
        // Until its script has run (or registered its broadcast callback), or the test ends.
        WaitHandle.WaitAny([agent.Running.WaitHandle, _cancellation.Token.WaitHandle]);
    }

    /// <summary>$262.agent.broadcast: hands the message to every agent and blocks until each has taken it.</summary>
    private void BroadcastToAll(Realm realm, Broadcast message)
    {
        Agent[] agents;
        lock (_agents) agents = [.. _agents];
        using var received = new CountdownEvent(agents.Length);
        foreach (var agent in agents) agent.Deliver(message, received);
        try { received.Wait(_cancellation.Token); }
        catch (OperationCanceledException) { realm.Budget.Check(); throw; }
    }

    /// <summary>The end of the test: cancels every agent and waits (bounded) for its thread.</summary>
    public void Dispose()
    {
        _cancellation.Cancel();
        Agent[] agents;
        lock (_agents) agents = [.. _agents];
        foreach (var agent in agents) agent.Thread.Join(JoinLimit);
        // An abandoned thread may still look at the token: leave the source to the GC then.
        if (agents.All(a => !a.Thread.IsAlive)) _cancellation.Dispose();
    }

    /// <summary>One concurrent agent: its thread, engine and mailbox.</summary>
    private sealed class Agent
    {
        private readonly AgentHost _host;
        private readonly string _source;
        private readonly SemaphoreSlim _arrived = new(0);
        private Broadcast? _message;
        private CountdownEvent? _received;
        private JsFunction? _onBroadcast;
        private Eventide.Host.LoopHandle? _alive;

        public readonly Thread Thread;
        public readonly ManualResetEventSlim Running = new();

        public Agent(AgentHost host, string source)
        {
            _host = host;
            _source = source;
            Thread = new Thread(Run) { IsBackground = true, Name = "test262 agent" };
        }

        /// <summary>From the main agent's thread: the message and the count to signal once taken.</summary>
        public void Deliver(Broadcast message, CountdownEvent received)
        {
            Volatile.Write(ref _received, received);
            Volatile.Write(ref _message, message);
            _arrived.Release();
        }

        private void Run()
        {
            var token = _host._cancellation.Token;
            try
            {
                using var engine = new Engine(new EngineOptions
                {
                    CancellationToken = token,
                    Stdout = TextWriter.Null,
                    Stderr = TextWriter.Null,
                    UnhandledRejections = UnhandledRejectionMode.None,
                });
                Install(engine.Realm);
                // The agent lives until it calls leaving() or the test ends: an open handle keeps its loop
                // running for what other agents post to it (a waitAsync notified from another thread).
                var alive = engine.Loop.Open("test262 agent", request: false);
                _alive = alive;
                using var ending = token.Register(() => alive.Post("test262 agent cancelled", alive.Close));
                engine.Execute(_source, "agent");
                Running.Set();
                if (_onBroadcast is { } onBroadcast)
                {
                    _arrived.Wait(token);
                    var message = Volatile.Read(ref _message)!;
                    var realm = engine.Realm;
                    var sab = new JsArrayBuffer(realm.SharedArrayBufferPrototype, message.Block, message.MaxByteLength, shared: true);
                    JsValue num = message.BigInt is { } big ? new JsBigInt(big) : message.Number is { } n ? n : JsValue.Undefined;
                    Volatile.Read(ref _received)!.Signal();
                    engine.Invoke(onBroadcast, sab, num);
                }
                engine.RunEventLoop();
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                // The test ended (or timed out) while the agent was busy.
            }
            catch (JsException)
            {
                // An agent's uncaught error: the main agent sees missing reports and fails.
            }
            finally
            {
                Running.Set();
            }
        }

        /// <summary>The agent's <c>$262.agent</c>.</summary>
        private void Install(Realm realm)
        {
            var host = realm.NewObject();
            var agent = realm.NewObject();
            realm.DefineMethod(agent, "receiveBroadcast", 1, (_, args) =>
            {
                _onBroadcast = args.At(0).AsFunction ?? throw JsException.TypeError("$262.agent.receiveBroadcast: not a function");
                Running.Set();
                return JsValue.Undefined;
            });
            realm.DefineMethod(agent, "report", 1, (_, args) =>
            {
                _host._reports.Enqueue(Operations.ToString(args.At(0)));
                return JsValue.Undefined;
            });
            realm.DefineMethod(agent, "leaving", 0, (_, _) =>
            {
                _alive?.Close();
                return JsValue.Undefined;
            });
            _host.DefineClockMethods(realm, agent);
            host.FastSet("agent", agent, PropertyFlags.Hidden);
            realm.GlobalObject.FastSet("$262", host, PropertyFlags.Hidden);
        }
    }
}
