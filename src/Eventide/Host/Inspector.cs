using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// node's util.inspect and util.format (lib/internal/util/inspect.js of node 20), which console.log
/// uses. The algorithms follow node's step by step so the output matches byte for byte; the
/// partial files split them by concept (primitives, objects, special kinds, layout, format).
/// </summary>
internal static partial class Inspector
{
    /// <summary>util.format: format specifiers in a leading string, then the rest inspected.</summary>
    public static string FormatLogArguments(Realm realm, ReadOnlySpan<JsValue> args) =>
        FormatWithOptions(realm, new InspectOptions(), args);

    /// <summary>util.inspect with console.log's defaults (depth 2, 80 columns).</summary>
    public static string Inspect(Realm realm, JsValue value) => Inspect(realm, value, new InspectOptions());

    /// <summary>util.inspect(value, options).</summary>
    public static string Inspect(Realm realm, JsValue value, InspectOptions options)
    {
        var ctx = new InspectContext(realm, options);
        return FormatValue(ctx, value, 0);
    }
}

/// <summary>util.inspect's options (inspectDefaultOptions). Depth is +Infinity for depth: null.</summary>
internal sealed class InspectOptions
{
    public bool ShowHidden;
    public double Depth = 2;
    /// <summary>True when the user passed depth: null (custom inspectors then see null).</summary>
    public bool DepthIsNull;
    public bool Colors;
    public bool CustomInspect = true;
    public bool ShowProxy;
    public double MaxArrayLength = 100;
    public double MaxStringLength = 10000;
    public double BreakLength = 80;
    /// <summary>compact: a number of inner levels to combine; <see cref="CompactTrue"/> for true, 0 for false.</summary>
    public int Compact = 3;
    public const int CompactTrue = -1;
    public bool Sorted;
    /// <summary>The user's comparator for sorted: fn.</summary>
    public JsFunction? SortComparator;
    /// <summary>getters: false, true ("all"), "get" or "set".</summary>
    public string? Getters;
    public bool NumericSeparator;

    public InspectOptions Clone() => (InspectOptions)MemberwiseClone();

    /// <summary>Reads an options object the way inspect(value, opts) does (only known keys).</summary>
    public static InspectOptions FromObject(InspectOptions baseOptions, JsObject? opts)
    {
        var o = baseOptions.Clone();
        if (opts is null) return o;
        foreach (var key in opts.OwnPropertyKeys())
        {
            if (!key.IsString || !opts.GetOwnProperty(key, out var d) || !d.Enumerable) continue;
            o.Apply(key.Name, opts.Get(key));
        }
        return o;
    }

    /// <summary>Sets one option from a JavaScript value (as ctx[key] = opts[key]).</summary>
    public void Apply(string name, JsValue v)
    {
        switch (name)
        {
            case "showHidden": ShowHidden = Operations.ToBoolean(v); break;
            case "depth":
                DepthIsNull = v.IsNull;
                // null and undefined both never stop (node compares recurseTimes > depth).
                Depth = v.IsNullish ? double.PositiveInfinity : v.IsNumber ? v.Number : Operations.ToNumber(v);
                break;
            case "colors": Colors = Operations.ToBoolean(v); break;
            case "customInspect": CustomInspect = Operations.ToBoolean(v); break;
            case "showProxy": ShowProxy = Operations.ToBoolean(v); break;
            case "maxArrayLength": MaxArrayLength = v.IsNull ? double.PositiveInfinity : Operations.ToNumber(v); break;
            case "maxStringLength": MaxStringLength = v.IsNull ? double.PositiveInfinity : Operations.ToNumber(v); break;
            case "breakLength": BreakLength = Operations.ToNumber(v); break;
            // Only true and numbers >= 1 combine entries; anything else puts each entry on its own line.
            case "compact": Compact = v.IsTrue ? CompactTrue : v.IsNumber && v.Number >= 1 ? (int)Math.Min(v.Number, 1000) : 0; break;
            case "sorted": Sorted = Operations.ToBoolean(v); SortComparator = v.AsFunction; break;
            case "getters": Getters = v.IsString ? v.String : Operations.ToBoolean(v) ? "true" : null; break;
            case "numericSeparator": NumericSeparator = Operations.ToBoolean(v); break;
        }
    }
}

/// <summary>The per-call state of one inspection (node's ctx).</summary>
internal sealed class InspectContext
{
    public readonly Realm Realm;
    public readonly InspectOptions Options;
    public int IndentationLvl;
    public int CurrentDepth;
    public double Depth;
    public readonly List<JsObject> Seen = [];
    public Dictionary<JsObject, int>? Circular;
    public readonly Dictionary<int, long> Budget = [];
    /// <summary>The nesting budget used by the objects being formatted (see Inspector.NestingBudget).</summary>
    public long StackUsed;

    public InspectContext(Realm realm, InspectOptions options)
    {
        Realm = realm;
        Options = options;
        Depth = options.Depth;
    }

    public bool Colors => Options.Colors;
    public int Compact => Options.Compact;
    public double BreakLength => Options.BreakLength;
    public bool ShowHidden => Options.ShowHidden;

    /// <summary>recurseTimes > ctx.depth (depth null never stops).</summary>
    public bool TooDeep(int recurseTimes) => recurseTimes > Depth;

    /// <summary>ctx.stylize: ANSI colors by style name when colors are on.</summary>
    public string Stylize(string s, string style) => Options.Colors ? Inspector.StylizeWithColor(s, style) : s;
}
