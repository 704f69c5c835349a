namespace Eventide.Node.Url;

/// <summary>The URL class's setters (6.1: protocol, username, ..., hash) applied to a URL record.</summary>
internal static class UrlSetters
{
    public static void Apply(UrlRecord url, string name, string value)
    {
        switch (name)
        {
            case "href":
                if (UrlParser.Parse(value, null) is { } parsed) url.CopyFrom(parsed);
                break;
            case "protocol":
                UrlParser.ParseInto(value + ":", url, UrlState.SchemeStart);
                break;
            case "username":
                if (CannotHaveCredentialsOrPort(url)) return;
                url.Username = PercentEncoding.Encode(value, EncodeSet.Userinfo);
                break;
            case "password":
                if (CannotHaveCredentialsOrPort(url)) return;
                url.Password = PercentEncoding.Encode(value, EncodeSet.Userinfo);
                break;
            case "host":
                if (url.HasOpaquePath) return;
                UrlParser.ParseInto(value, url, UrlState.Host);
                break;
            case "hostname":
                if (url.HasOpaquePath) return;
                UrlParser.ParseInto(value, url, UrlState.Hostname);
                break;
            case "port":
                if (CannotHaveCredentialsOrPort(url)) return;
                if (value.Length == 0) url.Port = null;
                else UrlParser.ParseInto(value, url, UrlState.Port);
                break;
            case "pathname":
                if (url.HasOpaquePath) return;
                url.Path.Clear();
                UrlParser.ParseInto(value, url, UrlState.PathStart);
                break;
            case "search":
                if (value.Length == 0)
                {
                    url.Query = null;
                    StripTrailingSpacesFromOpaquePath(url);
                    return;
                }
                url.Query = "";
                UrlParser.ParseInto(value.StartsWith('?') ? value[1..] : value, url, UrlState.Query);
                break;
            case "hash":
                if (value.Length == 0)
                {
                    url.Fragment = null;
                    StripTrailingSpacesFromOpaquePath(url);
                    return;
                }
                url.Fragment = "";
                UrlParser.ParseInto(value.StartsWith('#') ? value[1..] : value, url, UrlState.Fragment);
                break;
            case "query":
                // URLSearchParams' update steps: the serialized list, null when empty.
                url.Query = value.Length == 0 ? null : value;
                if (url.Query is null) StripTrailingSpacesFromOpaquePath(url);
                break;
        }
    }

    /// <summary>4.2 cannot have a username/password/port: no host, an empty host, or file.</summary>
    private static bool CannotHaveCredentialsOrPort(UrlRecord url) => url.Host is null or "" || url.Scheme == "file";

    /// <summary>4.2 potentially strip trailing spaces from an opaque path.</summary>
    private static void StripTrailingSpacesFromOpaquePath(UrlRecord url)
    {
        if (url.OpaquePath is null || url.Fragment is not null || url.Query is not null) return;
        url.OpaquePath = url.OpaquePath.TrimEnd(' ');
    }
}
