using Eventide.Host;

namespace Eventide.Node.Stdio;

/// <summary>What fd 0 is, as libuv's uv_guess_handle tells node which stream class process.stdin gets.</summary>
internal enum StdinKind
{
    /// <summary>A regular file or a device other than a terminal (/dev/null): node's fs.ReadStream.</summary>
    File,
    /// <summary>A pipe or a socket: node's net.Socket.</summary>
    Pipe,
    /// <summary>A terminal: node's tty.ReadStream.</summary>
    Tty,
}

/// <summary>
/// An engine's standard input: the stream the embedder gave (EngineOptions.Stdin) or the process's
/// own, read by process.stdin on a background thread (a read from a terminal or a pipe blocks until
/// data comes, and cannot be cancelled) and by fs.readFileSync(0) on the loop thread.
/// </summary>
internal sealed class StandardInput(Engine engine)
{
    private Stream? _stream;

    public Stream Stream => _stream ??= engine.Options.Stdin ?? OpenConsoleInput();

    private static Stream OpenConsoleInput()
    {
        try { return Console.OpenStandardInput(); }
        catch (IOException) { return System.IO.Stream.Null; }
    }

    public StdinKind Kind => engine.Options.Stdin switch
    {
        FileStream => StdinKind.File,
        { } => StdinKind.Pipe,
        null when ProcessObject.IsTerminal(engine, 0) => StdinKind.Tty,
        null => GuessProcessStdin(),
    };

    /// <summary>Linux names a pipe's or socket's descriptor "pipe:[inode]" or "socket:[inode]"; anything else is read as a file.</summary>
    private static StdinKind GuessProcessStdin()
    {
        try
        {
            string? target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null) return StdinKind.Pipe;
            return target.StartsWith("pipe:", StringComparison.Ordinal) || target.StartsWith("socket:", StringComparison.Ordinal) ? StdinKind.Pipe : StdinKind.File;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StdinKind.Pipe;
        }
    }

    /// <summary>
    /// readFile('/dev/stdin'): opening the device opens what fd 0 is anew, so a file reads from its
    /// start again (a pipe or a terminal goes on where it was).
    /// </summary>
    public byte[] ReadDevice() => engine.Options.Stdin switch
    {
        FileStream file => File.ReadAllBytes(file.Name),
        null when !OperatingSystem.IsWindows() => File.ReadAllBytes("/dev/stdin"),
        _ => ReadToEnd(),
    };

    /// <summary>Everything left to read, on the calling thread (fs.readFileSync(0) and '/dev/stdin').</summary>
    public byte[] ReadToEnd()
    {
        var all = new MemoryStream();
        try { Stream.CopyTo(all); }
        catch (IOException) { }
        return all.ToArray();
    }
}
