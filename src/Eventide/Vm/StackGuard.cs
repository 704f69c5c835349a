using System.Runtime.CompilerServices;

namespace Eventide.Vm;

/// <summary>
/// RuntimeHelpers.EnsureSufficientExecutionStack for the interpreter's entries from .NET (a builtin's
/// callback, each promise job and await continuation): under native AOT every call asks the runtime for
/// the thread's stack bounds. The deepest point of this thread's stack found to leave enough room is kept;
/// an entry at or above it (the usual case: the event loop enters from the same depth job after job) has
/// at least that room, and only a deeper one asks again.
/// </summary>
internal static class StackGuard
{
    /// <summary>The lowest stack address on this thread where the runtime's check passed; 0 before the first.</summary>
    [ThreadStatic] private static nuint t_verified;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void EnsureSufficientExecutionStack()
    {
        byte probe;
        var here = (nuint)(&probe);
        if (here >= t_verified && t_verified != 0) return;
        Verify(here);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Verify(nuint here)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        t_verified = here;
    }
}
