namespace Eventide.Node;

/// <summary>path.posix: "/" separates segments and starts absolute paths.</summary>
internal sealed class PosixPath : PathFlavour
{
    public static readonly PosixPath Instance = new();

    public override char Separator => '/';
    public override char Delimiter => ':';

    public override bool IsSeparator(char c) => c == '/';

    public override bool IsAbsolute(string path) => path.Length > 0 && path[0] == '/';

    public override string Normalize(string path)
    {
        if (path.Length == 0) return ".";
        bool absolute = path[0] == '/';
        bool trailingSeparator = path[^1] == '/';
        string body = NormalizeSegments(path, allowAboveRoot: !absolute);
        if (body.Length == 0) return absolute ? "/" : trailingSeparator ? "./" : ".";
        if (trailingSeparator) body += "/";
        return absolute ? "/" + body : body;
    }

    public override string Resolve(PathArguments args)
    {
        string resolved = "";
        bool absolute = false;
        for (int i = args.Count - 1; i >= -1 && !absolute; i--)
        {
            string path = i >= 0 ? args[i] : args.Cwd();
            if (path.Length == 0) continue;
            resolved = resolved.Length == 0 ? path : path + "/" + resolved;
            absolute = path[0] == '/';
        }
        string body = NormalizeSegments(resolved, allowAboveRoot: !absolute);
        if (absolute) return "/" + body;
        return body.Length > 0 ? body : ".";
    }

    public override string Relative(string from, string to)
    {
        if (from == to) return "";
        from = Resolve(new PathArguments([from]));
        to = Resolve(new PathArguments([to]));
        return from == to ? "" : RelativeSegments(from, to, ignoreCase: false, differentRootKeepsTo: false);
    }

    /// <summary>Everything before the last segment, less the one separator before it ("/a//b" gives "/a/"; "//a" gives "//").</summary>
    public override string Dirname(string path)
    {
        if (path.Length == 0) return ".";
        bool rooted = path[0] == '/';
        int end = path.Length;
        while (end > 1 && path[end - 1] == '/') end--;
        int separator = path.LastIndexOf('/', end - 1, end - 1);
        if (separator < 1) return rooted ? "/" : ".";
        return separator == 1 && rooted ? "//" : path[..separator];
    }

    public override string ToNamespacedPath(string path) => path;

    protected override int ParseScanStart(int rootEnd) => 0;

    protected override int ParseRootEnd(string path) => IsAbsolute(path) ? 1 : 0;
}
