using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Eventide.Runtime;

namespace Eventide.Node.Dns;

/// <summary>
/// require('internal/dns') inside the dns module: name lookups on System.Net.Dns (the system's
/// getaddrinfo/getnameinfo, as node's dns.lookup and lookupService use), run on the thread pool and
/// completed in the poll phase. .NET has no DNS client: resolve4/resolve6/reverse go through the same
/// system resolver (so /etc/hosts answers them too), and other record types are not available.
/// </summary>
internal static class DnsBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        // getaddrinfo(hostname, family 0/4/6, callback(errorCode, errno) | callback(null, [address, family, ...])).
        realm.DefineMethod(binding, "getaddrinfo", 3, (_, a) =>
        {
            string host = Operations.ToString(a.At(0));
            var family = Operations.ToNumber(a.At(1)) switch { 4 => AddressFamily.InterNetwork, 6 => AddressFamily.InterNetworkV6, _ => AddressFamily.Unspecified };
            Complete(realm, "getaddrinfo " + host, () => System.Net.Dns.GetHostAddressesAsync(host, family), a.At(2).AsFunction!, addresses =>
            {
                var list = realm.NewArray();
                foreach (var address in addresses)
                {
                    list.Push(address.ToString());
                    list.Push(address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4);
                }
                return list;
            });
            return JsValue.Undefined;
        });
        // getnameinfo(address, port, callback(errorCode, errno) | callback(null, hostname, service)).
        realm.DefineMethod(binding, "getnameinfo", 3, (_, a) =>
        {
            var address = IPAddress.Parse(Operations.ToString(a.At(0)));
            int port = (int)Operations.ToNumber(a.At(1));
            var callback = a.At(2).AsFunction!;
            Complete(realm, "getnameinfo " + address, () => System.Net.Dns.GetHostEntryAsync(address), callback, entry =>
                realm.NewArray([entry.HostName, ServiceName(port)]));
            return JsValue.Undefined;
        });
        // reverse(address, callback): the names the system resolver gives the address.
        realm.DefineMethod(binding, "reverse", 2, (_, a) =>
        {
            var address = IPAddress.Parse(Operations.ToString(a.At(0)));
            Complete(realm, "getHostByAddr " + address, () => System.Net.Dns.GetHostEntryAsync(address), a.At(1).AsFunction!, entry =>
                realm.NewArray([entry.HostName, .. entry.Aliases.Select(alias => (JsValue)alias)]));
            return JsValue.Undefined;
        });
        // isIP(text) → 0, 4 or 6 as node's net.isIP.
        realm.DefineMethod(binding, "isIP", 1, (_, a) => a.At(0).IsString ? IpFamily(a.At(0).String) : 0);
        // servers() → the system's name servers, as getServers reports them before any setServers.
        realm.DefineMethod(binding, "servers", 0, (_, _) => realm.NewArray(SystemServers().Select(s => (JsValue)s).ToArray()));
        return binding;
    }

    /// <summary>Runs the lookup on the thread pool; the callback gets (null, ...results) or (code, errno) in the poll phase.</summary>
    private static void Complete<T>(Realm realm, string kind, Func<Task<T>> work, JsFunction callback, Func<T, JsArray> results)
    {
        realm.Engine.Loop.Start("dns " + kind, work, done =>
        {
            if (done.Exception?.InnerException is { } failure)
            {
                var (code, errno) = ErrorCode(failure);
                callback.Call(JsValue.Undefined, [code, errno]);
                return;
            }
            callback.Call(JsValue.Undefined, [JsValue.Null, results(done.Result)]);
        });
    }

    // getaddrinfo's failures as node names them: EAI_NONAME and EAI_NODATA are ENOTFOUND (libuv's errno kept);
    // a name .NET refuses before asking (longer than 255 characters) is the EINVAL libuv reports for it.
    private static (string Code, int Errno) ErrorCode(Exception failure) => failure switch
    {
        SocketException { SocketErrorCode: SocketError.HostNotFound } => ("ENOTFOUND", -3008),
        SocketException { SocketErrorCode: SocketError.NoData } => ("ENOTFOUND", -3007),
        SocketException { SocketErrorCode: SocketError.TryAgain } => ("EAI_AGAIN", -3001),
        ArgumentException => ("EINVAL", -22),
        _ => ("EAI_FAIL", -3004),
    };

    /// <summary>node's net.isIP: dotted-quad IPv4 (no leading zeros), or IPv6 with an optional zone.</summary>
    internal static int IpFamily(string text)
    {
        if (text.Contains(':')) return IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 0;
        var parts = text.Split('.');
        if (parts.Length != 4) return 0;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit) || int.Parse(part) > 255) return 0;
        }
        return 4;
    }

    /// <summary>The service name getnameinfo gives a TCP port: the services database's, else the number.</summary>
    private static string ServiceName(int port)
    {
        const string services = "/etc/services";
        if (File.Exists(services))
        {
            foreach (var line in File.ReadLines(services))
            {
                var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2 && !fields[0].StartsWith('#') && fields[1] == $"{port}/tcp") return fields[0];
            }
        }
        return port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> SystemServers()
    {
        const string resolvConf = "/etc/resolv.conf";
        if (File.Exists(resolvConf))
        {
            return File.ReadLines(resolvConf)
                .Select(line => line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                .Where(fields => fields.Length >= 2 && fields[0] == "nameserver")
                .Select(fields => fields[1]).ToList();
        }
        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().DnsAddresses)
            .Select(a => a.ToString()).Distinct().ToList();
    }
}
