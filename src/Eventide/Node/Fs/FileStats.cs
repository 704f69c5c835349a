namespace Eventide.Node.Fs;

/// <summary>What fs.stat reports, from .NET's file information (no inode, device or owner numbers: .NET does not expose them).</summary>
internal static class FileStats
{
    private const int TypeFile = 0x8000, TypeDirectory = 0x4000, TypeLink = 0xA000;

    /// <summary>The entry at <paramref name="path"/> (the link itself unless <paramref name="follow"/>), or null when there is none.</summary>
    public static FileSystemInfo? Info(string path, bool follow = false)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null) return null;
        if (follow && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? target : null;
        }
        return info;
    }

    /// <summary>
    /// node's stat array order: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    /// atimeMs, mtimeMs, ctimeMs, birthtimeMs; null when the path does not exist.
    /// </summary>
    public static double[]? Of(string path, bool follow)
    {
        if (Info(path, follow) is not { } info) return null;
        int type = info.LinkTarget is not null && !follow ? TypeLink : info is DirectoryInfo ? TypeDirectory : TypeFile;
        int permissions = OperatingSystem.IsWindows() ? 0x1B6 : (int)info.UnixFileMode;
        double size = info is FileInfo file && type == TypeFile ? file.Length : type == TypeLink ? info.LinkTarget!.Length : 4096;
        return
        [
            0, type | permissions, 1, 0, 0, 0, 4096, 0, size, Math.Ceiling(size / 512),
            Milliseconds(info.LastAccessTimeUtc), Milliseconds(info.LastWriteTimeUtc), Milliseconds(info.LastWriteTimeUtc), Milliseconds(info.CreationTimeUtc),
        ];
    }

    private static double Milliseconds(DateTime utc) => (utc - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>libuv's dirent type: UV_DIRENT_FILE 1, DIR 2, LINK 3.</summary>
    public static int DirentType(FileSystemInfo entry) => entry.LinkTarget is not null ? 3 : entry is DirectoryInfo ? 2 : 1;
}
