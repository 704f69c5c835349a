using System.Runtime.CompilerServices;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.5 The JSON Object.</summary>
internal static class JsonObject
{
    public static void Setup(Realm realm)
    {
        var json = new JsObject(realm.ObjectPrototype);
        realm.GlobalObject.FastSet("JSON", json, PropertyFlags.Hidden);
        // 25.5.1 JSON.parse ( text [ , reviver ] )
        realm.DefineMethod(json, "parse", 2, (_, args) =>
        {
            string text = Operations.ToString(args.At(0));
            var reviver = args.At(1).AsFunction;
            var parser = new JsonParser(realm, text, recordSource: reviver is not null);
            JsValue unfiltered;
            JsonParseRecord snapshot;
            try
            {
                if (reviver is null) return parser.Parse();
                unfiltered = parser.Parse(out snapshot);
            }
            catch (JsException e) when (parser.ErrorPosition >= 0) { throw parser.WithReportedSite(e); }
            var root = realm.NewObject();
            root.CreateDataPropertyOrThrow("", unfiltered);
            return InternalizeJSONProperty(realm, root, "", reviver, snapshot);
        });
        // 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )
        realm.DefineMethod(json, "stringify", 3, (_, args) =>
            new JsonStringifier(realm).Stringify(args.At(0), args.At(1), args.At(2)) is { } s ? s : JsValue.Undefined);
        JsonRawJson.Setup(realm, json);
        // 25.5.3 JSON [ @@toStringTag ]
        json.FastSet(WellKnownSymbols.ToStringTag, "JSON", PropertyFlags.Configurable);
    }

    /// <summary>25.5.1.1 InternalizeJSONProperty ( holder, name, reviver, parseRecord )</summary>
    private static JsValue InternalizeJSONProperty(Realm realm, JsObject holder, PropertyKey name, JsFunction reviver, JsonParseRecord? parseRecord)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsException.RangeError("Maximum call stack size exceeded");
        // 1. Let val be ? Get(holder, name).
        var val = holder.Get(name);
        // 2. Let context be OrdinaryObjectCreate(%Object.prototype%).
        var context = realm.NewObject();
        // 3-4. Only while val is still the parsed value do its records (and a primitive's source) apply.
        if (parseRecord is not null && !JsValue.SameValue(parseRecord.Value, val)) parseRecord = null;
        // 3.a. If val is not an Object, perform ! CreateDataPropertyOrThrow(context, "source", the source text).
        if (parseRecord?.Source is { } source) context.CreateDataPropertyOrThrow("source", source);
        // 5. If val is an Object, then
        if (val.AsObject is JsObject obj)
        {
            if (Operations.IsArray(val))
            {
                var elementRecords = parseRecord?.Elements;
                long len = Operations.LengthOfArrayLike(obj);
                var budget = Vm.ExecutionBudget.Current;
                for (long i = 0; i < len; i++)
                {
                    budget.Tick();
                    var key = i < uint.MaxValue ? new PropertyKey((uint)i) : new PropertyKey(i.ToString());
                    Revive(realm, obj, key, reviver, elementRecords is not null && i < elementRecords.Count ? elementRecords[(int)i] : null);
                }
            }
            else
            {
                var entryRecords = parseRecord?.Entries;
                foreach (var key in EnumerableOwnKeys(obj))
                    Revive(realm, obj, key, reviver, entryRecords is not null && entryRecords.TryGetValue(key.ToString(), out var r) ? r : null);
            }
        }
        // 6. Return ? Call(reviver, holder, « name, val, context »).
        return reviver.Call(holder, [name.ToJsValue(), val, context]);
    }

    private static void Revive(Realm realm, JsObject obj, PropertyKey key, JsFunction reviver, JsonParseRecord? record)
    {
        var newElement = InternalizeJSONProperty(realm, obj, key, reviver, record);
        if (newElement.IsUndefined) obj.Delete(key);
        else obj.CreateDataProperty(key, newElement);
    }

    /// <summary>7.3.23 EnumerableOwnProperties ( O, key ): string keys of enumerable own properties.</summary>
    public static List<PropertyKey> EnumerableOwnKeys(JsObject o)
    {
        var keys = o.OwnPropertyKeys();
        var result = new List<PropertyKey>(keys.Count);
        foreach (var key in keys)
        {
            if (key.IsSymbol) continue;
            if (o.GetOwnProperty(key, out var desc) && desc.Enumerable) result.Add(key);
        }
        return result;
    }
}

