using System.Text;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>The String.prototype methods that delegate to a pattern's @@match/@@replace/@@search/@@split,
/// with the plain-string paths for non-object patterns.</summary>
internal static partial class StringPrototype
{
    private static void SetupPatternMethods(Realm realm, JsObject proto)
    {
        // 22.1.3.13 String.prototype.match ( regexp )
        realm.DefineMethod(proto, "match", 1, (t, args) => MatchOrSearch(realm, t, args.At(0), WellKnownSymbols.Match, "String.prototype.match"));
        // 22.1.3.14 String.prototype.matchAll ( regexp )
        realm.DefineMethod(proto, "matchAll", 1, (t, args) =>
        {
            RequireObjectCoercible(t, "String.prototype.matchAll");
            var regexp = args.At(0);
            if (regexp.IsObject)
            {
                RequireGlobalFlag(regexp, "String.prototype.matchAll");
                if (Operations.GetMethod(regexp, WellKnownSymbols.MatchAll) is { } matcher) return matcher.Call(regexp, [t]);
            }
            var s = Operations.ToString(t);
            var rx = RegExpCreate(realm, regexp, "g");
            return Operations.Invoke(rx, WellKnownSymbols.MatchAll, [s]);
        });
        // 22.1.3.19 String.prototype.replace ( searchValue, replaceValue )
        realm.DefineMethod(proto, "replace", 2, (t, args) =>
        {
            RequireObjectCoercible(t, "String.prototype.replace");
            JsValue searchValue = args.At(0), replaceValue = args.At(1);
            if (IsPlainRegExp(realm, searchValue)) return RegExpSymbolMethods.Replace(realm, searchValue, t, replaceValue);
            if (searchValue.IsObject && Operations.GetMethod(searchValue, WellKnownSymbols.Replace) is { } replacer)
                return replacer.Call(searchValue, [t, replaceValue]);
            var s = Operations.ToString(t);
            var searchString = Operations.ToString(searchValue);
            var fn = replaceValue.AsFunction;
            string? template = fn is null ? Operations.ToString(replaceValue) : null;
            int position = s.IndexOf(searchString, StringComparison.Ordinal);
            if (position < 0) return s;
            string replacement = fn is not null
                ? Operations.ToString(fn.Call(JsValue.Undefined, [searchString, position, s]))
                : GetSubstitution(searchString, s, position, [], JsValue.Undefined, template!);
            return string.Concat(s.AsSpan(0, position), replacement, s.AsSpan(position + searchString.Length));
        });
        // 22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )
        realm.DefineMethod(proto, "replaceAll", 2, (t, args) =>
        {
            RequireObjectCoercible(t, "String.prototype.replaceAll");
            JsValue searchValue = args.At(0), replaceValue = args.At(1);
            if (searchValue.IsObject)
            {
                RequireGlobalFlag(searchValue, "String.prototype.replaceAll");
                if (Operations.GetMethod(searchValue, WellKnownSymbols.Replace) is { } replacer)
                    return replacer.Call(searchValue, [t, replaceValue]);
            }
            var s = Operations.ToString(t);
            var searchString = Operations.ToString(searchValue);
            var fn = replaceValue.AsFunction;
            string? template = fn is null ? Operations.ToString(replaceValue) : null;
            int searchLength = searchString.Length;
            int advanceBy = Math.Max(1, searchLength);
            var positions = new List<int>();
            for (int p = StringIndexOf(s, searchString, 0); p >= 0; p = StringIndexOf(s, searchString, p + advanceBy)) positions.Add(p);
            int endOfLastMatch = 0;
            var result = new StringBuilder();
            var replaceCall = fn is null ? default : new RepeatedCall(fn, JsValue.Undefined);
            foreach (int p in positions)
            {
                result.Append(s, endOfLastMatch, p - endOfLastMatch);
                result.Append(fn is not null
                    ? Operations.ToString(replaceCall.Call([searchString, p, s]))
                    : GetSubstitution(searchString, s, p, [], JsValue.Undefined, template!));
                endOfLastMatch = p + searchLength;
            }
            replaceCall.Release();
            if (endOfLastMatch < s.Length) result.Append(s, endOfLastMatch, s.Length - endOfLastMatch);
            CheckLength(result.Length);
            return result.ToString();
        });
        // 22.1.3.21 String.prototype.search ( regexp )
        realm.DefineMethod(proto, "search", 1, (t, args) => MatchOrSearch(realm, t, args.At(0), WellKnownSymbols.Search, "String.prototype.search"));
        // 22.1.3.23 String.prototype.split ( separator, limit )
        realm.DefineMethod(proto, "split", 2, (t, args) =>
        {
            RequireObjectCoercible(t, "String.prototype.split");
            JsValue separator = args.At(0), limit = args.At(1);
            if (IsPlainRegExp(realm, separator)) return RegExpSymbolMethods.Split(realm, separator, t, limit);
            if (separator.IsObject && Operations.GetMethod(separator, WellKnownSymbols.Split) is { } splitter)
                return splitter.Call(separator, [t, limit]);
            var s = Operations.ToString(t);
            uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(limit);
            var r = Operations.ToString(separator);
            if (lim == 0) return realm.NewArray();
            if (separator.IsUndefined || s.Length == 0 && r.Length != 0) return realm.NewArray([s]);
            return SplitByString(realm, s, r, lim);
        });
    }

