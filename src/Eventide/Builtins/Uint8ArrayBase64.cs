using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// Uint8Array.fromBase64, Uint8Array.fromHex and Uint8Array.prototype.toBase64 / toHex / setFromBase64 /
/// setFromHex (ECMAScript 2026, 23.3 "Uint8Array base64"): the spec's FromBase64 and FromHex decoders,
/// which stop at maxLength and report how much input they read.
/// </summary>
internal static class Uint8ArrayBase64
{
    private const string StandardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>What a decoder produced: the input it consumed, the bytes, and the SyntaxError message if it failed.</summary>
    private readonly record struct Decoded(int Read, List<byte> Bytes, string? Error);

    public static void Setup(Realm realm)
    {
        var ctor = realm.TypedArrayConstructors[(int)ElementType.Uint8];
        var proto = realm.TypedArrayPrototypes[(int)ElementType.Uint8];
        // Uint8Array.fromBase64 ( string [ , options ] )
        realm.DefineMethod(ctor, "fromBase64", 1, (_, args) =>
        {
            string s = RequireString(args.At(0));
            var (alphabet, lastChunk) = Base64Options(args.At(1));
            var result = FromBase64(s, alphabet, lastChunk, long.MaxValue);
            if (result.Error is { } error) throw new JsException(ErrorKind.SyntaxError, error);
            return realm.NewTypedArray(ElementType.Uint8, result.Bytes.ToArray());
        });
        // Uint8Array.fromHex ( string )
        realm.DefineMethod(ctor, "fromHex", 1, (_, args) =>
        {
            var result = FromHex(RequireString(args.At(0)), long.MaxValue);
            if (result.Error is { } error) throw new JsException(ErrorKind.SyntaxError, error);
            return realm.NewTypedArray(ElementType.Uint8, result.Bytes.ToArray());
        });
        // Uint8Array.prototype.setFromBase64 ( string [ , options ] )
        realm.DefineMethod(proto, "setFromBase64", 1, (thisValue, args) =>
        {
            var into = ValidateUint8Array(thisValue, "Uint8Array.prototype.setFromBase64");
            if (into.IsImmutable) throw ArrayBufferPrototype.Immutable("Uint8Array.prototype.setFromBase64");
            string s = RequireString(args.At(0));
            var (alphabet, lastChunk) = Base64Options(args.At(1));
            int byteLength = InBoundsLength(into, "Uint8Array.prototype.setFromBase64");
            return SetBytes(realm, into, FromBase64(s, alphabet, lastChunk, byteLength));
        });
        // Uint8Array.prototype.setFromHex ( string )
        realm.DefineMethod(proto, "setFromHex", 1, (thisValue, args) =>
        {
            var into = ValidateUint8Array(thisValue, "Uint8Array.prototype.setFromHex");
            if (into.IsImmutable) throw ArrayBufferPrototype.Immutable("Uint8Array.prototype.setFromHex");
            string s = RequireString(args.At(0));
            int byteLength = InBoundsLength(into, "Uint8Array.prototype.setFromHex");
            return SetBytes(realm, into, FromHex(s, byteLength));
        });
        // Uint8Array.prototype.toBase64 ( [ options ] )
        realm.DefineMethod(proto, "toBase64", 0, (thisValue, args) =>
        {
            var o = ValidateUint8Array(thisValue, "Uint8Array.prototype.toBase64");
            var opts = GetOptionsObject(args.At(0));
            bool url = ReadAlphabet(opts);
            bool omitPadding = Operations.ToBoolean(opts.Get("omitPadding"));
            var bytes = GetUint8ArrayBytes(o, "Uint8Array.prototype.toBase64");
            string encoded = Convert.ToBase64String(bytes);
            if (url) encoded = encoded.Replace('+', '-').Replace('/', '_');
            return omitPadding ? encoded.TrimEnd('=') : encoded;
        });
        // Uint8Array.prototype.toHex ( )
        realm.DefineMethod(proto, "toHex", 0, (thisValue, _) =>
            Convert.ToHexStringLower(GetUint8ArrayBytes(ValidateUint8Array(thisValue, "Uint8Array.prototype.toHex"), "Uint8Array.prototype.toHex")));
    }

    /// <summary>ValidateUint8Array</summary>
    private static JsTypedArray ValidateUint8Array(JsValue value, string method) =>
        value.Ref is JsTypedArray { Type: ElementType.Uint8 } ta ? ta : throw ArrayBufferConstructor.IncompatibleReceiver(method, value);

    private static string RequireString(JsValue value) =>
        value.AsString ?? throw JsException.TypeError($"{ArrayPrototype.DescribeValue(value)} is not a string");

    private static int InBoundsLength(JsTypedArray ta, string method)
    {
        if (ta.IsOutOfBounds) throw TypedArrayOperations.Detached(method);
        return ta.Length;
    }

    /// <summary>GetUint8ArrayBytes</summary>
    private static byte[] GetUint8ArrayBytes(JsTypedArray ta, string method)
    {
        int length = InBoundsLength(ta, method);
        return ta.Buffer.Data.AsSpan(ta.ByteOffset, length).ToArray();
    }

    /// <summary>GetOptionsObject</summary>
    private static JsObject GetOptionsObject(JsValue options)
    {
        if (options.IsUndefined) return new JsObject(null);
        return options.AsObject ?? throw JsException.TypeError("The options argument must be an object");
    }

    /// <summary>The "alphabet" option: true for base64url.</summary>
    private static bool ReadAlphabet(JsObject opts)
    {
        var alphabet = opts.Get("alphabet");
        if (alphabet.IsUndefined) return false;
        if (alphabet.AsString is "base64") return false;
        if (alphabet.AsString is "base64url") return true;
        throw JsException.TypeError("expected alphabet to be either \"base64\" or \"base64url\"");
    }

