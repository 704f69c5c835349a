using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Eventide.Node.Zlib;

/// <summary>
/// inflate, gunzip, inflateRaw and unzip on .NET's DeflateStream in raw mode, pulling from an
/// <see cref="InputFeed"/> so output comes as input arrives. The zlib and gzip headers and trailers
/// are read here, which gives node's messages for them ("incorrect header check", "incorrect data
/// check", "unexpected end of file") and gzip's concatenated members, as zlib does inside node.
/// </summary>
internal sealed class InflateDecoder(Framing framing, int windowBits) : ZlibCodec
{
    private enum Stage { Header, Body, Trailer, Done }

    private readonly InputFeed _feed = new();
    private DeflateStream? _inflater;
    private Stage _stage;
    private bool _memberDone;
    private uint _check, _size;

    private int TrailerLength => framing == Framing.Gzip ? 8 : framing == Framing.Zlib ? 4 : 0;

    public override void Process(ReadOnlySpan<byte> input, int flush, ArrayBufferWriter<byte> output)
    {
        _feed.Append(input);
        while (Step(output)) { }
        if (flush != Finish) return;
        bool complete = _stage == Stage.Done || (_stage == Stage.Header && _memberDone && _feed.Available == 0);
        if (!complete) throw ZlibError.UnexpectedEnd();
    }

    /// <summary>Advances one stage as far as the input allows; false when it needs more input.</summary>
    private bool Step(ArrayBufferWriter<byte> output)
    {
        switch (_stage)
        {
            case Stage.Header:
                if (_memberDone && _feed.Available == 0) return false;
                if (!ReadHeader()) return false;
                _feed.StartRecording();
                _inflater = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
                _check = framing == Framing.Zlib ? 1u : 0u;
                _size = 0;
                _stage = Stage.Body;
                return true;
            case Stage.Body:
                if (!Inflate(output)) return false;
                _inflater!.Dispose();
                _inflater = null;
                _stage = framing == Framing.Raw ? Stage.Done : Stage.Trailer;
                return true;
            case Stage.Trailer:
                if (!ReadTrailer()) return false;
                _memberDone = true;
                _stage = framing == Framing.Gzip ? Stage.Header : Stage.Done;
                return true;
            default:
                _feed.DropPending(); // node ignores what follows a zlib or raw stream
                return false;
        }
    }

    /// <summary>Inflates what has arrived; true once the deflate data has ended.</summary>
    private bool Inflate(ArrayBufferWriter<byte> output)
    {
        while (true)
        {
            _feed.ClearStarved();
            var span = output.GetSpan(16384);
            int n;
            try
            {
                n = _inflater!.Read(span);
            }
            catch (InvalidDataException)
            {
                // .NET reports every data error alike; zlib's message comes from walking the data again
                // (past the kept megabyte, the commonest of zlib's messages for damaged data stands in).
                throw ZlibError.DataError(DeflateDiagnosis.Diagnose(_feed.Recorded) ?? "invalid distance too far back");
            }
            if (n == 0) return !_feed.Starved;
            var produced = span[..n];
            _check = framing == Framing.Gzip ? Checksums.Crc32(_check, produced) : framing == Framing.Zlib ? Checksums.Adler32(_check, produced) : 0;
            _size += (uint)n;
            output.Advance(n);
        }
    }

    /// <summary>Reads the zlib or gzip header (unzip decides which from the first two bytes); false until it has all arrived.</summary>
    private bool ReadHeader()
    {
        var pending = _feed.Pending;
        if (framing == Framing.Raw) return true;
        if (framing == Framing.Detect)
        {
            if (pending.Length < 2) return false;
            framing = pending[0] == 0x1f && pending[1] == 0x8b ? Framing.Gzip : Framing.Zlib;
        }
        int length = framing == Framing.Gzip ? GzipHeaderLength(pending) : ZlibHeaderLength(pending, windowBits);
        if (length == 0) return false;
        _feed.Skip(length);
        return true;
    }

    private static int ZlibHeaderLength(ReadOnlySpan<byte> pending, int windowBits)
    {
        if (pending.Length < 2) return 0;
        int cmf = pending[0], flg = pending[1];
        if (((cmf << 8) | flg) % 31 != 0) throw ZlibError.DataError("incorrect header check");
        if ((cmf & 0x0F) != 8) throw ZlibError.DataError("unknown compression method");
        if ((cmf >> 4) > 7 || (windowBits != 0 && (cmf >> 4) + 8 > windowBits)) throw ZlibError.DataError("invalid window size");
        if ((flg & 0x20) != 0) throw new ZlibError("Missing dictionary", 2, "Z_NEED_DICT");
        return 2;
    }

    // RFC 1952 2.3: magic, method, flags, mtime, xfl, os, then the optional extra field, name, comment and header CRC.
    private static int GzipHeaderLength(ReadOnlySpan<byte> pending)
    {
        if (pending.Length >= 1 && pending[0] != 0x1f || pending.Length >= 2 && pending[1] != 0x8b)
            throw ZlibError.DataError("incorrect header check");
        if (pending.Length < 4) return 0;
        if (pending[2] != 8) throw ZlibError.DataError("unknown compression method");
        int flags = pending[3];
        if ((flags & 0xE0) != 0) throw ZlibError.DataError("unknown header flags set");
        if (pending.Length < 10) return 0;
        int at = 10;
        if ((flags & 4) != 0)
        {
            if (pending.Length < at + 2) return 0;
            at += 2 + (pending[at] | (pending[at + 1] << 8));
        }
        foreach (int flag in (ReadOnlySpan<int>)[8, 16])
        {
            if ((flags & flag) == 0) continue;
            int zero = at <= pending.Length ? pending[at..].IndexOf((byte)0) : -1;
            if (zero < 0) return 0;
            at += zero + 1;
        }
        if ((flags & 2) == 0) return at <= pending.Length ? at : 0;
        if (at + 2 > pending.Length) return 0;
        // FHCRC: the low 16 bits of the CRC-32 of the header before it.
        if ((Checksums.Crc32(0, pending[..at]) & 0xFFFF) != (pending[at] | (pending[at + 1] << 8))) throw ZlibError.DataError("header crc mismatch");
        return at + 2;
    }

    /// <summary>
    /// Finds the trailer after the deflate data: at the end of the last piece the inflater took when
    /// that piece was a single byte, else where the expected checksum and size appear in that piece.
    /// </summary>
    private bool ReadTrailer()
    {
        int length = TrailerLength;
        Span<byte> expected = stackalloc byte[8];
        if (framing == Framing.Gzip)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(expected, _check);
            BinaryPrimitives.WriteUInt32LittleEndian(expected[4..], _size);
        }
        else BinaryPrimitives.WriteUInt32BigEndian(expected, _check);
        expected = expected[..length];
        int from = _feed.LastPieceStart, to = _feed.Offset, end = _feed.End;
        if (to - from <= 1) from = to;
        for (int at = from; at <= to && at + length <= end; at++)
        {
            if (!_feed.Range(at, at + length).SequenceEqual(expected)) continue;
            _feed.Skip(at + length - _feed.Offset);
            return true;
        }
        if (to + length > end) return false; // the trailer has not all arrived
        if (from == to && framing == Framing.Gzip && _feed.Range(to, to + 4).SequenceEqual(expected[..4]))
            throw ZlibError.DataError("incorrect length check");
        throw ZlibError.DataError("incorrect data check");
    }

    public override void Dispose() => _inflater?.Dispose();
}
