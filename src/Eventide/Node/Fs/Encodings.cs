using System.Text;

namespace Eventide.Node.Fs;

/// <summary>node's string encodings for bytes (utf8, utf16le, latin1, ascii, base64, base64url, hex), on .NET's encoders.</summary>
internal static class Encodings
{
    /// <summary>node's canonical name of an encoding, or null when node does not know it.</summary>
    public static string? Normalize(string encoding) => encoding.ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => "utf8",
        "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => "utf16le",
        "latin1" or "binary" => "latin1",
        "ascii" => "ascii",
        "base64" => "base64",
        "base64url" => "base64url",
        "hex" => "hex",
        _ => null,
    };

    public static string Decode(byte[] bytes, string encoding) => Normalize(encoding) switch
    {
        "utf16le" => Encoding.Unicode.GetString(bytes, 0, bytes.Length & ~1),
        "latin1" => Encoding.Latin1.GetString(bytes),
        // node's ascii decoding drops the high bit of each byte.
        "ascii" => string.Create(bytes.Length, bytes, (span, b) => { for (int i = 0; i < b.Length; i++) span[i] = (char)(b[i] & 0x7F); }),
        "base64" => Convert.ToBase64String(bytes),
        "base64url" => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        "hex" => Convert.ToHexStringLower(bytes),
        _ => Encoding.UTF8.GetString(bytes),
    };

    public static byte[] Encode(string text, string encoding) => Normalize(encoding) switch
    {
        "utf16le" => Encoding.Unicode.GetBytes(text),
        "latin1" or "ascii" => text.Select(c => (byte)c).ToArray(),
        "base64" or "base64url" => DecodeBase64(text),
        "hex" => DecodeHex(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>node's lenient base64 (either alphabet, padding optional, stops at the first invalid character).</summary>
    private static byte[] DecodeBase64(string text)
    {
        var bytes = new List<byte>(text.Length * 3 / 4);
        int buffer = 0, bits = 0;
        foreach (char c in text)
        {
            int v = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' or '-' => 62,
                '/' or '_' => 63,
                _ => -1,
            };
            if (v < 0)
            {
                if (c == '=') break;
                if (char.IsWhiteSpace(c)) continue;
                break;
            }
            buffer = buffer << 6 | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }
        return bytes.ToArray();
    }

    /// <summary>node's hex: pairs of hex digits up to the first pair that is not one.</summary>
    private static byte[] DecodeHex(string text)
    {
        var bytes = new List<byte>(text.Length / 2);
        for (int i = 0; i + 1 < text.Length; i += 2)
        {
            if (!Uri.IsHexDigit(text[i]) || !Uri.IsHexDigit(text[i + 1])) break;
            bytes.Add(Convert.ToByte(text.Substring(i, 2), 16));
        }
        return bytes.ToArray();
    }
}