/// <summary>25.5.2 JSON.stringify's JSON Serialization Record and its serialization operations.</summary>
internal sealed class JsonStringifier(Realm realm)
{
    private readonly StringBuilder _sb = new();
    private readonly Vm.ExecutionBudget _budget = realm.Budget;
    private JsFunction? _replacerFunction;
    private List<PropertyKey>? _propertyList;
    private string _gap = "";
    private string _indent = "";
    // The objects being serialized (the spec's [[Stack]]) and the key that led to each.
    private readonly List<(JsObject Value, PropertyKey Key)> _stack = new();
    // The same objects as a set: searching the list made a million-deep value quadratic.
    private readonly HashSet<JsObject> _onStack = new(ReferenceEqualityComparer.Instance);

    public string? Stringify(JsValue value, JsValue replacer, JsValue space)
    {
        if (replacer.AsObject is JsObject r)
        {
            if (r.IsCallable) _replacerFunction = (JsFunction)r;
            else if (Operations.IsArray(replacer)) _propertyList = BuildPropertyList(r);
        }
        if (space.AsObject is JsObject so)
        {
            if (so is PrimitiveWrapper { PrimitiveValue.IsNumber: true }) space = Operations.ToNumber(space);
            else if (so is StringObject) space = Operations.ToString(space);
        }
        if (space.IsNumber)
        {
            double n = Math.Min(10, Operations.ToIntegerOrInfinity(space));
            _gap = n >= 1 ? new string(' ', (int)n) : "";
        }
        else if (space.IsString) _gap = space.String.Length <= 10 ? space.String : space.String[..10];

        var wrapper = realm.NewObject();
        wrapper.CreateDataPropertyOrThrow("", value);
        return SerializeJSONProperty("", wrapper) ? _sb.ToString() : null;
    }

    private static List<PropertyKey> BuildPropertyList(JsObject replacer)
    {
        var list = new List<PropertyKey>();
        var seen = new HashSet<string>();
        long len = Operations.LengthOfArrayLike(replacer);
        for (long k = 0; k < len; k++)
        {
            var v = replacer.Get(new PropertyKey((uint)k));
            string? item = null;
            if (v.IsString) item = v.String;
            else if (v.IsNumber) item = NumberConversions.ToString(v.Number);
            else if (v.AsObject is StringObject or PrimitiveWrapper { PrimitiveValue.IsNumber: true }) item = Operations.ToString(v);
            if (item is not null && seen.Add(item)) list.Add(item);
        }
        return list;
    }

    /// <summary>25.5.2.2 SerializeJSONProperty ( state, key, holder ): appends the text; false when undefined.</summary>
    private bool SerializeJSONProperty(PropertyKey key, JsObject holder)
    {
        _budget.Tick();
        if (_sb.Length > StringPrototype.MaxStringLength) throw JsException.RangeError("Invalid string length");
        var value = holder.Get(key);
        if (value.IsObject || value.IsBigInt)
        {
            var toJSON = Operations.GetV(value, "toJSON");
            if (toJSON.AsFunction is JsFunction f) value = f.Call(value, [key.ToJsValue()]);
        }
        if (_replacerFunction is not null) value = _replacerFunction.Call(holder, [key.ToJsValue(), value]);
        if (value.AsObject is JsObject o)
        {
            // 4.a. If value has an [[IsRawJSON]] internal slot, return ! Get(value, "rawJSON").
            if (o is RawJsonObject raw) { _sb.Append(raw.Text); return true; }
            switch (o)
            {
                case PrimitiveWrapper { PrimitiveValue.IsNumber: true }: value = Operations.ToNumber(value); break;
                case StringObject: value = Operations.ToString(value); break;
                case PrimitiveWrapper { PrimitiveValue.IsBoolean: true } pb: value = pb.PrimitiveValue; break;
                case PrimitiveWrapper { PrimitiveValue.IsBigInt: true } pbi: value = pbi.PrimitiveValue; break;
            }
        }
        switch (value.Type)
        {
            case JsType.Null: _sb.Append("null"); return true;
            case JsType.Boolean: _sb.Append(value.IsTrue ? "true" : "false"); return true;
            case JsType.String: QuoteJSONString(_sb, value.String); return true;
            case JsType.Number:
                _sb.Append(double.IsFinite(value.Number) ? NumberConversions.ToString(value.Number) : "null");
                return true;
            case JsType.BigInt: throw JsException.TypeError("Do not know how to serialize a BigInt");
            case JsType.Object when !value.Object.IsCallable:
                Enter(value.Object, key);
                if (Operations.IsArray(value)) SerializeJSONArray(value.Object);
                else SerializeJSONObject(value.Object);
                _onStack.Remove(_stack[^1].Value);
                _stack.RemoveAt(_stack.Count - 1);
                return true;
            default: return false;
        }
    }

