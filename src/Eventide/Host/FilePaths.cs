namespace Eventide.Host;

/// <summary>File names as the host's file system knows them.</summary>
internal static class FilePaths
{
    /// <summary>The full path with every symbolic link on the way followed (realpath).</summary>
    internal static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (int hops = 0; hops < 40 && new FileInfo(current).LinkTarget is { } target; hops++)
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? root, target));
        }
        return current;
    }

    /// <summary>The local path of a file: URL (null for any other URL).</summary>
    internal static string? FromFileUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null;
}
