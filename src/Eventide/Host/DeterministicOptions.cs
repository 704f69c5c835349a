namespace Eventide;

/// <summary>
/// A reproducible run (eventide --deterministic): time is virtual (timers fire in order without
/// real waiting), the clocks scripts read start from <see cref="Start"/> and move only with the
/// event loop's virtual clock, and Math.random and crypto's random bytes come from generators
/// seeded with <see cref="Seed"/>. Two runs of the same program with the same options print the
/// same output, whatever the machine's load (as long as the program does no I/O whose timing
/// varies). The clocks do not move while a script runs (a loop waiting for Date.now() to pass a
/// time waits forever, as under fake timers). The random bytes are not secure: use it for tests,
/// never for secrets.
/// </summary>
public sealed class DeterministicOptions
{
    /// <summary>The seed of Math.random's and crypto's generators (0 by default).</summary>
    public ulong Seed { get; set; }
    /// <summary>What Date.now() and new Date() return when the run starts (2000-01-01T00:00:00Z by default).</summary>
    public DateTimeOffset Start { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
