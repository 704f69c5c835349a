using System.Runtime.CompilerServices;
using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>formatValue / formatRaw: the dispatch over object kinds, keys and properties.</summary>
internal static partial class Inspector
{
    // How a property is printed (kObjectType / kArrayType / kArrayExtrasType).
    private const int ObjectType = 0, ArrayType = 1, ArrayExtrasType = 2;

    /// <summary>formatValue</summary>
    internal static string FormatValue(InspectContext ctx, JsValue value, int recurseTimes)
    {
        if (value.AsObject is not JsObject obj) return FormatPrimitive(ctx, value);
        var context = obj;
        if (ProxyCoreOf(obj) is { } proxy)
        {
            // Proxies are inspected through their target so no trap runs.
            if (proxy.Target is null) return ctx.Stylize("<Revoked Proxy>", "special");
            if (ctx.Options.ShowProxy) return FormatProxy(ctx, proxy, recurseTimes);
            obj = proxy.Target;
        }

        if (ctx.Options.CustomInspect && ctx.Realm.InspectCustomSymbol is { } customSymbol)
        {
            var maybeCustom = obj.Get(customSymbol, obj);
            if (maybeCustom.AsFunction is { } custom && !ReferenceEquals(custom, ctx.Realm.InspectFunction) && !IsPrototypeObject(obj))
            {
                JsValue depth = ctx.Options.DepthIsNull ? JsValue.Null : new JsValue(ctx.Depth - recurseTimes);
                var ret = custom.Call(context, [depth, CreateUserOptions(ctx), GetInspectFunction(ctx.Realm)]);
                if (!(ret.AsObject is { } r && ReferenceEquals(r, context)))
                {
                    if (!ret.IsString) return FormatValue(ctx, ret, recurseTimes);
                    return ret.String.Replace("\n", "\n" + new string(' ', ctx.IndentationLvl));
                }
            }
        }

        if (ctx.Seen.Contains(obj))
        {
            int index = 1;
            if (ctx.Circular is null) ctx.Circular = new(ReferenceEqualityComparer.Instance) { [obj] = index };
            else if (!ctx.Circular.TryGetValue(obj, out index))
            {
                index = ctx.Circular.Count + 1;
                ctx.Circular[obj] = index;
            }
            return ctx.Stylize($"[Circular *{index}]", "special");
        }
        return FormatRaw(ctx, obj, recurseTimes);
    }

    /// <summary><c>value.constructor &amp;&amp; value.constructor.prototype === value</c> (prototype objects skip custom inspectors).</summary>
    private static bool IsPrototypeObject(JsObject value)
    {
        var ctor = value.Get("constructor");
        if (!Operations.ToBoolean(ctor)) return false;
        return Operations.GetV(ctor, "prototype").AsObject is { } p && ReferenceEquals(p, value);
    }

    private static ProxyCore? ProxyCoreOf(JsObject o) => o switch
    {
        JsProxy p => p.Core,
        ProxyFunction f => f.Core,
        _ => null,
    };

    /// <summary>formatProxy (showProxy): Proxy [ target, handler ].</summary>
    private static string FormatProxy(InspectContext ctx, ProxyCore proxy, int recurseTimes)
    {
        if (ctx.TooDeep(recurseTimes)) return ctx.Stylize("Proxy [Array]", "special");
        recurseTimes++;
        ctx.IndentationLvl += 2;
        var res = new List<string>
        {
            FormatValue(ctx, proxy.Target is { } t ? t : JsValue.Null, recurseTimes),
            FormatValue(ctx, proxy.Handler is { } h ? h : JsValue.Null, recurseTimes),
        };
        ctx.IndentationLvl -= 2;
        return ReduceToSingleString(ctx, res, "", ["Proxy [", "]"], ArrayExtrasType, recurseTimes, null);
    }

    /// <summary>formatRaw</summary>
    private static string FormatRaw(InspectContext ctx, JsObject value, int recurseTimes)
    {
        // node stops where V8's stack overflows (handleMaxCallStackSize); .NET cannot catch that, so the
        // nesting is bounded by a stack budget calibrated on node's limits (and by the real stack).
        long stackCost = NestingCost(value);
        if (ctx.StackUsed + stackCost > NestingBudget || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            string name = TrimEnd(GetCtxStyle(value, GetConstructorName(value, ctx, recurseTimes, null), ""));
            return ctx.Stylize($"[{name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]", "special");
        }
        ctx.StackUsed += stackCost;
        try
        {
            return FormatRawUnbounded(ctx, value, recurseTimes);
        }
        finally
        {
            ctx.StackUsed -= stackCost;
        }
    }

