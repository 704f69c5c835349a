using System.IO.Compression;
using System.Text;

namespace Eventide.Tests;

/// <summary>
/// What node:zlib writes is read back by an independent reader, .NET's own GZipStream, ZLibStream,
/// DeflateStream and BrotliDecoder: the zlib and gzip framing Eventide writes around the deflate data
/// (headers, checksums, the stream continued after flush() and params()) must be valid for any inflater.
/// </summary>
public class ZlibTests
{
    private const string Script = """
        const zlib = require('zlib');
        const text = Buffer.from('zlib framing '.repeat(2000) + Array.from({ length: 500 }, (_, i) => i * i).join(','));
        const show = (name, bytes) => console.log(name + ' ' + Buffer.from(bytes).toString('base64'));
        show('gzip', zlib.gzipSync(text, { level: 9 }));
        show('deflate', zlib.deflateSync(text, { level: 1 }));
        show('raw', zlib.deflateRawSync(text, { strategy: zlib.constants.Z_RLE }));
        show('brotli', zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } }));
        show('empty-gzip', zlib.gzipSync(''));
        show('empty-deflate', zlib.deflateSync(''));
        for (const create of ['createGzip', 'createDeflate']) {
          const stream = zlib[create]({ level: 2 });
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => show(create, Buffer.concat(chunks)));
          stream.write(text.subarray(0, 10000));
          stream.flush(() => stream.params(9, zlib.constants.Z_HUFFMAN_ONLY, () => {
            stream.write(text.subarray(10000, 20000));
            stream.flush(zlib.constants.Z_FULL_FLUSH, () => stream.end(text.subarray(20000)));
          }));
        }
        """;

    private static string Text() => string.Concat(Enumerable.Repeat("zlib framing ", 2000)) + string.Join(",", Enumerable.Range(0, 500).Select(i => i * i));

    [Fact]
    public void IndependentInflatersReadWhatEventideWrites()
    {
        string file = Path.Combine(Path.GetTempPath(), $"eventide-zlib-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, Script);
        try
        {
            var lines = JsRunner.RunFile(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => Convert.FromBase64String(p[1]));
            string text = Text();
            Assert.Equal(text, Inflate(lines["gzip"], s => new GZipStream(s, CompressionMode.Decompress)));
            Assert.Equal(text, Inflate(lines["deflate"], s => new ZLibStream(s, CompressionMode.Decompress)));
            Assert.Equal(text, Inflate(lines["raw"], s => new DeflateStream(s, CompressionMode.Decompress)));
            Assert.Equal(text, Inflate(lines["brotli"], s => new BrotliStream(s, CompressionMode.Decompress)));
            Assert.Equal("", Inflate(lines["empty-gzip"], s => new GZipStream(s, CompressionMode.Decompress)));
            Assert.Equal("", Inflate(lines["empty-deflate"], s => new ZLibStream(s, CompressionMode.Decompress)));
            Assert.Equal(text, Inflate(lines["createGzip"], s => new GZipStream(s, CompressionMode.Decompress)));
            Assert.Equal(text, Inflate(lines["createDeflate"], s => new ZLibStream(s, CompressionMode.Decompress)));
            // node's headers: gzip's OS byte is 3 (Unix), level 9 marks XFL 2; zlib's level 1 header is 78 01.
            Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3 }, lines["gzip"][..10]);
            Assert.Equal(new byte[] { 0x78, 0x01 }, lines["deflate"][..2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Inflate(byte[] compressed, Func<Stream, Stream> open)
    {
        using var reader = new StreamReader(open(new MemoryStream(compressed)), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