    /// <summary>22.1.3.23 steps 12-16: the parts of <paramref name="s"/> around each occurrence of
    /// a non-empty <paramref name="r"/> (each code unit when it is empty), at most <paramref name="lim"/>,
    /// collected first so the array is allocated once at its size.</summary>
    private static JsArray SplitByString(Realm realm, string s, string r, uint lim)
    {
        if (r.Length == 0)
        {
            int n = (int)Math.Min(lim, (uint)s.Length);
            Vm.ExecutionBudget.BeforeAllocatingValues(n);
            var chars = new JsValue[n];
            for (int i = 0; i < n; i++) chars[i] = s[i].ToString();
            return new JsArray(realm.ArrayPrototype, chars, n);
        }
        var parts = new PooledValueList(16);
        try
        {
            int start = 0;
            for (int j = s.IndexOf(r, StringComparison.Ordinal); j >= 0; j = s.IndexOf(r, start, StringComparison.Ordinal))
            {
                parts.Add(s[start..j]);
                if ((uint)parts.Count >= lim) return realm.NewArray(parts.Span);
                start = j + r.Length;
            }
            parts.Add(s[start..]);
            return realm.NewArray(parts.Span);
        }
        finally { parts.Dispose(); }
    }

    /// <summary>A plain RegExp (see RegExpIntact): GetMethod would find the original @@ method, which
    /// is then called directly.</summary>
    private static bool IsPlainRegExp(Realm realm, JsValue value) =>
        value.AsObject is JsRegExp r && RegExpPrototype.IsIntact(realm, r, out _);

    private static void RequireObjectCoercible(JsValue t, string method)
    {
        if (t.IsNullish) throw JsException.TypeError($"{method} called on null or undefined");
    }

    /// <summary>matchAll/replaceAll: a RegExp argument must have the g flag.</summary>
    private static void RequireGlobalFlag(JsValue regexp, string method)
    {
        if (!IsRegExp(regexp)) return;
        var flags = regexp.Object.Get("flags");
        if (flags.IsNullish) throw JsException.TypeError($"{method} called on null or undefined");
        if (!Operations.ToString(flags).Contains('g')) throw JsException.TypeError($"{method} called with a non-global RegExp argument");
    }

    private static JsValue MatchOrSearch(Realm realm, JsValue t, JsValue regexp, JsSymbol symbol, string method)
    {
        RequireObjectCoercible(t, method);
        if (IsPlainRegExp(realm, regexp))
            return symbol == WellKnownSymbols.Match ? RegExpSymbolMethods.Match(realm, regexp, t) : RegExpSymbolMethods.Search(realm, regexp, t);
        if (regexp.IsObject && Operations.GetMethod(regexp, symbol) is { } matcher) return matcher.Call(regexp, [t]);
        var s = Operations.ToString(t);
        var rx = RegExpCreate(realm, regexp, JsValue.Undefined);
        return Operations.Invoke(rx, symbol, [s]);
    }

    /// <summary>22.2.3.1 RegExpCreate ( P, F )</summary>
    private static JsValue RegExpCreate(Realm realm, JsValue pattern, JsValue flags)
    {
        if (realm.RegExpConstructor is null) throw JsException.TypeError("RegExp is not supported");
        JsValue p = pattern.IsUndefined ? "" : Operations.ToString(pattern);
        return Operations.Construct(realm.RegExpConstructor, [p, flags]);
    }

    /// <summary>6.1.4.1 StringIndexOf ( string, searchValue, fromIndex )</summary>
    public static int StringIndexOf(string s, string search, int fromIndex)
    {
        if (fromIndex > s.Length) return -1;
        return s.IndexOf(search, fromIndex, StringComparison.Ordinal);
    }

    /// <summary>22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate ).
    /// <paramref name="captures"/> holds undefined or strings.</summary>
    public static string GetSubstitution(string matched, string str, int position, ReadOnlySpan<JsValue> captures, JsValue namedCaptures, string template)
    {
        int dollar = template.IndexOf('$');
        if (dollar < 0) return template;
        var result = new StringBuilder();
        result.Append(template, 0, dollar);
        int stringLength = str.Length;
        int i = dollar;
        while (i < template.Length)
        {
            char c = template[i];
            if (c != '$' || i + 1 >= template.Length) { result.Append(c); i++; continue; }
            char next = template[i + 1];
            switch (next)
            {
                case '$': result.Append('$'); i += 2; continue;
                case '&': result.Append(matched); i += 2; continue;
                case '`': result.Append(str, 0, Math.Min(position, stringLength)); i += 2; continue;
                case '\'':
                {
                    int tailPos = Math.Min(position + matched.Length, stringLength);
                    result.Append(str, tailPos, stringLength - tailPos);
                    i += 2;
                    continue;
                }
                case >= '0' and <= '9':
                {
                    int digitCount = i + 2 < template.Length && char.IsAsciiDigit(template[i + 2]) ? 2 : 1;
                    int index = digitCount == 2 ? (next - '0') * 10 + (template[i + 2] - '0') : next - '0';
                    if (index > captures.Length && digitCount == 2) { digitCount = 1; index = next - '0'; }
                    if (index >= 1 && index <= captures.Length)
                    {
                        var capture = captures[index - 1];
                        if (!capture.IsUndefined) result.Append(Operations.ToString(capture));
                    }
                    else result.Append(template, i, 1 + digitCount);
                    i += 1 + digitCount;
                    continue;
                }
                case '<':
                {
                    int gtPos = template.IndexOf('>', i);
                    if (gtPos < 0 || namedCaptures.IsUndefined) { result.Append("$<"); i += 2; continue; }
                    var groupName = template[(i + 2)..gtPos];
                    var capture = Operations.GetV(namedCaptures, groupName);
                    if (!capture.IsUndefined) result.Append(Operations.ToString(capture));
                    i = gtPos + 1;
                    continue;
                }
                default: result.Append('$'); i++; continue;
            }
        }
        return result.ToString();
    }
}
