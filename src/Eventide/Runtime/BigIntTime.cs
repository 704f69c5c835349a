using System.Diagnostics;
using System.Numerics;
using Eventide.Vm;

namespace Eventide.Runtime;

/// <summary>
/// One multiplication of huge BigInts runs for seconds to minutes (2^26-bit operands: about a
/// minute) and cannot be interrupted. Before starting one, the engine's limits are checked, and
/// when the time left is known (a time limit), a multiplication estimated to outlast it stops the
/// script at once, as the limit would have. The estimate (Karatsuba's n^1.585) is calibrated by
/// the large multiplications this process has timed.
/// </summary>
internal static class BigIntTime
{
    /// <summary>Operands below this many bits multiply in well under a millisecond.</summary>
    public const long SlowBits = 1 << 18;

    /// <summary>Seconds per (64-bit digits)^1.585, from the last timed multiplication; starts at a fast machine's.</summary>
    private static double s_secondsPerUnit = 1e-8;

    public static BigInteger Multiply(BigInteger x, BigInteger y)
    {
        long bits = Math.Max(x.GetBitLength(), y.GetBitLength());
        if (bits < SlowBits) return x * y;
        double units = Math.Pow(bits / 64.0, 1.585);
        if (Realm.Current?.Budget is { } budget)
        {
            budget.Check();
            if (budget.TimeLeft is { } left && units * Volatile.Read(ref s_secondsPerUnit) > left.TotalSeconds)
                throw ExecutionCancelledException.TimeLimitExceeded();
        }
        long start = Stopwatch.GetTimestamp();
        var product = x * y;
        Volatile.Write(ref s_secondsPerUnit, Stopwatch.GetElapsedTime(start).TotalSeconds / units);
        return product;
    }
}
