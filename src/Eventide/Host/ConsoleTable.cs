using System.Text;
using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>console.table (node's consoleMethods.table and internal/cli_table).</summary>
internal static class ConsoleTable
{
    private const string IndexKey = "(index)", ValuesKey = "Values", IterKey = "(iteration index)", KeyKey = "Key";

    public static JsValue Render(ConsoleObject console, Realm realm, JsValue tabularData, JsValue properties)
    {
        if (!properties.IsUndefined && !Operations.IsArray(properties))
            throw JsException.TypeError($"The \"properties\" argument must be an instance of Array.{Inspector.DescribeReceived(realm, properties)}");
        if (tabularData.AsObject is not JsObject data) return console.LogValue(tabularData);

        if (TryCollectionColumns(realm, data, out var head0, out var columns0))
            return console.LogText(BuildTable(head0, columns0));

        JsValue[]? props = properties.IsUndefined ? null : Operations.CreateListFromArrayLike(properties);
        // A null-prototype object's key order: array indices ascending, then insertion order.
        var columns = new List<(PropertyKey Key, Dictionary<int, string> Cells)>();
        Dictionary<int, string> Column(PropertyKey key)
        {
            foreach (var (k, c) in columns) if (k == key) return c;
            var cells = new Dictionary<int, string>();
            columns.Add((key, cells));
            return cells;
        }
        bool hasPrimitives = false;
        var valuesColumn = new Dictionary<int, string>();
        var indexKeys = ObjectKeys(data);
        for (int i = 0; i < indexKeys.Count; i++)
        {
            var item = data.Get(indexKeys[i]);
            bool primitive = !item.IsObject;
            if (props is null && primitive)
            {
                hasPrimitives = true;
                valuesColumn[i] = InspectCell(realm, item);
                continue;
            }
            IEnumerable<PropertyKey> keys = props is not null
                ? props.Select(Operations.ToPropertyKey)
                : ObjectKeys(item.Object);
            foreach (var key in keys)
            {
                var cells = Column(key);
                if ((primitive && props is not null) || !(item.AsObject is { } io && io.HasOwnProperty(key))) cells[i] = "";
                else cells[i] = InspectCell(realm, item.Object.Get(key));
            }
        }
        var ordered = columns.Where(c => c.Key.IsArrayIndex).OrderBy(c => c.Key.Index)
            .Concat(columns.Where(c => !c.Key.IsArrayIndex)).ToList();
        var head = new List<string> { IndexKey };
        var values = new List<Dictionary<int, string>>();
        var index = new Dictionary<int, string>();
        for (int i = 0; i < indexKeys.Count; i++) index[i] = indexKeys[i].ToString();
        values.Add(index);
        foreach (var (k, c) in ordered) { head.Add(k.ToString()); values.Add(c); }
        if (hasPrimitives) { head.Add(ValuesKey); values.Add(valuesColumn); }
        return console.LogText(BuildTable(head, values));
    }

    /// <summary>Maps, Sets and their iterators: an iteration index column, then keys and/or values.</summary>
    private static bool TryCollectionColumns(Realm realm, JsObject data, out List<string> head, out List<Dictionary<int, string>> columns)
    {
        head = [];
        columns = [];
        List<(JsValue Key, JsValue Value)>? pairs = null;
        List<JsValue>? values = null;
        if (data is JsMapOrSet c)
        {
            var live = new List<(JsValue, JsValue)>();
            for (int i = 0; i < c.Table.Used; i++)
                if (c.Table.IsLive(i)) live.Add((c.Table.KeyAt(i), c.Table.ValueAt(i)));
            if (c.IsMap) pairs = live;
            else values = live.Select(p => p.Item1).ToList();
        }
        else if (data is CollectionIterator it)
        {
            var live = new List<(JsValue, JsValue)>();
            if (it.Target is { } target)
            {
                var cursor = it.Cursor;
                while (cursor.MoveNext(target.Table, out int slot))
                {
                    var k = target.Table.KeyAt(slot);
                    live.Add((k, target.IsMap ? target.Table.ValueAt(slot) : k));
                }
            }
            if (it.Kind == CollectionIterator.IterationKind.Entries) pairs = live;
            else values = live.Select(p => it.Kind == CollectionIterator.IterationKind.Keys ? p.Item1 : p.Item2).ToList();
        }
        else return false;

        static Dictionary<int, string> ToColumn(IEnumerable<string> cells) =>
            cells.Select((s, i) => (s, i)).ToDictionary(p => p.i, p => p.s);
        int length = pairs?.Count ?? values!.Count;
        var index = ToColumn(Enumerable.Range(0, length).Select(i => InspectCell(realm, i)));
        if (pairs is not null)
        {
            head = [IterKey, KeyKey, ValuesKey];
            columns = [index, ToColumn(pairs.Select(p => InspectCell(realm, p.Key))), ToColumn(pairs.Select(p => InspectCell(realm, p.Value)))];
        }
        else
        {
            head = [IterKey, ValuesKey];
            columns = [index, ToColumn(values!.Select(v => InspectCell(realm, v)))];
        }
        return true;
    }

    private static List<PropertyKey> ObjectKeys(JsObject o)
    {
        var keys = new List<PropertyKey>();
        foreach (var k in o.OwnPropertyKeys())
            if (k.IsString && o.GetOwnProperty(k, out var d) && d.Enumerable) keys.Add(k);
        return keys;
    }

    /// <summary>_inspect: depth 0 (or -1 for objects with more than two keys), three array items, one line.</summary>
    private static string InspectCell(Realm realm, JsValue v)
    {
        double depth = v.AsObject is { } o && !Operations.IsArray(v) && ObjectKeys(o).Count > 2 ? -1 : 0;
        var options = new InspectOptions { Depth = depth, MaxArrayLength = 3, BreakLength = double.PositiveInfinity };
        return Inspector.Inspect(realm, v, options);
    }

    /// <summary>internal/cli_table: box-drawn columns, each as wide as its widest cell.</summary>
    private static string BuildTable(List<string> head, List<Dictionary<int, string>> columns)
    {
        int longestColumn = 0;
        foreach (var c in columns) longestColumn = Math.Max(longestColumn, c.Count == 0 ? 0 : c.Keys.Max() + 1);
        var widths = head.Select(h => Inspector.GetStringWidth(h, true)).ToArray();
        var rows = new string[longestColumn][];
        for (int j = 0; j < longestColumn; j++) rows[j] = new string[head.Count];
        for (int i = 0; i < head.Count; i++)
        {
            for (int j = 0; j < longestColumn; j++)
            {
                string value = columns[i].TryGetValue(j, out var s) ? s : "";
                rows[j][i] = value;
                widths[i] = Math.Max(widths[i], Inspector.GetStringWidth(value, true));
            }
        }
        var divider = widths.Select(w => new string('─', w + 2)).ToArray();
        var sb = new StringBuilder();
        sb.Append('┌').Append(string.Join("┬", divider)).Append("┐\n");
        sb.Append(RenderRow(head, widths)).Append('\n');
        sb.Append('├').Append(string.Join("┼", divider)).Append("┤\n");
        foreach (var row in rows) sb.Append(RenderRow(row, widths)).Append('\n');
        sb.Append('└').Append(string.Join("┴", divider)).Append('┘');
        return sb.ToString();
    }

    private static string RenderRow(IReadOnlyList<string> row, int[] widths)
    {
        var sb = new StringBuilder("│ ");
        for (int i = 0; i < row.Count; i++)
        {
            sb.Append(row[i]).Append(' ', Math.Max(0, widths[i] - Inspector.GetStringWidth(row[i], true)));
            if (i != row.Count - 1) sb.Append(" │ ");
        }
        return sb.Append(" │").ToString();
    }
}
