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

    /// <summary>Whether the value is an ArrayBuffer view (what "Buffer, TypedArray, or DataView" accepts).</summary>
    public static bool IsView(JsValue value) => value.AsObject is JsTypedArray or JsDataView;

    /// <summary>A copy of a view's bytes, taken now (before work on another thread), or null when the value is not a view.</summary>
    public static byte[]? Copy(JsValue value) => IsView(value) ? Of(value).ToArray() : null;
}
