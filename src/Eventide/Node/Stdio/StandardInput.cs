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
/// An engine's standard input: the stream the embedder gave (NodeRuntime.Stdin) or the process's
/// own, read by process.stdin on a background thread (a read from a terminal or a pipe blocks until
/// data comes, and cannot be cancelled) and by fs.readFileSync(0) on the loop thread.
/// </summary>
internal sealed class StandardInput(Engine engine)
{
    private Stream? _stream;

    public Stream Stream => _stream ??= engine.Node.Options.Stdin ?? OpenConsoleInput();

    /// <summary>
    /// fd 0 as it is: not Console.OpenStandardInput, whose stream on a terminal edits and echoes
    /// lines itself (the script's readline does that, in raw mode).
    /// </summary>
    private static Stream OpenConsoleInput()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardInput();
        if (StartedWithoutStdin) return System.IO.Stream.Null;
        try { return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false), FileAccess.Read, 0); }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException) { return System.IO.Stream.Null; }
    }

    /// <summary>
    /// Started with fd 0 closed (`&lt;&amp;-`): the runtime's first pipe took the number, its write end
    /// is ours too. node opens /dev/null in its place; here it reads as that: empty, a file.
    /// </summary>
    private static readonly Lazy<bool> _startedWithoutStdin = new(() =>
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            string? stdin = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (stdin is null || !stdin.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            return Directory.EnumerateFileSystemEntries("/proc/self/fd")
                .Any(fd => new FileInfo(fd).LinkTarget == stdin && OpenForWriting(Path.GetFileName(fd)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    });

    private static bool StartedWithoutStdin => _startedWithoutStdin.Value;

    /// <summary>Whether descriptor <paramref name="fd"/> of this process is open write-only (its fdinfo flags, in octal).</summary>
    private static bool OpenForWriting(string fd)
    {
        foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
            if (line.StartsWith("flags:", StringComparison.Ordinal))
                return (Convert.ToInt32(line[6..].Trim(), 8) & 3) == 1;
        return false;
    }

    public StdinKind Kind => engine.Node.Options.Stdin switch
    {
        FileStream => StdinKind.File,
        null when StartedWithoutStdin => StdinKind.File,
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
    public byte[] ReadDevice() => engine.Node.Options.Stdin switch
    {
        FileStream file => File.ReadAllBytes(file.Name),
        null when StartedWithoutStdin => [],
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
