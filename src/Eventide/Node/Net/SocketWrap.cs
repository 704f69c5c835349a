using System.Net;
using System.Net.Sockets;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node.Net;

/// <summary>
/// node's TCP/Pipe handle (TCPWrap, PipeWrap) over a .NET socket: bind and listen with accepted
/// connections handed to <c>onconnection</c>, connect, reads started and stopped by the stream
/// (each chunk to <c>onread</c>), ordered writes, shutdown and close. .NET does the waiting on
/// the thread pool; every completion runs on the loop thread in the poll phase, and close
/// callbacks in the close phase. As a libuv handle it keeps the loop alive only while active
/// (listening, connecting, reading or writing) and ref'd.
/// </summary>
internal sealed class SocketWrap : JsObject
{
    private readonly Realm _realm;
    private readonly LoopHandle _handle;
    private readonly LocalPeers _peers;
    /// <summary>Connected: both ends' addresses, read once (the peer registry's keys).</summary>
    private EndPoint? _local, _remote;
    /// <summary>A peer in this process sent something not yet received: the pending receive is imminent.</summary>
    private bool _expecting;
    private Socket? _socket;
    private bool _refed = true, _listening, _connecting, _reading, _receivePending, _closed;
    /// <summary>shutdown() sent our FIN: with the peer's, epoll reports POLLHUP and libuv reads the EOF at once.</summary>
    private bool _sentFin;
    /// <summary>Connecting to this host (or a Unix socket): the outcome is as good as there.</summary>
    private bool _loopback;
    private int _writesPending;
    /// <summary>A listening pipe's file, removed on close as libuv does.</summary>
    private string? _pipePath;
    private SocketError? _bindError;
    /// <summary>One receive is pending at a time, so one buffer serves them all (each chunk is copied out).</summary>
    private byte[]? _receiveBuffer;

    public bool IsPipe { get; }
    public double BytesRead { get; private set; }
    public double BytesWritten { get; private set; }
    /// <summary>The size of the last write handed to <see cref="Write"/> (the stream counts it as dispatched).</summary>
    public int LastWriteSize { get; private set; }
    /// <summary>Bytes handed to .NET and not yet sent (node's writeQueueSize).</summary>
    public double WriteQueueSize { get; private set; }

    internal override string ClassName => IsPipe ? "Pipe" : "TCP";

    /// <summary>What a read chunk is made (Buffer's prototype), so that the stream can push it as it is.</summary>
    private readonly JsObject _chunkPrototype;

    public SocketWrap(Realm realm, JsObject prototype, LocalPeers peers, JsObject? chunkPrototype, bool pipe, Socket? socket = null) : base(prototype)
    {
        _realm = realm;
        _peers = peers;
        _chunkPrototype = chunkPrototype ?? realm.TypedArrayPrototypes[(int)ElementType.Uint8];
        IsPipe = pipe;
        _socket = socket;
        _handle = realm.Engine.Loop.Open(pipe ? "Pipe" : "TCP", request: false);
        _handle.Imminent = Imminent;
        _handle.Release = () => _socket?.Dispose();
        SyncRef();
    }

    /// <summary>Registers a connected TCP handle among the realm's local peers.</summary>
    private void Connected()
    {
        if (IsPipe || _socket is null) return;
        try
        {
            _local = _socket.LocalEndPoint;
            _remote = _socket.RemoteEndPoint;
        }
        catch (SocketException) { return; }
        _peers.Add(this, _local);
    }

    /// <summary>Tells a peer in this process that data or a FIN is on its way.</summary>
    private void NotifyPeer()
    {
        if (_remote is not null) _peers.Find(_remote)?.Expect();
    }

    private void Expect() => _expecting = true;

    /// <summary>The last receive, connect and accept started, each imminent from its completion until posted.</summary>
    private readonly PostedOperation _receive = new(), _connect = new(), _accept = new();

    /// <summary>
    /// Whether this handle's next event (data, EOF, a connection, connect's outcome) has happened
    /// and is not posted yet: .NET completed it, or the kernel has it and .NET has not taken it.
    /// </summary>
    private bool Imminent()
    {
        if (_closed || _socket is not { } socket) return false;
        if (_receive.Imminent || _connect.Imminent || _accept.Imminent) return true;
        if (_expecting && _receivePending && _receive.Waiting) return true;
        try
        {
            if (_receivePending && _receive.Waiting) return socket.Poll(0, SelectMode.SelectRead);
            // A loopback connect completes at once (epoll sees it with the server's accept), however late .NET learns it.
            if (_connecting && _connect.Waiting) return _loopback || socket.Poll(0, SelectMode.SelectWrite) || socket.Poll(0, SelectMode.SelectError);
            if (_listening) return socket.Poll(0, SelectMode.SelectRead);
        }
        catch (SocketException) { }
        catch (ObjectDisposedException) { }
        return false;
    }

