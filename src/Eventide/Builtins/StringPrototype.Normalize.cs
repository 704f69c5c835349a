using System.Globalization;
using System.Text;

namespace Eventide.Builtins;

/// <summary>UAX #15 Unicode normalization (NFC, NFD, NFKC, NFKD) on <see cref="NormalizationData"/>; the
/// runtime runs with invariant globalization, where .NET's own Normalize does not work. Lone surrogates
/// pass through unchanged.</summary>
internal static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static Dictionary<int, int[]>? _canonical, _compatibility;
    private static Dictionary<int, byte>? _classes;
    private static Dictionary<long, int>? _composites;

    private static void EnsureLoaded()
    {
        if (_composites is not null) return;
        _canonical = ParseMappings(NormalizationData.Canonical);
        _compatibility = ParseMappings(NormalizationData.Compatibility);
        var classes = new Dictionary<int, byte>();
        foreach (var entry in NormalizationData.CombiningClasses.Split(';'))
        {
            int colon = entry.IndexOf(':');
            classes[int.Parse(entry.AsSpan(0, colon), NumberStyles.HexNumber)] = byte.Parse(entry.AsSpan(colon + 1), CultureInfo.InvariantCulture);
        }
        _classes = classes;
        var composites = new Dictionary<long, int>();
        foreach (var (cp, seq) in ParseMappings(NormalizationData.Composites)) composites[Pair(seq[0], seq[1])] = cp;
        _composites = composites;
    }

    private static Dictionary<int, int[]> ParseMappings(string data)
    {
        var map = new Dictionary<int, int[]>();
        foreach (var entry in data.Split(';'))
        {
            int colon = entry.IndexOf(':');
            var parts = entry[(colon + 1)..].Split(' ');
            var seq = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++) seq[i] = int.Parse(parts[i], NumberStyles.HexNumber);
            map[int.Parse(entry.AsSpan(0, colon), NumberStyles.HexNumber)] = seq;
        }
        return map;
    }

    private static long Pair(int a, int b) => ((long)a << 21) | (uint)b;

    public static int CombiningClass(int cp)
    {
        EnsureLoaded();
        return _classes!.TryGetValue(cp, out var c) ? c : 0;
    }

    public static string Normalize(string s, bool compatibility, bool compose)
    {
        int i0 = 0;
        while (i0 < s.Length && s[i0] < 0xA0) i0++;
        if (i0 == s.Length) return s;
        EnsureLoaded();
        var buffer = new List<int>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = StringConstructor.CodePointAt(s, i, out int units);
            i += units - 1;
            Decompose(cp, compatibility, buffer);
        }
        ReorderCanonically(buffer);
        if (compose) Compose(buffer);
        var sb = new StringBuilder(buffer.Count);
        foreach (int cp in buffer) StringConstructor.AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    private static void Decompose(int cp, bool compatibility, List<int> output)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int sIndex = cp - SBase;
            output.Add(LBase + sIndex / NCount);
            output.Add(VBase + sIndex % NCount / TCount);
            if (sIndex % TCount != 0) output.Add(TBase + sIndex % TCount);
            return;
        }
        if (_canonical!.TryGetValue(cp, out var seq) || (compatibility && _compatibility!.TryGetValue(cp, out seq)))
        {
            foreach (int c in seq) Decompose(c, compatibility, output);
            return;
        }
        output.Add(cp);
    }

    /// <summary>Canonical Ordering Algorithm: stable sort of each run of non-starters by combining class.</summary>
    private static void ReorderCanonically(List<int> b)
    {
        for (int i = 1; i < b.Count; i++)
        {
            int cc = CombiningClass(b[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0)
            {
                int prev = CombiningClass(b[j - 1]);
                if (prev <= cc) break;
                (b[j - 1], b[j]) = (b[j], b[j - 1]);
                j--;
            }
        }
    }

    /// <summary>Canonical Composition Algorithm (UAX #15 sample implementation).</summary>
    private static void Compose(List<int> b)
    {
        if (b.Count < 2) return;
        int starterPos = 0, starterCh = b[0];
        int lastClass = CombiningClass(starterCh);
        if (lastClass != 0) lastClass = 256; // a leading non-starter blocks composition
        int compPos = 1;
        for (int decompPos = 1; decompPos < b.Count; decompPos++)
        {
            int ch = b[decompPos];
            int chClass = CombiningClass(ch);
            int composite = ComposePair(starterCh, ch);
            if (composite >= 0 && (lastClass < chClass || lastClass == 0))
            {
                b[starterPos] = composite;
                starterCh = composite;
            }
            else
            {
                if (chClass == 0) { starterPos = compPos; starterCh = ch; }
                lastClass = chClass;
                b[compPos++] = ch;
            }
        }
        b.RemoveRange(compPos, b.Count - compPos);
    }

    private static int ComposePair(int a, int b)
    {
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
            return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        return _composites!.TryGetValue(Pair(a, b), out int c) ? c : -1;
    }
}
