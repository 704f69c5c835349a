using System.Text;

namespace Eventide.Node;

/// <summary>
/// What node's path.posix and path.win32 share: segment normalization, the last segment
/// (basename, with node's suffix matching), its extension, and parse. A flavour says which
/// characters separate segments and where a path's root ends.
/// </summary>
internal abstract class PathFlavour
{
    public abstract char Separator { get; }
    public abstract char Delimiter { get; }

    public abstract bool IsSeparator(char c);

    public abstract bool IsAbsolute(string path);

    public abstract string Normalize(string path);

    public abstract string Dirname(string path);

    /// <summary>Resolves right to left until a path is absolute; <paramref name="args"/> validates each argument as it is reached.</summary>
    public abstract string Resolve(PathArguments args);

    public abstract string Relative(string from, string to);

    public abstract string ToNamespacedPath(string path);

    /// <summary>Where the root of the path ends, for parse (0 when relative without a drive).</summary>
    protected abstract int ParseRootEnd(string path);

    /// <summary>Where parse's scan for the last segment starts counting from (posix: 0 even after the root).</summary>
    protected virtual int ParseScanStart(int rootEnd) => rootEnd;

    /// <summary>Characters before the part basename and extname look at (a win32 drive "C:").</summary>
    protected virtual int NamePrefixLength(string path) => 0;

    public virtual string Join(IReadOnlyList<string> parts)
    {
        string joined = JoinParts(parts, out string? first);
        return first is null ? "." : Normalize(joined);
    }

    /// <summary>The non-empty parts with a separator between; <paramref name="first"/> is the first of them (null when none).</summary>
    protected string JoinParts(IReadOnlyList<string> parts, out string? first)
    {
        first = null;
        var joined = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (first is null) first = part;
            else joined.Append(Separator);
            joined.Append(part);
        }
        return joined.ToString();
    }

    /// <summary>
    /// The segments of <paramref name="path"/> with "." dropped and ".." cancelling the segment
    /// before it, joined by the flavour's separator. A ".." with nothing left to cancel is kept
    /// when the path may climb above its start, and dropped at a root.
    /// </summary>
    protected string NormalizeSegments(ReadOnlySpan<char> path, bool allowAboveRoot)
    {
        // Every kept segment came from the input with at least one separator between, so the result is never longer.
        Span<char> output = path.Length <= 512 ? stackalloc char[path.Length] : new char[path.Length];
        int length = 0;
        int i = 0;
        while (i < path.Length)
        {
            if (IsSeparator(path[i])) { i++; continue; }
            int start = i;
            while (i < path.Length && !IsSeparator(path[i])) i++;
            var segment = path[start..i];
            if (segment is ".") continue;
            if (segment is "..")
            {
                int lastStart = output[..length].LastIndexOf(Separator) + 1;
                bool lastIsDotDot = length - lastStart == 2 && output[lastStart] == '.' && output[lastStart + 1] == '.';
                if (length > 0 && !lastIsDotDot)
                {
                    length = Math.Max(lastStart - 1, 0);
                    continue;
                }
                if (!allowAboveRoot) continue;
            }
            if (length > 0) output[length++] = Separator;
            segment.CopyTo(output[length..]);
            length += segment.Length;
        }
        return new string(output[..length]);
    }

    /// <summary>The last segment, less trailing separators; node's basename(path).</summary>
    public string Basename(string path)
    {
        var (start, end) = LastSegment(path, NamePrefixLength(path));
        return path[start..end];
    }

    /// <summary>
    /// basename(path, suffix), with node's way of matching the suffix backwards against the
    /// last segment: a full match inside the segment cuts it off (unless it is the whole segment);
    /// a suffix longer than the segment that matched all of it keeps everything to the path's end,
    /// trailing separators included.
    /// </summary>
    public string Basename(string path, string suffix)
    {
        if (suffix.Length == 0 || suffix.Length > path.Length) return Basename(path);
        if (suffix == path) return "";
        int prefix = NamePrefixLength(path);
        var (start, segmentEnd) = LastSegment(path, prefix);
        if (start == segmentEnd) return path[start..]; // only separators (or nothing) after the prefix
        int end = segmentEnd;
        int s = suffix.Length - 1, p = segmentEnd - 1;
        while (s >= 0 && p >= start && path[p] == suffix[s]) { s--; p--; }
        if (s < 0) end = p + 1;                 // the whole suffix matched
        else if (p < start) end = path.Length;  // the segment ran out first
        if (end == start) end = segmentEnd;
        return path[start..end];
    }

    /// <summary>
    /// The last segment's bounds, after trailing separators; (prefix, prefix) when there is none
    /// (a segment never starts before <paramref name="prefix"/>).
    /// </summary>
    private (int Start, int End) LastSegment(string path, int prefix)
    {
        int end = path.Length;
        while (end > prefix && IsSeparator(path[end - 1])) end--;
        if (end == prefix) return (prefix, prefix);
        int start = end;
        while (start > prefix && !IsSeparator(path[start - 1])) start--;
        return (start, end);
    }

    public string Extname(string path)
    {
        var (start, end) = LastSegment(path, NamePrefixLength(path));
        int dot = ExtensionStart(path, start, end, start);
        return dot < 0 ? "" : path[dot..end];
    }

    /// <summary>The last dot of a segment, unless it starts the segment (".bashrc") or the segment is "..".</summary>
    private static int ExtensionStart(string path, int start, int end, int dotDotStart)
    {
        if (start == end) return -1;
        int dot = path.LastIndexOf('.', end - 1, end - start);
        if (dot <= start) return -1;
        if (end - dotDotStart == 2 && dot == dotDotStart + 1 && path[start] == '.') return -1;
        return dot;
    }

    public readonly record struct ParsedPath(string Root, string Dir, string Base, string Ext, string Name);

    public ParsedPath Parse(string path)
    {
        int rootEnd = ParseRootEnd(path);
        string root = path[..rootEnd];
        var (start, end) = LastSegment(path, rootEnd);
        string dir = start > rootEnd ? path[..(start - 1)] : root;
        if (start == end) return new ParsedPath(root, dir, "", "", "");
        string name = path[start..end];
        int dot = ExtensionStart(path, start, end, start == rootEnd ? ParseScanStart(rootEnd) : start);
        return dot < 0 ? new ParsedPath(root, dir, name, "", name) : new ParsedPath(root, dir, name, path[dot..end], path[start..dot]);
    }

    /// <summary>
    /// relative(from, to) over resolved paths: ".." for each segment of from past the common
    /// ones, then the rest of to. <paramref name="ignoreCase"/> compares segments as win32 does.
    /// </summary>
    protected string RelativeSegments(string from, string to, bool ignoreCase, bool differentRootKeepsTo)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var fromParts = from.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < fromParts.Length && common < toParts.Length && string.Equals(fromParts[common], toParts[common], comparison)) common++;
        if (common == 0 && fromParts.Length > 0 && toParts.Length > 0 && differentRootKeepsTo) return to;
        var result = new StringBuilder();
        for (int i = common; i < fromParts.Length; i++)
        {
            if (result.Length > 0) result.Append(Separator);
            result.Append("..");
        }
        for (int i = common; i < toParts.Length; i++)
        {
            if (result.Length > 0) result.Append(Separator);
            result.Append(toParts[i]);
        }
        return result.ToString();
    }
}
