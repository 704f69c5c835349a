using System.Buffers;
using System.IO.Compression;

namespace Eventide.Node.Zlib;

/// <summary>node's brotli operations (zlib.constants.BROTLI_OPERATION_*).</summary>
internal static class BrotliOperation
{
    public const int Process = 0, Flush = 1, Finish = 2;
}

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

/// <summary>brotliDecompress on .NET's BrotliDecoder, which reports exactly what it consumed.</summary>
internal sealed class BrotliDecompressor : ZlibCodec
{
    private BrotliDecoder _decoder;
    private bool _done;

    public override void Process(ReadOnlySpan<byte> input, int flush, ArrayBufferWriter<byte> output)
    {
        while (!_done)
        {
            var status = _decoder.Decompress(input, output.GetSpan(16384), out int consumed, out int written);
            output.Advance(written);
            input = input[consumed..];
            if (status == OperationStatus.Done) _done = true;
            // .NET does not say which rule the data broke; node's code for garbage input is usually this one.
            else if (status == OperationStatus.InvalidData) throw new ZlibError("Decompression failed", -15, "ERR__ERROR_FORMAT_PADDING_2");
            else if (status == OperationStatus.NeedMoreData && input.IsEmpty) break;
        }
        if (flush == BrotliOperation.Finish && !_done) throw ZlibError.UnexpectedEnd();
    }

    public override void Dispose() => _decoder.Dispose();
}
