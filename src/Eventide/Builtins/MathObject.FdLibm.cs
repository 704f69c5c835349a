namespace Eventide.Builtins;

/// <summary>Math functions computed the way V8 computes them (its ieee754 routines, from FreeBSD msun),
/// so results match node bit for bit where the host libm rounds differently.</summary>
internal static class FdLibm
{
    private static uint High(double x) => (uint)(BitConverter.DoubleToInt64Bits(x) >> 32);
    private static uint Low(double x) => (uint)BitConverter.DoubleToInt64Bits(x);
    private static double FromWords(uint high, uint low) => BitConverter.Int64BitsToDouble(((long)high << 32) | low);

    /// <summary>cbrt: a 23-bit polynomial estimate rounded to 23 bits, then one Newton step.</summary>
    public static double Cbrt(double x)
    {
        const uint B1 = 715094163, B2 = 696219795;
        const double P0 = 1.87595182427177009643, P1 = -1.88497979543377169875, P2 = 1.621429720105354466140,
            P3 = -0.758397934778766047437, P4 = 0.145996192886612446982;
        uint hx = High(x);
        uint low = Low(x);
        uint sign = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x7ff00000) return x + x;
        double t;
        if (hx < 0x00100000)
        {
            if ((hx | low) == 0) return x;
            t = FromWords(0x43500000, 0) * x;
            uint high = High(t);
            t = FromWords(sign | ((high & 0x7fffffff) / 3 + B2), 0);
        }
        else t = FromWords(sign | (hx / 3 + B1), 0);
        double r = (t * t) * (t / x);
        t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(t);
        bits = (bits + 0x80000000) & 0xffffffffc0000000UL;
        t = BitConverter.Int64BitsToDouble((long)bits);
        double s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        return t + t * r;
    }
}
