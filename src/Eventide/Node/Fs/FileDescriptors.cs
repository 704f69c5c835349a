using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Eventide.Runtime;

namespace Eventide.Node.Fs;

/// <summary>
/// The files a script opened by descriptor (fs.open, FileHandle): the OS descriptor number, the
/// handle, and the position that reads and writes without an explicit one move. Shared by the
/// loop thread and the workers that run callback-form calls.
/// </summary>
internal sealed class FileDescriptors
{
    private sealed class OpenFile(SafeFileHandle handle, string path, bool append)
    {
        public SafeFileHandle Handle { get; } = handle;
        public string Path { get; } = path;
        public bool Append { get; } = append;
        public long Position;
    }

    private readonly ConcurrentDictionary<int, OpenFile> _open = new();

    /// <summary>open(2) with node's string flags (r, r+, w, w+, a, a+, and x for exclusive creation).</summary>
    public int Open(string path, string flags)
    {
        bool exclusive = flags.Contains('x');
        var (mode, access, append) = flags.Replace("x", "").Replace("s", "") switch
        {
            "r" => (FileMode.Open, FileAccess.Read, false),
            "r+" => (FileMode.Open, FileAccess.ReadWrite, false),
            "w" => (FileMode.Create, FileAccess.Write, false),
            "w+" => (FileMode.Create, FileAccess.ReadWrite, false),
            "a" => (FileMode.OpenOrCreate, FileAccess.Write, true),
            "a+" => (FileMode.OpenOrCreate, FileAccess.ReadWrite, true),
            _ => throw new JsException(ErrorKind.TypeError, $"Invalid flags: {flags}"),
        };
        if (exclusive) mode = FileMode.CreateNew;
        if (Directory.Exists(path) && access != FileAccess.Read) throw new FsError("EISDIR", "open", path);
        var handle = FsError.Run("open", path, () => File.OpenHandle(path, mode, access, FileShare.ReadWrite | FileShare.Delete));
        int fd = (int)handle.DangerousGetHandle();
        _open[fd] = new OpenFile(handle, path, append);
        return fd;
    }

    private OpenFile Get(int fd, string syscall) => _open.TryGetValue(fd, out var file) ? file : throw new FsError("EBADF", syscall, null);

    public void Close(int fd)
    {
        if (!_open.TryRemove(fd, out var file)) throw new FsError("EBADF", "close", null);
        file.Handle.Dispose();
    }

    /// <summary>Reads into a fresh array (workers cannot hold a script's span), advancing the position when none is given.</summary>
    public byte[] ReadBytes(int fd, int length, long position)
    {
        var file = Get(fd, "read");
        long at = position >= 0 ? position : file.Position;
        var bytes = new byte[length];
        int read = FsError.Run("read", null, () => RandomAccess.Read(file.Handle, bytes, at));
        if (position < 0) file.Position += read;
        return read == length ? bytes : bytes[..read];
    }

    /// <summary>readFile(fd): from the file's own position to its end, which the position then reaches.</summary>
    public byte[] ReadToEnd(int fd)
    {
        var file = Get(fd, "read");
        long length = FsError.Run("read", null, () => RandomAccess.GetLength(file.Handle));
        return ReadBytes(fd, (int)Math.Max(0, length - file.Position), -1);
    }

    /// <summary>pwrite/write: appends for 'a' files, else at the position given or the file's own.</summary>
    public int Write(int fd, byte[] bytes, long position)
    {
        var file = Get(fd, "write");
        long at = file.Append ? RandomAccess.GetLength(file.Handle) : position >= 0 ? position : file.Position;
        FsError.Run("write", null, () => { RandomAccess.Write(file.Handle, bytes, at); return 0; });
        if (position < 0 && !file.Append) file.Position += bytes.Length;
        return bytes.Length;
    }

    /// <summary>fstat: the path's stats with the open file's current length.</summary>
    public double[] Stat(int fd)
    {
        var file = Get(fd, "fstat");
        var stats = FileStats.Of(file.Path, follow: true) ?? throw new FsError("EBADF", "fstat", null);
        stats[8] = RandomAccess.GetLength(file.Handle);
        stats[9] = Math.Ceiling(stats[8] / 512);
        return stats;
    }
}
