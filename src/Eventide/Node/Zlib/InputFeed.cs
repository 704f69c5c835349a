namespace Eventide.Node.Zlib;

/// <summary>
/// The input side of .NET's DeflateStream turned push-based: written chunks wait here and the
/// decompressor pulls them through Read. Read answers 0 when nothing is waiting ("starved": the
/// inflater wants more than has arrived), and remembers the last piece it handed out, because the
/// end of the deflate data lies in that piece: the trailer after it is searched from there. The
/// last few bytes waiting go out one at a time, so when the data ends near the end of the input
/// (the usual case: only the trailer follows) its end is known to the byte. The first megabyte of
/// the pieces it hands out is kept, so that a data error can be named afterwards.
/// </summary>
internal sealed class InputFeed : Stream
{
    private const int ExactTail = 16;
    private byte[] _buffer = new byte[1024];
    private int _start, _end;

    /// <summary>Where the last piece handed to the inflater began (kept until the trailer is found).</summary>
    public int LastPieceStart { get; private set; }
    /// <summary>Read was called with nothing waiting since <see cref="ClearStarved"/>.</summary>
    public bool Starved { get; private set; }

    public int Available => _end - _start;
    public int Offset => _start;
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);
    public ReadOnlySpan<byte> Range(int from, int to) => _buffer.AsSpan(from, to - from);
    public int End => _end;

    public void ClearStarved() => Starved = false;

    /// <summary>What the inflater was handed since <see cref="StartRecording"/> (up to a limit), to name a data error afterwards.</summary>
    public ReadOnlySpan<byte> Recorded => _recording is { } r ? r.GetBuffer().AsSpan(0, (int)r.Length) : [];
    private const int RecordingLimit = 1 << 20;
    private MemoryStream? _recording;

    public void StartRecording() => _recording = new MemoryStream();

    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        int keep = Math.Min(LastPieceStart, _start);
        if (_end + data.Length > _buffer.Length)
        {
            int live = _end - keep;
            var target = live + data.Length > _buffer.Length ? new byte[Math.Max(_buffer.Length * 2, live + data.Length)] : _buffer;
            Buffer.BlockCopy(_buffer, keep, target, 0, live);
            _buffer = target;
            _start -= keep;
            _end -= keep;
            LastPieceStart -= keep;
        }
        data.CopyTo(_buffer.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>Consumes bytes read by the framing (headers, trailers) rather than the inflater.</summary>
    public void Skip(int count)
    {
        _start += count;
        LastPieceStart = _start;
    }

    /// <summary>Drops everything waiting (data after the end of a zlib stream, which node ignores).</summary>
    public void DropPending() => Skip(_end - _start);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int available = _end - _start;
        if (available == 0)
        {
            Starved = true;
            return 0;
        }
        int n = Math.Min(buffer.Length, available > ExactTail ? available - ExactTail : 1);
        _buffer.AsSpan(_start, n).CopyTo(buffer);
        if (_recording is { Length: < RecordingLimit } recording) recording.Write(_buffer, _start, n);
        LastPieceStart = _start;
        _start += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
