using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>Map, Set, their iterators, typed arrays; Date and RegExp bases.</summary>
internal static partial class Inspector
{
    /// <summary>The iterable kinds of formatRaw's first half (isSet ... isSetIterator) other than arrays.</summary>
    private static bool TryCollectionPrefix(InspectContext ctx, JsObject value, string? constructor, string tag, int recurseTimes,
        ref List<PropertyKey> keys, ref string[] braces, ref Func<List<string>> formatter, out string? empty)
    {
        empty = null;
        if (value is JsMapOrSet collection)
        {
            int size = collection.Table.Count;
            string prefix = GetPrefix(constructor, tag, collection.IsMap ? "Map" : "Set", $"({size})");
            keys = GetKeys(value, ctx.ShowHidden);
            formatter = collection.IsMap ? () => FormatMap(ctx, collection, recurseTimes) : () => FormatSet(ctx, collection, recurseTimes);
            if (size == 0) empty = prefix + "{}";
            braces = [prefix + "{", "}"];
            return true;
        }
        if (value is CollectionIterator iterator)
        {
            keys = GetKeys(value, ctx.ShowHidden);
            var iteratorBraces = braces = GetIteratorBraces(iterator.IsMap ? "Map" : "Set", tag);
            formatter = () => FormatIterator(ctx, iterator, iteratorBraces, recurseTimes);
            return true;
        }
        return false;
    }

    /// <summary>The live entries of a Map or Set in insertion order.</summary>
    private static IEnumerable<(JsValue Key, JsValue Value)> Entries(OrderedTable table)
    {
        for (int i = 0; i < table.Used; i++)
            if (table.IsLive(i)) yield return (table.KeyAt(i), table.ValueAt(i));
    }

