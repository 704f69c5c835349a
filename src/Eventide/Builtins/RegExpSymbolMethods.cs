using System.Buffers;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>A %RegExpStringIterator% (22.2.9): the iterator String.prototype.matchAll returns.</summary>
internal sealed class RegExpStringIterator(JsObject prototype, JsObject matcher, string s, bool global, bool fullUnicode) : JsObject(prototype)
{
    public readonly JsObject Matcher = matcher;
    public readonly string String = s;
    public readonly bool Global = global, FullUnicode = fullUnicode;
    public bool Done;
    internal override string ClassName => "RegExp String Iterator";
}

/// <summary>22.2.6.8-14 RegExp.prototype[@@match / @@matchAll / @@replace / @@search / @@split], and GetSubstitution.</summary>
internal static class RegExpSymbolMethods
{
    public static void Setup(Realm realm, JsObject proto)
    {
        realm.DefineMethod(proto, WellKnownSymbols.Match, 1, (t, args) => Match(realm, t, args.At(0)));
        realm.DefineMethod(proto, WellKnownSymbols.MatchAll, 1, (t, args) => MatchAll(realm, t, args.At(0)));
        realm.DefineMethod(proto, WellKnownSymbols.Replace, 2, (t, args) => Replace(realm, t, args.At(0), args.At(1)));
        realm.DefineMethod(proto, WellKnownSymbols.Search, 1, (t, args) => Search(realm, t, args.At(0)));
        realm.DefineMethod(proto, WellKnownSymbols.Split, 2, (t, args) => Split(realm, t, args.At(0), args.At(1)));
        SetupStringIterator(realm);
    }

    private static JsObject This(JsValue t, string name) => RegExpPrototype.ThisObject(t, "RegExp.prototype." + name);

    /// <summary>ToString(Get(rx, "flags")), without the getter calls for a plain RegExp.</summary>
    private static string Flags(Realm realm, JsObject rx) =>
        RegExpPrototype.IsIntact(realm, rx, out var re) ? re.CanonicalFlags : Operations.ToString(rx.Get("flags"));

    /// <summary>22.2.6.8 RegExp.prototype [ @@match ] ( string )</summary>
    internal static JsValue Match(Realm realm, JsValue t, JsValue str)
    {
        var rx = This(t, "@@match");
        string s = Operations.ToString(str);
        string flags = Flags(realm, rx);
        if (!flags.Contains('g')) return RegExpPrototype.RegExpExec(realm, rx, s);
        bool fullUnicode = flags.Contains('u') || flags.Contains('v');
        RegExpPrototype.SetLastIndex(rx, 0);
        var a = realm.NewArray();
        if (RegExpPrototype.HasBuiltinExec(realm, rx, out var re) && re.Global)
        {
            // Same steps without materialising each match array, nor lastIndex between the matches
            // (no code runs there, see ReplaceWithBuiltinExec).
            var m = re.NewCaptures();
            var matches = new PooledValueList(16);
            try
            {
                for (int lastIndex = 0; NextGlobalMatch(re, s, fullUnicode, ref lastIndex, m);)
                    matches.Add(s.Substring(m[0], m[1] - m[0]));
                if (matches.Count == 0) return JsValue.Null;
                realm.RegExpStatics.Update(s, m);
                return realm.NewArray(matches.Span);
            }
            finally { matches.Dispose(); }
        }
        while (true)
        {
            var result = RegExpPrototype.RegExpExec(realm, rx, s);
            if (result.IsNull) return a.Length == 0 ? JsValue.Null : a;
            string matchStr = Operations.ToString(result.Object.Get(new PropertyKey(0)));
            a.Push(matchStr);
            if (matchStr.Length == 0) AdvanceLastIndex(rx, s, fullUnicode);
        }
    }

    private static void AdvanceLastIndex(JsObject rx, string s, bool fullUnicode)
    {
        long thisIndex = Operations.ToLength(rx.Get("lastIndex"));
        RegExpPrototype.SetLastIndex(rx, RegExpPrototype.AdvanceStringIndex(s, thisIndex, fullUnicode));
    }

    /// <summary>22.2.6.9 RegExp.prototype [ @@matchAll ] ( string )</summary>
    private static JsValue MatchAll(Realm realm, JsValue t, JsValue str)
    {
        var r = This(t, "@@matchAll");
        string s = Operations.ToString(str);
        var c = Operations.SpeciesConstructor(r, realm.RegExpConstructor);
        string flags = Operations.ToString(r.Get("flags"));
        var matcher = Operations.Construct(c, [r, flags]).Object;
        long lastIndex = Operations.ToLength(r.Get("lastIndex"));
        RegExpPrototype.SetLastIndex(matcher, lastIndex);
        return new RegExpStringIterator(realm.RegExpStringIteratorPrototype, matcher, s, flags.Contains('g'), flags.Contains('u') || flags.Contains('v'));
    }

