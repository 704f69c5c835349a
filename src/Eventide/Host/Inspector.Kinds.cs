using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Host;

/// <summary>The base text of special objects: functions and classes, boxed primitives, promises, dates, regexps.</summary>
internal static partial class Inspector
{
    /// <summary>
    /// The non-iterable special kinds of formatRaw's second half (isRegExp ... isBoxedPrimitive), in node's order.
    /// Returns false for ordinary objects. <paramref name="early"/> is set when the result is final.
    /// </summary>
    private static bool TryFormatSpecialBase(InspectContext ctx, JsObject value, string? constructor, string tag, List<PropertyKey> keys,
        int recurseTimes, bool hasProtoProps, ref string basePart, ref string[] braces, ref Func<List<string>> formatter, out string? early)
    {
        early = null;
        bool noProps = keys.Count == 0 && !hasProtoProps;
        if (IsRegExp(value))
        {
            basePart = RegExpToString(value);
            string prefix = GetPrefix(constructor, tag, "RegExp");
            if (prefix != "RegExp ") basePart = prefix + basePart;
            if (noProps || ctx.TooDeep(recurseTimes)) early = ctx.Stylize(basePart, "regexp");
            return true;
        }
        if (TryDateBase(value, out var dateText))
        {
            basePart = dateText;
            string prefix = GetPrefix(constructor, tag, "Date");
            if (prefix != "Date ") basePart = prefix + basePart;
            if (noProps) early = ctx.Stylize(basePart, "date");
            return true;
        }
        if (IsError(ctx.Realm, value))
        {
            basePart = FormatError(ctx, value, constructor, tag, keys);
            if (keys.Count == 0 && !hasProtoProps) early = basePart;
            return true;
        }
        if (TryBinaryBase(ctx, value, constructor, tag, keys, ref braces, ref formatter)) return true;
        if (value is JsPromise promise)
        {
            braces[0] = GetPrefix(constructor, tag, "Promise") + "{";
            int rt = recurseTimes + 1;
            formatter = () => FormatPromise(ctx, promise, rt);
            return true;
        }
        if (value is JsWeakCollection weak)
        {
            braces[0] = GetPrefix(constructor, tag, weak.IsMap ? "WeakMap" : "WeakSet") + "{";
            int rt = recurseTimes + 1;
            formatter = () => FormatWeakCollection(ctx, weak, rt);
            return true;
        }
        if (value is PrimitiveWrapper or StringObject)
        {
            basePart = GetBoxedBase(ctx, value, keys, constructor, tag);
            if (keys.Count == 0 && !hasProtoProps) early = basePart;
            return true;
        }
        return false;
    }

    // ----------------------------------------------------------- functions ----

    /// <summary>getFunctionBase</summary>
    private static string GetFunctionBase(InspectContext ctx, JsObject value, string? constructor, string tag)
    {
        var kind = value is ScriptFunction sf ? sf.Template.Kind : FunctionKind.Normal;
        if (kind is FunctionKind.ClassConstructor or FunctionKind.DerivedConstructor)
            return GetClassBase(value, constructor, tag);
        string type = "Function";
        if (kind is FunctionKind.Generator or FunctionKind.AsyncGenerator) type = "Generator" + type;
        if (kind is FunctionKind.Async or FunctionKind.AsyncArrow or FunctionKind.AsyncGenerator) type = "Async" + type;
        string b = "[" + type;
        if (constructor is null) b += " (null prototype)";
        var name = value.Get("name");
        if (name.IsString && name.String == "") b += " (anonymous)";
        else b += ": " + SafeToString(name);
        b += "]";
        if (constructor != type && constructor is not null) b += " " + constructor;
        if (tag != "" && constructor != tag) b += $" [{tag}]";
        return b;
    }

    /// <summary>getClassBase</summary>
    private static string GetClassBase(JsObject value, string? constructor, string tag)
    {
        bool hasName = value.HasOwnProperty("name");
        var nameValue = hasName ? value.Get("name") : JsValue.Undefined;
        string name = hasName && Operations.ToBoolean(nameValue) ? SafeToString(nameValue) : "(anonymous)";
        string b = "class " + name;
        if (constructor != "Function" && constructor is not null) b += $" [{constructor}]";
        if (tag != "" && constructor != tag) b += $" [{tag}]";
        if (constructor is not null)
        {
            var superName = value.GetPrototypeOf() is { } proto ? proto.Get("name") : JsValue.Undefined;
            if (Operations.ToBoolean(superName)) b += " extends " + SafeToString(superName);
        }
        else b += " extends [null prototype]";
        return $"[{b}]";
    }

    private static string SafeToString(JsValue v) => v.IsSymbol ? v.Symbol.ToString() : Operations.ToString(v);

    // ------------------------------------------------------------- boxed ----

    /// <summary>getBoxedBase: [Number: 3], [String: 'x'] (index keys of boxed strings are dropped).</summary>
    private static string GetBoxedBase(InspectContext ctx, JsObject value, List<PropertyKey> keys, string? constructor, string tag)
    {
        JsValue primitive;
        string type;
        if (value is StringObject so)
        {
            primitive = so.Value;
            type = "String";
            keys.RemoveRange(0, Math.Min(keys.Count, so.Value.Length));
        }
        else
        {
            primitive = ((PrimitiveWrapper)value).PrimitiveValue;
            type = primitive.Type switch
            {
                JsType.Number => "Number", JsType.Boolean => "Boolean", JsType.BigInt => "BigInt", _ => "Symbol",
            };
        }
        string b = "[" + type;
        if (type != constructor) b += constructor is null ? " (null prototype)" : $" ({constructor})";
        b += $": {FormatPrimitive(ctx, primitive, stylize: false)}]";
        if (tag != "" && tag != constructor) b += $" [{tag}]";
        if (keys.Count != 0 || !ctx.Colors) return b;
        return ctx.Stylize(b, type.ToLowerInvariant());
    }

    // ----------------------------------------------------------- promises ----

    /// <summary>formatPromise</summary>
    private static List<string> FormatPromise(InspectContext ctx, JsPromise value, int recurseTimes)
    {
        if (value.State == PromiseState.Pending) return [ctx.Stylize("<pending>", "special")];
        ctx.IndentationLvl += 2;
        string str = FormatValue(ctx, value.Result, recurseTimes);
        ctx.IndentationLvl -= 2;
        return [value.State == PromiseState.Rejected ? $"{ctx.Stylize("<rejected>", "special")} {str}" : str];
    }
}