    /// <summary>How many entries formatSet/formatMap list (a NaN limit never stops their loop).</summary>
    private static int CollectionLimit(InspectContext ctx, int length)
    {
        double limit = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), length);
        return double.IsNaN(limit) ? length : (int)limit;
    }

    /// <summary>formatSet</summary>
    private static List<string> FormatSet(InspectContext ctx, JsMapOrSet set, int recurseTimes)
    {
        int length = set.Table.Count;
        int maxLength = CollectionLimit(ctx, length);
        var output = new List<string>();
        ctx.IndentationLvl += 2;
        int i = 0;
        foreach (var (k, _) in Entries(set.Table))
        {
            if (i >= maxLength) break;
            output.Add(FormatValue(ctx, k, recurseTimes));
            i++;
        }
        if (length - maxLength > 0) output.Add(RemainingText(length - maxLength));
        ctx.IndentationLvl -= 2;
        return output;
    }

    /// <summary>formatMap</summary>
    private static List<string> FormatMap(InspectContext ctx, JsMapOrSet map, int recurseTimes)
    {
        int length = map.Table.Count;
        int maxLength = CollectionLimit(ctx, length);
        var output = new List<string>();
        ctx.IndentationLvl += 2;
        int i = 0;
        foreach (var (k, v) in Entries(map.Table))
        {
            if (i >= maxLength) break;
            output.Add($"{FormatValue(ctx, k, recurseTimes)} => {FormatValue(ctx, v, recurseTimes)}");
            i++;
        }
        if (length - maxLength > 0) output.Add(RemainingText(length - maxLength));
        ctx.IndentationLvl -= 2;
        return output;
    }

    /// <summary>getIteratorBraces</summary>
    private static string[] GetIteratorBraces(string type, string tag)
    {
        if (tag != $"{type} Iterator")
        {
            if (tag != "") tag += "] [";
            tag += $"{type} Iterator";
        }
        return [$"[{tag}] {{", "}"];
    }

    /// <summary>formatIterator: previews the entries an iterator has left, without advancing it.</summary>
    private static List<string> FormatIterator(InspectContext ctx, CollectionIterator iterator, string[] braces, int recurseTimes)
    {
        var entries = new List<JsValue>();
        bool isKeyValue = iterator.Kind == CollectionIterator.IterationKind.Entries;
        if (iterator.Target is { } target)
        {
            var cursor = iterator.Cursor; // a copy: previewing must not advance the iterator
            while (cursor.MoveNext(target.Table, out int slot))
            {
                var key = target.Table.KeyAt(slot);
                var val = target.IsMap ? target.Table.ValueAt(slot) : key;
                if (isKeyValue) { entries.Add(key); entries.Add(val); }
                else entries.Add(iterator.Kind == CollectionIterator.IterationKind.Values ? val : key);
            }
        }
        if (isKeyValue)
        {
            braces[0] = braces[0].EndsWith(" Iterator] {", StringComparison.Ordinal)
                ? braces[0][..^" Iterator] {".Length] + " Entries] {" : braces[0];
            return FormatMapIterInner(ctx, recurseTimes, entries, weak: false);
        }
        return FormatSetIterInner(ctx, recurseTimes, entries, weak: false);
    }

    /// <summary>formatSetIterInner</summary>
    private static List<string> FormatSetIterInner(InspectContext ctx, int recurseTimes, List<JsValue> entries, bool weak)
    {
        int maxLength = (int)Math.Min(Math.Max(ctx.Options.MaxArrayLength, 0), entries.Count);
        var output = new List<string>(maxLength);
        ctx.IndentationLvl += 2;
        for (int i = 0; i < maxLength; i++) output.Add(FormatValue(ctx, entries[i], recurseTimes));
        ctx.IndentationLvl -= 2;
        if (weak && !ctx.Options.Sorted) output.Sort(string.CompareOrdinal);
        int remaining = entries.Count - maxLength;
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    /// <summary>formatMapIterInner: entries as [key, value] pairs (weak maps as "k => v").</summary>
    private static List<string> FormatMapIterInner(InspectContext ctx, int recurseTimes, List<JsValue> entries, bool weak)
    {
        double maxArrayLength = Math.Max(ctx.Options.MaxArrayLength, 0);
        int len = entries.Count / 2;
        double remaining = len - maxArrayLength;
        int maxLength = (int)Math.Min(maxArrayLength, len);
        var output = new List<string>(maxLength);
        ctx.IndentationLvl += 2;
        if (weak)
        {
            for (int i = 0; i < maxLength; i++)
                output.Add($"{FormatValue(ctx, entries[i * 2], recurseTimes)} => {FormatValue(ctx, entries[i * 2 + 1], recurseTimes)}");
            if (!ctx.Options.Sorted) output.Sort(string.CompareOrdinal);
        }
        else
        {
            for (int i = 0; i < maxLength; i++)
            {
                var res = new List<string> { FormatValue(ctx, entries[i * 2], recurseTimes), FormatValue(ctx, entries[i * 2 + 1], recurseTimes) };
                output.Add(ReduceToSingleString(ctx, res, "", ["[", "]"], ArrayExtrasType, recurseTimes, null));
            }
        }
        ctx.IndentationLvl -= 2;
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    /// <summary>WeakMap / WeakSet: "&lt;items unknown&gt;", or their entries with showHidden.</summary>
    private static List<string> FormatWeakCollection(InspectContext ctx, JsWeakCollection value, int recurseTimes)
    {
        if (!ctx.ShowHidden) return [ctx.Stylize("<items unknown>", "special")];
        var entries = new List<JsValue>();
        foreach (var pair in value.Table)
        {
            if (pair.Key is not JsObject k) continue;
            entries.Add(k);
            if (value.IsMap) entries.Add(pair.Value.Value);
        }
        return value.IsMap ? FormatMapIterInner(ctx, recurseTimes, entries, weak: true) : FormatSetIterInner(ctx, recurseTimes, entries, weak: true);
    }

    /// <summary>isRegExp: an object with [[RegExpMatcher]] (the engine's RegExp class names itself "RegExp").</summary>
    private static bool IsRegExp(JsObject value) => value.ClassName == "RegExp" && value is not IProxy;

    /// <summary>RegExp.prototype.toString: "/source/flags".</summary>
    private static string RegExpToString(JsObject value) =>
        $"/{Operations.ToString(value.Get("source"))}/{Operations.ToString(value.Get("flags"))}";

    /// <summary>A Date's base text: toISOString, or toString ("Invalid Date") when the time is NaN.</summary>
    private static bool TryDateBase(JsObject value, out string text)
    {
        if (value is not JsDate date) { text = ""; return false; }
        text = double.IsNaN(date.DateValue) ? DateFormat.ToDateString(date.DateValue) : DateFormat.ToIsoString(date.DateValue);
        return true;
    }
}