    private static void SetupStringIterator(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.RegExpStringIteratorPrototype = proto;
        // 22.2.9.2.1 %RegExpStringIteratorPrototype%.next ( )
        realm.DefineMethod(proto, "next", 0, (t, _) =>
        {
            if (t.AsObject is not RegExpStringIterator it) throw CollectionSupport.IncompatibleReceiver("%RegExpStringIterator%.prototype.next", t);
            if (it.Done) return ArrayIteratorPrototype.CreateIterResultObject(realm, JsValue.Undefined, true);
            var match = RegExpPrototype.RegExpExec(realm, it.Matcher, it.String);
            if (match.IsNull)
            {
                it.Done = true;
                return ArrayIteratorPrototype.CreateIterResultObject(realm, JsValue.Undefined, true);
            }
            if (!it.Global)
            {
                it.Done = true;
                return ArrayIteratorPrototype.CreateIterResultObject(realm, match, false);
            }
            string matchStr = Operations.ToString(match.Object.Get(new PropertyKey(0)));
            if (matchStr.Length == 0) AdvanceLastIndex(it.Matcher, it.String, it.FullUnicode);
            return ArrayIteratorPrototype.CreateIterResultObject(realm, match, false);
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, "RegExp String Iterator", PropertyFlags.Configurable);
    }

    /// <summary>22.2.6.11 RegExp.prototype [ @@replace ] ( string, replaceValue )</summary>
    internal static JsValue Replace(Realm realm, JsValue t, JsValue str, JsValue replaceValue)
    {
        var rx = This(t, "@@replace");
        string s = Operations.ToString(str);
        var replacer = replaceValue.AsFunction;
        string? template = replacer is null ? Operations.ToString(replaceValue) : null;
        string flags = Flags(realm, rx);
        bool global = flags.Contains('g');
        bool fullUnicode = false;
        if (global)
        {
            fullUnicode = flags.Contains('u') || flags.Contains('v');
            RegExpPrototype.SetLastIndex(rx, 0);
        }
        if (RegExpPrototype.HasBuiltinExec(realm, rx, out var re) && (!global || re.Global))
            return ReplaceWithBuiltinExec(realm, re, s, global, fullUnicode, replacer, template);
        var results = new List<JsObject>();
        while (true)
        {
            var result = RegExpPrototype.RegExpExec(realm, rx, s);
            if (result.IsNull) break;
            results.Add(result.Object);
            if (!global) break;
            string matchStr = Operations.ToString(result.Object.Get(new PropertyKey(0)));
            if (matchStr.Length == 0) AdvanceLastIndex(rx, s, fullUnicode);
        }
        var acc = new StringBuilder();
        int nextSourcePosition = 0;
        foreach (var result in results)
        {
            long nCaptures = Math.Max(Operations.LengthOfArrayLike(result) - 1, 0);
            string matched = Operations.ToString(result.Get(new PropertyKey(0)));
            double pos = Operations.ToIntegerOrInfinity(result.Get("index"));
            int position = (int)Math.Max(Math.Min(pos, s.Length), 0);
            var captures = new JsValue[nCaptures];
            for (int n = 1; n <= nCaptures; n++)
            {
                var capN = result.Get(new PropertyKey((uint)n));
                captures[n - 1] = capN.IsUndefined ? capN : Operations.ToString(capN);
            }
            var namedCaptures = result.Get("groups");
            string replacement;
            if (replacer is not null)
            {
                var replacerArgs = new List<JsValue>(captures.Length + 4) { matched };
                replacerArgs.AddRange(captures);
                replacerArgs.Add(position);
                replacerArgs.Add(s);
                if (!namedCaptures.IsUndefined) replacerArgs.Add(namedCaptures);
                replacement = Operations.ToString(replacer.Call(JsValue.Undefined, replacerArgs.ToArray()));
            }
            else
            {
                JsObject? named = namedCaptures.IsUndefined ? null : Operations.ToObject(realm, namedCaptures);
                replacement = GetSubstitution(matched, s, position, captures, named, template!);
            }
            if (position >= nextSourcePosition)
            {
                acc.Append(s, nextSourcePosition, position - nextSourcePosition).Append(replacement);
                nextSourcePosition = position + matched.Length;
            }
        }
        if (nextSourcePosition >= s.Length) return acc.ToString();
        return acc.Append(s, nextSourcePosition, s.Length - nextSourcePosition).ToString();
    }

    /// <summary>
    /// 22.2.6.11 steps 11-16 when every RegExpExec is the builtin exec on a RegExp (see
    /// RegExpPrototype.HasBuiltinExec): the same matches, lastIndex updates and replacements, without
    /// materialising a result array per match and reading it back. No script code runs between the
    /// matches (a replacer function runs only after all of them), so the intermediate lastIndex
    /// values are unobservable; the final one (0 after a global scan) is written.
    /// </summary>
    private static string ReplaceWithBuiltinExec(Realm realm, JsRegExp re, string s, bool global, bool fullUnicode, JsFunction? replacer, string? template)
    {
        if (replacer is null) return ReplaceWithTemplate(realm, re, s, global, fullUnicode, template!);
        // Every match's captures, back to back in one buffer: the strings and groups objects are made
        // as the replacer is called (fresh values either way), so nothing per match outlives the scan.
        int width = re.GroupCount * 2;
        var m = re.NewCaptures();
        var positions = ArrayPool<int>.Shared.Rent(width * 16);
        int count = 0;
        try
        {
            if (!global)
            {
                if (RegExpPrototype.MatchAndUpdateLastIndex(realm, re, s) is not { } only) return s;
                only.CopyTo(positions, 0);
                count = 1;
            }
            else
            {
                for (int lastIndex = 0; NextGlobalMatch(re, s, fullUnicode, ref lastIndex, m); count++)
                {
                    if ((count + 1) * width > positions.Length) Grow(ref positions);
                    m.CopyTo(positions, count * width);
                }
                if (count == 0) return s;
                realm.RegExpStatics.Update(s, m);
            }
            var acc = new PooledStringBuilder(s.Length);
            try
            {
                int nextSourcePosition = 0, n = re.GroupCount;
                bool named = re.GroupNames is not null;
                for (int k = 0; k < count; k++)
                {
                    var match = positions.AsSpan(k * width, width);
                    var replacerArgs = new JsValue[n + 2 + (named ? 1 : 0)];
                    RegExpPrototype.CaptureValues(s, match, replacerArgs.AsSpan(0, n));
                    replacerArgs[n] = match[0];
                    replacerArgs[n + 1] = s;
                    if (named) replacerArgs[n + 2] = RegExpPrototype.GroupsObject(re, match, replacerArgs.AsSpan(0, n));
                    string replacement = Operations.ToString(replacer.Call(JsValue.Undefined, replacerArgs));
                    // Matches come in increasing position order, so every one is used (step 15.k).
                    acc.Append(s.AsSpan(nextSourcePosition, match[0] - nextSourcePosition));
                    acc.Append(replacement);
                    nextSourcePosition = match[1];
                }
                acc.Append(s.AsSpan(nextSourcePosition));
                return acc.ToString();
            }
            finally { acc.Dispose(); }
        }
        finally { ArrayPool<int>.Shared.Return(positions); }
    }

    private static void Grow(ref int[] buffer)
    {
        var grown = ArrayPool<int>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(grown, 0);
        ArrayPool<int>.Shared.Return(buffer);
        buffer = grown;
    }

    /// <summary>ReplaceWithBuiltinExec with a replacement template: no script code runs at all
    /// (the groups object has no prototype), so each match is substituted as it is found, with
    /// no list of matches.</summary>
    private static string ReplaceWithTemplate(Realm realm, JsRegExp re, string s, bool global, bool fullUnicode, string template)
    {
        bool plainTemplate = !template.Contains('$');
        var acc = new PooledStringBuilder(s.Length);
        try
        {
            int nextSourcePosition = 0;
            if (!global)
            {
                if (RegExpPrototype.MatchAndUpdateLastIndex(realm, re, s) is not { } only) return s;
                AppendSubstitution(ref acc, re, s, only, template, plainTemplate, ref nextSourcePosition);
            }
            else
            {
                int lastIndex = 0;
                bool any = false;
                var m = re.NewCaptures();
                while (NextGlobalMatch(re, s, fullUnicode, ref lastIndex, m))
                {
                    any = true;
                    AppendSubstitution(ref acc, re, s, m, template, plainTemplate, ref nextSourcePosition);
                }
                if (!any) return s;
                realm.RegExpStatics.Update(s, m);
            }
            acc.Append(s.AsSpan(nextSourcePosition));
            return acc.ToString();
        }
        finally { acc.Dispose(); }
    }

    /// <summary>RegExpBuiltinExec's steps for the next match of a global scan from lastIndex
    /// (which was just set to 0, so it is writable), into <paramref name="m"/>; false at the end, when
    /// lastIndex becomes 0. No code runs between the matches, so the caller updates the legacy
    /// statics once, with the last match (which a failed try leaves in <paramref name="m"/>).</summary>
    private static bool NextGlobalMatch(JsRegExp re, string s, bool fullUnicode, ref int lastIndex, int[] m)
    {
        if (lastIndex > s.Length || !re.Exec(s, lastIndex, re.Sticky, m))
        {
            RegExpPrototype.SetLastIndex(re, 0);
            return false;
        }
        lastIndex = m[1];
        if (m[1] == m[0]) lastIndex = (int)RegExpPrototype.AdvanceStringIndex(s, lastIndex, fullUnicode);
        return true;
    }

    /// <summary>Appends the source text before match <paramref name="m"/> and its substitution.</summary>
    private static void AppendSubstitution(ref PooledStringBuilder acc, JsRegExp re, string s, int[] m, string template, bool plainTemplate, ref int nextSourcePosition)
    {
        acc.Append(s.AsSpan(nextSourcePosition, m[0] - nextSourcePosition));
        if (plainTemplate) acc.Append(template);
        else
        {
            var items = RegExpPrototype.CaptureValues(s, m, re.GroupCount);
            var groups = RegExpPrototype.GroupsObject(re, m, items);
            acc.Append(GetSubstitution(items[0].String, s, m[0], items.AsSpan(1), groups.AsObject, template));
        }
        nextSourcePosition = m[1];
    }

    /// <summary>22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )</summary>
    public static string GetSubstitution(string matched, string str, int position, ReadOnlySpan<JsValue> captures, JsObject? namedCaptures, string template)
    {
        int dollar = template.IndexOf('$');
        if (dollar < 0) return template;
        var result = new StringBuilder(template.Length + matched.Length);
        result.Append(template, 0, dollar);
        int m = captures.Length;
        for (int i = dollar; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '$' || i + 1 >= template.Length) { result.Append(c); continue; }
            char next = template[i + 1];
            switch (next)
            {
                case '$': result.Append('$'); i++; break;
                case '&': result.Append(matched); i++; break;
                case '`': result.Append(str, 0, Math.Min(position, str.Length)); i++; break;
                case '\'':
                    int tailPos = Math.Min(position + matched.Length, str.Length);
                    result.Append(str, tailPos, str.Length - tailPos);
                    i++;
                    break;
                case >= '0' and <= '9':
                    int index = next - '0';
                    int digits = 1;
                    if (i + 2 < template.Length && char.IsAsciiDigit(template[i + 2]))
                    {
                        int two = index * 10 + (template[i + 2] - '0');
                        if (two >= 1 && two <= m) { index = two; digits = 2; }
                    }
                    if (index >= 1 && index <= m)
                    {
                        var capture = captures[index - 1];
                        if (!capture.IsUndefined) result.Append(capture.String);
                        i += digits;
                    }
                    else result.Append('$');
                    break;
                case '<':
                    int gt = template.IndexOf('>', i + 2);
                    if (gt < 0 || namedCaptures is null) { result.Append('$'); break; }
                    string groupName = template.Substring(i + 2, gt - i - 2);
                    var cap = namedCaptures.Get(groupName);
                    if (!cap.IsUndefined) result.Append(Operations.ToString(cap));
                    i = gt;
                    break;
                default: result.Append('$'); break;
            }
        }
        return result.ToString();
    }

