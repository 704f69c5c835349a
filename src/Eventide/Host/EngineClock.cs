using System.Diagnostics;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// The clocks and random sources scripts read (Date, performance, process.hrtime, console.time,
/// Math.random, crypto): the machine's, or with <see cref="EngineOptions.Deterministic"/> the
/// event loop's virtual clock from a fixed instant and seeded generators.
/// </summary>
internal sealed class EngineClock
{
    private readonly Engine _engine;
    private readonly Stopwatch _started = Stopwatch.StartNew();
    private readonly double _startUnixMs;

    /// <summary>Math.random's generator in a deterministic run (null: .NET's shared one).</summary>
    public SeededRandom? MathRandom { get; }
    /// <summary>crypto's random bytes in a deterministic run (null: the system's secure generator); a stream apart from Math.random's, so one does not shift the other.</summary>
    public SeededRandom? CryptoRandom { get; }

    public EngineClock(Engine engine, DeterministicOptions? deterministic)
    {
        _engine = engine;
        if (deterministic is null) return;
        _startUnixMs = Math.Floor((deterministic.Start - DateTimeOffset.UnixEpoch).TotalMilliseconds);
        MathRandom = new SeededRandom(deterministic.Seed);
        CryptoRandom = new SeededRandom(deterministic.Seed ^ 0x5DEECE66DUL);
    }

    public bool Deterministic => MathRandom is not null;

    /// <summary>Milliseconds since the engine started (virtual in a deterministic run, in whole milliseconds as libuv's clock).</summary>
    public double Elapsed => Deterministic ? _engine.Loop.Now : _started.Elapsed.TotalMilliseconds;

    /// <summary>The time value of now (Unix milliseconds, whole): Date.now().</summary>
    public double UnixNow => Deterministic ? _startUnixMs + _engine.Loop.Now : Math.Floor((DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds);

    /// <summary>performance.timeOrigin: the Unix time (ms) the engine started at.</summary>
    public double TimeOrigin => Deterministic ? _startUnixMs : (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds - Elapsed;

    /// <summary>process.hrtime's nanoseconds from an arbitrary origin.</summary>
    public long Nanoseconds => Deterministic
        ? (long)_engine.Loop.Now * 1_000_000
        : (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
}
