using System.Buffers;
using System.IO.Compression;

namespace Eventide.Node.Zlib;

/// <summary>brotliCompress on .NET's BrotliEncoder: quality and window (lgwin) as node's parameters set them.</summary>
internal sealed class BrotliCompressor(int quality, int window) : ZlibCodec
{
    private BrotliEncoder _encoder = new(quality, window);
    private bool _finished;

    public override void Process(ReadOnlySpan<byte> input, int flush, ArrayBufferWriter<byte> output)
    {
        if (_finished) return;
        bool final = flush == BrotliOperation.Finish;
        OperationStatus status;
        do
        {
            status = _encoder.Compress(input, output.GetSpan(16384), out int consumed, out int written, final);
            output.Advance(written);
            input = input[consumed..];
        } while (status == OperationStatus.DestinationTooSmall || (!final && !input.IsEmpty));
        if (final) _finished = true;
        else if (flush == BrotliOperation.Flush)
        {
            do
            {
                status = _encoder.Flush(output.GetSpan(16384), out int written);
                output.Advance(written);
            } while (status == OperationStatus.DestinationTooSmall);
        }
    }

    public override void Dispose() => _encoder.Dispose();
}
