using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Node.Stdio;

/// <summary>
/// process.stdin's handle: a background thread reads the standard input in chunks while the script
/// wants data (readStart) and posts each chunk, then null at EOF, to the loop thread's poll phase.
/// The handle keeps the loop alive only while reading, as node's stdin does: a paused stdin (readStop)
/// lets the process exit even with a read still pending on a terminal.
/// </summary>
internal sealed class StdinReader(Realm realm, StandardInput input, JsFunction onChunk, int chunkSize)
{
    private readonly SemaphoreSlim _wanted = new(0);
    private LoopHandle? _handle;
    private volatile bool _reading;

    /// <summary>
    /// Starts (or goes on) reading; the first call opens the handle and the reading thread. A read
    /// for a paused stream (the stream topping up its buffer) does not keep the loop alive.
    /// </summary>
    public void Start(bool keepAlive)
    {
        if (_handle is { Open: false }) return;
        if (_handle is null)
        {
            _handle = realm.Engine.Loop.Open("stdin", request: false);
            new Thread(ReadLoop) { IsBackground = true, Name = "stdin" }.Start();
        }
        if (keepAlive) _handle.Ref();
        else _handle.Unref();
        if (!_reading)
        {
            _reading = true;
            _wanted.Release();
        }
    }

    /// <summary>stdin.ref()/unref() while reading: whether the read keeps the loop alive.</summary>
    public void KeepAlive(bool keepAlive)
    {
        if (_handle is null || !_reading) return;
        if (keepAlive) _handle.Ref();
        else _handle.Unref();
    }

    /// <summary>Stops asking for data; a read already under way still delivers its chunk.</summary>
    public void Stop()
    {
        _reading = false;
        _handle?.Unref();
    }

    /// <summary>Closes the handle (stdin destroyed): nothing more is delivered.</summary>
    public void Close()
    {
        _reading = false;
        _handle?.Close();
        _wanted.Release();
    }

    private void ReadLoop()
    {
        var handle = _handle!;
        var buffer = new byte[chunkSize];
        while (handle.Open)
        {
            _wanted.Wait();
            while (_reading && handle.Open)
            {
                int read;
                try { read = input.Stream.Read(buffer); }
                catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException) { read = 0; }
                if (read == 0)
                {
                    handle.Post("stdin end", () =>
                    {
                        handle.Close();
                        onChunk.Call(JsValue.Undefined, [JsValue.Null]);
                    });
                    return;
                }
                var chunk = buffer[..read];
                handle.Post("stdin data", () => onChunk.Call(JsValue.Undefined, [realm.NewTypedArray(ElementType.Uint8, chunk)]));
            }
        }
    }
}
