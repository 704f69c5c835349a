namespace Eventide.Node.Url;

/// <summary>
/// File URLs as node reads them (url.fileURLToPath): parsed by the WHATWG URL parser, so that
/// shapes System.Uri reads differently ("file:////tmp/x", "file:///a%20b?q#f") name the same
/// file node would.
/// </summary>
internal static class FileUrls
{
    /// <summary>The local path of a file: URL (its percent-decoded pathname), or null when it is not one this platform can open.</summary>
    public static string? ToPath(string url)
    {
        if (UrlParser.Parse(url, null) is not { Scheme: "file" } record || record.HasOpaquePath) return null;
        if (record.Host is { Length: > 0 } host && host != "localhost") return null;
        string path = PercentEncoding.DecodeToString(record.SerializePath());
        return OperatingSystem.IsWindows() && path.Length > 2 && path[0] == '/' && path[2] == ':' ? path[1..].Replace('/', '\\') : path;
    }
}
