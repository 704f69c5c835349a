using System.Text;

namespace Eventide.Node.Url;

/// <summary>A URL record (4.1): the parsed form of a URL, serialized by <see cref="Serialize"/>.</summary>
internal sealed class UrlRecord
{
    public string Scheme = "";
    public string Username = "";
    public string Password = "";
    /// <summary>The serialized host; null when the URL has none.</summary>
    public string? Host;
    public int? Port;
    /// <summary>The path segments (unused when <see cref="OpaquePath"/> is set).</summary>
    public List<string> Path = new();
    /// <summary>The opaque path of a URL like mailto:x or data:...; null for a list path.</summary>
    public string? OpaquePath;
    public string? Query;
    public string? Fragment;

    public bool HasOpaquePath => OpaquePath is not null;
    public bool IsSpecial => SpecialPort(Scheme) is not -2;
    public bool IncludesCredentials => Username.Length > 0 || Password.Length > 0;

    /// <summary>A special scheme's default port; -1 for file (none), -2 for a scheme that is not special.</summary>
    public static int SpecialPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        "ftp" => 21,
        "file" => -1,
        _ => -2,
    };

    public UrlRecord Clone()
    {
        var copy = (UrlRecord)MemberwiseClone();
        copy.Path = new List<string>(Path);
        return copy;
    }

    public void CopyFrom(UrlRecord other)
    {
        Scheme = other.Scheme;
        Username = other.Username;
        Password = other.Password;
        Host = other.Host;
        Port = other.Port;
        Path = new List<string>(other.Path);
        OpaquePath = other.OpaquePath;
        Query = other.Query;
        Fragment = other.Fragment;
    }

    /// <summary>4.5 URL path serializer.</summary>
    public string SerializePath()
    {
        if (OpaquePath is not null) return OpaquePath;
        var sb = new StringBuilder();
        foreach (var segment in Path) sb.Append('/').Append(segment);
        return sb.ToString();
    }

    /// <summary>4.5 URL serializer.</summary>
    public string Serialize(bool excludeFragment = false)
    {
        var sb = new StringBuilder();
        sb.Append(Scheme).Append(':');
        if (Host is not null)
        {
            sb.Append("//");
            if (IncludesCredentials)
            {
                sb.Append(Username);
                if (Password.Length > 0) sb.Append(':').Append(Password);
                sb.Append('@');
            }
            sb.Append(Host);
            if (Port is { } port) sb.Append(':').Append(port);
        }
        // A host-less URL whose path starts with an empty segment gets "/." so it reparses the same.
        else if (OpaquePath is null && Path.Count > 1 && Path[0].Length == 0) sb.Append("/.");
        sb.Append(SerializePath());
        if (Query is not null) sb.Append('?').Append(Query);
        if (!excludeFragment && Fragment is not null) sb.Append('#').Append(Fragment);
        return sb.ToString();
    }

    /// <summary>4.6 origin, serialized (6.1 ASCII serialization of an origin); "null" for an opaque origin.</summary>
    public string SerializeOrigin()
    {
        switch (Scheme)
        {
            case "blob":
                if (UrlParser.Parse(SerializePath(), null) is { } inner && inner.Scheme is "http" or "https") return inner.SerializeOrigin();
                return "null";
            case "ftp" or "http" or "https" or "ws" or "wss":
                return Port is { } port ? $"{Scheme}://{Host}:{port}" : $"{Scheme}://{Host}";
            default:
                return "null";
        }
    }
}
