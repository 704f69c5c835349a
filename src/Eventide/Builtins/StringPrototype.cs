using System.Globalization;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>22.1.3 Properties of the String Prototype Object (the pattern methods are in StringPrototype.Patterns.cs).</summary>
internal static partial class StringPrototype
{
    /// <summary>V8's String::kMaxLength on 64-bit hosts.</summary>
    public const int MaxStringLength = 536870888;

    public static void Setup(Realm realm, JsObject proto)
    {
        // 22.1.3.1 String.prototype.at ( index )
        realm.DefineMethod(proto, "at", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.at");
            double rel = Operations.ToIntegerOrInfinity(args.At(0));
            double k = rel >= 0 ? rel : s.Length + rel;
            return k < 0 || k >= s.Length ? JsValue.Undefined : s[(int)k].ToString();
        });
        // 22.1.3.2 String.prototype.charAt ( pos )
        realm.DefineMethod(proto, "charAt", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.charAt");
            double pos = Operations.ToIntegerOrInfinity(args.At(0));
            return pos < 0 || pos >= s.Length ? "" : s[(int)pos].ToString();
        });
        // 22.1.3.3 String.prototype.charCodeAt ( pos )
        realm.DefineMethod(proto, "charCodeAt", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.charCodeAt");
            double pos = Operations.ToIntegerOrInfinity(args.At(0));
            return pos < 0 || pos >= s.Length ? double.NaN : s[(int)pos];
        });
        // 22.1.3.4 String.prototype.codePointAt ( pos )
        realm.DefineMethod(proto, "codePointAt", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.codePointAt");
            double pos = Operations.ToIntegerOrInfinity(args.At(0));
            if (pos < 0 || pos >= s.Length) return JsValue.Undefined;
            return StringConstructor.CodePointAt(s, (int)pos, out _);
        });
        // 22.1.3.5 String.prototype.concat ( ...args )
        realm.DefineMethod(proto, "concat", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.concat");
            var sb = new StringBuilder(s);
            foreach (var a in args) sb.Append(Operations.ToString(a));
            return CheckLength(sb.Length) ? sb.ToString() : "";
        });
        // 22.1.3.7 String.prototype.endsWith ( searchString [ , endPosition ] )
        realm.DefineMethod(proto, "endsWith", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.endsWith");
            var search = SearchStringNotRegExp(args.At(0), "String.prototype.endsWith");
            var endPos = args.At(1);
            int end = endPos.IsUndefined ? s.Length : Clamp(Operations.ToIntegerOrInfinity(endPos), s.Length);
            int start = end - search.Length;
            return start >= 0 && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
        });
        // 22.1.3.8 String.prototype.includes ( searchString [ , position ] )
        realm.DefineMethod(proto, "includes", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.includes");
            var search = SearchStringNotRegExp(args.At(0), "String.prototype.includes");
            int start = Clamp(Operations.ToIntegerOrInfinity(args.At(1)), s.Length);
            return s.IndexOf(search, start, StringComparison.Ordinal) >= 0;
        });
        // 22.1.3.9 String.prototype.indexOf ( searchString [ , position ] )
        realm.DefineMethod(proto, "indexOf", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.indexOf");
            var search = Operations.ToString(args.At(0));
            int start = Clamp(Operations.ToIntegerOrInfinity(args.At(1)), s.Length);
            return s.IndexOf(search, start, StringComparison.Ordinal);
        });
        // 22.1.3.10 String.prototype.isWellFormed ( )
        realm.DefineMethod(proto, "isWellFormed", 0, (t, _) => IsWellFormed(ThisString(t, "String.prototype.isWellFormed")));
        // 22.1.3.11 String.prototype.lastIndexOf ( searchString [ , position ] )
        realm.DefineMethod(proto, "lastIndexOf", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.lastIndexOf");
            var search = Operations.ToString(args.At(0));
            double numPos = Operations.ToNumber(args.At(1));
            double pos = double.IsNaN(numPos) ? double.PositiveInfinity : Operations.ToIntegerOrInfinity(numPos);
            int start = Clamp(pos, s.Length);
            for (int i = Math.Min(start, s.Length - search.Length); i >= 0; i--)
                if (string.CompareOrdinal(s, i, search, 0, search.Length) == 0) return i;
            return -1;
        });
        // 22.1.3.12 String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] )
        realm.DefineMethod(proto, "localeCompare", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.localeCompare");
            var that = Operations.ToString(args.At(0));
            return LocaleCompare(s, that);
        });
        // 22.1.3.15 String.prototype.normalize ( [ form ] )
        realm.DefineMethod(proto, "normalize", 0, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.normalize");
            var f = args.At(0).IsUndefined ? "NFC" : Operations.ToString(args.At(0));
            var form = f switch
            {
                "NFC" => NormalizationForm.FormC,
                "NFD" => NormalizationForm.FormD,
                "NFKC" => NormalizationForm.FormKC,
                "NFKD" => NormalizationForm.FormKD,
                _ => throw JsException.RangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD."),
            };
            return SafeNormalize(s, form);
        });
        // 22.1.3.16 String.prototype.padEnd / 22.1.3.17 padStart
        realm.DefineMethod(proto, "padEnd", 1, (t, args) => StringPad(ThisString(t, "String.prototype.padEnd"), args.At(0), args.At(1), atStart: false));
        realm.DefineMethod(proto, "padStart", 1, (t, args) => StringPad(ThisString(t, "String.prototype.padStart"), args.At(0), args.At(1), atStart: true));
        // 22.1.3.18 String.prototype.repeat ( count )
        realm.DefineMethod(proto, "repeat", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.repeat");
            double count = Operations.ToNumber(args.At(0));
            double n = Operations.ToIntegerOrInfinity(count);
            if (n < 0 || double.IsPositiveInfinity(n)) throw JsException.RangeError($"Invalid count value: {NumberConversions.ToString(count)}");
            if (n == 0 || s.Length == 0) return "";
            CheckLength((long)(s.Length * n));
            if (s.Length == 1) return new string(s[0], (int)n);
            var sb = new StringBuilder(s.Length * (int)n);
            var budget = realm.Budget;
            for (int i = 0; i < n; i++) { budget.Tick(); sb.Append(s); }
            return sb.ToString();
        });
        // 22.1.3.22 String.prototype.slice ( start, end )
        realm.DefineMethod(proto, "slice", 2, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.slice");
            int len = s.Length;
            int from = RelativeIndex(Operations.ToIntegerOrInfinity(args.At(0)), len);
            int to = args.At(1).IsUndefined ? len : RelativeIndex(Operations.ToIntegerOrInfinity(args.At(1)), len);
            return from >= to ? "" : s.Substring(from, to - from);
        });
        // 22.1.3.24 String.prototype.startsWith ( searchString [ , position ] )
        realm.DefineMethod(proto, "startsWith", 1, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.startsWith");
            var search = SearchStringNotRegExp(args.At(0), "String.prototype.startsWith");
            int start = Clamp(Operations.ToIntegerOrInfinity(args.At(1)), s.Length);
            return start + search.Length <= s.Length && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
        });
        // 22.1.3.25 String.prototype.substring ( start, end )
        realm.DefineMethod(proto, "substring", 2, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.substring");
            int len = s.Length;
            int a = Clamp(Operations.ToIntegerOrInfinity(args.At(0)), len);
            int b = args.At(1).IsUndefined ? len : Clamp(Operations.ToIntegerOrInfinity(args.At(1)), len);
            int from = Math.Min(a, b), to = Math.Max(a, b);
            return s.Substring(from, to - from);
        });
        // B.2.2.1 String.prototype.substr ( start, length )
        realm.DefineMethod(proto, "substr", 2, (t, args) =>
        {
            var s = ThisString(t, "String.prototype.substr");
            int size = s.Length;
            int start = RelativeIndex(Operations.ToIntegerOrInfinity(args.At(0)), size);
            double length = args.At(1).IsUndefined ? size : Operations.ToIntegerOrInfinity(args.At(1));
            double end = Math.Min(start + length, size);
            return start >= end ? "" : s.Substring(start, (int)end - start);
        });
        // 22.1.3.26-29 toLocaleLowerCase, toLocaleUpperCase, toLowerCase, toUpperCase
        realm.DefineMethod(proto, "toLocaleLowerCase", 0, (t, _) => ToLowerCase(ThisString(t, "String.prototype.toLocaleLowerCase")));
        realm.DefineMethod(proto, "toLocaleUpperCase", 0, (t, _) => ToUpperCase(ThisString(t, "String.prototype.toLocaleUpperCase")));
        realm.DefineMethod(proto, "toLowerCase", 0, (t, _) => ToLowerCase(ThisString(t, "String.prototype.toLowerCase")));
        // 22.1.3.30 String.prototype.toString ( )
        realm.DefineMethod(proto, "toString", 0, (t, _) => ThisStringValue(realm, t, "String.prototype.toString"));
        realm.DefineMethod(proto, "toUpperCase", 0, (t, _) => ToUpperCase(ThisString(t, "String.prototype.toUpperCase")));
        // 22.1.3.31 String.prototype.toWellFormed ( )
        realm.DefineMethod(proto, "toWellFormed", 0, (t, _) => ToWellFormed(ThisString(t, "String.prototype.toWellFormed")));
        // 22.1.3.32 String.prototype.trim ( ) and 22.1.3.33-34 trimEnd/trimStart (B.2.2.15-16 trimLeft/trimRight alias them)
        realm.DefineMethod(proto, "trim", 0, (t, _) => NumberConversions.TrimJs(ThisString(t, "String.prototype.trim")));
        var trimEnd = realm.DefineMethod(proto, "trimEnd", 0, (t, _) => TrimEnd(ThisString(t, "String.prototype.trimEnd")));
        var trimStart = realm.DefineMethod(proto, "trimStart", 0, (t, _) => TrimStart(ThisString(t, "String.prototype.trimStart")));
        proto.FastSet("trimLeft", trimStart, PropertyFlags.Hidden);
        proto.FastSet("trimRight", trimEnd, PropertyFlags.Hidden);
        // 22.1.3.35 String.prototype.valueOf ( )
        realm.DefineMethod(proto, "valueOf", 0, (t, _) => ThisStringValue(realm, t, "String.prototype.valueOf"));
        // 22.1.3.36 String.prototype [ @@iterator ] ( )
        realm.DefineMethod(proto, WellKnownSymbols.Iterator, 0, (t, _) =>
            new StringIterator(realm.StringIteratorPrototype, ThisString(t, "String.prototype[Symbol.iterator]")));

        SetupPatternMethods(realm, proto);
        SetupHtmlMethods(realm, proto);
    }

    // B.2.2.2-14 String.prototype.anchor, big, ... sup: CreateHTML
    private static void SetupHtmlMethods(Realm realm, JsObject proto)
    {
        foreach (var (name, tag, attribute) in (ReadOnlySpan<(string, string, string)>)[
            ("anchor", "a", "name"), ("big", "big", ""), ("blink", "blink", ""), ("bold", "b", ""),
            ("fixed", "tt", ""), ("fontcolor", "font", "color"), ("fontsize", "font", "size"),
            ("italics", "i", ""), ("link", "a", "href"), ("small", "small", ""), ("strike", "strike", ""),
            ("sub", "sub", ""), ("sup", "sup", "")])
        {
            realm.DefineMethod(proto, name, attribute.Length > 0 ? 1 : 0, (t, args) =>
            {
                var s = ThisString(t, "String.prototype." + name);
                var p1 = "<" + tag;
                if (attribute.Length > 0)
                    p1 += " " + attribute + "=\"" + Operations.ToString(args.At(0)).Replace("\"", "&quot;") + "\"";
                return p1 + ">" + s + "</" + tag + ">";
            });
        }
    }

    /// <summary>RequireObjectCoercible(this) then ToString, with V8's message.</summary>
    public static string ThisString(JsValue thisValue, string method)
    {
        if (thisValue.Ref is string s) return s;
        if (thisValue.IsNullish) throw JsException.TypeError($"{method} called on null or undefined");
        return Operations.ToString(thisValue);
    }

    /// <summary>22.1.3.35.1 ThisStringValue</summary>
    private static string ThisStringValue(Realm realm, JsValue v, string method)
    {
        if (v.Ref is string s) return s;
        if (v.AsObject is StringObject so) return so.Value;
        // A TypeError of the method's realm, whichever realm calls it.
        throw realm.Error(ErrorKind.TypeError, $"{method} requires that 'this' be a String");
    }

    private static string SearchStringNotRegExp(JsValue search, string method)
    {
        if (IsRegExp(search)) throw JsException.TypeError($"First argument to {method} must not be a regular expression");
        return Operations.ToString(search);
    }

    /// <summary>7.2.8 IsRegExp</summary>
    public static bool IsRegExp(JsValue argument)
    {
        if (argument.AsObject is not JsObject o) return false;
        var matcher = o.Get(WellKnownSymbols.Match);
        if (!matcher.IsUndefined) return Operations.ToBoolean(matcher);
        return o.ClassName == "RegExp";
    }

    private static int Clamp(double pos, int len) => pos <= 0 ? 0 : pos >= len ? len : (int)pos;

    private static int RelativeIndex(double rel, int len) =>
        rel < 0 ? (int)Math.Max(len + rel, 0) : (int)Math.Min(rel, len);

    /// <summary>A string of this length may be made: not past V8's maximum (RangeError) nor the memory limit.</summary>
    private static bool CheckLength(long length)
    {
        if (length > MaxStringLength) throw JsException.RangeError("Invalid string length");
        Vm.ExecutionBudget.BeforeAllocating(length * sizeof(char));
        return true;
    }

    /// <summary>22.1.3.16.1 StringPad</summary>
    private static string StringPad(string s, JsValue maxLength, JsValue fillString, bool atStart)
    {
        long intMaxLength = Operations.ToLength(maxLength);
        if (intMaxLength <= s.Length) return s;
        string filler = fillString.IsUndefined ? " " : Operations.ToString(fillString);
        if (filler.Length == 0) return s;
        CheckLength(intMaxLength);
        int fillLen = (int)intMaxLength - s.Length;
        var sb = new StringBuilder((int)intMaxLength);
        if (!atStart) sb.Append(s);
        var budget = Vm.ExecutionBudget.Current;
        while (fillLen > 0)
        {
            budget.Tick();
            int take = Math.Min(fillLen, filler.Length);
            sb.Append(filler, 0, take);
            fillLen -= take;
        }
        if (atStart) sb.Append(s);
        return sb.ToString();
    }

    private static string TrimStart(string s)
    {
        int a = 0;
        while (a < s.Length && NumberConversions.IsJsWhitespace(s[a])) a++;
        return a == 0 ? s : s[a..];
    }

    private static string TrimEnd(string s)
    {
        int b = s.Length;
        while (b > 0 && NumberConversions.IsJsWhitespace(s[b - 1])) b--;
        return b == s.Length ? s : s[..b];
    }

    public static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    public static string ToWellFormed(string s)
    {
        if (IsWellFormed(s)) return s;
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string SafeNormalize(string s, NormalizationForm form) => UnicodeNormalizer.Normalize(s,
        compatibility: form is NormalizationForm.FormKC or NormalizationForm.FormKD,
        compose: form is NormalizationForm.FormC or NormalizationForm.FormKC);
}
