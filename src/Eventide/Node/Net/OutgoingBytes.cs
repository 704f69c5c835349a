using Eventide.Runtime;

namespace Eventide.Node.Net;

/// <summary>
/// The bytes a stream write hands its handle: a string in its encoding or a view's bytes, or a
/// writev batch of <c>{ chunk, encoding }</c> entries gathered into one send. Strings are encoded
/// straight into the bytes sent (no Buffer per chunk, no concat), views copied once (the send may
/// finish after the caller reuses them).
/// </summary>
internal static class OutgoingBytes
{
    /// <summary>One chunk: a string in <paramref name="encoding"/> (a name; utf8 when unknown), else a view's bytes.</summary>
    public static byte[] Of(JsValue chunk, JsValue encoding) =>
        chunk.IsString ? Encodings.Encode(chunk.String, EncodingOf(encoding)) : ByteViews.Copy(chunk) ?? [];

    /// <summary>A writev batch, in order, as one array.</summary>
    public static byte[] Gather(JsValue entries)
    {
        if (entries.AsObject is not JsArray list) return [];
        int count = (int)list.Length;
        var parts = new byte[count][];
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            var entry = list.Get(new PropertyKey((uint)i)).AsObject;
            parts[i] = entry is null ? [] : Of(entry.Get("chunk"), entry.Get("encoding"));
            total += parts[i].Length;
        }
        if (count == 1) return parts[0];
        var bytes = new byte[total];
        int at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(bytes, at);
            at += part.Length;
        }
        return bytes;
    }

    private static NodeEncoding EncodingOf(JsValue encoding) =>
        encoding.IsString ? Encodings.Parse(encoding.String) ?? NodeEncoding.Utf8 : NodeEncoding.Utf8;
}
