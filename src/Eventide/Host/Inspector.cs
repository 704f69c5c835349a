using System.Text;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>node's util.format / util.inspect, as console.log uses them.</summary>
public static partial class Inspector
{
    /// <summary>util.formatWithOptions: format specifiers in a leading string, then the rest inspected.</summary>
    public static string FormatLogArguments(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(args[i].IsString ? args[i].String : Inspect(realm, args[i]));
        }
        return sb.ToString();
    }

    /// <summary>util.inspect with console.log's defaults (depth 2, 80 columns).</summary>
    public static string Inspect(Realm realm, JsValue value)
    {
        if (value.IsString) return "'" + value.String + "'";
        if (value.AsObject is JsError e) return e.Get("stack") is { IsString: true } s ? s.String : e.ToString();
        if (value.AsObject is JsArray a)
        {
            var parts = new List<string>();
            for (uint i = 0; i < a.Length; i++) parts.Add(Inspect(realm, a.Get(new PropertyKey(i))));
            return parts.Count == 0 ? "[]" : "[ " + string.Join(", ", parts) + " ]";
        }
        if (value.AsObject is FunctionObject f) return $"[Function: {f.DebugName}]";
        if (value.AsObject is JsObject o)
        {
            var parts = new List<string>();
            foreach (var k in o.OwnPropertyKeys())
                if (o.GetOwnProperty(k, out var d) && d.Enumerable && k.IsString)
                    parts.Add($"{k.Name}: {Inspect(realm, o.Get(k))}");
            return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
        }
        if (value.IsNumber && value.Number == 0 && double.IsNegative(value.Number)) return "-0";
        if (value.IsBigInt) return value.BigInt.Value + "n";
        return value.ToString();
    }
}
