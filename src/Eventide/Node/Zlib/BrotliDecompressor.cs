using System.Buffers;
using System.IO.Compression;

namespace Eventide.Node.Zlib;

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
