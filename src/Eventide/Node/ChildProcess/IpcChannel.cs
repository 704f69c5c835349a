using System.IO.Pipes;
using System.Text;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node.ChildProcess;

/// <summary>
/// The IPC channel between a parent and a child it forked, both eventide: two anonymous pipes, one
/// each way, carrying node's 'json' serialization (one JSON text a line). The child finds its ends
/// in EVENTIDE_IPC_FDS, as node's child finds NODE_CHANNEL_FD. A background thread reads whole lines
/// and posts each to the loop thread; the handle keeps the loop alive while open and ref'd.
/// Writes go out in order on the thread pool, their callbacks back in the poll phase.
/// </summary>
internal sealed class IpcChannel
{
    /// <summary>Where a forked child finds its channel's descriptors: "readFd,writeFd".</summary>
    public const string EnvironmentVariable = "EVENTIDE_IPC_FDS";

    private readonly Realm _realm;
    private readonly Stream _input, _output;
    private readonly LoopHandle _handle;
    private Task _writes = Task.CompletedTask;
    private JsFunction? _onMessage, _onClose;
    private readonly TaskCompletionSource _readerDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every message the other side wrote, and its EOF, have been posted to the loop.</summary>
    public Task ReaderDone => _readerDone.Task;

    private IpcChannel(Realm realm, Stream input, Stream output)
    {
        _realm = realm;
        _input = input;
        _output = output;
        _handle = realm.Engine.Loop.Open("IPC channel", request: false);
        _handle.Release = () =>
        {
            _output.Dispose();
            _input.Dispose();
        };
    }

    /// <summary>The parent's side: pipes whose other ends the child inherits (see <see cref="TakeInherited"/>).</summary>
    public sealed class Pending : IDisposable
    {
        private readonly AnonymousPipeServerStream _toChild = new(PipeDirection.Out, HandleInheritability.Inheritable);
        private readonly AnonymousPipeServerStream _fromChild = new(PipeDirection.In, HandleInheritability.Inheritable);

        /// <summary>The child's descriptors, for its environment.</summary>
        public string ChildDescriptors => $"{_toChild.GetClientHandleAsString()},{_fromChild.GetClientHandleAsString()}";

        /// <summary>Once the child runs: the parent drops its copies of the child's ends (so either side sees EOF when the other goes).</summary>
        public IpcChannel Open(Realm realm)
        {
            _opened = true;
            _toChild.DisposeLocalCopyOfClientHandle();
            _fromChild.DisposeLocalCopyOfClientHandle();
            return new IpcChannel(realm, _fromChild, _toChild);
        }

        private bool _opened;

        /// <summary>A child that never started: both pipes go.</summary>
        public void Dispose()
        {
            if (_opened) return;
            _toChild.Dispose();
            _fromChild.Dispose();
        }
    }

    private static string? _inherited = Environment.GetEnvironmentVariable(EnvironmentVariable);

    /// <summary>
    /// The channel this process was forked with, once (the first engine takes it); the variable is
    /// removed so that the script's own children do not inherit it, as node removes NODE_CHANNEL_FD.
    /// </summary>
    public static IpcChannel? TakeInherited(Realm realm)
    {
        string? fds = Interlocked.Exchange(ref _inherited, null);
        if (fds is null) return null;
        Environment.SetEnvironmentVariable(EnvironmentVariable, null);
        var parts = fds.Split(',');
        if (parts.Length != 2) return null;
        try
        {
            var channel = new IpcChannel(realm, new AnonymousPipeClientStream(PipeDirection.In, parts[0]), new AnonymousPipeClientStream(PipeDirection.Out, parts[1]));
            // The script's own children must not hold the channel open (the parent would wait for their exit to see EOF).
            foreach (var fd in parts) PosixCalls.SetCloseOnExec(int.Parse(fd, System.Globalization.CultureInfo.InvariantCulture));
            return channel;
        }
        catch (Exception e) when (e is IOException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The channel as the JavaScript side drives it: start(onMessage(text), onClose()), send(text, callback) → bool, close, ref, unref.</summary>
    public JsObject ToJs()
    {
        var channel = _realm.NewObject();
        _realm.DefineMethod(channel, "start", 2, (_, a) =>
        {
            _onMessage = a.At(0).AsFunction;
            _onClose = a.At(1).AsFunction;
            new Thread(ReadLoop) { IsBackground = true, Name = "IPC channel" }.Start();
            return JsValue.Undefined;
        });
        _realm.DefineMethod(channel, "send", 2, (_, a) => Send(Operations.ToString(a.At(0)), a.At(1).AsFunction));
        _realm.DefineMethod(channel, "close", 0, (_, _) => { Close(); return JsValue.Undefined; });
        _realm.DefineMethod(channel, "ref", 0, (_, _) => { _handle.Ref(); return JsValue.Undefined; });
        _realm.DefineMethod(channel, "unref", 0, (_, _) => { _handle.Unref(); return JsValue.Undefined; });
        return channel;
    }

    private bool Send(string text, JsFunction? callback)
    {
        if (!_handle.Open) return false;
        var bytes = Encoding.UTF8.GetBytes(text + "\n");
        // A write request: the loop (and so the process) waits for it, as libuv's write requests keep it alive.
        var request = _realm.Engine.Loop.Open("IPC send");
        _writes = _writes.ContinueWith(async _ =>
        {
            string? error = null;
            try
            {
                await _output.WriteAsync(bytes).ConfigureAwait(false);
                await _output.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException) { error = "EPIPE"; }
            request.Post("IPC message sent", () => callback?.Call(JsValue.Undefined, [error is null ? JsValue.Null : error]));
        }, TaskScheduler.Default).Unwrap();
        return true;
    }

    /// <summary>Disconnect: the pipes close once the messages already sent are out; the other side reads EOF.</summary>
    private void Close()
    {
        if (!_handle.Open) return;
        _handle.Close();
        _writes.ContinueWith(_ =>
        {
            _output.Dispose();
            _input.Dispose();
        }, TaskScheduler.Default);
    }

    private void ReadLoop()
    {
        var buffer = new byte[65536];
        var line = new MemoryStream();
        while (true)
        {
            int read;
            try { read = _input.Read(buffer); }
            catch (Exception e) when (e is IOException or ObjectDisposedException) { read = 0; }
            if (read == 0) break;
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                line.Write(buffer, start, i - start);
                string text = Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
                line.SetLength(0);
                start = i + 1;
                _handle.Post("IPC message", () => _onMessage?.Call(JsValue.Undefined, [text]));
            }
            line.Write(buffer, start, read - start);
        }
        // The other side is gone (disconnect or exit): 'disconnect' here, then the handle closes.
        _handle.Post("IPC channel closed", () =>
        {
            bool wasOpen = _handle.Open;
            Close();
            if (wasOpen) _onClose?.Call(JsValue.Undefined, []);
        });
        _readerDone.TrySetResult();
    }
}