    private void Enter(JsObject value, PropertyKey key)
    {
        // Like V8 (and promptly on a large .NET stack): too deep is a RangeError, checked before cycles.
        if (_stack.Count >= NativeRecursion.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw JsException.RangeError("Maximum call stack size exceeded");
        if (_onStack.Contains(value))
            throw JsException.TypeError(CircularMessage(_stack.FindIndex(e => ReferenceEquals(e.Value, value)), key));
        _stack.Add((value, key));
        _onStack.Add(value);
    }

    /// <summary>V8's description of the cycle: where it starts, the path (elided past 3 steps), the closing key.</summary>
    private string CircularMessage(int start, PropertyKey closingKey)
    {
        var sb = new StringBuilder("Converting circular structure to JSON");
        sb.Append("\n    --> starting at object with constructor ").Append(ConstructorName(_stack[start].Value));
        int prefixEnd = Math.Min(_stack.Count, start + 3);
        for (int i = start + 1; i < prefixEnd; i++) AppendLine(sb, i);
        if (_stack.Count > prefixEnd + 1) sb.Append("\n    |     ...");
        for (int i = Math.Max(prefixEnd, _stack.Count - 1); i < _stack.Count; i++) AppendLine(sb, i);
        sb.Append("\n    --- ").Append(DescribeKey(closingKey, _stack[^1].Value)).Append(" closes the circle");
        return sb.ToString();
    }

    private void AppendLine(StringBuilder sb, int i) =>
        sb.Append("\n    |     ").Append(DescribeKey(_stack[i].Key, _stack[i - 1].Value))
          .Append(" -> object with constructor ").Append(ConstructorName(_stack[i].Value));

    private static string DescribeKey(PropertyKey key, JsObject holder) =>
        holder is JsArray && key.IsArrayIndex ? $"index {key.Index}" : $"property '{key}'";

    private static string ConstructorName(JsObject o)
    {
        string name = "Object";
        try
        {
            if (o.Get("constructor").AsFunction is JsFunction f && f.GetOwnDataValue("name") is { IsString: true } n && n.String.Length > 0)
                name = n.String;
        }
        catch (JsException) { }
        return $"'{name}'";
    }

    /// <summary>25.5.2.3 QuoteJSONString ( value ), well-formed: lone surrogates are escaped.</summary>
    public static void QuoteJSONString(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>25.5.2.5 SerializeJSONObject ( state, value )</summary>
    private void SerializeJSONObject(JsObject value)
    {
        string stepback = _indent;
        _indent += _gap;
        var keys = _propertyList ?? JsonObject.EnumerableOwnKeys(value);
        _sb.Append('{');
        bool any = false;
        foreach (var p in keys)
        {
            int mark = _sb.Length;
            if (any) _sb.Append(',');
            if (_gap.Length > 0) _sb.Append('\n').Append(_indent);
            QuoteJSONString(_sb, p.ToString());
            _sb.Append(':');
            if (_gap.Length > 0) _sb.Append(' ');
            if (SerializeJSONProperty(p, value)) any = true;
            else _sb.Length = mark;
        }
        if (any && _gap.Length > 0) _sb.Append('\n').Append(stepback);
        _sb.Append('}');
        _indent = stepback;
    }

    /// <summary>25.5.2.6 SerializeJSONArray ( state, value )</summary>
    private void SerializeJSONArray(JsObject value)
    {
        string stepback = _indent;
        _indent += _gap;
        long len = Operations.LengthOfArrayLike(value);
        _sb.Append('[');
        for (long i = 0; i < len; i++)
        {
            if (i > 0) _sb.Append(',');
            if (_gap.Length > 0) _sb.Append('\n').Append(_indent);
            var key = i < uint.MaxValue ? new PropertyKey((uint)i) : new PropertyKey(i.ToString());
            if (!SerializeJSONProperty(key, value)) _sb.Append("null");
        }
        if (len > 0 && _gap.Length > 0) _sb.Append('\n').Append(stepback);
        _sb.Append(']');
        _indent = stepback;
    }
}
