using System.Buffers;

namespace Eventide.Node.Zlib;

/// <summary>node's zlib modes (zlib.constants.DEFLATE ... BROTLI_ENCODE): which codec a handle runs.</summary>
internal enum ZlibMode
{
    Deflate = 1,
    Inflate = 2,
    Gzip = 3,
    Gunzip = 4,
    DeflateRaw = 5,
    InflateRaw = 6,
    Unzip = 7,
    BrotliDecode = 8,
    BrotliEncode = 9,
}

/// <summary>The container around deflate data: none (raw), zlib's (RFC 1950), gzip's (RFC 1952), or whichever the header shows (unzip).</summary>
internal enum Framing { Raw, Zlib, Gzip, Detect }

/// <summary>node's brotli operations (zlib.constants.BROTLI_OPERATION_*).</summary>
internal static class BrotliOperation
{
    public const int Process = 0, Flush = 1, Finish = 2;
}

/// <summary>
/// One zlib handle's codec: takes input with a flush mode (zlib's Z_NO_FLUSH..Z_BLOCK, or brotli's
/// operations) and appends what it produces. A handle runs on one thread at a time (the loop thread
/// for the *Sync functions, a pool thread for stream writes), never two at once.
/// </summary>
internal abstract class ZlibCodec : IDisposable
{
    public const int NoFlush = 0, SyncFlush = 2, Finish = 4;

    public abstract void Process(ReadOnlySpan<byte> input, int flush, ArrayBufferWriter<byte> output);

    /// <summary>zlib's deflateParams: a new level and strategy from here on.</summary>
    public virtual void Params(int level, int strategy) { }

    public abstract void Dispose();

    /// <remarks><paramref name="windowBits"/>: inflate's limit on the zlib header's window (0: whatever the header says); deflate always uses .NET's 32K window.</remarks>
    public static ZlibCodec Create(ZlibMode mode, int level, int strategy, int windowBits, int brotliQuality, int brotliWindow) => mode switch
    {
        ZlibMode.Deflate => new DeflateEncoder(Framing.Zlib, level, strategy),
        ZlibMode.Gzip => new DeflateEncoder(Framing.Gzip, level, strategy),
        ZlibMode.DeflateRaw => new DeflateEncoder(Framing.Raw, level, strategy),
        ZlibMode.Inflate => new InflateDecoder(Framing.Zlib, windowBits),
        ZlibMode.Gunzip => new InflateDecoder(Framing.Gzip, windowBits),
        ZlibMode.InflateRaw => new InflateDecoder(Framing.Raw, windowBits),
        ZlibMode.Unzip => new InflateDecoder(Framing.Detect, windowBits),
        ZlibMode.BrotliEncode => new BrotliCompressor(brotliQuality, brotliWindow),
        _ => new BrotliDecompressor(),
    };
}