    private static (bool Url, string LastChunk) Base64Options(JsValue options)
    {
        var opts = GetOptionsObject(options);
        bool url = ReadAlphabet(opts);
        var lastChunk = opts.Get("lastChunkHandling");
        if (lastChunk.IsUndefined) return (url, "loose");
        if (lastChunk.AsString is "loose" or "strict" or "stop-before-partial") return (url, lastChunk.String);
        throw JsException.TypeError("expected lastChunkHandling to be either \"loose\", \"strict\", or \"stop-before-partial\"");
    }

    /// <summary>SetUint8ArrayBytes, then the { read, written } result (or the decoder's SyntaxError after writing).</summary>
    private static JsValue SetBytes(Realm realm, JsTypedArray into, Decoded result)
    {
        for (int i = 0; i < result.Bytes.Count; i++) into.Buffer.Data![into.ByteOffset + i] = result.Bytes[i];
        if (result.Error is { } error) throw new JsException(ErrorKind.SyntaxError, error);
        var o = realm.NewObject();
        o.CreateDataProperty("read", result.Read);
        o.CreateDataProperty("written", result.Bytes.Count);
        return o;
    }

    private static bool IsAsciiWhitespace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static int SkipAsciiWhitespace(string s, int index)
    {
        while (index < s.Length && IsAsciiWhitespace(s[index])) index++;
        return index;
    }

    /// <summary>DecodeBase64Chunk: four characters of the standard alphabet into three bytes.</summary>
    private static void DecodeBase64Chunk(StringBuilder chunk, List<byte> into, int keep)
    {
        int bits = 0;
        for (int i = 0; i < 4; i++) bits = (bits << 6) | StandardAlphabet.IndexOf(chunk[i]);
        byte[] three = [(byte)(bits >> 16), (byte)(bits >> 8), (byte)bits];
        for (int i = 0; i < keep; i++) into.Add(three[i]);
    }

    /// <summary>DecodeFinalBase64Chunk: a 2- or 3-character chunk; false when strict and its extra bits are not zero.</summary>
    private static bool DecodeFinalBase64Chunk(StringBuilder chunk, bool throwOnExtraBits, List<byte> into)
    {
        int length = chunk.Length;
        chunk.Append('A', 4 - length);
        var bytes = new List<byte>(3);
        DecodeBase64Chunk(chunk, bytes, 3);
        if (throwOnExtraBits && bytes[length - 1] != 0) return false;
        into.AddRange(bytes.GetRange(0, length - 1));
        return true;
    }

    /// <summary>FromBase64 ( string, alphabet, lastChunkHandling [ , maxLength ] )</summary>
    private static Decoded FromBase64(string s, bool url, string lastChunkHandling, long maxLength)
    {
        var bytes = new List<byte>();
        if (maxLength == 0) return new(0, bytes, null);
        int read = 0, index = 0, length = s.Length;
        var chunk = new StringBuilder(4);
        while (true)
        {
            index = SkipAsciiWhitespace(s, index);
            if (index == length)
            {
                if (chunk.Length > 0)
                {
                    if (lastChunkHandling == "stop-before-partial") return new(read, bytes, null);
                    if (lastChunkHandling == "strict") return new(read, bytes, "Invalid base64: incomplete final chunk");
                    if (chunk.Length == 1) return new(read, bytes, "Invalid base64: a single character in the final chunk");
                    DecodeFinalBase64Chunk(chunk, false, bytes);
                }
                return new(length, bytes, null);
            }
            char c = s[index++];
            if (c == '=')
            {
                if (chunk.Length < 2) return new(read, bytes, "Invalid base64: misplaced padding");
                index = SkipAsciiWhitespace(s, index);
                if (chunk.Length == 2)
                {
                    if (index == length)
                    {
                        if (lastChunkHandling == "stop-before-partial") return new(read, bytes, null);
                        return new(read, bytes, "Invalid base64: missing padding");
                    }
                    if (s[index] == '=') index = SkipAsciiWhitespace(s, index + 1);
                }
                if (index < length) return new(read, bytes, "Invalid base64: characters after padding");
                if (!DecodeFinalBase64Chunk(chunk, lastChunkHandling == "strict", bytes)) return new(read, bytes, "Invalid base64: nonzero extra bits");
                return new(length, bytes, null);
            }
            if (url)
            {
                if (c is '+' or '/') return new(read, bytes, "Invalid base64url character");
                if (c == '-') c = '+';
                else if (c == '_') c = '/';
            }
            if (StandardAlphabet.IndexOf(c) < 0) return new(read, bytes, "Invalid base64 character");
            long remaining = maxLength - bytes.Count;
            if ((remaining == 1 && chunk.Length == 2) || (remaining == 2 && chunk.Length == 3)) return new(read, bytes, null);
            chunk.Append(c);
            if (chunk.Length == 4)
            {
                DecodeBase64Chunk(chunk, bytes, 3);
                chunk.Clear();
                read = index;
                if (bytes.Count == maxLength) return new(read, bytes, null);
            }
        }
    }

    /// <summary>FromHex ( string [ , maxLength ] )</summary>
    private static Decoded FromHex(string s, long maxLength)
    {
        var bytes = new List<byte>();
        if (s.Length % 2 != 0) return new(0, bytes, "Invalid hex string: odd length");
        int read = 0;
        while (read < s.Length && bytes.Count < maxLength)
        {
            int hi = HexValue(s[read]), lo = HexValue(s[read + 1]);
            if (hi < 0 || lo < 0) return new(read, bytes, "Invalid hex string: not a hex digit");
            read += 2;
            bytes.Add((byte)(hi << 4 | lo));
        }
        return new(read, bytes, null);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
