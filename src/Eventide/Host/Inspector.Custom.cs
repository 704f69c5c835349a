using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>Custom inspectors: obj[Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect).</summary>
internal static partial class Inspector
{
    /// <summary>Registers the custom-inspect symbol and util.inspect's function object for a realm.</summary>
    internal static void SetupRealm(Realm realm)
    {
        if (realm.GlobalObject.Get("Symbol").AsObject is { } symbolCtor && symbolCtor.Get("for").AsFunction is { } symbolFor)
            realm.InspectCustomSymbol = symbolFor.Call(symbolCtor, ["nodejs.util.inspect.custom"]).AsSymbolOrNull();
    }

    private static JsSymbol? AsSymbolOrNull(this JsValue v) => v.IsSymbol ? v.Symbol : null;

    /// <summary>util.inspect(value, options) as a JavaScript function.</summary>
    internal static JsFunction GetInspectFunction(Realm realm)
    {
        if (realm.InspectFunction is { } f) return f;
        var fn = new NativeFunction(realm, "inspect", 2, (_, args) =>
        {
            var options = new InspectOptions();
            var opts = args.At(1);
            // Legacy signature: inspect(value, showHidden, depth, colors).
            if (args.Length > 2)
            {
                if (!args[2].IsUndefined) options.Apply("depth", args[2]);
                if (args.Length > 3 && !args[3].IsUndefined) options.Apply("colors", args[3]);
            }
            if (opts.IsBoolean) options.ShowHidden = opts.IsTrue;
            else if (opts.AsObject is { } o) options = InspectOptions.FromObject(options, o);
            return Inspect(realm, args.At(0), options);
        });
        if (realm.InspectCustomSymbol is { } custom) fn.FastSet("custom", custom, PropertyFlags.Hidden);
        realm.InspectFunction = fn;
        return fn;
    }

    /// <summary>getUserOptions: the options object a custom inspector receives.</summary>
    private static JsObject CreateUserOptions(InspectContext ctx)
    {
        var realm = ctx.Realm;
        var o = ctx.Options;
        var ret = realm.NewObject();
        bool colors = o.Colors;
        ret.CreateDataProperty("stylize", new NativeFunction(realm, "stylize", 2, (_, args) =>
        {
            string s = Operations.ToString(args.At(0));
            return colors && args.At(1).IsString ? StylizeWithColor(s, args.At(1).String) : s;
        }));
        ret.CreateDataProperty("showHidden", o.ShowHidden);
        ret.CreateDataProperty("depth", o.DepthIsNull ? JsValue.Null : new JsValue(ctx.Depth));
        ret.CreateDataProperty("colors", o.Colors);
        ret.CreateDataProperty("customInspect", o.CustomInspect);
        ret.CreateDataProperty("showProxy", o.ShowProxy);
        ret.CreateDataProperty("maxArrayLength", o.MaxArrayLength);
        ret.CreateDataProperty("maxStringLength", o.MaxStringLength);
        ret.CreateDataProperty("breakLength", o.BreakLength);
        ret.CreateDataProperty("compact", o.Compact == InspectOptions.CompactTrue ? JsValue.True : o.Compact == 0 ? JsValue.False : new JsValue(o.Compact));
        ret.CreateDataProperty("sorted", o.SortComparator is { } cmp ? cmp : (JsValue)o.Sorted);
        ret.CreateDataProperty("getters", o.Getters switch { null => JsValue.False, "true" => JsValue.True, var g => (JsValue)g });
        ret.CreateDataProperty("numericSeparator", o.NumericSeparator);
        return ret;
    }
}
