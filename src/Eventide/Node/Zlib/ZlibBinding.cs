using System.Buffers;
using Eventide.Runtime;

namespace Eventide.Node.Zlib;

/// <summary>
/// require('internal/zlib') inside the zlib module: handles over the codecs of System.IO.Compression
/// (the runtime's own zlib and brotli, maintained and patched with .NET, so node:zlib brings no
/// compression code of its own). Stream writes and the callback forms run on the thread pool and
/// complete in the poll phase, as node's zlib work does on libuv's pool.
/// </summary>
internal static class ZlibBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        // open(mode, level, strategy, windowBits, brotliQuality, brotliWindow) → a handle.
        realm.DefineMethod(binding, "open", 6, (_, a) => new ZlibHandle(realm.ObjectPrototype,
            ZlibCodec.Create((ZlibMode)Int(a.At(0)), Int(a.At(1)), Int(a.At(2)), Int(a.At(3)), Int(a.At(4)), Int(a.At(5)))));
        // process(handle, bytes, flush) → the output as a Uint8Array, or throws node's zlib error.
        realm.DefineMethod(binding, "process", 3, (_, a) =>
        {
            var handle = Handle(a.At(0));
            try
            {
                return realm.NewTypedArray(ElementType.Uint8, handle.Run(ByteViews.Of(a.At(1)), Int(a.At(2))));
            }
            catch (Exception e) when (e is ZlibError or IOException or InvalidDataException)
            {
                throw new JsException(ToJs(realm, e));
            }
        });
        // processAsync(handle, bytes, flush, callback): the same on the thread pool; callback(err, output) in the poll phase.
        realm.DefineMethod(binding, "processAsync", 4, (_, a) =>
        {
            var handle = Handle(a.At(0));
            byte[] input = ByteViews.Copy(a.At(1)) ?? [];
            int flush = Int(a.At(2));
            var callback = a.At(3).AsFunction!;
            realm.Engine.Loop.Start("zlib", () => Task.FromResult(handle.Run(input, flush)), done =>
            {
                if (done.Exception?.InnerException is { } failure) callback.Call(JsValue.Undefined, [ToJs(realm, failure)]);
                else callback.Call(JsValue.Undefined, [JsValue.Null, realm.NewTypedArray(ElementType.Uint8, done.Result)]);
            });
            return JsValue.Undefined;
        });
        realm.DefineMethod(binding, "params", 3, (_, a) =>
        {
            Handle(a.At(0)).Params(Int(a.At(1)), Int(a.At(2)));
            return JsValue.Undefined;
        });
        realm.DefineMethod(binding, "close", 1, (_, a) =>
        {
            Handle(a.At(0)).Close();
            return JsValue.Undefined;
        });
        // crc32(bytes, initial) → the CRC-32 continued from initial.
        realm.DefineMethod(binding, "crc32", 2, (_, a) => (double)Checksums.Crc32((uint)Operations.ToNumber(a.At(1)), ByteViews.Of(a.At(0))));
        return binding;
    }

    private static int Int(JsValue value) => (int)Operations.ToNumber(value);

    private static ZlibHandle Handle(JsValue value) =>
        value.AsObject as ZlibHandle ?? throw new JsException(ErrorKind.TypeError, "Invalid zlib handle");

    /// <summary>node's zlib error (message, errno, code); anything else the runtime's codecs threw (zlib out of memory) as a plain Error.</summary>
    private static JsObject ToJs(Realm realm, Exception failure)
    {
        var error = realm.CreateError(ErrorKind.Error, failure.Message);
        if (failure is not ZlibError e) return error;
        error.CreateDataPropertyOrThrow("errno", e.Errno);
        error.CreateDataPropertyOrThrow("code", e.Code);
        return error;
    }

    /// <summary>
    /// A zlib or brotli stream in progress, held by the script's Zlib object. A stream destroyed while
    /// its last write is still running on the pool closes its codec only once that write is done.
    /// </summary>
    private sealed class ZlibHandle(JsObject prototype, ZlibCodec codec) : JsObject(prototype)
    {
        private readonly Lock _gate = new();
        private bool _closed;

        public byte[] Run(ReadOnlySpan<byte> input, int flush)
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                var output = new ArrayBufferWriter<byte>();
                codec.Process(input, flush, output);
                return output.WrittenSpan.ToArray();
            }
        }

        public void Params(int level, int strategy)
        {
            lock (_gate) codec.Params(level, strategy);
        }

        public void Close()
        {
            lock (_gate)
            {
                if (_closed) return;
                _closed = true;
                codec.Dispose();
            }
        }
    }
}
