using System.Text;
using Eventide.Runtime;

namespace Eventide.Node.Fs;

/// <summary>
/// The native half of node's fs (require('internal/fs') inside the built-in fs module): each
/// operation is defined once and runs synchronously, or, given a callback after its own
/// arguments, on the thread pool as libuv does, its callback then run in the poll phase.
/// Arguments arrive validated and normalized by fs.js (paths as strings, encodings as names).
/// </summary>
internal static class FsBinding
{
    /// <summary>An operation's file-system work (on a worker thread for the callback form), giving the
    /// conversion of its result to JavaScript (run on the loop thread).</summary>
    private delegate Func<Realm, JsValue> Work();

    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        var fds = new FileDescriptors();
        var stdin = realm.Engine.StandardInput;
        var node = realm.Engine.Node;
        // Every path a script names is checked against the runtime's grants (FileSystem, under its root).
        string PathArg(ReadOnlySpan<JsValue> args, int i)
        {
            string path = Str(args, i);
            node.CheckPath(realm, path);
            return path;
        }
        Define(realm, binding, "readFile", 2, a => a.At(0).IsNumber ? ReadDescriptor(fds, stdin, Int(a, 0), Enc(a, 1))
            : Str(a, 0) == "/dev/stdin" ? Decoded(stdin.ReadDevice, Enc(a, 1)) : ReadFile(PathArg(a, 0), Enc(a, 1)));
        Define(realm, binding, "writeFile", 5, a => WriteFile(PathArg(a, 0), Data(a.At(1), Enc(a, 2) ?? "utf8"), Str(a, 3), a.At(4)));
        Define(realm, binding, "stat", 2, a => Stat(PathArg(a, 0), follow: !Flag(a, 1)));
        Define(realm, binding, "readdir", 2, a => ReadDirectory(PathArg(a, 0), Flag(a, 1)));
        Define(realm, binding, "mkdir", 2, a => MakeDirectory(PathArg(a, 0), Flag(a, 1)));
        Define(realm, binding, "rmdir", 1, a => RemoveDirectory(PathArg(a, 0)));
        Define(realm, binding, "rm", 3, a => Remove(PathArg(a, 0), Flag(a, 1), Flag(a, 2)));
        Define(realm, binding, "unlink", 1, a => Unlink(PathArg(a, 0)));
        Define(realm, binding, "rename", 2, a => Rename(PathArg(a, 0), PathArg(a, 1)));
        Define(realm, binding, "copyFile", 3, a => CopyFile(PathArg(a, 0), PathArg(a, 1), (int)Operations.ToNumber(a.At(2))));
        Define(realm, binding, "access", 2, a => Access(PathArg(a, 0), (int)Operations.ToNumber(a.At(1))));
        Define(realm, binding, "realpath", 1, a => RealPath(PathArg(a, 0)));
        Define(realm, binding, "readlink", 1, a => ReadLink(PathArg(a, 0)));
        Define(realm, binding, "symlink", 2, a => Symlink(Str(a, 0), PathArg(a, 1)));
        Define(realm, binding, "chmod", 2, a => Chmod(PathArg(a, 0), (int)Operations.ToNumber(a.At(1))));
        Define(realm, binding, "truncate", 2, a => Truncate(PathArg(a, 0), (long)Operations.ToNumber(a.At(1))));
        Define(realm, binding, "utimes", 3, a => Utimes(PathArg(a, 0), Operations.ToNumber(a.At(1)), Operations.ToNumber(a.At(2))));
        Define(realm, binding, "mkdtemp", 1, a => MakeTempDirectory(PathArg(a, 0)));
        // Descriptors: open(path, flags) → fd; close(fd); read(fd, length, position) → bytes; write(fd, bytes, position) → count; fstat(fd).
        Define(realm, binding, "open", 2, a => { string path = PathArg(a, 0), flags = Str(a, 1); return () => { int fd = fds.Open(path, flags); return _ => fd; }; });
        Define(realm, binding, "close", 1, a => { int fd = Int(a, 0); return () => { fds.Close(fd); return Nothing; }; });
        Define(realm, binding, "read", 3, a =>
        {
            int fd = Int(a, 0), length = Int(a, 1);
            long position = a.At(2).IsNumber ? (long)a.At(2).Number : -1;
            return () => { var bytes = fds.ReadBytes(fd, length, position); return r => r.NewTypedArray(ElementType.Uint8, bytes); };
        });
        Define(realm, binding, "write", 3, a =>
        {
            int fd = Int(a, 0);
            var bytes = ByteViews.Copy(a.At(1)) ?? [];
            long position = a.At(2).IsNumber ? (long)a.At(2).Number : -1;
            return () => { int written = fds.Write(fd, bytes, position); return _ => written; };
        });
        Define(realm, binding, "fstat", 1, a => { int fd = Int(a, 0); return () => { var stats = fds.Stat(fd); return r => r.NewArray(stats.Select(n => (JsValue)n).ToArray()); }; });
        realm.DefineMethod(binding, "isEncoding", 1, (_, a) => a.At(0).IsString && Encodings.Normalize(a.At(0).String) is not null);
        realm.DefineMethod(binding, "exists", 1, (_, a) => Path.Exists(PathArg(a, 0)));
        return binding;
    }

    private static string Str(ReadOnlySpan<JsValue> args, int i) => Operations.ToString(args.At(i));

    private static int Int(ReadOnlySpan<JsValue> args, int i) => (int)Operations.ToNumber(args.At(i));

    private static bool Flag(ReadOnlySpan<JsValue> args, int i) => Operations.ToBoolean(args.At(i));

    private static string? Enc(ReadOnlySpan<JsValue> args, int i) => args.At(i).IsString ? args.At(i).String : null;

    /// <summary>The bytes to write: a string in its encoding, or a copy of a view's bytes (taken now, before a worker runs).</summary>
    private static byte[] Data(JsValue data, string encoding) =>
        ByteViews.Copy(data) ?? Encodings.Encode(Operations.ToString(data), encoding);

    private static void Define(Realm realm, JsObject binding, string name, int arity, Func<JsValue[], Work> prepare)
    {
        realm.DefineMethod(binding, name, arity + 1, (_, args) =>
        {
            var work = prepare(args.ToArray());
            if (args.Length > arity && args[arity].AsFunction is { } callback)
            {
                Start(realm, name, work, callback);
                return JsValue.Undefined;
            }
            try
            {
                return work()(realm);
            }
            catch (FsError e)
            {
                throw new JsException(e.ToJs(realm));
            }
        });
    }

    /// <summary>The callback form: the work runs on the thread pool; the callback gets (err) or (null, value) in the poll phase.</summary>
    private static void Start(Realm realm, string name, Work work, JsFunction callback)
    {
        realm.Engine.Loop.Start("fs." + name, () => Task.FromResult(work()), done =>
        {
            if (done.Exception?.InnerException is { } failure)
            {
                var error = failure is FsError fs ? fs.ToJs(realm) : realm.CreateError(ErrorKind.Error, failure.Message);
                callback.Call(JsValue.Undefined, [error]);
                return;
            }
            var value = done.Result(realm);
            callback.Call(JsValue.Undefined, value.IsUndefined ? [JsValue.Null] : [JsValue.Null, value]);
        });
    }

    private static readonly Func<Realm, JsValue> Nothing = _ => JsValue.Undefined;

    // ------------------------------------------------------------------ operations

    private static Work ReadFile(string path, string? encoding) => () =>
    {
        if (Directory.Exists(path)) throw new FsError("EISDIR", "read", null);
        return Decoded(() => FsError.Run("open", path, () => File.ReadAllBytes(path)), encoding)();
    };

    /// <summary>readFile on a descriptor: the rest of an open file, or of the standard input for fd 0.</summary>
    private static Work ReadDescriptor(FileDescriptors fds, Stdio.StandardInput stdin, int fd, string? encoding) =>
        Decoded(fd == 0 ? stdin.ReadToEnd : () => fds.ReadToEnd(fd), encoding);

    /// <summary>Bytes read by <paramref name="read"/>, decoded as readFile returns them.</summary>
    private static Work Decoded(Func<byte[]> read, string? encoding) => () =>
    {
        byte[] bytes = read();
        // Without an encoding the bytes go back as an ArrayBuffer, which fs.js wraps in a Buffer.
        if (encoding is null) return realm => realm.NewArrayBuffer(bytes);
        return _ => Encodings.Decode(bytes, encoding);
    };

    private static Work WriteFile(string path, byte[] bytes, string flag, JsValue mode) => () =>
    {
        if (Directory.Exists(path)) throw new FsError("EISDIR", "open", path);
        var fileMode = flag switch
        {
            "a" or "a+" or "as" or "as+" => FileMode.Append,
            "wx" or "xw" or "wx+" or "xw+" or "ax" or "xa" or "ax+" or "xa+" => FileMode.CreateNew,
            _ => FileMode.Create,
        };
        FsError.Run("open", path, () =>
        {
            using var stream = new FileStream(path, fileMode, FileAccess.Write);
            stream.Write(bytes);
            return 0;
        });
        if (mode.IsNumber && fileMode == FileMode.CreateNew && !OperatingSystem.IsWindows()) SetMode(path, (int)mode.Number & 0x1FF);
        return Nothing;
    };

    private static Work Stat(string path, bool follow) => () =>
    {
        var stats = FileStats.Of(path, follow) ?? throw new FsError("ENOENT", follow ? "stat" : "lstat", path);
        return realm => realm.NewArray(stats.Select(n => (JsValue)n).ToArray());
    };

    private static Work ReadDirectory(string path, bool withFileTypes) => () =>
    {
        if (File.Exists(path)) throw new FsError("ENOTDIR", "scandir", path);
        var entries = FsError.Run("scandir", path, () => new DirectoryInfo(path).EnumerateFileSystemInfos().ToList());
        var names = entries.Select(e => e.Name).ToArray();
        var types = entries.Select(FileStats.DirentType).ToArray();
        return realm =>
        {
            var list = realm.NewArray(names.Select(n => (JsValue)n).ToArray());
            return withFileTypes ? realm.NewArray([list, realm.NewArray(types.Select(t => (JsValue)t).ToArray())]) : list;
        };
    };

    private static Work MakeDirectory(string path, bool recursive) => () =>
    {
        string full = Path.GetFullPath(path);
        if (!recursive)
        {
            if (Path.Exists(full)) throw new FsError("EEXIST", "mkdir", path);
            string? parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
            if (parent is not null && !Directory.Exists(parent)) throw new FsError(File.Exists(parent) ? "ENOTDIR" : "ENOENT", "mkdir", path);
            FsError.Run("mkdir", path, () => Directory.CreateDirectory(full));
            return Nothing;
        }
        // The first directory created, which node returns (undefined when all existed).
        string? first = null;
        for (string? d = Path.TrimEndingDirectorySeparator(full); d is not null && !Directory.Exists(d); d = Path.GetDirectoryName(d))
        {
            if (File.Exists(d)) throw new FsError(d == Path.TrimEndingDirectorySeparator(full) ? "EEXIST" : "ENOTDIR", "mkdir", path);
            first = d;
        }
        FsError.Run("mkdir", path, () => Directory.CreateDirectory(full));
        if (first is null) return Nothing;
        // node names it as the caller named the path: drop the segments below it from the given path.
        string given = Path.TrimEndingDirectorySeparator(path);
        for (string d = Path.TrimEndingDirectorySeparator(full); d != first; d = Path.GetDirectoryName(d)!)
            given = Path.GetDirectoryName(given) ?? given;
        return _ => given;
    };

    /// <summary>mkdtemp: the prefix plus six random characters, created (retried on a clash).</summary>
    private static Work MakeTempDirectory(string prefix) => () =>
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        string? parent = Path.GetDirectoryName(Path.GetFullPath(prefix + "X"));
        if (parent is not null && !Directory.Exists(parent)) throw new FsError("ENOENT", "mkdtemp", prefix + "XXXXXX");
        while (true)
        {
            string path = prefix + string.Concat(Enumerable.Range(0, 6).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]));
            if (Path.Exists(path)) continue;
            FsError.Run("mkdtemp", prefix + "XXXXXX", () => Directory.CreateDirectory(path));
            return _ => path;
        }
    };

    private static Work RemoveDirectory(string path) => () =>
    {
        if (File.Exists(path)) throw new FsError("ENOTDIR", "rmdir", path);
        if (!Directory.Exists(path)) throw new FsError("ENOENT", "rmdir", path);
        if (Directory.EnumerateFileSystemEntries(path).Any()) throw new FsError("ENOTEMPTY", "rmdir", path);
        FsError.Run("rmdir", path, () => { Directory.Delete(path); return 0; });
        return Nothing;
    };

    private static Work Remove(string path, bool recursive, bool force) => () =>
    {
        var info = FileStats.Info(path);
        if (info is null)
        {
            if (force) return Nothing;
            throw new FsError("ENOENT", "lstat", path);
        }
        if (info is DirectoryInfo && info.LinkTarget is null)
        {
            if (!recursive) throw new FsError("ERR_FS_EISDIR", "rm", path);
            FsError.Run("rm", path, () => { Directory.Delete(path, true); return 0; });
        }
        else FsError.Run("rm", path, () => { info.Delete(); return 0; });
        return Nothing;
    };

    private static Work Unlink(string path) => () =>
    {
        var info = FileStats.Info(path) ?? throw new FsError("ENOENT", "unlink", path);
        if (info is DirectoryInfo && info.LinkTarget is null) throw new FsError("EISDIR", "unlink", path);
        FsError.Run("unlink", path, () => { info.Delete(); return 0; });
        return Nothing;
    };

    private static Work Rename(string from, string to) => () =>
    {
        var info = FileStats.Info(from) ?? throw new FsError("ENOENT", "rename", from, to);
        FsError.Run("rename", from, () =>
        {
            if (info is DirectoryInfo) Directory.Move(from, to);
            else File.Move(from, to, overwrite: true);
            return 0;
        }, to);
        return Nothing;
    };

    private static Work CopyFile(string from, string to, int mode) => () =>
    {
        if (!File.Exists(from)) throw new FsError(Directory.Exists(from) ? "EISDIR" : "ENOENT", "copyfile", from, to);
        // COPYFILE_EXCL (1): fail when the destination exists.
        if ((mode & 1) != 0 && Path.Exists(to)) throw new FsError("EEXIST", "copyfile", from, to);
        FsError.Run("copyfile", from, () => { File.Copy(from, to, overwrite: true); return 0; }, to);
        return Nothing;
    };

    private static Work Access(string path, int mode) => () =>
    {
        var info = FileStats.Info(path, follow: true) ?? throw new FsError("ENOENT", "access", path);
        if (!OperatingSystem.IsWindows() && mode != 0)
        {
            var granted = info.UnixFileMode;
            // R_OK 4, W_OK 2, X_OK 1 against the owner, group or other bits (no uid check: .NET has none).
            bool Allows(int bit) => ((int)granted & (bit << 6 | bit << 3 | bit)) != 0;
            if (((mode & 4) != 0 && !Allows(4)) || ((mode & 2) != 0 && !Allows(2)) || ((mode & 1) != 0 && !Allows(1)))
                throw new FsError("EACCES", "access", path);
        }
        return Nothing;
    };

    private static Work RealPath(string path) => () =>
    {
        if (!Path.Exists(path)) throw new FsError("ENOENT", "lstat", Path.GetFullPath(path));
        string real = Host.FilePaths.RealPath(path);
        return _ => real;
    };

    private static Work ReadLink(string path) => () =>
    {
        var info = FileStats.Info(path) ?? throw new FsError("ENOENT", "readlink", path);
        string target = info.LinkTarget ?? throw new FsError("EINVAL", "readlink", path);
        return _ => target;
    };

    private static Work Symlink(string target, string path) => () =>
    {
        if (FileStats.Info(path) is not null) throw new FsError("EEXIST", "symlink", target, path);
        FsError.Run("symlink", target, () => File.CreateSymbolicLink(path, target), path);
        return Nothing;
    };

    private static Work Chmod(string path, int mode) => () =>
    {
        if (!Path.Exists(path)) throw new FsError("ENOENT", "chmod", path);
        FsError.Run("chmod", path, () => OperatingSystem.IsWindows() ? 0 : SetMode(path, mode));
        return Nothing;
    };

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static int SetMode(string path, int mode)
    {
        File.SetUnixFileMode(path, (UnixFileMode)(mode & 0xFFF));
        return 0;
    }

    private static Work Truncate(string path, long length) => () =>
    {
        if (Directory.Exists(path)) throw new FsError("EISDIR", "open", path);
        FsError.Run("open", path, () =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(length);
            return 0;
        });
        return Nothing;
    };

    private static Work Utimes(string path, double atimeSeconds, double mtimeSeconds) => () =>
    {
        if (!Path.Exists(path)) throw new FsError("ENOENT", "utime", path);
        FsError.Run("utime", path, () =>
        {
            File.SetLastAccessTimeUtc(path, DateTime.UnixEpoch.AddMilliseconds(atimeSeconds * 1000));
            File.SetLastWriteTimeUtc(path, DateTime.UnixEpoch.AddMilliseconds(mtimeSeconds * 1000));
            return 0;
        });
        return Nothing;
    };
}