    /// <summary>How far nesting may go: node 20 (running a file) interrupts arrays at level 810, objects 968, maps 1009, sets 1035.</summary>
    private const long NestingBudget = 10_000_000;

    private static long NestingCost(JsObject value) => value switch
    {
        JsArray => 12_340,
        JsMapOrSet { IsMap: true } => 9_905,
        JsMapOrSet => 9_657,
        _ => 10_325,
    };

    private static string FormatRawUnbounded(InspectContext ctx, JsObject value, int recurseTimes)
    {
        List<string>? protoProps = null;
        if (ctx.ShowHidden && !ctx.TooDeep(recurseTimes)) protoProps = [];
        string? constructor = GetConstructorName(value, ctx, recurseTimes, protoProps);
        if (protoProps is { Count: 0 }) protoProps = null;

        string tag = "";
        var tagValue = value.Get(WellKnownSymbols.ToStringTag, value);
        if (tagValue.IsString && tagValue.String != "")
        {
            // Only list the tag when it is not an own enumerable (shown anyway) property.
            bool shown = value.GetOwnProperty(WellKnownSymbols.ToStringTag, out var td) && (ctx.ShowHidden || td.Enumerable);
            if (!shown) tag = tagValue.String;
        }

        string basePart = "";
        Func<List<string>> formatter = () => [];
        string[] braces = ["{", "}"];
        bool noIterator = true;
        List<PropertyKey> keys = null!;
        int extrasType = ObjectType;
        int rt = recurseTimes + 1; // what the formatters see (recurseTimes after the depth check)

        if (value.HasProperty(WellKnownSymbols.Iterator) || constructor is null)
        {
            noIterator = false;
            if (value is JsArray array)
            {
                string prefix = constructor != "Array" || tag != ""
                    ? GetPrefix(constructor, tag, "Array", $"({array.Length})") : "";
                keys = GetOwnNonIndexProperties(value, ctx.ShowHidden);
                braces = [$"{prefix}[", "]"];
                if (array.Length == 0 && keys.Count == 0 && protoProps is null) return braces[0] + "]";
                extrasType = ArrayExtrasType;
                formatter = () => FormatArray(ctx, array, rt);
            }
            else if (value is JsTypedArray typedArray)
            {
                keys = GetOwnNonIndexProperties(value, ctx.ShowHidden);
                braces = TypedArrayBraces(typedArray, constructor, tag);
                if (typedArray.Length == 0 && keys.Count == 0 && !ctx.ShowHidden) return braces[0] + "]";
                extrasType = ArrayExtrasType;
                formatter = () => FormatTypedArray(ctx, typedArray, rt);
            }
            else if (TryCollectionPrefix(ctx, value, constructor, tag, rt, ref keys, ref braces, ref formatter, out var empty))
            {
                if (empty is not null && protoProps is null && keys.Count == 0) return empty;
            }
            else noIterator = true;
        }
        if (noIterator)
        {
            keys = GetKeys(value, ctx.ShowHidden);
            braces = ["{", "}"];
            if (value.IsCallable)
            {
                basePart = GetFunctionBase(ctx, value, constructor, tag);
                if (keys.Count == 0 && protoProps is null) return ctx.Stylize(basePart, "special");
            }
            else if (constructor == "Object")
            {
                if (value is Vm.ArgumentsObject) braces[0] = "[Arguments] {";
                else if (tag != "") braces[0] = GetPrefix(constructor, tag, "Object") + "{";
                if (keys.Count == 0 && protoProps is null) return braces[0] + "}";
            }
            else if (value is Vm.Modules.ModuleNamespace)
            {
                braces[0] = GetPrefix(constructor, tag, "Module") + "{";
                if (keys.Count == 0 && protoProps is null) return braces[0] + "}";
            }
            else if (TryFormatSpecialBase(ctx, value, constructor, tag, keys, recurseTimes, protoProps is not null,
                         ref basePart, ref braces, ref formatter, out var done))
            {
                if (done is not null) return done;
            }
            else
            {
                if (keys.Count == 0 && protoProps is null) return GetCtxStyle(value, constructor, tag) + "{}";
                braces[0] = GetCtxStyle(value, constructor, tag) + "{";
            }
        }

        if (ctx.TooDeep(recurseTimes))
        {
            string constructorName = TrimEnd(GetCtxStyle(value, constructor, tag));
            if (constructor is not null) constructorName = $"[{constructorName}]";
            return ctx.Stylize(constructorName, "special");
        }
        recurseTimes++;

        ctx.Seen.Add(value);
        ctx.CurrentDepth = recurseTimes;
        var output = formatter();
        foreach (var key in keys) output.Add(FormatProperty(ctx, value, recurseTimes, key, extrasType));
        if (protoProps is not null) output.AddRange(protoProps);

        if (ctx.Circular is not null && ctx.Circular.TryGetValue(value, out int refIndex))
        {
            string reference = ctx.Stylize($"<ref *{refIndex}>", "special");
            if (ctx.Compact != InspectOptions.CompactTrue) basePart = basePart == "" ? reference : $"{reference} {basePart}";
            else braces[0] = $"{reference} {braces[0]}";
        }
        ctx.Seen.RemoveAt(ctx.Seen.Count - 1);

        if (ctx.Options.Sorted) SortOutput(ctx, output, extrasType, keys.Count);

        string res = ReduceToSingleString(ctx, output, basePart, braces, extrasType, recurseTimes, value);
        ctx.Budget.TryGetValue(ctx.IndentationLvl, out long budget);
        long newLength = budget + res.Length;
        ctx.Budget[ctx.IndentationLvl] = newLength;
        // Past 2^27 characters at one level, stop inspecting deeper (node's output size guard).
        if (newLength > 1L << 27) ctx.Depth = -1;
        return res;
    }

