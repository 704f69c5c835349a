using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>Map, Set, their iterators, typed arrays; Date and RegExp bases.</summary>
public static partial class Inspector
{
    /// <summary>The iterable kinds of formatRaw's first half (isSet ... isSetIterator) other than arrays.</summary>
    private static bool TryCollectionPrefix(InspectContext ctx, JsObject value, string? constructor, string tag, int recurseTimes,
        ref List<PropertyKey> keys, ref string[] braces, ref Func<List<string>> formatter, out string? empty)
    {
        empty = null;
        return false;
    }

    private static bool IsRegExp(JsObject value) => false;

    /// <summary>RegExp.prototype.toString: "/source/flags".</summary>
    private static string RegExpToString(JsObject value) =>
        $"/{Operations.ToString(value.Get("source"))}/{Operations.ToString(value.Get("flags"))}";

    /// <summary>A Date's base text: toISOString, or toString ("Invalid Date") when the time is NaN.</summary>
    private static bool TryDateBase(JsObject value, out string text)
    {
        text = "";
        return false;
    }
}
