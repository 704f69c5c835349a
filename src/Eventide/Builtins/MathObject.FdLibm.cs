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

    private const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    private static double WithHigh(double x, uint high) => FromWords(high, Low(x));

    /// <summary>log1p: log(1+x) via the reduction 1+x = 2^k (1+f) and a polynomial in s = f/(2+f).</summary>
    public static double Log1p(double x)
    {
        const double Two54 = 1.80143985094819840000e+16;
        const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
            Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
            Lp7 = 1.479819860511658591e-01;
        int hx = (int)High(x);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3FDA827A)
        {
            if (ax >= 0x3ff00000)
            {
                if (x == -1.0) return double.NegativeInfinity;
                return double.NaN;
            }
            if (ax < 0x3e200000)
            {
                if (Two54 + x > 0 && ax < 0x3c900000) return x;
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= unchecked((int)0xbfd2bec4)) { k = 0; f = x; hu = 1; }
        }
        if (hx >= 0x7ff00000) return x + x;
        if (k != 0)
        {
            double u;
            if (hx < 0x43400000)
            {
                u = 1.0 + x;
                hu = (int)High(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            }
            else
            {
                u = x;
                hu = (int)High(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) u = WithHigh(u, (uint)(hu | 0x3ff00000));
            else
            {
                k += 1;
                u = WithHigh(u, (uint)(hu | 0x3fe00000));
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        double r;
        if (hu == 0)
        {
            if (f == 0)
            {
                if (k == 0) return 0;
                c += k * Ln2Lo;
                return k * Ln2Hi + c;
            }
            r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - r;
            return k * Ln2Hi - ((r - (k * Ln2Lo + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        r = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * Ln2Hi - ((hfsq - (s * (hfsq + r) + (k * Ln2Lo + c))) - f);
    }

    /// <summary>expm1: e^x - 1 by argument reduction x = k ln2 + r and a rational approximation on r.</summary>
    public static double Expm1(double x)
    {
        const double OThreshold = 7.09782712893383973096e+02, InvLn2 = 1.44269504088896338700e+00;
        const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
            Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
        uint hx = High(x);
        bool negative = (hx & 0x80000000) != 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A)
        {
            if (hx >= 0x40862E42)
            {
                if (hx >= 0x7ff00000)
                {
                    if (((hx & 0xfffff) | Low(x)) != 0) return x + x;
                    return negative ? -1.0 : x;
                }
                if (x > OThreshold) return double.PositiveInfinity;
            }
            if (negative) return -1.0;
        }
        double hi, lo, c = 0, t;
        int k;
        if (hx > 0x3fd62e42)
        {
            if (hx < 0x3FF0A2B2)
            {
                if (!negative) { hi = x - Ln2Hi; lo = Ln2Lo; k = 1; }
                else { hi = x + Ln2Hi; lo = -Ln2Lo; k = -1; }
            }
            else
            {
                k = (int)(InvLn2 * x + (negative ? -0.5 : 0.5));
                t = k;
                hi = x - t * Ln2Hi;
                lo = t * Ln2Lo;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        }
        else if (hx < 0x3c900000) return x;
        else k = 0;
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        double twopk = FromWords((uint)(0x3ff + k) << 20, 0);
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1)
        {
            if (x < -0.25) return -2.0 * (e - (x + 0.5));
            return 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56)
        {
            y = 1.0 - (e - x);
            if (k == 1024) y = y * 2.0 * 8.98846567431158e307;
            else y *= twopk;
            return y - 1.0;
        }
        if (k < 20)
        {
            t = FromWords((uint)(0x3ff00000 - (0x200000 >> k)), 0);
            y = t - (e - x);
            y *= twopk;
        }
        else
        {
            t = FromWords((uint)((0x3ff - k) << 20), 0);
            y = x - (e + t);
            y += 1.0;
            y *= twopk;
        }
        return y;
    }

    private static readonly double[] AtanHi = [4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00];
    private static readonly double[] AtanLo = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17];
    private static readonly double[] AT =
    [
        3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01, -1.11111104054623557880e-01,
        9.09088713343650656196e-02, -7.69187620504482999495e-02, 6.66107313738753120669e-02, -5.83357013379057348645e-02,
        4.97687799461593236017e-02, -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    ];

    /// <summary>atan: reduce to one of five intervals around atan(0), atan(1/2), atan(1), atan(3/2), atan(∞).</summary>
    public static double Atan(double x)
    {
        int hx = (int)High(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000)
        {
            if (double.IsNaN(x)) return x + x;
            return hx > 0 ? AtanHi[3] + AtanLo[3] : -AtanHi[3] - AtanLo[3];
        }
        if (ix < 0x3fdc0000)
        {
            if (ix < 0x3e400000) return x;
            id = -1;
        }
        else
        {
            x = Math.Abs(x);
            if (ix < 0x3ff30000)
            {
                if (ix < 0x3fe60000) { id = 0; x = (2.0 * x - 1.0) / (2.0 + x); }
                else { id = 1; x = (x - 1.0) / (x + 1.0); }
            }
            else if (ix < 0x40038000) { id = 2; x = (x - 1.5) / (1.0 + 1.5 * x); }
            else { id = 3; x = -1.0 / x; }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) return x - x * (s1 + s2);
        z = AtanHi[id] - ((x * (s1 + s2) - AtanLo[id]) - x);
        return hx < 0 ? -z : z;
    }

    /// <summary>atan2: the quadrant from the signs, the angle from atan(|y/x|).</summary>
    public static double Atan2(double y, double x)
    {
        const double PiO4 = 7.8539816339744827900E-01, PiO2 = 1.5707963267948965580E+00,
            Pi = 3.1415926535897931160E+00, PiLo = 1.2246467991473531772E-16;
        if (double.IsNaN(x) || double.IsNaN(y)) return x + y;
        int hx = (int)High(x), hy = (int)High(y);
        uint lx = Low(x), ly = Low(y);
        int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
        if (hx == 0x3ff00000 && lx == 0) return Atan(y);
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | (int)ly) == 0)
        {
            switch (m)
            {
                case 0: case 1: return y;
                case 2: return Pi;
                default: return -Pi;
            }
        }
        if ((ix | (int)lx) == 0) return hy < 0 ? -PiO2 : PiO2;
        if (ix == 0x7ff00000)
        {
            if (iy == 0x7ff00000)
            {
                return m switch { 0 => PiO4, 1 => -PiO4, 2 => 3.0 * PiO4, _ => -3.0 * PiO4 };
            }
            return m switch { 0 => 0.0, 1 => -0.0, 2 => Pi, _ => -Pi };
        }
        if (iy == 0x7ff00000) return hy < 0 ? -PiO2 : PiO2;
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) { z = PiO2 + 0.5 * PiLo; m &= 1; }
        else if (hx < 0 && k < -60) z = 0.0;
        else z = Atan(Math.Abs(y / x));
        return m switch
        {
            0 => z,
            1 => -z,
            2 => Pi - (z - PiLo),
            _ => (z - PiLo) - Pi,
        };
    }

    private const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
        Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
        Lg7 = 1.479819860511658591e-01;

    /// <summary>log: x = 2^k (1+f), log(1+f) by a polynomial in s = f/(2+f).</summary>
    public static double Log(double x)
    {
        const double Two54 = 1.80143985094819840000e+16;
        int hx = (int)High(x);
        uint lx = Low(x);
        int k = 0;
        if (hx < 0x00100000)
        {
            if (((hx & 0x7fffffff) | (int)lx) == 0) return double.NegativeInfinity;
            if (hx < 0) return double.NaN;
            k -= 54;
            x *= Two54;
            hx = (int)High(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = WithHigh(x, (uint)(hx | (i ^ 0x3ff00000)));
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            if (f == 0)
            {
                if (k == 0) return 0;
                dk = k;
                return dk * Ln2Hi + dk * Ln2Lo;
            }
            double r0 = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r0;
            dk = k;
            return dk * Ln2Hi - ((r0 - dk * Ln2Lo) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * Ln2Hi - ((hfsq - (s * (hfsq + r) + dk * Ln2Lo)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }

    /// <summary>exp: x = k ln2 + r, e^r by a Remez polynomial, scaled by 2^k.</summary>
    public static double Exp(double x)
    {
        const double OThreshold = 7.09782712893383973096e+02, UThreshold = -7.45133219101941108420e+02,
            InvLn2 = 1.44269504088896338700e+00, TwoM1000 = 9.33263618503218878990e-302;
        const double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
            P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
        uint hx = High(x);
        int xsb = (int)(hx >> 31) & 1;
        hx &= 0x7fffffff;
        double hi = 0, lo = 0, t;
        int k = 0;
        if (hx >= 0x40862E42)
        {
            if (hx >= 0x7ff00000)
            {
                if (((hx & 0xfffff) | Low(x)) != 0) return x + x;
                return xsb == 0 ? x : 0.0;
            }
            if (x > OThreshold) return double.PositiveInfinity;
            if (x < UThreshold) return 0.0;
        }
        if (hx > 0x3fd62e42)
        {
            if (hx < 0x3FF0A2B2)
            {
                if (x == 1.0) return Math.E;
                hi = x - (xsb == 0 ? Ln2Hi : -Ln2Hi);
                lo = xsb == 0 ? Ln2Lo : -Ln2Lo;
                k = 1 - xsb - xsb;
            }
            else
            {
                k = (int)(InvLn2 * x + (xsb == 0 ? 0.5 : -0.5));
                t = k;
                hi = x - t * Ln2Hi;
                lo = t * Ln2Lo;
            }
            x = hi - lo;
        }
        else if (hx < 0x3e300000) return 1.0 + x;
        else k = 0;
        t = x * x;
        double twopk = k >= -1021 ? FromWords((uint)(0x3ff00000 + (k << 20)), 0) : FromWords((uint)(0x3ff00000 + ((k + 1000) << 20)), 0);
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021)
        {
            if (k == 1024) return y * 2.0 * 8.98846567431158e307;
            return y * twopk;
        }
        return y * twopk * TwoM1000;
    }

    private const double Ln2 = 6.93147180559945286227e-01;

    /// <summary>cosh from exp/expm1 by range, as V8.</summary>
    public static double Cosh(double x)
    {
        uint ix = High(x) & 0x7fffffff;
        double ax = Math.Abs(x);
        if (ix < 0x3FD62E43)
        {
            double t = Expm1(ax);
            double w = 1.0 + t;
            if (ix < 0x3C800000) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000)
        {
            double t = Exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) return 0.5 * Exp(ax);
        if (ax <= 710.4758600739439)
        {
            double w = Exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7FF00000) return x * x;
        return double.PositiveInfinity;
    }

    /// <summary>sinh from expm1/exp by range, as V8.</summary>
    public static double Sinh(double x)
    {
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.Abs(x);
        if (ax < 22)
        {
            if (ax < 3.725290298461914e-9) return x;
            double t = Expm1(ax);
            if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ax < 709.7822265625) return h * Exp(ax);
        if (ax <= 710.4758600739439)
        {
            double w = Exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    /// <summary>tanh from expm1, as V8.</summary>
    public static double Tanh(double x)
    {
        int jx = (int)High(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        double z;
        if (ix < 0x40360000)
        {
            if (ix < 0x3E300000) return x;
            if (ix >= 0x3FF00000)
            {
                double t = Expm1(2.0 * Math.Abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            }
            else
            {
                double t = Expm1(-2.0 * Math.Abs(x));
                z = -t / (t + 2.0);
            }
        }
        else z = 1.0;
        return jx >= 0 ? z : -z;
    }

    /// <summary>asinh via log/log1p by range.</summary>
    public static double Asinh(double x)
    {
        int hx = (int)High(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        if (ix < 0x3e300000) return x;
        double w;
        if (ix > 0x41b00000) w = Log(Math.Abs(x)) + Ln2;
        else if (ix > 0x40000000)
        {
            double t = Math.Abs(x);
            w = Log(2.0 * t + 1.0 / (Math.Sqrt(x * x + 1.0) + t));
        }
        else
        {
            double t = x * x;
            w = Log1p(Math.Abs(x) + t / (1.0 + Math.Sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    /// <summary>acosh via log/log1p by range.</summary>
    public static double Acosh(double x)
    {
        int hx = (int)High(x);
        uint lx = Low(x);
        if (hx < 0x3ff00000) return double.NaN;
        if (hx >= 0x41b00000)
        {
            if (hx >= 0x7ff00000) return x + x;
            return Log(x) + Ln2;
        }
        if (((hx - 0x3ff00000) | (int)lx) == 0) return 0.0;
        if (hx > 0x40000000)
        {
            double t = x * x;
            return Log(2.0 * x - 1.0 / (x + Math.Sqrt(t - 1.0)));
        }
        double u = x - 1.0;
        return Log1p(u + Math.Sqrt(2.0 * u + u * u));
    }

    /// <summary>atanh via log1p.</summary>
    public static double Atanh(double x)
    {
        if (double.IsNaN(x)) return x;
        int hx = (int)High(x);
        int ix = hx & 0x7fffffff;
        double ax = Math.Abs(x);
        if (ax > 1) return double.NaN;
        if (ax == 1) return x > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        if (ix < 0x3e300000) return x;
        double t;
        if (ix < 0x3fe00000)
        {
            t = ax + ax;
            t = 0.5 * Log1p(t + t * ax / (1.0 - ax));
        }
        else t = 0.5 * Log1p((ax + ax) / (1.0 - ax));
        return hx >= 0 ? t : -t;
    }

    /// <summary>log10: k log10(2) + log(m)/ln(10) with m in [1, 2), as V8.</summary>
    public static double Log10(double x)
    {
        const double Two54 = 1.80143985094819840000e+16, IvLn10 = 4.34294481903251816668e-01,
            Log10_2Hi = 3.01029995663611771306e-01, Log10_2Lo = 3.69423907715893078616e-13;
        int hx = (int)High(x);
        uint lx = Low(x);
        int k = 0;
        if (hx < 0x00100000)
        {
            if (((hx & 0x7fffffff) | (int)lx) == 0) return double.NegativeInfinity;
            if (hx < 0) return double.NaN;
            k -= 54;
            x *= Two54;
            hx = (int)High(x);
            lx = Low(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        if (hx == 0x3ff00000 && lx == 0) return 0;
        k += (hx >> 20) - 1023;
        int i = (int)(((uint)k & 0x80000000) >> 31);
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = FromWords((uint)hx, lx);
        double z = y * Log10_2Lo + IvLn10 * Log(x);
        return z + y * Log10_2Hi;
    }
}
