namespace Eventide.Tests;

/// <summary>
/// Tests whose outcome depends on real time (programs racing timers against sockets, processes and
/// signals; many engines waiting on timers; CPU-bound limit checks): they run one class at a time,
/// so that on a two-core machine one does not starve another's timers.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
