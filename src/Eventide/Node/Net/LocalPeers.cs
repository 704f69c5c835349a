using System.Net;

namespace Eventide.Node.Net;

/// <summary>
/// The connected TCP handles of one realm by local address: when both ends of a loopback
/// connection live in this process, what one end sends (data, FIN) is as good as arrived at the
/// other, as it is for epoll on the same machine, however late .NET reports it. The poll phase
/// waits for it through the receiving handle's imminence probe.
/// </summary>
internal sealed class LocalPeers
{
    private readonly Dictionary<IPEndPoint, SocketWrap> _byLocal = new();

    public void Add(SocketWrap wrap, EndPoint? local)
    {
        if (Key(local) is { } key) _byLocal[key] = wrap;
    }

    public void Remove(SocketWrap wrap, EndPoint? local)
    {
        if (Key(local) is { } key && _byLocal.TryGetValue(key, out var found) && found == wrap) _byLocal.Remove(key);
    }

    /// <summary>The handle at the other end of a connection to <paramref name="remote"/>, when it is in this realm.</summary>
    public SocketWrap? Find(EndPoint? remote) => Key(remote) is { } key ? _byLocal.GetValueOrDefault(key) : null;

    /// <summary>IPv4-mapped IPv6 (a dual-stack server's view of an IPv4 client) keyed as IPv4.</summary>
    private static IPEndPoint? Key(EndPoint? endpoint) => endpoint is IPEndPoint ip
        ? ip.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(ip.Address.MapToIPv4(), ip.Port) : ip
        : null;
}
