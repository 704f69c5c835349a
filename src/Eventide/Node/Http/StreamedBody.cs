using System.Net;
using System.Threading.Channels;

namespace Eventide.Node.Http;

/// <summary>
/// A request body the script supplies chunk by chunk (fetch with a ReadableStream body), sent with
/// chunked transfer encoding: each chunk goes out (flushed) as HttpClient takes it from a one-chunk
/// channel the loop thread writes, so a write waits while the previous chunk is unsent and the
/// script's stream feels the network's backpressure.
/// </summary>
internal sealed class StreamedBody : HttpContent
{
    private readonly Channel<byte[]> _chunks = Channel.CreateBounded<byte[]>(1);

    /// <summary>Queues a chunk; completes once HttpClient can take it (fails once the body is completed).</summary>
    public async Task<bool> WriteChunkAsync(byte[] chunk)
    {
        await _chunks.Writer.WriteAsync(chunk).ConfigureAwait(false);
        return true;
    }

    /// <summary>Ends the body; with an error, the request fails with it.</summary>
    public void Complete(Exception? error = null) => _chunks.Writer.TryComplete(error);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        while (await _chunks.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_chunks.Reader.TryRead(out var chunk))
            {
                await stream.WriteAsync(chunk).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
