using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>The bytes behind the binary values node's APIs take (Buffer, any typed array, DataView, ArrayBuffer).</summary>
internal static class ByteViews
{
    /// <summary>The bytes a typed array, DataView or ArrayBuffer covers (empty for anything else or an out-of-bounds view).</summary>
    public static Span<byte> Of(JsValue value) => value.AsObject switch
    {
        JsTypedArray view => view.Buffer.Bytes.Slice(view.ByteOffset, view.ByteLength),
        JsDataView view when !view.IsOutOfBounds => view.Buffer.Bytes.Slice(view.ByteOffset, view.ViewByteLength),
        JsArrayBuffer buffer => buffer.Bytes,
        _ => [],
    };

    /// <summary>The bytes a view covers, for writing into: an immutable ArrayBuffer's bytes never change,
    /// so writing into one is a TypeError as it is through the view's own methods.</summary>
    public static Span<byte> Writable(JsValue value, string operation)
    {
        var buffer = value.AsObject switch { JsTypedArray view => view.Buffer, JsDataView view => view.Buffer, JsArrayBuffer b => b, _ => null };
        if (buffer is { IsImmutable: true }) throw JsException.TypeError($"Cannot perform {operation} on an immutable ArrayBuffer");
        return Of(value);
    }

    /// <summary>Whether the value is an ArrayBuffer view (what "Buffer, TypedArray, or DataView" accepts).</summary>
    public static bool IsView(JsValue value) => value.AsObject is JsTypedArray or JsDataView;

    /// <summary>A copy of a view's bytes, taken now (before work on another thread), or null when the value is not a view.</summary>
    public static byte[]? Copy(JsValue value) => IsView(value) ? Of(value).ToArray() : null;
}
