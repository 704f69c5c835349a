using System.Text;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>util.format (formatWithOptionsInternal): %s %d %i %f %j %o %O %c %% in a leading string.</summary>
internal static partial class Inspector
{
    /// <summary>formatWithOptions(inspectOptions, ...args)</summary>
    public static string FormatWithOptions(Realm realm, InspectOptions options, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) return "";
        var first = args[0];
        int a = 0;
        var str = new StringBuilder();
        string join = "";
        if (first.IsString)
        {
            string f = first.String;
            if (args.Length == 1) return f;
            int lastPos = 0;
            for (int i = 0; i < f.Length - 1; i++)
            {
                if (f[i] != '%') continue;
                char nextChar = f[++i];
                if (a + 1 != args.Length)
                {
                    string tempStr;
                    switch (nextChar)
                    {
                        case 's': tempStr = FormatStringSpecifier(realm, options, args[++a]); break;
                        case 'j': tempStr = TryStringify(realm, args[++a]); break;
                        case 'd':
                        {
                            var n = args[++a];
                            tempStr = n.IsBigInt ? FormatBigInt(NoColor, n.BigInt, options.NumericSeparator)
                                : n.IsSymbol ? "NaN"
                                : FormatNumber(NoColor, Operations.ToNumber(n), options.NumericSeparator);
                            break;
                        }
                        case 'O': tempStr = Inspect(realm, args[++a], options); break;
                        case 'o':
                        {
                            var o = options.Clone();
                            o.ShowHidden = true;
                            o.ShowProxy = true;
                            o.Depth = 4;
                            o.DepthIsNull = false;
                            tempStr = Inspect(realm, args[++a], o);
                            break;
                        }
                        case 'i':
                        {
                            var n = args[++a];
                            tempStr = n.IsBigInt ? FormatBigInt(NoColor, n.BigInt, options.NumericSeparator)
                                : n.IsSymbol ? "NaN"
                                : FormatNumber(NoColor, ParseInt(Operations.ToString(n)), options.NumericSeparator);
                            break;
                        }
                        case 'f':
                        {
                            var n = args[++a];
                            tempStr = n.IsSymbol ? "NaN" : FormatNumber(NoColor, ParseFloat(Operations.ToString(n)), options.NumericSeparator);
                            break;
                        }
                        case 'c': a++; tempStr = ""; break;
                        case '%':
                            str.Append(f, lastPos, i - lastPos);
                            lastPos = i + 1;
                            continue;
                        default: continue; // not a placeholder
                    }
                    if (lastPos != i - 1) str.Append(f, lastPos, i - 1 - lastPos);
                    str.Append(tempStr);
                    lastPos = i + 1;
                }
                else if (nextChar == '%')
                {
                    str.Append(f, lastPos, i - lastPos);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0)
            {
                a++;
                join = " ";
                if (lastPos < f.Length) str.Append(f, lastPos, f.Length - lastPos);
            }
        }
        while (a < args.Length)
        {
            var value = args[a];
            str.Append(join);
            str.Append(value.IsString ? value.String : Inspect(realm, value, options));
            join = " ";
            a++;
        }
        return str.ToString();
    }

    private static string NoColor(string s, string _) => s;

    /// <summary>%s: numbers and bigints formatted, objects without a user toString inspected (depth 0), the rest String(x).</summary>
    private static string FormatStringSpecifier(Realm realm, InspectOptions options, JsValue arg)
    {
        if (arg.IsNumber) return FormatNumber(NoColor, arg.Number, options.NumericSeparator);
        if (arg.IsBigInt) return FormatBigInt(NoColor, arg.BigInt, options.NumericSeparator);
        if (arg.AsObject is not JsObject obj || obj.IsCallable || !HasBuiltInToString(realm, obj))
            return arg.IsSymbol ? arg.Symbol.ToString() : Operations.ToString(arg);
        var o = options.Clone();
        o.Compact = 3;
        o.Colors = false;
        o.Depth = 0;
        o.DepthIsNull = false;
        return Inspect(realm, arg, o);
    }

