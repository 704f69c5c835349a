using Eventide.Host;
using System.Net;
using System.Net.Sockets;
using Eventide.Runtime;

namespace Eventide.Node.Net;

/// <summary>
/// require('internal/net') inside the net module: TCP and Unix-socket handles (<see cref="SocketWrap"/>,
/// with node's handle methods on a shared prototype), the resolver behind connect's lookup, and
/// libuv's errno and text for an error code.
/// </summary>
internal static class NetBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        var prototype = HandlePrototype(realm);
        var peers = new LocalPeers();
        // setChunkPrototype(Buffer.prototype): reads arrive as Buffers
        JsObject? chunkPrototype = null;
        realm.DefineMethod(binding, "setChunkPrototype", 1, (_, a) => { chunkPrototype = a.At(0).AsObject; return JsValue.Undefined; });
        // newHandle(pipe) → a TCP (or Pipe) handle, not yet bound or connected
        realm.DefineMethod(binding, "newHandle", 1, (_, a) => new SocketWrap(realm, prototype, peers, chunkPrototype, Operations.ToBoolean(a.At(0))));
        // lookup(host, family 0/4/6, callback(errorCode, [{ address, family }...])) on the thread pool
        realm.DefineMethod(binding, "lookup", 3, (_, a) =>
        {
            string host = Operations.ToString(a.At(0));
            var family = Operations.ToNumber(a.At(1)) switch { 4 => AddressFamily.InterNetwork, 6 => AddressFamily.InterNetworkV6, _ => AddressFamily.Unspecified };
            var callback = a.At(2).AsFunction!;
            realm.Engine.Loop.Start("getaddrinfo " + host, () => System.Net.Dns.GetHostAddressesAsync(host, family), done =>
            {
                if (!done.IsCompletedSuccessfully)
                {
                    callback.Call(JsValue.Undefined, [SocketErrors.Code(done.Exception)]);
                    return;
                }
                var list = realm.NewArray();
                foreach (var address in done.Result)
                {
                    if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)) continue;
                    var entry = realm.NewObject();
                    entry.CreateDataPropertyOrThrow("address", address.ToString());
                    entry.CreateDataPropertyOrThrow("family", address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4);
                    list.Push(entry);
                }
                callback.Call(JsValue.Undefined, [list.Length == 0 ? "ENOTFOUND" : JsValue.Null, list]);
            });
            return JsValue.Undefined;
        });
        // uvError(code) → [errno, uv_strerror text]
        realm.DefineMethod(binding, "uvError", 1, (_, a) =>
        {
            var (errno, text) = UvErrors.Lookup(Operations.ToString(a.At(0)));
            return realm.NewArray([errno, text]);
        });
        return binding;
    }

    private static JsObject HandlePrototype(Realm realm)
    {
        var proto = realm.NewObject();
        void Method(string name, int length, Func<SocketWrap, ReadOnlySpan<JsValue>, JsValue> body) =>
            realm.DefineMethod(proto, name, length, (self, a) => body(self.AsObject as SocketWrap ?? throw new JsException(ErrorKind.TypeError, "Illegal invocation"), a));
        static JsValue Code(string? code) => code is null ? JsValue.Undefined : code;
        static string? OptionalString(JsValue value) => value.IsString ? value.String : null;

        // bind(address, port, ipv6Only) / bindPipe(path) → an error code or undefined
        Method("bind", 3, (h, a) => Code(h.Bind(Operations.ToString(a.At(0)), (int)Operations.ToNumber(a.At(1)), Operations.ToBoolean(a.At(2)))));
        Method("bindPipe", 1, (h, a) => Code(h.BindPipe(Operations.ToString(a.At(0)))));
        Method("listen", 1, (h, a) => Code(h.Listen((int)Operations.ToNumber(a.At(0)))));
        // connect(address, port, localAddress, localPort, onComplete(status)) / connectPipe(path, onComplete)
        Method("connect", 5, (h, a) => Code(h.Connect(new IPEndPoint(IPAddress.Parse(Operations.ToString(a.At(0))), (int)Operations.ToNumber(a.At(1))),
            OptionalString(a.At(2)), a.At(3).IsNumber ? (int)a.At(3).Number : 0, a.At(4).AsFunction!)));
        Method("connectPipe", 2, (h, a) => Code(h.Connect(new UnixDomainSocketEndPoint(Operations.ToString(a.At(0))), null, 0, a.At(1).AsFunction!)));
        Method("readStart", 0, (h, _) => { h.ReadStart(); return 0; });
        Method("readStop", 0, (h, _) => { h.ReadStop(); return 0; });
        // write(chunk, onComplete(status)[, encoding]) / writev([{ chunk, encoding }...], onComplete(status)):
        // strings encoded straight into the bytes sent → 'sync' | 'async' | an error code (lastWriteSize: the bytes)
        Method("write", 3, (h, a) => h.Write(OutgoingBytes.Of(a.At(0), a.At(2)), a.At(1).AsFunction!));
        Method("writev", 2, (h, a) => h.Write(OutgoingBytes.Gather(a.At(0)), a.At(1).AsFunction!));
        Method("shutdown", 1, (h, a) => { h.Shutdown(a.At(0).AsFunction!); return 0; });
        Method("close", 1, (h, a) => { h.Close(a.At(0).AsFunction, reset: false); return JsValue.Undefined; });
        Method("reset", 1, (h, a) => { h.Close(a.At(0).AsFunction, reset: true); return 0; });
        Method("getsockname", 0, (h, _) => h.SockName());
        Method("getpeername", 0, (h, _) => h.PeerName());
        Method("setNoDelay", 1, (h, a) => { h.SetNoDelay(Operations.ToBoolean(a.At(0))); return 0; });
        Method("setKeepAlive", 2, (h, a) => { h.SetKeepAlive(Operations.ToBoolean(a.At(0)), (int)Operations.ToNumber(a.At(1))); return 0; });
        Method("ref", 0, (h, _) => { h.SetRef(true); return JsValue.Undefined; });
        Method("unref", 0, (h, _) => { h.SetRef(false); return JsValue.Undefined; });
        Method("hasRef", 0, (h, _) => h.HasRef);
        void Getter(string name, Func<SocketWrap, JsValue> get) =>
            realm.DefineGetter(proto, name, (self, _) => self.AsObject is SocketWrap h ? get(h) : JsValue.Undefined);
        Getter("bytesRead", h => h.BytesRead);
        Getter("bytesWritten", h => h.BytesWritten);
        Getter("writeQueueSize", h => h.WriteQueueSize);
        Getter("lastWriteSize", h => h.LastWriteSize);
        Getter("isPipe", h => h.IsPipe);
        return proto;
    }
}
