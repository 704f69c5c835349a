namespace Eventide.RegExp;

/// <summary>
/// An immutable set of code points as sorted, disjoint, non-adjacent inclusive ranges
/// (the CharSet of 22.2.2), with the set algebra class escapes and v-flag classes need.
/// </summary>
internal sealed class CharSet
{
    public const int MaxCodePoint = 0x10FFFF;
    public static readonly CharSet Empty = new([]);
    public static readonly CharSet All = new([0, MaxCodePoint]);

    /// <summary>Pairs start, end (inclusive), sorted and merged.</summary>
    private readonly int[] _ranges;
    /// <summary>Membership of the code points below 128, for the common case.</summary>
    private readonly ulong _ascii0, _ascii1;

    private CharSet(int[] ranges)
    {
        _ranges = ranges;
        for (int i = 0; i < ranges.Length && ranges[i] < 128; i += 2)
            for (int c = ranges[i]; c <= ranges[i + 1] && c < 128; c++)
                if (c < 64) _ascii0 |= 1UL << c; else _ascii1 |= 1UL << (c - 64);
    }

    public int RangeCount => _ranges.Length / 2;
    public int RangeStart(int i) => _ranges[2 * i];
    public int RangeEnd(int i) => _ranges[2 * i + 1];
    public bool IsEmpty => _ranges.Length == 0;

    /// <summary>The only member, or -1 when the set has zero or several.</summary>
    public int Single => _ranges.Length == 2 && _ranges[0] == _ranges[1] ? _ranges[0] : -1;

    public bool Contains(int c)
    {
        if (c < 64) return (_ascii0 & (1UL << c)) != 0;
        if (c < 128) return (_ascii1 & (1UL << (c - 64))) != 0;
        int[] r = _ranges;
        int lo = 0, hi = r.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (c < r[2 * mid]) hi = mid - 1;
            else if (c > r[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static CharSet Of(int c) => new([c, c]);
    public static CharSet Range(int from, int to) => new([from, to]);

    /// <summary>A set from unsorted, possibly overlapping ranges.</summary>
    public static CharSet FromRanges(List<(int From, int To)> ranges)
    {
        ranges.Sort((a, b) => a.From.CompareTo(b.From));
        var merged = new List<int>(ranges.Count * 2);
        foreach (var (from, to) in ranges)
        {
            int n = merged.Count;
            if (n > 0 && from <= merged[n - 1] + 1) { if (to > merged[n - 1]) merged[n - 1] = to; }
            else { merged.Add(from); merged.Add(to); }
        }
        return new([.. merged]);
    }

    public static CharSet FromCodePoints(IEnumerable<int> codePoints)
    {
        var list = new List<(int, int)>();
        foreach (int c in codePoints) list.Add((c, c));
        return FromRanges(list);
    }

    public List<(int From, int To)> ToList()
    {
        var list = new List<(int, int)>(RangeCount);
        for (int i = 0; i < _ranges.Length; i += 2) list.Add((_ranges[i], _ranges[i + 1]));
        return list;
    }

    public CharSet Union(CharSet other)
    {
        if (other.IsEmpty) return this;
        if (IsEmpty) return other;
        var list = ToList();
        list.AddRange(other.ToList());
        return FromRanges(list);
    }

    public CharSet Complement()
    {
        var list = new List<int>();
        int next = 0;
        for (int i = 0; i < _ranges.Length; i += 2)
        {
            if (_ranges[i] > next) { list.Add(next); list.Add(_ranges[i] - 1); }
            next = _ranges[i + 1] + 1;
        }
        if (next <= MaxCodePoint) { list.Add(next); list.Add(MaxCodePoint); }
        return new([.. list]);
    }

    public CharSet Intersect(CharSet other) => Complement().Union(other.Complement()).Complement();

    public CharSet Subtract(CharSet other) => Intersect(other.Complement());

    /// <summary>Every member, in order (for case closure and folding).</summary>
    public IEnumerable<int> CodePoints()
    {
        for (int i = 0; i < _ranges.Length; i += 2)
            for (int c = _ranges[i]; c <= _ranges[i + 1]; c++) yield return c;
    }
}
