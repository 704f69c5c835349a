using Eventide.Runtime;

namespace Eventide.Node.Url;

/// <summary>
/// The native half of URL and URLSearchParams (require('internal/url_binding') in the built-in
/// modules): parsing, the setters and the form encoding run in C#; the classes are JavaScript.
/// A parsed URL crosses over as an array of its href and the getters' values.
/// </summary>
internal static class UrlBinding
{
    public static JsObject Create(Realm realm)
    {
        var binding = realm.NewObject();
        realm.DefineMethod(binding, "parse", 2, (_, args) =>
            ParseWithBase(args.At(0), args.At(1)) is { } url ? Components(realm, url) : JsValue.Null);
        realm.DefineMethod(binding, "canParse", 2, (_, args) => ParseWithBase(args.At(0), args.At(1)) is not null);
        realm.DefineMethod(binding, "update", 3, (_, args) =>
        {
            var url = UrlParser.Parse(Operations.ToString(args.At(0)), null)!;
            UrlSetters.Apply(url, Operations.ToString(args.At(1)), PercentEncoding.ToWellFormed(Operations.ToString(args.At(2))));
            return Components(realm, url);
        });
        realm.DefineMethod(binding, "parseParams", 1, (_, args) =>
        {
            var list = realm.NewArray();
            foreach (var (name, value) in FormUrlencoded.Parse(Operations.ToString(args.At(0))))
            {
                list.Push(name);
                list.Push(value);
            }
            return list;
        });
        realm.DefineMethod(binding, "serializeParams", 1, (_, args) =>
        {
            var flat = args.At(0).AsObject as JsArray;
            var pairs = new List<(string, string)>();
            for (uint i = 0; flat is not null && i + 1 < flat.Length; i += 2)
                pairs.Add((Operations.ToString(flat.Get(new PropertyKey(i))), Operations.ToString(flat.Get(new PropertyKey(i + 1)))));
            return FormUrlencoded.Serialize(pairs);
        });
        realm.DefineMethod(binding, "domainToASCII", 1, (_, args) =>
            UrlHost.Parse(Operations.ToString(args.At(0)), isOpaque: false) ?? "");
        realm.DefineMethod(binding, "domainToUnicode", 1, (_, args) =>
            UrlHost.Parse(Operations.ToString(args.At(0)), isOpaque: false) is { } ascii ? UrlHost.DomainToUnicode(ascii) : "");
        realm.DefineMethod(binding, "toUSVString", 1, (_, args) => PercentEncoding.ToWellFormed(Operations.ToString(args.At(0))));
        return binding;
    }

    /// <summary>The API URL parser (6.1): the base parsed first; either failing is failure.</summary>
    private static UrlRecord? ParseWithBase(JsValue input, JsValue baseValue)
    {
        UrlRecord? baseUrl = null;
        if (!baseValue.IsUndefined)
        {
            baseUrl = UrlParser.Parse(Operations.ToString(baseValue), null);
            if (baseUrl is null) return null;
        }
        return UrlParser.Parse(Operations.ToString(input), baseUrl);
    }

    /// <summary>[href, origin, protocol, username, password, host, hostname, port, pathname, search, hash].</summary>
    private static JsArray Components(Realm realm, UrlRecord url)
    {
        var array = realm.NewArray(11);
        array.Push(url.Serialize());
        array.Push(url.SerializeOrigin());
        array.Push(url.Scheme + ":");
        array.Push(url.Username);
        array.Push(url.Password);
        string hostname = url.Host ?? "";
        array.Push(url.Port is { } port ? $"{hostname}:{port}" : hostname);
        array.Push(hostname);
        array.Push(url.Port is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        array.Push(url.SerializePath());
        array.Push(string.IsNullOrEmpty(url.Query) ? "" : "?" + url.Query);
        array.Push(string.IsNullOrEmpty(url.Fragment) ? "" : "#" + url.Fragment);
        return array;
    }
}
