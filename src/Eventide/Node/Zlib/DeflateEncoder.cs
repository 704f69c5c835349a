using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Eventide.Node.Zlib;

/// <summary>
/// deflate, gzip and deflateRaw on .NET's DeflateStream (the platform's zlib, kept up to date with the
/// runtime) in raw mode, with the zlib or gzip header and trailer written here as node's zlib writes
/// them. Owning the framing is what lets params() change the level mid-stream: the current deflater
/// is sync-flushed (byte-aligned, not final) and a new one continues the same deflate stream, while
/// the checksum runs over all of it.
/// </summary>
internal sealed class DeflateEncoder(Framing framing, int level, int strategy) : ZlibCodec
{
    /// <summary>The last block of a deflate stream with no data: final bit, fixed codes, end-of-block.</summary>
    private static readonly byte[] EmptyFinalBlock = [0x03, 0x00];
    private readonly MemoryStream _sink = new();
    private DeflateStream? _deflater;
    private bool _deflaterHasInput, _headerWritten, _finished;
    private uint _check = framing == Framing.Zlib ? 1u : 0u;
    private uint _size;

    public override void Process(ReadOnlySpan<byte> input, int flush, ArrayBufferWriter<byte> output)
    {
        if (_finished) return;
        if (!_headerWritten) WriteHeader();
        if (!input.IsEmpty)
        {
            _deflater ??= new DeflateStream(_sink, new ZLibCompressionOptions { CompressionLevel = level, CompressionStrategy = (ZLibCompressionStrategy)strategy }, leaveOpen: true);
            _deflater.Write(input);
            _deflaterHasInput = true;
            _check = framing == Framing.Gzip ? Checksums.Crc32(_check, input) : Checksums.Adler32(_check, input);
            _size += (uint)input.Length;
        }
        if (flush == Finish) FinishStream();
        else if (flush != NoFlush && _deflaterHasInput) _deflater!.Flush();
        output.Write(_sink.GetBuffer().AsSpan(0, (int)_sink.Length));
        _sink.SetLength(0);
    }

    public override void Params(int newLevel, int newStrategy)
    {
        if (_deflater is not null)
        {
            // Everything so far was sync-flushed by the caller; the final block the old deflater
            // writes as it closes is cut off, and a new deflater continues the stream.
            _deflater.Flush();
            long flushed = _sink.Length;
            _deflater.Dispose();
            _sink.SetLength(flushed);
            _deflater = null;
            _deflaterHasInput = false;
        }
        level = newLevel;
        strategy = newStrategy;
    }

    private void FinishStream()
    {
        if (_deflaterHasInput) _deflater!.Dispose();
        else _sink.Write(EmptyFinalBlock);
        _deflater = null;
        _finished = true;
        Span<byte> trailer = stackalloc byte[8];
        if (framing == Framing.Zlib)
        {
            BinaryPrimitives.WriteUInt32BigEndian(trailer, _check);
            _sink.Write(trailer[..4]);
        }
        else if (framing == Framing.Gzip)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(trailer, _check);
            BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], _size);
            _sink.Write(trailer);
        }
    }

    // zlib's headers as node's zlib writes them: a 32K window, and the level class in FLEVEL / XFL.
    private void WriteHeader()
    {
        _headerWritten = true;
        bool fastest = level is 0 or 1 || strategy >= 2;
        if (framing == Framing.Zlib)
        {
            int flevel = fastest ? 0 : level is >= 2 and <= 5 ? 1 : level is 6 or -1 ? 2 : 3;
            int header = (0x78 << 8) | (flevel << 6);
            header += 31 - header % 31;
            _sink.WriteByte((byte)(header >> 8));
            _sink.WriteByte((byte)header);
        }
        else if (framing == Framing.Gzip)
        {
            byte xfl = level == 9 ? (byte)2 : fastest ? (byte)4 : (byte)0;
            _sink.Write([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
        }
    }

    public override void Dispose()
    {
        _deflater?.Dispose();
        _deflater = null;
    }
}
