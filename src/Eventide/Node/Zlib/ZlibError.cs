namespace Eventide.Node.Zlib;

/// <summary>A failure as node's zlib reports it: zlib's (or brotli's) message, errno and code.</summary>
internal sealed class ZlibError(string message, int errno, string code) : Exception(message)
{
    public int Errno { get; } = errno;
    public string Code { get; } = code;

    public static ZlibError DataError(string message) => new(message, -3, "Z_DATA_ERROR");
    public static ZlibError UnexpectedEnd() => new("unexpected end of file", -5, "Z_BUF_ERROR");
}
