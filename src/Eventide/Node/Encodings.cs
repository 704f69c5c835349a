using System.Buffers.Binary;
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
        NodeEncoding.Base64Url => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        NodeEncoding.Hex => Convert.ToHexStringLower(bytes),
        _ => Encoding.UTF8.GetString(bytes),
    };

    public static string Decode(byte[] bytes, string encoding) => Decode(bytes, Parse(encoding) ?? NodeEncoding.Utf8);

    public static byte[] Encode(string text, NodeEncoding encoding) => encoding switch
    {
        NodeEncoding.Utf16Le => EncodeUtf16(text),
        NodeEncoding.Latin1 or NodeEncoding.Ascii => EncodeLatin1(text),
        NodeEncoding.Base64 or NodeEncoding.Base64Url => DecodeBase64(text),
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
            for (int i = 0; i < count; i++) target[i] = (byte)text[i];
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
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)text[i];
        return bytes;
    }

    // node's ascii decoding drops the high bit of each byte.
    private static string DecodeAscii(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[i] & 0x7F);
        return new string(chars);
    }

    /// <summary>The value of a base64 or base64url digit, or -1.</summary>
    private static int Base64Digit(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        '/' or '_' => 63,
        _ => -1,
    };

    /// <summary>node's lenient base64: either alphabet, other characters skipped, stops at '='.</summary>
    private static byte[] DecodeBase64(string text)
    {
        var bytes = new byte[(long)text.Length * 3 / 4 + 1];
        int count = 0, buffer = 0, bits = 0;
        foreach (char c in text)
        {
            if (c == '=') break;
            int v = Base64Digit(c);
            if (v < 0) continue;
            buffer = (buffer << 6 | v) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[count++] = (byte)(buffer >> bits);
            }
        }
        return bytes.AsSpan(0, count).ToArray();
    }

    /// <summary>node's hex: pairs of hex digits up to the first pair that is not one.</summary>
    private static byte[] DecodeHex(string text)
    {
        var bytes = new byte[text.Length / 2];
        int count = 0;
        for (int i = 0; i + 1 < text.Length; i += 2)
        {
            int hi = HexDigit(text[i]), lo = HexDigit(text[i + 1]);
            if (hi < 0 || lo < 0) break;
            bytes[count++] = (byte)(hi << 4 | lo);
        }
        return count == bytes.Length ? bytes : bytes.AsSpan(0, count).ToArray();
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