    /// <summary>A .NET operation whose completion the wrap posts to the loop (its task is read from the loop thread).</summary>
    private sealed class PostedOperation
    {
        private volatile Task? _started, _posted;

        public void Started(Task task) => _started = task;

        public void Posted(Task task) => _posted = task;

        /// <summary>Completed, its callback not queued yet.</summary>
        public bool Imminent => _started is { IsCompleted: true } task && !ReferenceEquals(task, _posted);

        /// <summary>Started and not posted (perhaps not complete).</summary>
        public bool Waiting => _started is { } task && !ReferenceEquals(task, _posted);
    }

    private bool Active => !_closed && (_listening || _connecting || _reading || _writesPending > 0);

    /// <summary>libuv's rule: a handle keeps the loop alive when active and ref'd.</summary>
    private void SyncRef()
    {
        if (_refed && Active) _handle.Ref(); else _handle.Unref();
    }

    public void SetRef(bool refed)
    {
        _refed = refed;
        SyncRef();
    }

    public bool HasRef => _refed;

    /// <summary>
    /// Binds a TCP socket ('::' listens on both families unless ipv6Only). As libuv does, an address
    /// in use is reported by listen(); other failures (no IPv6 here, say) at once, as a code.
    /// </summary>
    public string? Bind(string address, int port, bool ipv6Only)
    {
        var ip = IPAddress.Parse(address);
        try
        {
            var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            _socket = socket;
            if (ip.AddressFamily == AddressFamily.InterNetworkV6) socket.DualMode = !ipv6Only && ip.Equals(IPAddress.IPv6Any);
            ReuseAddress(socket);
            socket.Bind(new IPEndPoint(ip, port));
            return null;
        }
        catch (SocketException e) { return DeferBindError(e); }
    }

    private string? DeferBindError(SocketException e)
    {
        if (e.SocketErrorCode != SocketError.AddressAlreadyInUse) return SocketErrors.Code(e.SocketErrorCode);
        _bindError = e.SocketErrorCode;
        return null;
    }

    /// <summary>SO_REUSEADDR alone, as libuv sets it on servers (.NET's ReuseAddress would add SO_REUSEPORT and let two servers share a port).</summary>
    private static void ReuseAddress(Socket socket)
    {
        if (OperatingSystem.IsWindows()) return;
        bool bsd = OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();
        socket.SetRawSocketOption(bsd ? 0xffff : 1, bsd ? 4 : 2, BitConverter.GetBytes(1));
    }

    /// <summary>Binds a Unix domain socket at <paramref name="path"/>.</summary>
    public string? BindPipe(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _socket = socket;
        try
        {
            socket.Bind(new UnixDomainSocketEndPoint(path));
            _pipePath = path;
            return null;
        }
        catch (SocketException e) { return DeferBindError(e); }
    }

