namespace Eventide.Node;

/// <summary>
/// path.win32: "\" and "/" both separate segments; a root is a drive ("C:", absolute with a
/// separator after it), a UNC share ("\\server\share") or a lone separator.
/// </summary>
internal sealed class Win32Path : PathFlavour
{
    public static readonly Win32Path Instance = new();

    public override char Separator => '\\';
    public override char Delimiter => ';';

    public override bool IsSeparator(char c) => c is '\\' or '/';

    private static bool HasDrive(string path) => path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0]);

    public override bool IsAbsolute(string path) =>
        path.Length > 0 && (IsSeparator(path[0]) || (HasDrive(path) && path.Length > 2 && IsSeparator(path[2])));

    /// <summary>The root of a path as normalize and resolve see it.</summary>
    private readonly record struct Root(int End, string Device, bool Absolute, bool UncOnly);

    /// <summary>"\\server\share" (both names present): where the server name ends, and the share name's bounds.</summary>
    private bool TryUncShare(string path, out int serverEnd, out int shareStart, out int shareEnd)
    {
        serverEnd = shareStart = shareEnd = 0;
        if (path.Length < 2 || !IsSeparator(path[0]) || !IsSeparator(path[1])) return false;
        int j = 2;
        while (j < path.Length && !IsSeparator(path[j])) j++;
        if (j == 2 || j == path.Length) return false;
        serverEnd = j;
        while (j < path.Length && IsSeparator(path[j])) j++;
        if (j == path.Length) return false;
        shareStart = j;
        while (j < path.Length && !IsSeparator(path[j])) j++;
        shareEnd = j;
        return true;
    }

    private Root RootOf(string path)
    {
        if (path.Length == 0) return new Root(0, "", false, false);
        if (IsSeparator(path[0]))
        {
            if (!TryUncShare(path, out int serverEnd, out int shareStart, out int shareEnd)) return new Root(1, "", true, false);
            // A device namespace ("\\?\C:\x", "\\.\pipe\x"): the root is "\\?" or "\\.", the rest is ordinary segments.
            if (serverEnd == 3 && path[2] is '?' or '.') return new Root(3, $@"\\{path[2]}", true, false);
            string device = $@"\\{path.AsSpan(2, serverEnd - 2)}\{path.AsSpan(shareStart, shareEnd - shareStart)}";
            return new Root(shareEnd, device, true, shareEnd == path.Length);
        }
        if (!HasDrive(path)) return new Root(0, "", false, false);
        bool absolute = path.Length > 2 && IsSeparator(path[2]);
        return new Root(absolute ? 3 : 2, path[..2], absolute, false);
    }

    /// <summary>The root as dirname and parse see it: a UNC root takes the separator after the share.</summary>
    protected override int ParseRootEnd(string path)
    {
        if (path.Length > 0 && IsSeparator(path[0]))
            return TryUncShare(path, out _, out _, out int shareEnd) ? Math.Min(shareEnd + 1, path.Length) : 1;
        if (!HasDrive(path)) return 0;
        return path.Length > 2 && IsSeparator(path[2]) ? 3 : 2;
    }

    protected override int NamePrefixLength(string path) => HasDrive(path) ? 2 : 0;

    public override string Normalize(string path)
    {
        if (path.Length == 0) return ".";
        var root = RootOf(path);
        if (root.UncOnly) return root.Device + "\\";
        string tail = NormalizeSegments(path.AsSpan(root.End), allowAboveRoot: !root.Absolute);
        if (tail.Length == 0 && !root.Absolute) tail = ".";
        if (tail.Length > 0 && IsSeparator(path[^1])) tail += "\\";
        if (!root.Absolute && root.Device.Length == 0 && MayReadAsDrive(path, tail)) return ".\\" + tail;
        return root.Absolute ? root.Device + "\\" + tail : root.Device + tail;
    }

    /// <summary>
    /// A relative path with a colon must not normalize to something Windows reads as a drive
    /// (CVE-2024-36139): node then keeps it relative with ".\": when the result starts like "C:", or
    /// when a colon ended the input or a segment of it.
    /// </summary>
    private bool MayReadAsDrive(string path, string tail)
    {
        if (HasDrive(tail)) return true;
        for (int colon = path.IndexOf(':'); colon >= 0; colon = path.IndexOf(':', colon + 1))
            if (colon == path.Length - 1 || IsSeparator(path[colon + 1])) return true;
        return false;
    }

    /// <summary>
    /// join: the parts with "\\" between, then normalized; a run of leading separators collapses to
    /// one unless the first part itself starts a UNC path ("\\\\server"), so join("/", "a/b") stays off the network.
    /// </summary>
    public override string Join(IReadOnlyList<string> parts)
    {
        string joined = JoinParts(parts, out string? first);
        if (first is null) return ".";
        bool firstIsUnc = first.Length > 2 && IsSeparator(first[0]) && IsSeparator(first[1]) && !IsSeparator(first[2]);
        if (!firstIsUnc)
        {
            int leading = 0;
            while (leading < joined.Length && IsSeparator(joined[leading])) leading++;
            if (leading >= 2) joined = "\\" + joined[leading..];
        }
        return Normalize(joined);
    }

    public override string Dirname(string path)
    {
        int rootEnd = ParseRootEnd(path);
        int end = path.Length;
        while (end > rootEnd && IsSeparator(path[end - 1])) end--;
        while (end > rootEnd && !IsSeparator(path[end - 1])) end--;
        if (end > rootEnd)
        {
            // Drop only the separator right before the last segment.
            return path[..(end - 1)];
        }
        return rootEnd == 0 ? "." : path[..rootEnd];
    }

    /// <summary>
    /// Right to left until the path is absolute and on a known device: paths on another device
    /// are skipped; a drive-relative "C:x" takes that drive's directory (process.env["=C:"]) or the
    /// working directory.
    /// </summary>
    public override string Resolve(PathArguments args)
    {
        string device = "", tail = "";
        bool absolute = false;
        for (int i = args.Count - 1; i >= -1; i--)
        {
            string path;
            if (i >= 0)
            {
                path = args[i];
                if (path.Length == 0) continue;
            }
            else if (device.Length == 0)
            {
                path = WorkingDirectory(args);
            }
            else
            {
                path = args.EnvironmentVariable("=" + device) ?? WorkingDirectory(args);
                if (!path.StartsWith(device, StringComparison.OrdinalIgnoreCase) && path.Length > 2 && path[2] == '\\') path = device + "\\";
            }
            var root = RootOf(path);
            if (root.Device.Length > 0)
            {
                if (device.Length == 0) device = root.Device;
                else if (!root.Device.Equals(device, StringComparison.OrdinalIgnoreCase)) continue;
            }
            if (!absolute)
            {
                tail = tail.Length == 0 ? path[root.End..] : path[root.End..] + "\\" + tail;
                absolute = root.Absolute;
            }
            if (absolute && device.Length > 0) break;
        }
        tail = NormalizeSegments(tail, allowAboveRoot: !absolute);
        if (absolute) return device + "\\" + tail;
        string result = device + tail;
        return result.Length > 0 ? result : ".";
    }

    /// <summary>The working directory as a win32 path (on other systems its "/" become "\").</summary>
    private static string WorkingDirectory(PathArguments args)
    {
        string cwd = args.Cwd();
        return OperatingSystem.IsWindows() ? cwd : cwd.Replace('/', '\\');
    }

    /// <summary>Segments compare without case; paths with no first segment in common (other drives) give to itself.</summary>
    public override string Relative(string from, string to)
    {
        if (from == to) return "";
        from = Resolve(new PathArguments([from]));
        to = Resolve(new PathArguments([to]));
        if (from.Equals(to, StringComparison.OrdinalIgnoreCase)) return "";
        return RelativeSegments(from, to, ignoreCase: true, differentRootKeepsTo: true);
    }

    /// <summary>"\\?\C:\x" and "\\?\UNC\server\share\x" for absolute paths, other paths resolved (a root alone stays as given).</summary>
    public override string ToNamespacedPath(string path)
    {
        if (path.Length == 0) return path;
        string resolved = Resolve(new PathArguments([path]));
        if (resolved.Length <= 2) return path;
        if (resolved[0] == '\\' && resolved[1] == '\\' && resolved[2] is not ('?' or '.')) return @"\\?\UNC\" + resolved[2..];
        if (HasDrive(resolved) && resolved[2] == '\\') return @"\\?\" + resolved;
        return resolved;
    }
}
