using System.Net.Sockets;

namespace Eventide.Node.Net;

/// <summary>The libuv code (ECONNREFUSED, EADDRINUSE...) for what .NET's sockets and resolver report.</summary>
internal static class SocketErrors
{
    public static string Code(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "ECONNREFUSED",
        SocketError.AddressAlreadyInUse => "EADDRINUSE",
        SocketError.AddressNotAvailable => "EADDRNOTAVAIL",
        SocketError.ConnectionReset => "ECONNRESET",
        SocketError.ConnectionAborted => "ECONNABORTED",
        SocketError.OperationAborted => "ECANCELED",
        SocketError.Shutdown => "EPIPE",
        SocketError.NotConnected => "ENOTCONN",
        SocketError.IsConnected => "EISCONN",
        SocketError.AccessDenied => "EACCES",
        SocketError.TimedOut => "ETIMEDOUT",
        SocketError.HostUnreachable => "EHOSTUNREACH",
        SocketError.NetworkUnreachable => "ENETUNREACH",
        SocketError.NetworkDown => "ENETDOWN",
        SocketError.AddressFamilyNotSupported or SocketError.ProtocolFamilyNotSupported => "EAFNOSUPPORT",
        SocketError.InvalidArgument => "EINVAL",
        SocketError.TooManyOpenSockets => "EMFILE",
        SocketError.NoBufferSpaceAvailable => "ENOBUFS",
        SocketError.WouldBlock => "EAGAIN",
        SocketError.AlreadyInProgress => "EALREADY",
        SocketError.HostNotFound => "ENOTFOUND",
        SocketError.TryAgain => "EAI_AGAIN",
        SocketError.NoRecovery => "EAI_FAIL",
        SocketError.NoData => "ENOTFOUND",
        _ => "EIO",
    };

    /// <summary>The code for a failed task's exception: a socket error by its kind, a disposed socket as EBADF.</summary>
    public static string Code(Exception? error) => (error is AggregateException { InnerException: { } inner } ? inner : error) switch
    {
        SocketException e => Code(e.SocketErrorCode),
        ObjectDisposedException => "EBADF",
        OperationCanceledException => "ECANCELED",
        IOException { InnerException: SocketException e } => Code(e.SocketErrorCode),
        _ => "EIO",
    };
}