    /// <summary>hasBuiltInToString: whether toString / Symbol.toPrimitive come from a builtin prototype.</summary>
    private static bool HasBuiltInToString(Realm realm, JsObject value)
    {
        if (ProxyCoreOf(value) is { } proxy)
        {
            if (proxy.Target is null) return true;
            value = proxy.Target;
        }
        bool checkToString = true, checkToPrimitive = true;
        if (!value.Get("toString").IsCallable)
        {
            if (!value.Get(WellKnownSymbols.ToPrimitive).IsCallable) return true;
            if (value.HasOwnProperty(WellKnownSymbols.ToPrimitive)) return false;
            checkToString = false;
        }
        else if (value.HasOwnProperty("toString")) return false;
        else if (!value.Get(WellKnownSymbols.ToPrimitive).IsCallable) checkToPrimitive = false;
        else if (value.HasOwnProperty(WellKnownSymbols.ToPrimitive)) return false;

        JsObject? pointer = value;
        do
        {
            pointer = pointer.GetPrototypeOf();
            if (pointer is null) return true;
        } while (!(checkToString && pointer.HasOwnProperty("toString")) &&
                 !(checkToPrimitive && pointer.HasOwnProperty(WellKnownSymbols.ToPrimitive)));

        return pointer.GetOwnProperty("constructor", out var d) && !d.IsAccessor && d.Value.AsFunction is { } ctor &&
               ctor.Get("name") is { IsString: true } name && IsBuiltInObjectName(realm, name.String);
    }

    /// <summary>tryStringify: JSON.stringify, with "[Circular]" for circular structures.</summary>
    private static string TryStringify(Realm realm, JsValue arg)
    {
        var json = realm.GlobalObject.Get("JSON");
        var stringify = json.IsObject ? json.Object.Get("stringify") : JsValue.Undefined;
        if (!stringify.IsCallable) return Inspect(realm, arg);
        try
        {
            var r = stringify.AsFunction!.Call(json, [arg]);
            return r.IsUndefined ? "undefined" : Operations.ToString(r);
        }
        catch (JsException e)
        {
            var err = e.GetValue(realm);
            if (err.AsObject is { } eo && eo.Get("name") is { IsString: true, String: "TypeError" } &&
                eo.Get("message") is { IsString: true } m && m.String.StartsWith("Converting circular structure to JSON", StringComparison.Ordinal))
                return "[Circular]";
            throw;
        }
    }

    /// <summary>19.2.5 parseInt(string) with no radix.</summary>
    internal static double ParseInt(string input)
    {
        string s = TrimJsWhitespace(input);
        int i = 0;
        int sign = 1;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { if (s[i] == '-') sign = -1; i++; }
        int radix = 10;
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) { radix = 16; i += 2; }
        int start = i;
        double result = 0;
        for (; i < s.Length; i++)
        {
            int d = NumberConversions.DigitValue(s[i]);
            if (d < 0 || d >= radix) break;
            result = result * radix + d;
        }
        if (i == start) return double.NaN;
        if (radix == 10 && i - start > 15) result = double.Parse(s[start..i], System.Globalization.CultureInfo.InvariantCulture);
        return sign * result;
    }

    /// <summary>19.2.4 parseFloat(string): the longest StrDecimalLiteral prefix.</summary>
    internal static double ParseFloat(string input)
    {
        string s = TrimJsWhitespace(input);
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0) return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        int digitsStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        bool any = i > digitsStart;
        if (i < s.Length && s[i] == '.')
        {
            int j = i + 1;
            while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
            if (j > i + 1 || any) { any |= j > i + 1; i = j; }
        }
        if (!any) return double.NaN;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            int expStart = j;
            while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
            if (j > expStart) i = j;
        }
        return NumberConversions.StringToNumber(s[..i]);
    }

    private static string TrimJsWhitespace(string s)
    {
        int i = 0;
        while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '\uFEFF')) i++;
        return s[i..];
    }

    /// <summary>node's ERR_INVALID_ARG_TYPE tail: " Received ..." describing the value.</summary>
    internal static string DescribeReceived(Realm realm, JsValue value)
    {
        if (value.IsNullish) return $" Received {(value.IsNull ? "null" : "undefined")}";
        // node prints the name property as it is, empty for an anonymous function.
        if (value.AsFunction is { } f) return $" Received function {(f.Get("name") is { IsString: true } name ? name.String : "")}";
        if (value.IsObject)
        {
            var name = value.Object.Get("constructor").AsFunction?.Get("name");
            if (name is { IsString: true } n && n.String != "") return $" Received an instance of {n.String}";
            return $" Received {Inspect(realm, value, new InspectOptions { Depth = -1 })}";
        }
        if (value.IsString)
        {
            // A string is cut after 25 characters and quoted as is, or as JSON when it holds a single quote.
            string text = value.String.Length > 28 ? value.String[..25] + "..." : value.String;
            return $" Received type string ({(text.Contains('\'') ? QuoteJson(text) : $"'{text}'")})";
        }
        return $" Received type {Operations.TypeOf(value)} ({Inspect(realm, value, new InspectOptions { Colors = false })})";
    }

    private static string QuoteJson(string text)
    {
        var sb = new System.Text.StringBuilder();
        Builtins.JsonStringifier.QuoteJSONString(sb, text);
        return sb.ToString();
    }
}