    private static string TrimEnd(string s) => s.Length > 0 ? s[..^1] : s;

    /// <summary>sorted: the entries (or an array's extra keys) sorted like Array.prototype.sort.</summary>
    private static void SortOutput(InspectContext ctx, List<string> output, int extrasType, int keyCount)
    {
        Comparison<string> cmp = ctx.Options.SortComparator is { } fn
            ? (a, b) => Operations.ToNumber(fn.Call(JsValue.Undefined, [a, b])) is var r && r > 0 ? 1 : r < 0 ? -1 : 0
            : string.CompareOrdinal;
        if (extrasType == ObjectType) StableSort(output, 0, output.Count, cmp);
        else if (keyCount > 1) StableSort(output, output.Count - keyCount, keyCount, cmp);
    }

    /// <summary>A stable merge sort that tolerates inconsistent user comparators (List.Sort may throw on them).</summary>
    private static void StableSort(List<string> list, int start, int count, Comparison<string> cmp)
    {
        var items = list.GetRange(start, count).ToArray();
        var buffer = new string[count];
        for (int width = 1; width < count; width *= 2)
        {
            for (int lo = 0; lo < count; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, count), hi = Math.Min(lo + 2 * width, count);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) buffer[k++] = cmp(items[j], items[i]) < 0 ? items[j++] : items[i++];
                while (i < mid) buffer[k++] = items[i++];
                while (j < hi) buffer[k++] = items[j++];
            }
            (items, buffer) = (buffer, items);
        }
        for (int i = 0; i < count; i++) list[start + i] = items[i];
    }

    // -------------------------------------------------- constructor names ----

    /// <summary>getConstructorName: the first prototype's constructor.name that value is an instance of; null for a null-prototype chain.</summary>
    private static string? GetConstructorName(JsObject obj, InspectContext ctx, int recurseTimes, List<string>? protoProps)
    {
        JsObject? firstProto = null;
        bool firstSet = false;
        var tmp = obj;
        var realm = ctx.Realm;
        for (JsObject? o = obj; o is not null;)
        {
            if (ReferenceEquals(o, realm.ObjectPrototype) || ReferenceEquals(o, realm.FunctionPrototype))
            {
                // Well-known prototypes: their name even if "constructor" was tampered with.
                bool isFunctionProto = ReferenceEquals(o, realm.FunctionPrototype);
                if (IsInChain(tmp, o))
                {
                    if (protoProps is not null && !ReferenceEquals(firstProto, o))
                        AddPrototypeProperties(ctx, tmp, firstProto ?? tmp, recurseTimes, protoProps);
                    return isFunctionProto ? "Function" : "Object";
                }
            }
            if (o.GetOwnProperty("constructor", out var desc) && !desc.IsAccessor && desc.Value.AsFunction is { } ctor)
            {
                var name = ctor.Get("name");
                if (!(name.IsString && name.String == "") && IsInstanceof(tmp, ctor))
                {
                    string ctorName = Operations.ToString(name);
                    if (protoProps is not null && (!ReferenceEquals(firstProto, o) || !IsBuiltInObjectName(realm, ctorName)))
                        AddPrototypeProperties(ctx, tmp, firstProto ?? tmp, recurseTimes, protoProps);
                    return ctorName;
                }
            }
            o = o.GetPrototypeOf();
            if (!firstSet) { firstProto = o; firstSet = true; }
        }
        if (firstProto is null) return null;

        string res = InternalConstructorName(tmp);
        if (ctx.TooDeep(recurseTimes)) return $"{res} <Complex prototype>";
        string? protoConstr = GetConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
        if (protoConstr is null)
        {
            var opts = ctx.Options.Clone();
            opts.CustomInspect = false;
            opts.Depth = -1;
            opts.DepthIsNull = false;
            return $"{res} <{Inspect(ctx.Realm, firstProto, opts)}>";
        }
        return $"{res} <{protoConstr}>";
    }

    private static bool IsInChain(JsObject value, JsObject proto)
    {
        for (var p = value.GetPrototypeOf(); p is not null; p = p.GetPrototypeOf())
            if (ReferenceEquals(p, proto)) return true;
        return false;
    }

    private static bool IsInstanceof(JsObject value, JsFunction ctor)
    {
        try { return Operations.InstanceOf(value, ctor); }
        catch (JsException) { return false; }
    }

    /// <summary>V8's GetConstructorName: the class name the object was created as.</summary>
    private static string InternalConstructorName(JsObject o) => o.ClassName;

    /// <summary>builtInObjects: global names like "Object", "Map" (capitalized, alphanumeric).</summary>
    internal static bool IsBuiltInObjectName(Realm realm, string name)
    {
        if (name.Length < 2 || !char.IsAsciiLetterUpper(name[0])) return false;
        foreach (char c in name) if (!char.IsAsciiLetterOrDigit(c)) return false;
        // Node computes the set once at startup, before it adds its own globals (Buffer, EventTarget, ...);
        // the intrinsic globals are non-enumerable builtins.
        return !(realm.Engine.Runtime?.DefinesLazyGlobal(name) ?? false) && realm.GlobalObject.GetOwnProperty(name, out var d) && !d.Enumerable;
    }

    /// <summary>addPrototypeProperties (showHidden): user-defined prototype properties, up to three layers.</summary>
    private static void AddPrototypeProperties(InspectContext ctx, JsObject main, JsObject obj, int recurseTimes, List<string> output)
    {
        int depth = 0;
        List<PropertyKey>? keys = null;
        HashSet<PropertyKey>? keySet = null;
        JsObject? cur = obj;
        do
        {
            if (depth != 0 || ReferenceEquals(main, cur))
            {
                cur = cur!.GetPrototypeOf();
                if (cur is null) return;
                if (cur.GetOwnProperty("constructor", out var cd) && !cd.IsAccessor && cd.Value.AsFunction is { } c &&
                    c.Get("name") is { IsString: true } cn && IsBuiltInObjectName(ctx.Realm, cn.String))
                    return;
            }
            if (depth == 0) keySet = [];
            else foreach (var k in keys!) keySet!.Add(k);
            keys = cur!.OwnPropertyKeys();
            ctx.Seen.Add(main);
            foreach (var key in keys)
            {
                if ((key.IsString && key.Name == "constructor") || main.HasOwnProperty(key) || (depth != 0 && keySet!.Contains(key)))
                    continue;
                if (!cur.GetOwnProperty(key, out var desc) || (!desc.IsAccessor && desc.Value.IsCallable)) continue;
                output.Add(FormatProperty(ctx, cur, recurseTimes, key, ObjectType, desc, main));
            }
            ctx.Seen.RemoveAt(ctx.Seen.Count - 1);
        } while (++depth != 3);
    }

    /// <summary>getPrefix</summary>
    internal static string GetPrefix(string? constructor, string tag, string fallback, string size = "")
    {
        if (constructor is null)
        {
            if (tag != "" && fallback != tag) return $"[{fallback}{size}: null prototype] [{tag}] ";
            return $"[{fallback}{size}: null prototype] ";
        }
        if (tag != "" && constructor != tag) return $"{constructor}{size} [{tag}] ";
        return $"{constructor}{size} ";
    }

    /// <summary>getCtxStyle</summary>
    private static string GetCtxStyle(JsObject value, string? constructor, string tag)
    {
        string fallback = "";
        if (constructor is null)
        {
            fallback = InternalConstructorName(value);
            if (fallback == tag) fallback = "Object";
        }
        return GetPrefix(constructor, tag, fallback);
    }

    // ---------------------------------------------------------------- keys ----

    /// <summary>getKeys: Object.keys plus enumerable symbols (all own keys with showHidden).</summary>
    private static List<PropertyKey> GetKeys(JsObject value, bool showHidden)
    {
        var all = value.OwnPropertyKeys();
        var keys = new List<PropertyKey>(all.Count);
        foreach (var k in all)
            if (k.IsString && (showHidden || IsEnumerableOwn(value, k))) keys.Add(k);
        foreach (var k in all)
            if (k.IsSymbol && (showHidden || IsEnumerableOwn(value, k))) keys.Add(k);
        return keys;
    }

    /// <summary>getOwnNonIndexProperties (ONLY_ENUMERABLE or ALL_PROPERTIES).</summary>
    private static List<PropertyKey> GetOwnNonIndexProperties(JsObject value, bool showHidden)
    {
        var keys = new List<PropertyKey>();
        foreach (var k in value.OwnPropertyKeys())
            if (!k.IsArrayIndex && (showHidden || IsEnumerableOwn(value, k))) keys.Add(k);
        return keys;
    }

    private static bool IsEnumerableOwn(JsObject o, in PropertyKey k) => o.GetOwnProperty(k, out var d) && d.Enumerable;

    // ---------------------------------------------------------- properties ----

    /// <summary>formatProperty</summary>
    private static string FormatProperty(InspectContext ctx, JsObject value, int recurseTimes, PropertyKey key, int type,
        PropertyDescriptor? knownDesc = null, JsObject? original = null)
    {
        original ??= value;
        string str;
        string extra = " ";
        PropertyDescriptor desc;
        if (knownDesc is { } kd) desc = kd;
        else if (!value.GetOwnProperty(key, out desc)) desc = PropertyDescriptor.Data(value.Get(key, value), PropertyFlags.Enumerable);

        if (!desc.IsAccessor && !desc.Value.IsUndefined)
        {
            int diff = ctx.Compact != InspectOptions.CompactTrue || type != ObjectType ? 2 : 3;
            ctx.IndentationLvl += diff;
            str = FormatValue(ctx, desc.Value, recurseTimes);
            if (diff == 3 && ctx.BreakLength < GetStringWidth(str, ctx.Colors))
                extra = "\n" + new string(' ', ctx.IndentationLvl);
            ctx.IndentationLvl -= diff;
        }
        else if (desc.IsAccessor && !desc.Get.IsUndefined)
        {
            string label = !desc.Set.IsUndefined ? "Getter/Setter" : "Getter";
            var g = ctx.Options.Getters;
            if (g is not null && (g == "true" || (g == "get" && desc.Set.IsUndefined) || (g == "set" && !desc.Set.IsUndefined)))
                str = FormatGetterValue(ctx, desc, original, label, recurseTimes);
            else str = ctx.Stylize($"[{label}]", "special");
        }
        else if (desc.IsAccessor && !desc.Set.IsUndefined) str = ctx.Stylize("[Setter]", "special");
        else str = ctx.Stylize("undefined", "undefined");

        if (type == ArrayType) return str;
        string name;
        if (key.IsSymbol) name = $"[{ctx.Stylize(EscapeUnquoted(key.Symbol.ToString()), "symbol")}]";
        else if (key.Name == "__proto__") name = "['__proto__']";
        else if (!desc.Enumerable) name = $"[{EscapeUnquoted(key.Name)}]";
        else if (IsIdentifierKey(key.Name)) name = ctx.Stylize(key.Name, "name");
        else name = ctx.Stylize(StrEscape(key.Name), "string");
        return $"{name}:{extra}{str}";
    }

    private static string FormatGetterValue(InspectContext ctx, PropertyDescriptor desc, JsObject original, string label, int recurseTimes)
    {
        try
        {
            var tmp = desc.Get.AsFunction!.Call(original, []);
            ctx.IndentationLvl += 2;
            string str;
            if (tmp.IsNull) str = $"{ctx.Stylize($"[{label}:", "special")} {ctx.Stylize("null", "null")}{ctx.Stylize("]", "special")}";
            else if (tmp.IsObject) str = $"{ctx.Stylize($"[{label}]", "special")} {FormatValue(ctx, tmp, recurseTimes)}";
            else str = $"{ctx.Stylize($"[{label}:", "special")} {FormatPrimitive(ctx, tmp)}{ctx.Stylize("]", "special")}";
            ctx.IndentationLvl -= 2;
            return str;
        }
        catch (JsException e)
        {
            var err = e.GetValue(ctx.Realm);
            string message = err.AsObject is { } eo ? Operations.ToString(eo.Get("message")) : "undefined";
            return $"{ctx.Stylize($"[{label}:", "special")} <Inspection threw ({message})>{ctx.Stylize("]", "special")}";
        }
    }

    /// <summary>keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/</summary>
    private static bool IsIdentifierKey(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    // -------------------------------------------------------------- arrays ----

    private static string RemainingText(double remaining) => $"... {remaining} more item{(remaining > 1 ? "s" : "")}";

    /// <summary>formatArray</summary>
    private static List<string> FormatArray(InspectContext ctx, JsArray value, int recurseTimes)
    {
        uint valLen = value.Length;
        // A NaN limit lists nothing and announces nothing (node's Math.min/max arithmetic).
        double limit = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), valLen);
        uint len = double.IsNaN(limit) ? 0 : (uint)limit;
        double remaining = valLen - limit;
        var output = new List<string>();
        for (uint i = 0; i < len; i++)
        {
            var key = new PropertyKey(i);
            if (!value.GetOwnProperty(key, out var desc)) return FormatSpecialArray(ctx, value, recurseTimes, len, output, i);
            output.Add(FormatProperty(ctx, value, recurseTimes, key, ArrayType, desc));
        }
        if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }

    /// <summary>formatSpecialArray: the array is sparse and/or has extra keys.</summary>
    private static List<string> FormatSpecialArray(InspectContext ctx, JsArray value, int recurseTimes, uint maxLength, List<string> output, uint start)
    {
        var keys = new List<PropertyKey>();
        foreach (var k in value.OwnPropertyKeys())
            if (k.IsString && IsEnumerableOwn(value, k)) keys.Add(k);
        double index = start;
        int i = (int)start;
        for (; i < keys.Count && output.Count < maxLength; i++)
        {
            var key = keys[i];
            if (!key.IsArrayIndex) break; // numberRegExp fails, or beyond 2^32 - 2
            double tmp = key.Index;
            if (tmp != index)
            {
                double emptyItems = tmp - index;
                output.Add(ctx.Stylize($"<{emptyItems} empty item{(emptyItems > 1 ? "s" : "")}>", "undefined"));
                index = tmp;
                if (output.Count == maxLength) break;
            }
            output.Add(FormatProperty(ctx, value, recurseTimes, key, ArrayType));
            index++;
        }
        double remaining = value.Length - index;
        if (output.Count != maxLength)
        {
            if (remaining > 0)
                output.Add(ctx.Stylize($"<{remaining} empty item{(remaining > 1 ? "s" : "")}>", "undefined"));
        }
        else if (remaining > 0) output.Add(RemainingText(remaining));
        return output;
    }
}
