namespace Eventide.Node.Zlib;

/// <summary>
/// The two checksums zlib's formats carry: CRC-32 (gzip's trailer, zlib.crc32) and Adler-32 (the
/// zlib format's trailer). System.IO.Hashing has a Crc32 but is a NuGet package, not part of the
/// shared framework; the table-driven CRC is a few lines, so the engine keeps no extra dependency.
/// </summary>
internal static class Checksums
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    /// <summary>The CRC-32 (ISO-HDLC, zlib's crc32) of <paramref name="data"/> continuing from <paramref name="crc"/>.</summary>
    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        uint c = ~crc;
        foreach (byte b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return ~c;
    }

    /// <summary>Adler-32 (RFC 1950) of <paramref name="data"/> continuing from <paramref name="adler"/> (1 to start).</summary>
    public static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint a = adler & 0xFFFF, b = adler >> 16;
        while (data.Length > 0)
        {
            // 5552 bytes is the most that can be summed before b can overflow 32 bits.
            int n = Math.Min(5552, data.Length);
            foreach (byte x in data[..n]) { a += x; b += a; }
            a %= Mod;
            b %= Mod;
            data = data[n..];
        }
        return (b << 16) | a;
    }
}
