using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>Typed arrays (formatTypedArray), ArrayBuffer / SharedArrayBuffer (formatArrayBuffer) and DataView.</summary>
internal static partial class Inspector
{
    /// <summary>formatRaw's isTypedArray branch: "Uint8Array(3) [" and the element formatter.</summary>
    private static string[] TypedArrayBraces(JsTypedArray value, string? constructor, string tag) =>
        [$"{GetPrefix(constructor, tag, ElementTypes.ArrayName(value.Type), $"({value.Length})")}[", "]"];

    /// <summary>formatTypedArray</summary>
    private static List<string> FormatTypedArray(InspectContext ctx, JsTypedArray value, int recurseTimes)
    {
        int length = value.Length;
        double limit = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), length);
        int maxLength = double.IsNaN(limit) ? 0 : (int)limit;
        var output = new List<string>(maxLength + 1);
        for (int i = 0; i < maxLength; i++)
        {
            var element = value.GetElement(i);
            output.Add(element.IsBigInt
                ? FormatBigInt(ctx.Stylize, element.BigInt, ctx.Options.NumericSeparator)
                : FormatNumber(ctx.Stylize, element.Number, ctx.Options.NumericSeparator));
        }
        if (length - maxLength > 0) output.Add(RemainingText(length - maxLength));
        if (ctx.ShowHidden)
        {
            // .buffer goes last: it is not a primitive like the others.
            ctx.IndentationLvl += 2;
            foreach (var key in (string[])["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"])
                output.Add($"[{key}]: {FormatTypedArrayProperty(ctx, value.Get(key), recurseTimes)}");
            ctx.IndentationLvl -= 2;
        }
        return output;
    }

    /// <summary>formatValue(ctx, value[key], recurseTimes, typedArray = true): a buffer without own keys shows only its byteLength.</summary>
    private static string FormatTypedArrayProperty(InspectContext ctx, JsValue property, int recurseTimes)
    {
        if (property.Ref is not JsArrayBuffer buffer || GetKeys(buffer, ctx.ShowHidden).Count > 0) return FormatValue(ctx, property, recurseTimes);
        string? constructor = GetConstructorName(buffer, ctx, recurseTimes, null);
        string prefix = GetPrefix(constructor, "", buffer.IsShared ? "SharedArrayBuffer" : "ArrayBuffer");
        return $"{prefix}{{ byteLength: {FormatNumber(ctx.Stylize, buffer.ByteLength, false)} }}";
    }

    /// <summary>formatRaw's isAnyArrayBuffer and isDataView branches: the braces, the keys shown first, the contents formatter.</summary>
    private static bool TryBinaryBase(InspectContext ctx, JsObject value, string? constructor, string tag, List<PropertyKey> keys,
        ref string[] braces, ref Func<List<string>> formatter)
    {
        if (value is JsArrayBuffer buffer)
        {
            formatter = () => FormatArrayBuffer(ctx, buffer);
            braces[0] = GetPrefix(constructor, tag, buffer.IsShared ? "SharedArrayBuffer" : "ArrayBuffer") + "{";
            keys.Insert(0, "byteLength");
            return true;
        }
        if (value is JsDataView)
        {
            braces[0] = GetPrefix(constructor, tag, "DataView") + "{";
            keys.InsertRange(0, [(PropertyKey)"byteLength", "byteOffset", "buffer"]);
            return true;
        }
        return false;
    }

    /// <summary>formatArrayBuffer: the bytes in hex, as Buffer's hexSlice spaced in pairs.</summary>
    private static List<string> FormatArrayBuffer(InspectContext ctx, JsArrayBuffer buffer)
    {
        if (buffer.IsDetached) return [ctx.Stylize("(detached)", "special")];
        var bytes = buffer.Bytes;
        double limit = Math.Min(ctx.Options.MaxArrayLength, bytes.Length);
        int shown = double.IsNaN(limit) || limit < 0 ? 0 : (int)limit;
        string str = string.Join(' ', Convert.ToHexStringLower(bytes[..shown]).Chunk(2).Select(pair => new string(pair)));
        double remaining = bytes.Length - ctx.Options.MaxArrayLength;
        if (remaining > 0) str += $" ... {NumberConversions.ToString(remaining)} more byte{(remaining > 1 ? "s" : "")}";
        return [$"{ctx.Stylize("[Uint8Contents]", "special")}: <{str}>"];
    }
}