    /// <summary>Listens and accepts until closed; each connection (a new wrap) or accept error goes to onconnection.</summary>
    public string? Listen(int backlog)
    {
        if (_bindError is { } bindError) return SocketErrors.Code(bindError);
        if (_socket is null) return "EINVAL";
        try { _socket.Listen(backlog); }
        catch (SocketException e) { return SocketErrors.Code(e.SocketErrorCode); }
        _listening = true;
        SyncRef();
        _ = AcceptLoopAsync(_socket);
        return null;
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        while (true)
        {
            var accepting = listener.AcceptAsync();
            _accept.Started(accepting);
            Socket accepted;
            try { accepted = await accepting.ConfigureAwait(false); }
            catch (ObjectDisposedException) { _accept.Posted(accepting); return; }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.OperationAborted or SocketError.Interrupted || _closed)
            {
                _accept.Posted(accepting);
                return;
            }
            catch (SocketException e)
            {
                var code = SocketErrors.Code(e.SocketErrorCode);
                _handle.Post("TCP accept failed", () => Callback("onconnection", [code, JsValue.Undefined]));
                _accept.Posted(accepting);
                continue;
            }
            _handle.Post(IsPipe ? "Pipe connection" : "TCP connection", () =>
            {
                if (_closed) { accepted.Dispose(); return; }
                var client = new SocketWrap(_realm, Prototype!, _peers, _chunkPrototype, IsPipe, accepted);
                client.Connected();
                Callback("onconnection", [0, client]);
            }, early: true);
            _accept.Posted(accepting);
        }
    }

    /// <summary>Connects to an IP address and port (or, for a pipe, a path); onComplete(status) in the poll phase.</summary>
    public string? Connect(EndPoint endpoint, string? localAddress, int localPort, JsFunction onComplete)
    {
        try
        {
            var socket = IsPipe
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            _socket = socket;
            if (localAddress is not null || localPort != 0)
            {
                var any = endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
                socket.Bind(new IPEndPoint(localAddress is null ? any : IPAddress.Parse(localAddress), localPort));
            }
        }
        catch (SocketException e) { return SocketErrors.Code(e.SocketErrorCode); }
        _connecting = true;
        _loopback = endpoint is UnixDomainSocketEndPoint || (endpoint is IPEndPoint ip && IPAddress.IsLoopback(ip.Address));
        SyncRef();
        var connecting = _socket.ConnectAsync(endpoint);
        _connect.Started(connecting);
        connecting.ContinueWith(t =>
        {
            _handle.Post("connect completed", () =>
            {
                _connecting = false;
                SyncRef();
                if (t.IsCompletedSuccessfully) Connected();
                onComplete.Call(JsValue.Undefined, [t.IsCompletedSuccessfully ? 0 : SocketErrors.Code(t.Exception)]);
            });
            _connect.Posted(t);
        }, TaskScheduler.Default);
        return null;
    }

    public void ReadStart()
    {
        _reading = true;
        SyncRef();
        if (!_receivePending) Receive(deliverNow: false);
    }

    public void ReadStop()
    {
        _reading = false;
        SyncRef();
    }

    /// <summary>What a delivered read means for the next one.</summary>
    private enum ReadOn { Stop, Now, NextTurn }

    /// <summary>
    /// One receive pending at a time; its result comes in the poll phase. There, as uv__read does,
    /// reading goes on at once (up to 32 reads) while reads fill the buffer; after a shorter one the
    /// next waits for the next turn, unless both directions are shut down (epoll's POLLHUP), when
    /// the EOF is read at once. A read started by readStart() itself always waits for the poll phase.
    /// </summary>
    private void Receive(bool deliverNow)
    {
        var buffer = _receiveBuffer ??= new byte[65536];
        for (int i = 0; i < 32; i++)
        {
            // (A readStop/readStart inside onread may have started a receive already.)
            if (_socket is null || _closed || !_reading || _receivePending) return;
            ValueTask<int> receiving;
            try { receiving = _socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None); }
            catch (ObjectDisposedException) { return; }
            if (!receiving.IsCompleted || !deliverNow)
            {
                _receivePending = true;
                var task = receiving.AsTask();
                _receive.Started(task);
                task.ContinueWith(t =>
                {
                    _handle.Post("TCP read", () =>
                    {
                        _receivePending = false;
                        Continue(Deliver(t, buffer));
                    });
                    _receive.Posted(t);
                }, TaskScheduler.Default);
                return;
            }
            var next = Deliver(receiving.AsTask(), buffer);
            if (next != ReadOn.Now)
            {
                Continue(next);
                return;
            }
        }
        // Many reads in a row: the rest waits for the next poll phase.
        _receivePending = true;
        _handle.Post("TCP read", () =>
        {
            _receivePending = false;
            Receive(deliverNow: true);
        });
    }

    private void Continue(ReadOn next)
    {
        if (next != ReadOn.Stop) Receive(deliverNow: next == ReadOn.Now);
    }

    /// <summary>Hands a read to onread: a chunk, or the EOF or an error code (then reading stops).</summary>
    private ReadOn Deliver(Task<int> received, byte[] buffer)
    {
        _expecting = false;
        if (_closed) return ReadOn.Stop;
        if (!received.IsCompletedSuccessfully)
        {
            Callback("onread", [JsValue.Null, SocketErrors.Code(received.Exception)]);
            return ReadOn.Stop;
        }
        int read = received.Result;
        if (read == 0)
        {
            _reading = false;
            SyncRef();
            Callback("onread", [JsValue.Null, "EOF"]);
            return ReadOn.Stop;
        }
        BytesRead += read;
        var chunk = new JsTypedArray(_chunkPrototype, ElementType.Uint8, _realm.NewArrayBuffer(buffer[..read]), 0, read);
        Callback("onread", [chunk]);
        return read == buffer.Length || _sentFin ? ReadOn.Now : ReadOn.NextTurn;
    }

    /// <summary>
    /// Writes the bytes: "sync" when .NET sent them at once (the stream then calls back itself, as
    /// node does for a write libuv finished synchronously), "async" when onComplete(status) will
    /// run in the poll phase, or an error code for a write that failed at once.
    /// </summary>
    public JsValue Write(byte[] bytes, JsFunction onComplete)
    {
        LastWriteSize = bytes.Length;
        if (_socket is null || _closed) return "EBADF";
        ValueTask<int> sending;
        try { sending = _socket.SendAsync(bytes.AsMemory(), SocketFlags.None); }
        catch (SocketException e) { return SocketErrors.Code(e.SocketErrorCode); }
        catch (ObjectDisposedException) { return "EBADF"; }
        if (sending.IsCompleted)
        {
            if (!sending.IsCompletedSuccessfully) return SocketErrors.Code(sending.AsTask().Exception);
            BytesWritten += bytes.Length;
            NotifyPeer();
            return "sync";
        }
        _writesPending++;
        WriteQueueSize += bytes.Length;
        SyncRef();
        sending.AsTask().ContinueWith(t => _handle.Post("TCP write", () =>
        {
            _writesPending--;
            WriteQueueSize -= bytes.Length;
            SyncRef();
            if (t.IsCompletedSuccessfully) BytesWritten += bytes.Length;
            NotifyPeer();
            onComplete.Call(JsValue.Undefined, [t.IsCompletedSuccessfully ? 0 : SocketErrors.Code(t.Exception)]);
        }), TaskScheduler.Default);
        return "async";
    }

    /// <summary>Sends FIN after the writes (the stream only ends after they completed); onComplete(status) in the poll phase.</summary>
    public void Shutdown(JsFunction onComplete)
    {
        JsValue status = 0;
        _sentFin = true;
        NotifyPeer();
        try { _socket?.Shutdown(SocketShutdown.Send); }
        catch (SocketException e) { status = e.SocketErrorCode == SocketError.NotConnected ? 0 : SocketErrors.Code(e.SocketErrorCode); }
        catch (ObjectDisposedException) { status = "EBADF"; }
        _writesPending++;
        SyncRef();
        _realm.Engine.Loop.QueuePending("TCP shutdown", () =>
        {
            _writesPending--;
            SyncRef();
            onComplete.Call(JsValue.Undefined, [status]);
        });
    }

    /// <summary>Closes the socket (after a reset: linger 0, so the peer sees RST); the callback runs in the close phase.</summary>
    public void Close(JsFunction? onClose, bool reset)
    {
        if (_closed) return;
        _closed = true;
        NotifyPeer();
        _peers.Remove(this, _local);
        if (_socket is { } socket)
        {
            try
            {
                if (reset) socket.LingerState = new LingerOption(true, 0);
                // .NET closes a TCP socket with a receive pending abortively (RST) unless its sending
                // side was shut down first; close(2), as libuv calls it, sends FIN.
                else if (!_listening && socket.Connected) socket.Shutdown(SocketShutdown.Send);
            }
            catch (SocketException) { }
            try
            {
                socket.Dispose();
            }
            catch (SocketException) { }
        }
        if (_pipePath is not null)
        {
            try { File.Delete(_pipePath); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        _handle.Close();
        _realm.Engine.Loop.QueueClose(IsPipe ? "Pipe close" : "TCP close", () => onClose?.Call(this, []));
    }

    public JsValue SockName() => Describe(_socket?.LocalEndPoint, local: true);

    public JsValue PeerName()
    {
        try { return Describe(_socket?.RemoteEndPoint, local: false); }
        catch (SocketException) { return JsValue.Undefined; }
    }

    /// <summary>{ address, family, port } as node's getsockname/getpeername fill them (a pipe's own path is its name).</summary>
    private JsValue Describe(EndPoint? endpoint, bool local)
    {
        if (_closed) return JsValue.Undefined;
        if (endpoint is IPEndPoint ip)
        {
            var result = _realm.NewObject();
            result.CreateDataPropertyOrThrow("address", ip.Address.ToString());
            result.CreateDataPropertyOrThrow("family", ip.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4");
            result.CreateDataPropertyOrThrow("port", ip.Port);
            return result;
        }
        if (endpoint is UnixDomainSocketEndPoint unix && local) return unix.ToString();
        return JsValue.Undefined;
    }

    public void SetNoDelay(bool enable)
    {
        if (_socket is { } socket && !IsPipe && !_closed) socket.NoDelay = enable;
    }

    public void SetKeepAlive(bool enable, int delaySeconds)
    {
        if (_socket is not { } socket || IsPipe || _closed) return;
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, enable);
        if (enable && delaySeconds > 0) socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, delaySeconds);
    }

    /// <summary>Calls the handle's JS hook (onread, onconnection) with the handle as this.</summary>
    private void Callback(string name, JsValue[] args)
    {
        if (Get(name).AsFunction is { } hook) hook.Call(this, args);
    }
}
