using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>22.2.4 The RegExp Constructor and 22.2.5 its properties.</summary>
internal static class RegExpConstructor
{
    /// <summary>Creates %RegExp.prototype% and returns the constructor (installed on first use, see Intrinsics.RegExp).</summary>
    public static JsFunction Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.RegExpPrototype = proto;
        NativeFunction? ctor = null;
        // 22.2.4.1 RegExp ( pattern, flags )
        ctor = realm.DefineConstructor("RegExp", 2, (_, args, newTarget) =>
        {
            var pattern = args.At(0);
            var flags = args.At(1);
            bool patternIsRegExp = IsRegExp(pattern);
            if (newTarget is null)
            {
                newTarget = ctor!;
                if (patternIsRegExp && flags.IsUndefined)
                {
                    var patternConstructor = pattern.Object.Get("constructor");
                    if (patternConstructor.Ref == (object)newTarget) return pattern;
                }
            }
            JsValue p, f;
            if (pattern.AsObject is JsRegExp re)
            {
                p = re.Source;
                f = flags.IsUndefined ? re.Flags : flags;
            }
            else if (patternIsRegExp)
            {
                p = pattern.Object.Get("source");
                f = flags.IsUndefined ? pattern.Object.Get("flags") : flags;
            }
            else (p, f) = (pattern, flags);
            var o = new JsRegExp(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.RegExpPrototype));
            return RegExpInitialize(o, p, f);
        }, proto, global: false);
        realm.RegExpConstructor = ctor;
        RegExpLegacyStatics.Setup(realm, ctor);
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        // 22.2.5.1 RegExp.escape ( S )
        realm.DefineMethod(ctor, "escape", 1, (_, args) =>
            args.At(0).IsString ? Escape(args.At(0).String) : throw JsException.TypeError("RegExp.escape requires a string"));
        RegExpPrototype.Setup(realm, proto);
        realm.RegExpIntact = RegExpIntact.Capture(proto, ctor);
        return ctor;
    }

    /// <summary>22.2.3.3 RegExpInitialize ( obj, pattern, flags )</summary>
    public static JsRegExp RegExpInitialize(JsRegExp obj, JsValue pattern, JsValue flags)
    {
        string p = pattern.IsUndefined ? "" : Operations.ToString(pattern);
        string f = flags.IsUndefined ? "" : Operations.ToString(flags);
        obj.Initialize(p, f);
        return obj;
    }

    private static string Escape(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length * 2);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            bool pair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (pair) cp = char.ConvertToUtf32(s[i], s[i + 1]);
            if (sb.Length == 0 && (char.IsAsciiDigit((char)cp) || char.IsAsciiLetter((char)cp)) && cp < 0x80)
                sb.Append("\\x").Append(cp.ToString("x2"));
            else EncodeForRegExpEscape(sb, cp, pair);
            if (pair) i++;
        }
        return sb.ToString();
    }

    /// <summary>22.2.5.1.1 EncodeForRegExpEscape ( c )</summary>
    private static void EncodeForRegExpEscape(System.Text.StringBuilder sb, int c, bool isPair)
    {
        if ("^$\\.*+?()[]{}|/".Contains((char)c) && c < 0x80) { sb.Append('\\').Append((char)c); return; }
        switch (c)
        {
            case '\t': sb.Append("\\t"); return;
            case '\n': sb.Append("\\n"); return;
            case '\v': sb.Append("\\v"); return;
            case '\f': sb.Append("\\f"); return;
            case '\r': sb.Append("\\r"); return;
        }
        bool special = (c < 0x80 && ",-=<>#&!%:;@~'`\"".Contains((char)c))
            || (!isPair && (c is 0xFEFF or 0x2028 or 0x2029 || NumberConversions.IsJsWhitespace((char)c) || char.IsSurrogate((char)c)));
        if (special)
        {
            if (c <= 0xFF) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append("\\u").Append(c.ToString("x4"));
            return;
        }
        sb.Append(char.ConvertFromUtf32(c));
    }

    /// <summary>7.2.8 IsRegExp ( argument )</summary>
    public static bool IsRegExp(JsValue argument)
    {
        if (argument.AsObject is not JsObject o) return false;
        var matcher = o.Get(WellKnownSymbols.Match);
        if (!matcher.IsUndefined) return Operations.ToBoolean(matcher);
        return o is JsRegExp;
    }
}
