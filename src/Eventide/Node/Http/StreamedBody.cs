using System.Threading.Channels;

namespace Eventide.Node.Http;

/// <summary>
/// A request body the script supplies chunk by chunk (fetch with a ReadableStream body): HttpClient
/// reads it as a stream while the loop thread writes the chunks; a write waits while the previous
/// chunk is unread, so the script's stream feels the network's backpressure.
/// </summary>
internal sealed class StreamedBody : Stream
{
    private readonly Channel<byte[]> _chunks = Channel.CreateBounded<byte[]>(1);
    private byte[] _current = [];
    private int _offset;

    /// <summary>Queues a chunk; completes once HttpClient can take it (fails once the body is completed).</summary>
    public async Task<bool> WriteChunkAsync(byte[] chunk)
    {
        await _chunks.Writer.WriteAsync(chunk).ConfigureAwait(false);
        return true;
    }

    /// <summary>Ends the body; with an error, the request fails with it.</summary>
    public void Complete(Exception? error = null) => _chunks.Writer.TryComplete(error);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_offset == _current.Length)
        {
            if (!await _chunks.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) return 0;
            if (_chunks.Reader.TryRead(out var next))
            {
                _current = next;
                _offset = 0;
            }
        }
        int count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, count).CopyTo(buffer.Span);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

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