    /// <summary>22.2.6.12 RegExp.prototype [ @@search ] ( string )</summary>
    internal static JsValue Search(Realm realm, JsValue t, JsValue str)
    {
        var rx = This(t, "@@search");
        string s = Operations.ToString(str);
        var previousLastIndex = rx.Get("lastIndex");
        if (!JsValue.SameValue(previousLastIndex, 0)) RegExpPrototype.SetLastIndex(rx, 0);
        var result = RegExpPrototype.RegExpExec(realm, rx, s);
        var currentLastIndex = rx.Get("lastIndex");
        if (!JsValue.SameValue(currentLastIndex, previousLastIndex)) RegExpPrototype.SetLastIndex(rx, previousLastIndex);
        return result.IsNull ? -1 : result.Object.Get("index");
    }

    /// <summary>22.2.6.14 RegExp.prototype [ @@split ] ( string, limit )</summary>
    internal static JsValue Split(Realm realm, JsValue t, JsValue str, JsValue limit)
    {
        var rx = This(t, "@@split");
        string s = Operations.ToString(str);
        // A plain RegExp (see RegExpIntact): the species constructor is %RegExp%, flags its own, and
        // the splitter (a copy with y) is built only if something below needs it as an object.
        JsObject? splitter = null;
        bool splitterIsBuiltin = true;
        string flags;
        if (RegExpPrototype.IsIntact(realm, rx, out var plain)) flags = plain.CanonicalFlags;
        else
        {
            plain = null;
            var c = Operations.SpeciesConstructor(rx, realm.RegExpConstructor);
            flags = Operations.ToString(rx.Get("flags"));
            splitter = Operations.Construct(c, [rx, SplitterFlags(flags)]).Object;
            splitterIsBuiltin = c.Ref == (object)realm.RegExpConstructor;
        }
        bool unicodeMatching = flags.Contains('u') || flags.Contains('v');
        var a = realm.NewArray();
        uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(limit);
        if (lim == 0) return a;
        int size = s.Length;
        // The limit's conversion may have run code: if it changed what the builtins read, the splitter exists after all.
        if (plain is not null && (size == 0 || (!limit.IsUndefined && !realm.RegExpIntact!.Holds())))
        {
            var created = new JsRegExp(realm.RegExpPrototype);
            created.Initialize(plain.Source, SplitterFlags(flags));
            splitter = created;
            plain = null;
        }
        if (size == 0)
        {
            if (RegExpPrototype.RegExpExec(realm, splitter!, s).IsNull) a.Push(s);
            return a;
        }
        int p = 0;
        if (plain is not null) { if (ScanSplit(realm, plain, s, lim, unicodeMatching, a, ref p)) return a; }
        else if (splitterIsBuiltin && RegExpPrototype.HasBuiltinExec(realm, splitter!, out var re))
        {
            if (ScanSplit(realm, re, s, lim, unicodeMatching, a, ref p)) return a;
            RegExpPrototype.SetLastIndex(splitter!, 0);
        }
        else
        {
            long q = p;
            while (q < size)
            {
                RegExpPrototype.SetLastIndex(splitter!, q);
                var z = RegExpPrototype.RegExpExec(realm, splitter!, s);
                if (z.IsNull) { q = RegExpPrototype.AdvanceStringIndex(s, q, unicodeMatching); continue; }
                long e = Math.Min(Operations.ToLength(splitter!.Get("lastIndex")), size);
                if (e == p) { q = RegExpPrototype.AdvanceStringIndex(s, q, unicodeMatching); continue; }
                a.Push(s[p..(int)q]);
                if (a.Length == lim) return a;
                p = (int)e;
                long numberOfCaptures = Math.Max(Operations.LengthOfArrayLike(z.Object) - 1, 0);
                for (long i = 1; i <= numberOfCaptures; i++)
                {
                    a.Push(z.Object.Get(new PropertyKey((uint)i)));
                    if (a.Length == lim) return a;
                }
                q = p;
            }
        }
        a.Push(s[p..]);
        return a;
    }

