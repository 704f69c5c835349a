using System.Diagnostics;
using System.ComponentModel;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node.ChildProcess;

/// <summary>
/// A child started by spawn(): an open loop handle while it runs. Its stdout and stderr are read
/// on the thread pool and each chunk comes back in the poll phase; stdin writes are queued in
/// order; the exit is reported once the process has ended and both outputs have reached EOF.
/// </summary>
internal sealed class StreamingChild
{
    private readonly Process _process;
    private readonly LoopHandle _handle;
    private readonly Realm _realm;
    private readonly JsFunction _onData, _onExit;
    private Task _stdin = Task.CompletedTask;
    private int _kills;
    private volatile int _killSignal;

    public int Pid { get; }

    private StreamingChild(Realm realm, Process process, JsFunction onData, JsFunction onExit)
    {
        _realm = realm;
        _process = process;
        _onData = onData;
        _onExit = onExit;
        Pid = process.Id;
        _handle = realm.Engine.Loop.Open("child process " + process.StartInfo.FileName, request: false);
        // A disposed engine's children go with it: a host that embeds scripts owns what they start.
        _handle.Release = () => _process.Kill(entireProcessTree: true);
    }

    /// <summary>The IPC channel of a forked child (null for a plain spawn).</summary>
    public IpcChannel? Channel { get; private set; }

    /// <summary>
    /// Starts the program, with an IPC channel when <paramref name="ipc"/> (a fork); null when it
    /// cannot be started (the caller reports ENOENT/EACCES).
    /// </summary>
    public static StreamingChild? Start(Realm realm, ProcessStartInfo info, JsFunction onData, JsFunction onExit, bool ipc = false)
    {
        using var pending = ipc ? new IpcChannel.Pending() : null;
        if (pending is not null) info.Environment[IpcChannel.EnvironmentVariable] = pending.ChildDescriptors;
        Process? process;
        try { process = Process.Start(info); }
        catch (Win32Exception) { return null; }
        if (process is null) return null;
        var child = new StreamingChild(realm, process, onData, onExit) { Channel = pending?.Open(realm) };
        _ = child.RunAsync();
        return child;
    }

    private async Task RunAsync()
    {
        await Task.WhenAll(PumpAsync(_process.StandardOutput.BaseStream, 1), PumpAsync(_process.StandardError.BaseStream, 2)).ConfigureAwait(false);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        // A forked child's last messages (and the channel's EOF) come before its exit, as in node.
        if (Channel is { } channel) await Task.WhenAny(channel.ReaderDone, Task.Delay(1000)).ConfigureAwait(false);
        int exit = _process.ExitCode;
        int signal = _killSignal;
        _process.Dispose();
        _handle.Post("child process exited", () =>
        {
            _handle.Close();
            // A child we signalled and that died of it reports the signal, as waitpid would.
            bool bySignal = signal != 0 && exit == 128 + signal;
            _onExit.Call(JsValue.Undefined, [bySignal ? JsValue.Null : exit, bySignal ? signal : JsValue.Null]);
        });
    }

    /// <summary>Reads one output to its end, posting each chunk (fd 1 or 2) and then null for EOF.</summary>
    private async Task PumpAsync(Stream stream, int fd)
    {
        var buffer = new byte[65536];
        while (true)
        {
            int read;
            try { read = await stream.ReadAsync(buffer).ConfigureAwait(false); }
            catch (IOException) { read = 0; }
            if (read == 0) break;
            var chunk = buffer[..read];
            _handle.Post($"child process output on fd {fd}", () => _onData.Call(JsValue.Undefined, [fd, _realm.NewTypedArray(ElementType.Uint8, chunk)]));
        }
        _handle.Post($"child process fd {fd} ended", () => _onData.Call(JsValue.Undefined, [fd, JsValue.Null]));
    }

    /// <summary>Writes to stdin after the writes before it; the callback runs in the poll phase (with an error code on EPIPE).</summary>
    public void Write(byte[] bytes, JsFunction? callback)
    {
        _stdin = _stdin.ContinueWith(async _ =>
        {
            string? error = null;
            try { await _process.StandardInput.BaseStream.WriteAsync(bytes).ConfigureAwait(false); await _process.StandardInput.BaseStream.FlushAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { error = "EPIPE"; }
            if (callback is not null)
                _handle.Post("child process stdin write", () => callback.Call(JsValue.Undefined, [error is null ? JsValue.Null : error]));
        }, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Closes stdin once the queued writes are done (the child sees EOF).</summary>
    public void EndInput()
    {
        _stdin = _stdin.ContinueWith(_ =>
        {
            try { _process.StandardInput.Close(); }
            catch (Exception e) when (e is IOException or InvalidOperationException) { }
        }, TaskScheduler.Default);
    }

    /// <summary>Sends a signal; false when the child is gone.</summary>
    public bool Kill(int signal)
    {
        if (!_handle.Open) return false;
        if (Interlocked.Increment(ref _kills) == 1) _killSignal = signal;
        return PosixCalls.Kill(Pid, signal) == 0;
    }

    public void Ref() => _handle.Ref();

    public void Unref() => _handle.Unref();
}
