namespace Eventide.Runtime;

/// <summary>
/// xorshift128+ (the generator V8 uses for Math.random), its state expanded from a 64-bit seed
/// with SplitMix64: the same seed gives the same sequence on every machine.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0, _s1;

    public SeededRandom(ulong seed)
    {
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        ulong s1 = _s0, s0 = _s1;
        _s0 = s0;
        s1 ^= s1 << 23;
        _s1 = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
        return _s1 + s0;
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public void Fill(Span<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i += 8)
        {
            ulong word = NextUInt64();
            for (int j = i; j < bytes.Length && j < i + 8; j++, word >>= 8) bytes[j] = (byte)word;
        }
    }
}
