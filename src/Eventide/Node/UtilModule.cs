using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>The inspection part of node's util module: inspect, format, formatWithOptions, inherits.</summary>
internal static class UtilModule
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, JsObject> UtilModules = new();

    /// <summary>require('util'): one module object per realm.</summary>
    public static JsObject Get(Realm realm) => UtilModules.GetValue(realm, Create);

    private static JsObject Create(Realm realm)
    {
        var util = realm.NewObject();
        var inspect = Inspector.GetInspectFunction(realm);
        var defaults = realm.NewObject();
        var d = new InspectOptions();
        defaults.CreateDataProperty("showHidden", d.ShowHidden);
        defaults.CreateDataProperty("depth", d.Depth);
        defaults.CreateDataProperty("colors", d.Colors);
        defaults.CreateDataProperty("customInspect", d.CustomInspect);
        defaults.CreateDataProperty("showProxy", d.ShowProxy);
        defaults.CreateDataProperty("maxArrayLength", d.MaxArrayLength);
        defaults.CreateDataProperty("maxStringLength", d.MaxStringLength);
        defaults.CreateDataProperty("breakLength", d.BreakLength);
        defaults.CreateDataProperty("compact", d.Compact);
        defaults.CreateDataProperty("sorted", d.Sorted);
        defaults.CreateDataProperty("getters", false);
        defaults.CreateDataProperty("numericSeparator", d.NumericSeparator);
        inspect.FastSet("defaultOptions", defaults, PropertyFlags.Hidden);
        util.CreateDataProperty("inspect", inspect);
        util.CreateDataProperty("format", new NativeFunction(realm, "format", 0, (_, args) =>
            Inspector.FormatWithOptions(realm, new InspectOptions(), args)));
        util.CreateDataProperty("formatWithOptions", new NativeFunction(realm, "formatWithOptions", 1, (_, args) =>
        {
            if (args.At(0).AsObject is not { } opts)
                throw CodedErrors.InvalidArgType(realm, "inspectOptions", "object", args.At(0));
            return Inspector.FormatWithOptions(realm, InspectOptions.FromObject(new InspectOptions(), opts), args.Length > 1 ? args[1..] : []);
        }));
        util.CreateDataProperty("stripVTControlCharacters", new NativeFunction(realm, "stripVTControlCharacters", 1, (_, args) =>
            Inspector.RemoveColors(Operations.ToString(args.At(0)))));
        util.CreateDataProperty("types", UtilTypes.Create(realm));
        // [errno, code, description] rows for util.getSystemErrorMap / getSystemErrorName.
        var systemErrors = realm.NewArray();
        foreach (var (errno, code, description) in UvErrors.All)
        {
            var row = realm.NewArray();
            row.Push(errno);
            row.Push(code);
            row.Push(description);
            systemErrors.Push(row);
        }
        util.CreateDataProperty("systemErrors", systemErrors);
        // NODE_DEBUG as the process started with it (node reads it once, before the script runs).
        util.CreateDataProperty("startupNodeDebug", realm.Engine.Node.Options.Environment.GetValueOrDefault("NODE_DEBUG") ?? "");
        return util;
    }
}
