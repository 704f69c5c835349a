using System.Net;
using System.Net.Sockets;
using Eventide.Runtime;

namespace Eventide.Node.Http;

/// <summary>
/// require('internal/fetch_binding') inside the fetch module: HTTP exchanges on .NET's HttpClient.
/// A request is sent on the thread pool; its response head comes back to the loop thread in the
/// poll phase (fetch's promise settles then), and the body is read chunk by chunk as the script's
/// ReadableStream pulls it, as undici streams it after the head.
/// </summary>
internal static class FetchBinding
{
    /// <summary>Two shared clients: one following redirects (fetch's default), one leaving them to the caller.</summary>
    private static readonly HttpClient Following = NewClient(followRedirects: true);
    private static readonly HttpClient Manual = NewClient(followRedirects: false);

    private static HttpClient NewClient(bool followRedirects) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = followRedirects,
        MaxAutomaticRedirections = 20,
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4),
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public static JsObject Create(Realm realm)
    {
        var exchanges = new Dictionary<int, Exchange>();
        int nextId = 1;
        realm.Engine.WhenDisposed(() =>
        {
            foreach (var exchange in exchanges.Values.ToArray()) exchange.Cancel();
        });
        var binding = realm.NewObject();
        // send(method, url, [[name, value]...], body (Uint8Array, true for one written by writeBody, or null), redirect, callback(err, head)) → id
        realm.DefineMethod(binding, "send", 6, (_, a) =>
        {
            var exchange = new Exchange(nextId++, Request(a, out var upload), Operations.ToString(a.At(4)) == "follow" ? Following : Manual) { Upload = upload };
            exchanges[exchange.Id] = exchange;
            var callback = a.At(5).AsFunction!;
            realm.Engine.Loop.Start("fetch " + exchange.Message.RequestUri, exchange.SendAsync, done =>
            {
                if (Failure(done) is { } failure)
                {
                    exchanges.Remove(exchange.Id);
                    callback.Call(JsValue.Undefined, [FailureToJs(realm, failure)]);
                    return;
                }
                callback.Call(JsValue.Undefined, [JsValue.Null, HeadToJs(realm, exchange, done.Result)]);
            });
            return exchange.Id;
        });
        // readChunk(id, callback(err, Uint8Array or null)): the next piece of the body as the network
        // delivers it, null at its end (the exchange is then done).
        realm.DefineMethod(binding, "readChunk", 2, (_, a) =>
        {
            var callback = a.At(1).AsFunction!;
            if (!exchanges.TryGetValue((int)Operations.ToNumber(a.At(0)), out var exchange))
                throw new JsException(ErrorKind.TypeError, "The response body is gone");
            realm.Engine.Loop.Start("fetch body " + exchange.Message.RequestUri, exchange.ReadChunkAsync, done =>
            {
                if (Failure(done) is { } failure)
                {
                    exchanges.Remove(exchange.Id);
                    callback.Call(JsValue.Undefined, [FailureToJs(realm, failure)]);
                }
                else if (done.Result is null)
                {
                    exchanges.Remove(exchange.Id);
                    callback.Call(JsValue.Undefined, [JsValue.Null, JsValue.Null]);
                }
                else callback.Call(JsValue.Undefined, [JsValue.Null, realm.NewTypedArray(ElementType.Uint8, done.Result)]);
            });
            return JsValue.Undefined;
        });
        // writeBody(id, Uint8Array, callback(err)): the next chunk of a streamed request body; the
        // callback comes once HttpClient has taken it.
        realm.DefineMethod(binding, "writeBody", 3, (_, a) =>
        {
            var callback = a.At(2).AsFunction!;
            if (!exchanges.TryGetValue((int)Operations.ToNumber(a.At(0)), out var exchange) || exchange.Upload is not { } upload)
                throw new JsException(ErrorKind.TypeError, "The request is gone");
            var chunk = Bytes(a.At(1)) ?? [];
            realm.Engine.Loop.Start("fetch upload " + exchange.Message.RequestUri, () => upload.WriteChunkAsync(chunk), done =>
                callback.Call(JsValue.Undefined, [Failure(done) is { } failure ? FailureToJs(realm, failure) : JsValue.Null]));
            return JsValue.Undefined;
        });
        // endBody(id, failed): the streamed request body is complete, or failed (the request then fails).
        realm.DefineMethod(binding, "endBody", 2, (_, a) =>
        {
            if (exchanges.TryGetValue((int)Operations.ToNumber(a.At(0)), out var exchange))
                exchange.Upload?.Complete(Operations.ToBoolean(a.At(1)) ? new IOException("the request body failed") : null);
            return JsValue.Undefined;
        });
        // abort(id): cancels the exchange; its pending callback then gets an AbortError-like failure the caller replaces.
        realm.DefineMethod(binding, "abort", 1, (_, a) =>
        {
            if (exchanges.Remove((int)Operations.ToNumber(a.At(0)), out var exchange)) exchange.Cancel();
            return JsValue.Undefined;
        });
        return binding;
    }

    /// <summary>Why a finished task did not produce a result (a cancellation counts), or null.</summary>
    private static Exception? Failure(Task task) =>
        task.IsCanceled ? new OperationCanceledException() : task.Exception?.InnerException;

    private static byte[]? Bytes(JsValue value) => ByteViews.Copy(value);

    private static HttpRequestMessage Request(ReadOnlySpan<JsValue> a, out StreamedBody? upload)
    {
        var message = new HttpRequestMessage(new HttpMethod(Operations.ToString(a.At(0))), new Uri(Operations.ToString(a.At(1))));
        upload = a.At(3).IsTrue ? new StreamedBody() : null;
        var body = upload is null ? Bytes(a.At(3)) : null;
        if (upload is not null) message.Content = upload;
        else if (body is not null) message.Content = new ByteArrayContent(body);
        if (a.At(2).AsObject is JsArray pairs)
        {
            for (uint i = 0; i < pairs.Length; i++)
            {
                var pair = pairs.Get(new PropertyKey(i)).AsObject!;
                string name = Operations.ToString(pair.Get(new PropertyKey(0u))), value = Operations.ToString(pair.Get(new PropertyKey(1u)));
                if (!message.Headers.TryAddWithoutValidation(name, value))
                {
                    message.Content ??= new ByteArrayContent([]);
                    message.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }
        }
        return message;
    }

    private static JsObject HeadToJs(Realm realm, Exchange exchange, HttpResponseMessage response)
    {
        var head = realm.NewObject();
        head.CreateDataPropertyOrThrow("id", exchange.Id);
        head.CreateDataPropertyOrThrow("status", (int)response.StatusCode);
        head.CreateDataPropertyOrThrow("statusText", response.ReasonPhrase ?? "");
        var pairs = new List<JsValue>();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            foreach (var value in values)
                pairs.Add(realm.NewArray([name.ToLowerInvariant(), value]));
        head.CreateDataPropertyOrThrow("headers", realm.NewArray(pairs.ToArray()));
        // The redirect handler moves the request to each new location, so its URI is the final one.
        string finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? exchange.OriginalUrl;
        head.CreateDataPropertyOrThrow("url", finalUrl);
        head.CreateDataPropertyOrThrow("redirected", finalUrl != exchange.OriginalUrl);
        return head;
    }

    /// <summary>undici's cause of "fetch failed": node's system error for a refused or unresolvable connection.</summary>
    private static JsValue FailureToJs(Realm realm, Exception failure)
    {
        if (failure is OperationCanceledException) return realm.CreateError(ErrorKind.Error, "aborted");
        var socket = failure.InnerException as SocketException ?? failure as SocketException;
        JsObject cause;
        if (socket is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
        {
            cause = realm.CreateError(ErrorKind.Error, $"getaddrinfo ENOTFOUND {failure.Data["host"]}");
            cause.CreateDataPropertyOrThrow("errno", -3008);
            cause.CreateDataPropertyOrThrow("code", "ENOTFOUND");
            cause.CreateDataPropertyOrThrow("syscall", "getaddrinfo");
        }
        else if (socket is { SocketErrorCode: SocketError.ConnectionRefused })
        {
            string address = (string)failure.Data["host"]!;
            int port = (int)failure.Data["port"]!;
            cause = realm.CreateError(ErrorKind.Error, $"connect ECONNREFUSED {address}:{port}");
            cause.CreateDataPropertyOrThrow("errno", -111);
            cause.CreateDataPropertyOrThrow("code", "ECONNREFUSED");
            cause.CreateDataPropertyOrThrow("syscall", "connect");
            cause.CreateDataPropertyOrThrow("address", address);
            cause.CreateDataPropertyOrThrow("port", port);
        }
        else if (socket is { SocketErrorCode: SocketError.ConnectionReset } || failure is HttpIOException)
        {
            cause = realm.CreateError(ErrorKind.Error, "other side closed");
            cause.CreateDataPropertyOrThrow("code", "UND_ERR_SOCKET");
        }
        else cause = realm.CreateError(ErrorKind.Error, failure.Message);
        return cause;
    }

    /// <summary>One request and its response, cancellable by the script's AbortSignal.</summary>
    private sealed class Exchange(int id, HttpRequestMessage message, HttpClient client)
    {
        private readonly CancellationTokenSource _cancel = new();
        private HttpResponseMessage? _response;
        private Stream? _body;
        private readonly byte[] _buffer = new byte[64 * 1024];
        public int Id { get; } = id;
        public HttpRequestMessage Message { get; } = message;
        public string OriginalUrl { get; } = message.RequestUri!.AbsoluteUri;
        /// <summary>The request body the script writes, when it is a stream.</summary>
        public StreamedBody? Upload { get; init; }

        public async Task<HttpResponseMessage> SendAsync()
        {
            try
            {
                _response = await client.SendAsync(Message, HttpCompletionOption.ResponseHeadersRead, _cancel.Token).ConfigureAwait(false);
                return _response;
            }
            catch (HttpRequestException e)
            {
                e.Data["host"] = Message.RequestUri!.Host.Trim('[', ']');
                e.Data["port"] = Message.RequestUri.Port;
                Upload?.Complete(e); // a write still waiting fails rather than waits forever
                throw;
            }
            catch (Exception e)
            {
                Upload?.Complete(e);
                throw;
            }
        }

        /// <summary>The next bytes of the body (at most a buffer's worth), or null at its end, when the response is released.</summary>
        public async Task<byte[]?> ReadChunkAsync()
        {
            _body ??= await _response!.Content.ReadAsStreamAsync(_cancel.Token).ConfigureAwait(false);
            int read = await _body.ReadAsync(_buffer, _cancel.Token).ConfigureAwait(false);
            if (read > 0) return _buffer.AsSpan(0, read).ToArray();
            _response!.Dispose();
            return null;
        }

        public void Cancel()
        {
            Upload?.Complete(new OperationCanceledException());
            _cancel.Cancel();
            _response?.Dispose();
        }
    }
}
