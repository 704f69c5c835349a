using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>22.2.6 Properties of the RegExp Prototype Object: exec, test, toString, the flag accessors.</summary>
internal static class RegExpPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 22.2.6.2 RegExp.prototype.exec ( string )
        realm.RegExpExec = realm.DefineMethod(proto, "exec", 1, (t, args) =>
        {
            if (t.AsObject is not JsRegExp r) throw CollectionSupport.IncompatibleReceiver("RegExp.prototype.exec", t);
            return RegExpBuiltinExec(realm, r, Operations.ToString(args.At(0)));
        });
        // 22.2.6.16 RegExp.prototype.test ( S )
        realm.DefineMethod(proto, "test", 1, (t, args) =>
        {
            // V8 names the receiver undefined here whatever primitive it was.
            var r = t.IsObject ? t.Object : ThisObject(JsValue.Undefined, "RegExp.prototype.test");
            string s = Operations.ToString(args.At(0));
            if (HasBuiltinExec(realm, r, out var re)) return MatchAndUpdateLastIndex(realm, re, s) is not null;
            return !RegExpExec(realm, r, s).IsNull;
        });
        // 22.2.6.17 RegExp.prototype.toString ( )
        realm.DefineMethod(proto, "toString", 0, (t, _) =>
        {
            var r = ThisObject(t, "RegExp.prototype.toString");
            return "/" + Operations.ToString(r.Get("source")) + "/" + Operations.ToString(r.Get("flags"));
        });
        // B.2.4.1 RegExp.prototype.compile ( pattern, flags )
        realm.DefineMethod(proto, "compile", 2, (t, args) =>
        {
            if (t.AsObject is not JsRegExp o) throw CollectionSupport.IncompatibleReceiver("RegExp.prototype.compile", t);
            JsValue p = args.At(0), f = args.At(1);
            if (p.AsObject is JsRegExp source)
            {
                if (!f.IsUndefined) throw JsException.TypeError("Cannot supply flags when constructing one RegExp from another");
                (p, f) = (source.Source, source.Flags);
            }
            return RegExpConstructor.RegExpInitialize(o, p, f);
        });
        // 22.2.6.4 get RegExp.prototype.flags
        realm.DefineGetter(proto, "flags", (t, _) =>
        {
            if (t.AsObject is not JsObject r) throw JsException.TypeError($"RegExp.prototype.flags getter called on non-object {Operations.ToDisplay(t)}");
            var sb = new StringBuilder(8);
            foreach (var (ch, name) in FlagProperties)
                if (Operations.ToBoolean(r.Get(name))) sb.Append(ch);
            return sb.ToString();
        });
        // 22.2.6.3/5/6/7/10/15/18/19 the flag getters (RegExpHasFlag)
        foreach (var (ch, name) in FlagProperties)
        {
            realm.DefineGetter(proto, name, (t, _) =>
            {
                if (t.AsObject is JsRegExp r) return r.Flags.Contains(ch);
                if (t.Ref == (object)realm.RegExpPrototype) return JsValue.Undefined;
                throw realm.Error(ErrorKind.TypeError, t.IsObject ? $"RegExp.prototype.{name} getter called on non-RegExp object" : $"RegExp.prototype.{name} getter called on non-object {Operations.ToDisplay(t)}");
            });
        }
        // 22.2.6.13 get RegExp.prototype.source
        realm.DefineGetter(proto, "source", (t, _) =>
        {
            if (t.AsObject is JsRegExp r) return JsRegExp.EscapeRegExpPattern(r.Source);
            if (t.Ref == (object)realm.RegExpPrototype) return "(?:)";
            throw realm.Error(ErrorKind.TypeError, t.IsObject ? "RegExp.prototype.source getter called on non-RegExp object" : $"RegExp.prototype.source getter called on non-object {Operations.ToDisplay(t)}");
        });
        RegExpSymbolMethods.Setup(realm, proto);
    }

    /// <summary>The flag accessors in the order "flags" reads them (22.2.6.4).</summary>
    private static readonly (char Flag, string Name)[] FlagProperties =
    [
        ('d', "hasIndices"), ('g', "global"), ('i', "ignoreCase"), ('m', "multiline"), ('s', "dotAll"),
        ('u', "unicode"), ('v', "unicodeSets"), ('y', "sticky"),
    ];

    public static JsObject ThisObject(JsValue t, string method) =>
        t.AsObject ?? throw CollectionSupport.IncompatibleReceiver(method, t);

    /// <summary>True when every RegExpExec(r, ...) would run the builtin exec and reading "exec"
    /// runs no code: r is a RegExp without an own "exec" whose prototype is the realm's
    /// %RegExp.prototype% with its original exec data property. Callers may then skip the Get.</summary>
    public static bool HasBuiltinExec(Realm realm, JsObject r, out JsRegExp re)
    {
        re = (r as JsRegExp)!;
        if (re is null || re.GetPrototypeOf() != realm.RegExpPrototype) return false;
        if (re.Shape.Lookup("exec") >= 0) return false;
        return realm.RegExpPrototype.GetOwnProperty("exec", out var desc) && !desc.IsAccessor && desc.Value.Ref == (object?)realm.RegExpExec;
    }

    /// <summary>True when <paramref name="rx"/> is a plain RegExp whose builtin reads (exec, flags,
    /// constructor, species...) run no code and give the originals (see <see cref="RegExpIntact"/>).</summary>
    public static bool IsIntact(Realm realm, JsObject rx, out JsRegExp re)
    {
        if (realm.RegExpIntact is { } intact) return intact.Holds(rx, out re);
        re = null!;
        return false;
    }

    /// <summary>22.2.7.1 RegExpExec ( R, S )</summary>
    public static JsValue RegExpExec(Realm realm, JsObject r, string s)
    {
        var exec = r.Get("exec");
        if (exec.Ref == (object?)realm.RegExpExec && r is JsRegExp re) return RegExpBuiltinExec(realm, re, s);
        if (exec.AsFunction is JsFunction f)
        {
            var result = f.Call(r, [s]);
            if (!result.IsObject && !result.IsNull) throw JsException.TypeError("object null is not a function");
            return result;
        }
        if (r is not JsRegExp builtin) throw CollectionSupport.IncompatibleReceiver("RegExp.prototype.exec", r);
        return RegExpBuiltinExec(realm, builtin, s);
    }

    /// <summary>22.2.7.2 RegExpBuiltinExec steps 1-16: runs the matcher and updates lastIndex; the captures, or null on failure.</summary>
    public static int[]? MatchAndUpdateLastIndex(Realm realm, JsRegExp r, string s)
    {
        long lastIndex = Operations.ToLength(r.LastIndex);
        bool global = r.Global, sticky = r.Sticky;
        if (!global && !sticky) lastIndex = 0;
        if (lastIndex > s.Length)
        {
            if (global || sticky) RegExpPrototype.SetLastIndex(r, 0);
            return null;
        }
        var m = r.Exec(s, (int)lastIndex, sticky);
        if (m is null)
        {
            if (global || sticky) RegExpPrototype.SetLastIndex(r, 0);
            return null;
        }
        if (global || sticky) RegExpPrototype.SetLastIndex(r, m[1]);
        realm.RegExpStatics.Update(s, m);
        return m;
    }

    /// <summary>22.2.7.2 RegExpBuiltinExec ( R, S )</summary>
    public static JsValue RegExpBuiltinExec(Realm realm, JsRegExp r, string s)
    {
        var m = MatchAndUpdateLastIndex(realm, r, s);
        return m is null ? JsValue.Null : BuildResult(realm, r, s, m);
    }

    /// <summary>22.2.7.2 steps 19-36: the match array with index, input, groups and indices.</summary>
    public static JsArray BuildResult(Realm realm, JsRegExp r, string s, int[] m)
    {
        int n = r.GroupCount;
        var items = CaptureValues(s, m, n);
        var a = new JsArray(realm.ArrayPrototype, items, n);
        var groups = GroupsObject(r, m, items);
        if (realm.RegExpResultShape is { } shape)
        {
            // The same layout CreateDataProperty gives a fresh array: index, input, groups.
            a.Shape = shape;
            a.Slots = [m[0], s, groups];
        }
        else
        {
            a.CreateDataProperty("index", m[0]);
            a.CreateDataProperty("input", s);
            a.CreateDataProperty("groups", groups);
            if (!a.Shape.IsDictionary) realm.RegExpResultShape = a.Shape;
        }
        if (r.HasIndices)
        {
            var pairs = new JsValue[n];
            for (int i = 0; i < n; i++)
                pairs[i] = m[2 * i] >= 0 ? realm.NewArray([m[2 * i], m[2 * i + 1]]) : JsValue.Undefined;
            var indices = new JsArray(realm.ArrayPrototype, pairs, n);
            JsValue indexGroups = JsValue.Undefined;
            if (r.GroupNames is { } names2)
            {
                var go = new JsObject(null);
                for (int i = 1; i < n; i++)
                    if (names2[i] is { } name && (!go.HasOwnProperty(name) || m[2 * i] >= 0)) go.CreateDataProperty(name, pairs[i]);
                indexGroups = go;
            }
            indices.CreateDataProperty("groups", indexGroups);
            a.CreateDataProperty("indices", indices);
        }
        return a;
    }

    /// <summary>22.2.7.2 steps 33-34: the groups object (null prototype) of a pattern with named
    /// groups, from the captures in <paramref name="items"/> (index 0 is the match); else undefined.</summary>
    public static JsValue GroupsObject(JsRegExp r, ReadOnlySpan<int> m, ReadOnlySpan<JsValue> items)
    {
        if (r.GroupNames is not { } names) return JsValue.Undefined;
        var go = new JsObject(null);
        for (int i = 1; i < items.Length; i++)
            if (names[i] is { } name && (!go.HasOwnProperty(name) || m[2 * i] >= 0)) go.CreateDataProperty(name, items[i]);
        return go;
    }

    /// <summary>The captured strings of a match (undefined for a group that did not participate).</summary>
    public static JsValue[] CaptureValues(string s, int[] m, int groupCount)
    {
        var items = new JsValue[groupCount];
        CaptureValues(s, m, items);
        return items;
    }

    /// <summary>CaptureValues into <paramref name="items"/> (one per group).</summary>
    public static void CaptureValues(string s, ReadOnlySpan<int> m, Span<JsValue> items)
    {
        for (int i = 0; i < items.Length; i++)
            items[i] = m[2 * i] >= 0 ? s.Substring(m[2 * i], m[2 * i + 1] - m[2 * i]) : JsValue.Undefined;
    }

    /// <summary>Set(R, "lastIndex", value, true), with V8's message when lastIndex is read-only.</summary>
    public static void SetLastIndex(JsObject r, JsValue value)
    {
        if (r is JsRegExp re && re.TrySetLastIndex(value)) return;
        ArrayPrototype.SetOrThrow(r, "lastIndex", value);
    }

    /// <summary>22.2.7.3 AdvanceStringIndex ( S, index, unicode )</summary>
    public static long AdvanceStringIndex(string s, long index, bool unicode)
    {
        if (!unicode || index + 1 >= s.Length) return index + 1;
        return char.IsHighSurrogate(s[(int)index]) && char.IsLowSurrogate(s[(int)index + 1]) ? index + 2 : index + 1;
    }
}
