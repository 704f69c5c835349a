namespace Eventide.Node;

/// <summary>
/// libuv's error codes as node reports them: the negated Linux errno (or libuv's own number for the
/// getaddrinfo codes) and uv_strerror's text. One table for the file-system and network bindings.
/// </summary>
internal static class UvErrors
{
    private static readonly Dictionary<string, (int Errno, string Text)> Codes = new()
    {
        ["EPERM"] = (-1, "operation not permitted"),
        ["ENOENT"] = (-2, "no such file or directory"),
        ["EIO"] = (-5, "i/o error"),
        ["EBADF"] = (-9, "bad file descriptor"),
        ["EAGAIN"] = (-11, "resource temporarily unavailable"),
        ["EACCES"] = (-13, "permission denied"),
        ["EBUSY"] = (-16, "resource busy or locked"),
        ["EEXIST"] = (-17, "file already exists"),
        ["EXDEV"] = (-18, "cross-device link not permitted"),
        ["ENOTDIR"] = (-20, "not a directory"),
        ["EISDIR"] = (-21, "illegal operation on a directory"),
        ["EINVAL"] = (-22, "invalid argument"),
        ["EMFILE"] = (-24, "too many open files"),
        ["ENOSPC"] = (-28, "no space left on device"),
        ["EPIPE"] = (-32, "broken pipe"),
        ["ENAMETOOLONG"] = (-36, "name too long"),
        ["ENOTEMPTY"] = (-39, "directory not empty"),
        ["ELOOP"] = (-40, "too many symbolic links encountered"),
        ["ENOTSOCK"] = (-88, "socket operation on non-socket"),
        ["EAFNOSUPPORT"] = (-97, "address family not supported"),
        ["EADDRINUSE"] = (-98, "address already in use"),
        ["EADDRNOTAVAIL"] = (-99, "address not available"),
        ["ENETDOWN"] = (-100, "network is down"),
        ["ENETUNREACH"] = (-101, "network is unreachable"),
        ["ECONNABORTED"] = (-103, "software caused connection abort"),
        ["ECONNRESET"] = (-104, "connection reset by peer"),
        ["ENOBUFS"] = (-105, "no buffer space available"),
        ["EISCONN"] = (-106, "socket is already connected"),
        ["ENOTCONN"] = (-107, "socket is not connected"),
        ["ETIMEDOUT"] = (-110, "connection timed out"),
        ["ECONNREFUSED"] = (-111, "connection refused"),
        ["EHOSTUNREACH"] = (-113, "host is unreachable"),
        ["EALREADY"] = (-114, "connection already in progress"),
        ["ECANCELED"] = (-125, "operation canceled"),
        ["EAI_AGAIN"] = (-3001, "temporary failure"),
        ["EAI_FAIL"] = (-3004, "permanent failure"),
        ["EAI_NODATA"] = (-3007, "no address"),
        ["ENOTFOUND"] = (-3008, "unknown node or service"),
    };

    /// <summary>The errno and text for a code; EIO's for one not in the table.</summary>
    public static (int Errno, string Text) Describe(string code) => Codes.TryGetValue(code, out var known) ? known : Codes["EIO"];

    /// <summary>The code whose (positive) Linux errno a plain IOException carries in its HResult, or null.</summary>
    public static string? ByErrno(int errno) => ByNumber.GetValueOrDefault(-errno);

    private static readonly Dictionary<int, string> ByNumber = Codes.Where(c => c.Value.Errno > -3000).ToDictionary(c => c.Value.Errno, c => c.Key);
}
