using System.Text;
using Eventide.Runtime;

namespace Eventide.RegExp;

/// <summary>
/// 22.2.2.7.3 Canonicalize ( rer, ch ): simple case folding in unicode mode (u/v), the
/// toUppercase rule otherwise; and the case closure of a set (every character whose canonical
/// form is the canonical form of a member), so matching a class compares one code point.
/// </summary>
internal static class CaseFolding
{
    public static int Canonicalize(int c, bool unicode) => unicode ? SimpleFold(c) : UpperNonUnicode(c);

    /// <summary>scf(c) from CaseFolding.txt (statuses C and S), as the lowercase of the simple uppercase,
    /// which agrees with it except for the dotted and dotless i (they fold only under T and F).</summary>
    private static int SimpleFold(int c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? c + 32 : c;
        if (c is 0x130 or 0x131 || c > CharSet.MaxCodePoint || c is >= 0xD800 and <= 0xDFFF) return c;
        // .NET's invariant casing leaves the long s alone (ToUpperInvariant('ſ') is 'ſ'); CaseFolding.txt folds it to s.
        if (c == 0x17F) return 's';
        // CaseFolding.txt's simple foldings that no case mapping gives (the S entries of Unicode 15.1).
        if (c is 0x1FD3 or 0x1FE3 or 0xFB05) return c == 0x1FD3 ? 0x390 : c == 0x1FE3 ? 0x3B0 : 0xFB06;
        return Rune.ToLowerInvariant(Rune.ToUpperInvariant(new Rune(c))).Value;
    }

    /// <summary>Non-unicode Canonicalize: toUppercase of the one code unit, unless that is not one code
    /// unit or would map a non-ASCII character into ASCII.</summary>
    private static int UpperNonUnicode(int c)
    {
        if (c < 128) return c is >= 'a' and <= 'z' ? c - 32 : c;
        if (c > 0xFFFF) return c;
        if (CaseTables.Upper.TryGetValue(c, out var full)) return full.Length == 1 && full[0] >= 128 ? full[0] : c;
        int u = char.ToUpperInvariant((char)c);
        return u < 128 ? c : u;
    }

    /// <summary>Per mode: the code points in a non-trivial equivalence class, and each canonical form's class.</summary>
    private sealed class Classes(int[] members, Dictionary<int, int[]> byCanonical)
    {
        public readonly int[] Members = members;
        public readonly Dictionary<int, int[]> ByCanonical = byCanonical;
    }

    private static Classes? s_unicode, s_legacy;

    private static Classes ClassesOf(bool unicode)
    {
        ref Classes? slot = ref unicode ? ref s_unicode : ref s_legacy;
        if (slot is not null) return slot;
        var groups = new Dictionary<int, List<int>>();
        int max = unicode ? CharSet.MaxCodePoint : 0xFFFF;
        for (int c = 0; c <= max; c++)
        {
            int k = Canonicalize(c, unicode);
            if (k == c) continue;
            if (!groups.TryGetValue(k, out var list)) groups[k] = list = [k];
            list.Add(c);
        }
        var byCanonical = new Dictionary<int, int[]>(groups.Count);
        var members = new List<int>();
        foreach (var (k, list) in groups)
        {
            byCanonical[k] = [.. list];
            members.AddRange(list);
        }
        members.Sort();
        return slot = new Classes([.. members], byCanonical);
    }

    /// <summary>The case closure of <paramref name="set"/>: what a class matches under the i flag.</summary>
    public static CharSet Close(CharSet set, bool unicode)
    {
        var classes = ClassesOf(unicode);
        List<(int, int)>? added = null;
        foreach (int c in classes.Members)
        {
            if (!set.Contains(c)) continue;
            foreach (int e in classes.ByCanonical[Canonicalize(c, unicode)])
                if (!set.Contains(e)) (added ??= []).Add((e, e));
        }
        if (added is null) return set;
        added.AddRange(set.ToList());
        return CharSet.FromRanges(added);
    }

    /// <summary>The characters equivalent to <paramref name="c"/> (itself included).</summary>
    public static CharSet EquivalentsOf(int c, bool unicode)
    {
        var classes = ClassesOf(unicode);
        return classes.ByCanonical.TryGetValue(Canonicalize(c, unicode), out var members) ? CharSet.FromCodePoints(members) : CharSet.Of(c);
    }

    /// <summary>MaybeSimpleCaseFolding for v-flag set operations: every member replaced by scf of it.</summary>
    public static CharSet Fold(CharSet set)
    {
        var classes = ClassesOf(unicode: true);
        var list = set.ToList();
        bool changed = false;
        foreach (int c in classes.Members)
        {
            if (!set.Contains(c)) continue;
            int k = SimpleFold(c);
            if (k != c) { list.Add((k, k)); changed = true; }
        }
        if (!changed) return set;
        // Remove the members that fold to something else.
        var folded = CharSet.FromRanges(list);
        var nonCanonical = new List<(int, int)>();
        foreach (int c in classes.Members) if (SimpleFold(c) != c) nonCanonical.Add((c, c));
        return folded.Subtract(CharSet.FromRanges(nonCanonical));
    }

    /// <summary>AllCharacters for v+i: the code points that are their own simple case folding.</summary>
    public static CharSet CanonicalUniverse()
    {
        var classes = ClassesOf(unicode: true);
        var nonCanonical = new List<(int, int)>();
        foreach (int c in classes.Members) if (SimpleFold(c) != c) nonCanonical.Add((c, c));
        return CharSet.All.Subtract(CharSet.FromRanges(nonCanonical));
    }
}