    private static string SplitterFlags(string flags) => flags.Contains('y') ? flags : flags + "y";

    /// <summary>@@split's loop (steps 19-20) when the splitter is a builtin RegExp with the builtin
    /// exec: scanning with the matcher gives the same splits as the spec's sticky exec at every
    /// position. Pushes the parts before the last one; true when the limit was reached. No code runs
    /// meanwhile, so the legacy statics are set once, from the last match used.</summary>
    private static bool ScanSplit(Realm realm, JsRegExp re, string s, uint lim, bool unicodeMatching, JsArray a, ref int p)
    {
        int size = s.Length;
        int q = 0;
        // Two buffers: a match found at the end of the string is not used and must not replace the last one used.
        int[] m = re.NewCaptures(), used = re.NewCaptures();
        bool any = false;
        try
        {
            while (q < size)
            {
                if (!re.Exec(s, q, sticky: false, m) || m[0] >= size) break;
                (m, used) = (used, m);
                any = true;
                q = used[0];
                int e = Math.Min(used[1], size);
                if (e == p) { q = (int)RegExpPrototype.AdvanceStringIndex(s, q, unicodeMatching); continue; }
                a.Push(s[p..q]);
                if (a.Length == lim) return true;
                p = e;
                for (int i = 1; i < re.GroupCount; i++)
                {
                    a.Push(used[2 * i] >= 0 ? s.Substring(used[2 * i], used[2 * i + 1] - used[2 * i]) : JsValue.Undefined);
                    if (a.Length == lim) return true;
                }
                q = p;
            }
            return false;
        }
        finally
        {
            if (any) realm.RegExpStatics.Update(s, used);
        }
    }
}
