using System.Text;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// require('internal/buffer') inside the built-in buffer module: the byte work of Buffer,
/// TextEncoder and TextDecoder (encoding, decoding, searching, comparing, filling, copying). The
/// JavaScript side validates the arguments (views, clamped ranges, encodings as
/// <see cref="NodeEncoding"/> numbers), so each operation here is a plain loop over spans.
/// </summary>
internal static class BufferBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        Method(realm, binding, "byteLength", (_, a) => Encodings.ByteLength(Text(a, 0), Enc(a, 1)));
        Method(realm, binding, "fromString", (_, a) => realm.NewArrayBuffer(Encodings.Encode(Text(a, 0), Enc(a, 1))));
        // Buffer.from(string) in one call: the bytes as a new Buffer (the module registers Buffer.prototype first).
        JsObject? bufferPrototype = null;
        Method(realm, binding, "setBufferPrototype", (_, a) => { bufferPrototype = a.At(0).AsObject; return JsValue.Undefined; });
        Method(realm, binding, "bufferFromString", (_, a) =>
        {
            byte[] bytes = Encodings.Encode(Text(a, 0), Enc(a, 1));
            return new JsTypedArray(bufferPrototype ?? realm.TypedArrayPrototypes[(int)ElementType.Uint8], ElementType.Uint8, realm.NewArrayBuffer(bytes), 0, bytes.Length);
        });
        Method(realm, binding, "slice", (_, a) => Encodings.Decode(Range(a, 0, 2), Enc(a, 1)));
        Method(realm, binding, "write", (_, a) => Encodings.Write(Text(a, 1), Enc(a, 2), Range(Writable(a.At(0), "Buffer.prototype.write"), a, 3)));
        Method(realm, binding, "compare", (_, a) => Math.Sign(Range(a, 0, 2).SequenceCompareTo(Range(a, 1, 4))));
        Method(realm, binding, "indexOf", (_, a) => IndexOf(Bytes(a.At(0)), Bytes(a.At(1)), Int(a, 2), Operations.ToBoolean(a.At(3))));
        Method(realm, binding, "indexOfByte", (_, a) => IndexOfByte(Bytes(a.At(0)), (byte)Int(a, 1), Int(a, 2), Operations.ToBoolean(a.At(3))));
        Method(realm, binding, "indexOfNumber", (_, a) => IndexOfNumber(a.At(0), a.At(1), a.At(2), Operations.ToBoolean(a.At(3))));
        Method(realm, binding, "fill", (_, a) => Fill(Range(a, 0, 2), Bytes(a.At(1))));
        Method(realm, binding, "copy", (_, a) => Copy(Bytes(a.At(0)), Writable(a.At(1), "Buffer.prototype.copy"), Int(a, 2), Int(a, 3), Int(a, 4)));
        Method(realm, binding, "swap", (_, a) => Swap(Writable(a.At(0), "Buffer.prototype.swap"), Int(a, 1)));
        Method(realm, binding, "isUtf8", (_, a) => System.Text.Unicode.Utf8.IsValid(Bytes(a.At(0))));
        Method(realm, binding, "isAscii", (_, a) => Ascii.IsValid(Bytes(a.At(0))));
        Method(realm, binding, "decodeUtf8", (_, a) => DecodeUtf8(Bytes(a.At(0)), Operations.ToBoolean(a.At(1))));
        // TextDecoder's UTF-16LE replaces lone surrogates with U+FFFD (Buffer's ucs2 keeps them).
        Method(realm, binding, "decodeUtf16", (_, a) => Encoding.Unicode.GetString(Bytes(a.At(0))[..(Bytes(a.At(0)).Length & ~1)]));
        Method(realm, binding, "utf8IncompleteTail", (_, a) => Utf8IncompleteTail(Bytes(a.At(0))));
        Method(realm, binding, "encodeInto", (_, a) => EncodeInto(realm, Text(a, 0), Writable(a.At(1), "TextEncoder.prototype.encodeInto")));
        return binding;
    }

    private static void Method(Realm realm, JsObject binding, string name, NativeFn body) => realm.DefineMethod(binding, name, 0, body);

    private static string Text(ReadOnlySpan<JsValue> args, int i) => Operations.ToString(args.At(i));

    private static int Int(ReadOnlySpan<JsValue> args, int i) => (int)Operations.ToNumber(args.At(i));

    private static NodeEncoding Enc(ReadOnlySpan<JsValue> args, int i) => (NodeEncoding)Int(args, i);

    private static Span<byte> Bytes(JsValue value) => ByteViews.Of(value);

    private static Span<byte> Writable(JsValue value, string operation) => ByteViews.Writable(value, operation);

    /// <summary>The bytes [start, end) of the view at args[view], the two numbers at args[start] and after.</summary>
    private static Span<byte> Range(ReadOnlySpan<JsValue> args, int view, int start) => Range(Bytes(args.At(view)), args, start);

    /// <summary>The bytes [start, end) of <paramref name="bytes"/>, the two numbers at args[start] and after.</summary>
    private static Span<byte> Range(Span<byte> bytes, ReadOnlySpan<JsValue> args, int start)
    {
        int from = Math.Clamp(Int(args, start), 0, bytes.Length);
        int to = Math.Clamp(Int(args, start + 1), from, bytes.Length);
        return bytes[from..to];
    }

    /// <summary>The first occurrence at or after <paramref name="from"/>, or the last starting at or before it.</summary>
    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle, int from, bool forward)
    {
        if (forward)
        {
            if (from < 0 || from > haystack.Length) return -1;
            int found = haystack[from..].IndexOf(needle);
            return found < 0 ? -1 : from + found;
        }
        if (from < 0) return -1;
        int end = (int)Math.Min((long)from + needle.Length, haystack.Length);
        return haystack[..end].LastIndexOf(needle);
    }

    private static int IndexOfByte(ReadOnlySpan<byte> haystack, byte needle, int from, bool forward) =>
        IndexOf(haystack, new ReadOnlySpan<byte>(in needle), from, forward);

    /// <summary>
    /// buf.indexOf / lastIndexOf of a number with a number or no offset, in one call (a byte scan loop
    /// calls it once per match): node's offset rules (clamped to int32, NaN searching everything,
    /// negative from the end) as the module's general path applies them. Undefined for anything
    /// else (another receiver, an offset that needs coercing or is an encoding), which the general path takes.
    /// </summary>
    private static JsValue IndexOfNumber(JsValue receiver, JsValue value, JsValue offset, bool forward)
    {
        if (receiver.AsObject is not JsTypedArray { Type: ElementType.Uint8 } || !value.IsNumber || !(offset.IsUndefined || offset.IsNumber)) return JsValue.Undefined;
        Span<byte> bytes = Bytes(receiver);
        int length = bytes.Length;
        double at = offset.IsUndefined ? double.NaN : Math.Clamp(offset.Number, int.MinValue, int.MaxValue);
        long from = double.IsNaN(at) ? (forward ? 0 : length) : (long)Math.Truncate(at);
        // node's IndexOfOffset for a one-byte needle.
        long start = from < 0 ? (from + length >= 0 ? length + from : forward ? 0 : -1)
            : from + 1 <= length ? from : forward ? -1 : length - 1;
        if (start <= -1 || length == 0) return -1;
        return IndexOfByte(bytes, (byte)Operations.ToUint32(value), (int)start, forward);
    }

    /// <summary>Repeats the pattern over the range (node's fill with a string or buffer).</summary>
    private static JsValue Fill(Span<byte> target, ReadOnlySpan<byte> pattern)
    {
        if (pattern.Length == 1) target.Fill(pattern[0]);
        else if (pattern.Length > 0)
        {
            for (int i = 0; i < target.Length; i += pattern.Length)
                pattern[..Math.Min(pattern.Length, target.Length - i)].CopyTo(target[i..]);
        }
        return JsValue.Undefined;
    }

    /// <summary>buf.copy: as many bytes as both ranges hold (overlapping ranges copy as memmove does).</summary>
    private static int Copy(Span<byte> source, Span<byte> target, int targetStart, int sourceStart, int count)
    {
        count = Math.Min(count, Math.Min(source.Length - sourceStart, target.Length - targetStart));
        if (count <= 0) return 0;
        source.Slice(sourceStart, count).CopyTo(target[targetStart..]);
        return count;
    }

    /// <summary>swap16/32/64: reverses each group of <paramref name="size"/> bytes in place.</summary>
    private static JsValue Swap(Span<byte> bytes, int size)
    {
        for (int i = 0; i + size <= bytes.Length; i += size) bytes.Slice(i, size).Reverse();
        return JsValue.Undefined;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>TextDecoder's UTF-8: invalid sequences become U+FFFD, or null when <paramref name="fatal"/>.</summary>
    private static JsValue DecodeUtf8(ReadOnlySpan<byte> bytes, bool fatal)
    {
        if (!fatal) return Encoding.UTF8.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return JsValue.Null;
        }
    }

    /// <summary>How many bytes at the end start a UTF-8 sequence that more bytes could complete (streaming decode holds them back).</summary>
    private static int Utf8IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (int back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            byte b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue;
            int needed = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    /// <summary>TextEncoder.encodeInto: whole characters while they fit; { read (UTF-16 units), written }.</summary>
    private static JsValue EncodeInto(Realm realm, string text, Span<byte> target)
    {
        int read = 0, written = 0;
        Span<byte> scratch = stackalloc byte[4];
        while (read < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(read), out var rune, out int units) != System.Buffers.OperationStatus.Done) rune = Rune.ReplacementChar;
            int size = rune.EncodeToUtf8(scratch);
            if (written + size > target.Length) break;
            scratch[..size].CopyTo(target[written..]);
            written += size;
            read += units;
        }
        var result = realm.NewObject();
        result.CreateDataPropertyOrThrow("read", read);
        result.CreateDataPropertyOrThrow("written", written);
        return result;
    }
}
