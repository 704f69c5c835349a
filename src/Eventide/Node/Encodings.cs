using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text;

namespace Eventide.Node;

/// <summary>node's string encodings.</summary>
internal enum NodeEncoding { Utf8, Utf16Le, Latin1, Ascii, Base64, Base64Url, Hex }

/// <summary>
/// node's string encodings for bytes (utf8, utf16le, latin1, ascii, base64, base64url, hex), shared
/// by Buffer and fs, with node's lenient rules: invalid UTF-8 decodes to U+FFFD (WHATWG), a lone
/// surrogate encodes as EF BF BD, base64 skips characters outside its alphabets and stops at '=',
/// hex stops at the first pair that is not one.
/// </summary>
internal static class Encodings
{
    /// <summary>node's encoding of a name (any case, with its aliases), or null when node does not know it.</summary>
    public static NodeEncoding? Parse(string encoding) => encoding.ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => NodeEncoding.Utf8,
        "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => NodeEncoding.Utf16Le,
        "latin1" or "binary" => NodeEncoding.Latin1,
        "ascii" => NodeEncoding.Ascii,
        "base64" => NodeEncoding.Base64,
        "base64url" => NodeEncoding.Base64Url,
        "hex" => NodeEncoding.Hex,
        _ => null,
    };

    /// <summary>node's canonical name of an encoding, or null when node does not know it.</summary>
    public static string? Normalize(string encoding) => Parse(encoding)?.ToString().ToLowerInvariant();

    public static string Decode(ReadOnlySpan<byte> bytes, NodeEncoding encoding) => encoding switch
    {
        NodeEncoding.Utf16Le => DecodeUtf16(bytes[..(bytes.Length & ~1)]),
        NodeEncoding.Latin1 => Encoding.Latin1.GetString(bytes),
        NodeEncoding.Ascii => DecodeAscii(bytes),
        NodeEncoding.Base64 => Convert.ToBase64String(bytes),
        NodeEncoding.Base64Url => Base64Url.EncodeToString(bytes),
        NodeEncoding.Hex => Convert.ToHexStringLower(bytes),
        _ => Encoding.UTF8.GetString(bytes),
    };

    public static string Decode(byte[] bytes, string encoding) => Decode(bytes, Parse(encoding) ?? NodeEncoding.Utf8);

    public static byte[] Encode(string text, NodeEncoding encoding) => encoding switch
    {
        NodeEncoding.Utf16Le => EncodeUtf16(text),
        NodeEncoding.Latin1 or NodeEncoding.Ascii => EncodeLatin1(text),
        NodeEncoding.Base64 or NodeEncoding.Base64Url => DecodeBase64(text, encoding),
        NodeEncoding.Hex => DecodeHex(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    public static byte[] Encode(string text, string encoding) => Encode(text, Parse(encoding) ?? NodeEncoding.Utf8);

    /// <summary>
    /// Buffer.byteLength of a string: exact for the text encodings; base64 estimated from the length
    /// less trailing '=' as node does, hex half the length.
    /// </summary>
    public static int ByteLength(string text, NodeEncoding encoding)
    {
        switch (encoding)
        {
            case NodeEncoding.Utf16Le: return text.Length * 2;
            case NodeEncoding.Latin1 or NodeEncoding.Ascii: return text.Length;
            case NodeEncoding.Hex: return text.Length >>> 1;
            case NodeEncoding.Base64 or NodeEncoding.Base64Url:
                int n = text.Length;
                if (n > 0 && text[n - 1] == '=') n--;
                if (n > 1 && text[n - 1] == '=') n--;
                return (int)((long)n * 3 >>> 2);
            default: return Encoding.UTF8.GetByteCount(text);
        }
    }

    /// <summary>
    /// buf.write: encodes into <paramref name="target"/> as much as fits and returns the bytes
    /// written; UTF-8 and UTF-16 never write part of a character.
    /// </summary>
    public static int Write(string text, NodeEncoding encoding, Span<byte> target)
    {
        if (encoding is NodeEncoding.Latin1 or NodeEncoding.Ascii)
        {
            int count = Math.Min(text.Length, target.Length);
            NarrowToBytes(text.AsSpan(0, count), target);
            return count;
        }
        byte[] bytes = Encode(text, encoding);
        int n = Math.Min(bytes.Length, target.Length);
        if (n < bytes.Length)
        {
            if (encoding == NodeEncoding.Utf8) while (n > 0 && (bytes[n] & 0xC0) == 0x80) n--;
            else if (encoding == NodeEncoding.Utf16Le) n &= ~1;
        }
        bytes.AsSpan(0, n).CopyTo(target);
        return n;
    }

    // UTF-16 code units as they are: node keeps lone surrogates both ways (no U+FFFD).
    private static string DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (BitConverter.IsLittleEndian) return new string(MemoryMarshal.Cast<byte, char>(bytes));
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * i)..]);
        return new string(chars);
    }

    private static byte[] EncodeUtf16(string text)
    {
        var bytes = new byte[text.Length * 2];
        for (int i = 0; i < text.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), text[i]);
        return bytes;
    }

    private static byte[] EncodeLatin1(string text)
    {
        var bytes = new byte[text.Length];
        NarrowToBytes(text, bytes);
        return bytes;
    }

    /// <summary>Each UTF-16 unit's low byte (node's latin1 and ascii), vectorized when every unit fits in a byte.</summary>
    private static void NarrowToBytes(ReadOnlySpan<char> text, Span<byte> target)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u00FF')) Encoding.Latin1.GetBytes(text, target);
        else for (int i = 0; i < text.Length; i++) target[i] = (byte)text[i];
    }

    // node's ascii decoding drops the high bit of each byte.
    private static string DecodeAscii(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[i] & 0x7F);
        return new string(chars);
    }

    /// <summary>The value of each base64 or base64url digit (either alphabet), -1 for any other character.</summary>
    private static readonly sbyte[] Base64Digits = MakeBase64Digits();

    private static sbyte[] MakeBase64Digits()
    {
        var digits = new sbyte[128];
        digits.AsSpan().Fill(-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.Length; i++) digits[alphabet[i]] = (sbyte)i;
        digits['-'] = 62;
        digits['_'] = 63;
        return digits;
    }

    /// <summary>
    /// node's lenient base64: either alphabet, other characters skipped, stops at '='. Well-formed
    /// input (the usual case) goes through .NET's vectorized decoder straight into the result; what
    /// that decoder accepts, the lenient loop decodes to the same bytes.
    /// </summary>
    private static byte[] DecodeBase64(string text, NodeEncoding encoding)
    {
        var bytes = new byte[ByteLength(text, encoding)];
        int count;
        bool decoded = encoding == NodeEncoding.Base64
            ? Convert.TryFromBase64Chars(text, bytes, out count)
            : Base64Url.DecodeFromChars(text, bytes, out int consumed, out count) == OperationStatus.Done && consumed == text.Length;
        if (!decoded) count = DecodeBase64Leniently(text, bytes);
        return count == bytes.Length ? bytes : bytes.AsSpan(0, count).ToArray();
    }

    private static int DecodeBase64Leniently(ReadOnlySpan<char> text, Span<byte> bytes)
    {
        int count = 0, buffer = 0, bits = 0;
        foreach (char c in text)
        {
            if (c == '=') break;
            int v = c < 128 ? Base64Digits[c] : -1;
            if (v < 0) continue;
            buffer = (buffer << 6 | v) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[count++] = (byte)(buffer >> bits);
            }
        }
        return count;
    }

    /// <summary>node's hex: pairs of hex digits up to the first pair that is not one (a lone last digit is dropped).</summary>
    private static byte[] DecodeHex(string text)
    {
        var bytes = new byte[text.Length / 2];
        Convert.FromHexString(text.AsSpan(0, bytes.Length * 2), bytes, out _, out int count);
        return count == bytes.Length ? bytes : bytes.AsSpan(0, count).ToArray();
    }
}
