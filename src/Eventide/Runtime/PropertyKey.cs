using System.Runtime.CompilerServices;

namespace Eventide.Runtime;

/// <summary>
/// A property key: a string or a symbol (6.1.7). Keys that are canonical array indices
/// (0 .. 2^32-2) remember their numeric value so arrays and integer-key ordering are cheap.
/// </summary>
internal readonly struct PropertyKey : IEquatable<PropertyKey>
{
    private readonly object _key; // string or JsSymbol
    private readonly uint _index; // NotAnIndex unless _key is a canonical array index string

    public const uint NotAnIndex = uint.MaxValue;

    public PropertyKey(string name)
    {
        _key = name;
        _index = ParseArrayIndex(name);
    }

    public PropertyKey(JsSymbol symbol)
    {
        _key = symbol;
        _index = NotAnIndex;
    }

    public PropertyKey(uint index)
    {
        _key = IndexStrings.Get(index);
        _index = index;
    }

    public static implicit operator PropertyKey(string name) => new(name);
    public static implicit operator PropertyKey(JsSymbol symbol) => new(symbol);

    public bool IsSymbol => _key is JsSymbol;
    public bool IsString => _key is string;
    public bool IsArrayIndex => _index != NotAnIndex;
    public uint Index => _index;
    public string Name => _key as string ?? throw new InvalidOperationException("symbol key");
    /// <summary>The string key, or null for a symbol.</summary>
    public string? NameOrNull => _key as string;
    public JsSymbol Symbol => (JsSymbol)_key;
    public bool IsDefault => _key is null;

    public JsValue ToJsValue() => _key is string s ? new JsValue(s) : new JsValue((JsSymbol)_key);

    /// <summary>Canonical numeric string check for array indices (6.1.7: integer index &lt; 2^32-1).</summary>
    public static uint ParseArrayIndex(string s)
    {
        int len = s.Length;
        if (len == 0 || len > 10) return NotAnIndex;
        char c0 = s[0];
        if (c0 < '0' || c0 > '9') return NotAnIndex;
        if (c0 == '0') return len == 1 ? 0 : NotAnIndex;
        ulong v = 0;
        for (int i = 0; i < len; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9') return NotAnIndex;
            v = v * 10 + (uint)(c - '0');
        }
        return v < uint.MaxValue ? (uint)v : NotAnIndex;
    }

    public bool Equals(PropertyKey other) =>
        ReferenceEquals(_key, other._key) || (_key is string a && other._key is string b && string.Equals(a, b));
    public override bool Equals(object? obj) => obj is PropertyKey k && Equals(k);
    public override int GetHashCode() => _key is string s ? s.GetHashCode() : RuntimeHelpers.GetHashCode(_key);
    public static bool operator ==(PropertyKey a, PropertyKey b) => a.Equals(b);
    public static bool operator !=(PropertyKey a, PropertyKey b) => !a.Equals(b);
    public override string ToString() => _key is string s ? s : _key?.ToString() ?? "<none>";
}

/// <summary>Cached strings for small integers, so array index keys do not allocate.</summary>
internal static class IndexStrings
{
    private static readonly string[] Small = CreateSmall();
    private static string[] CreateSmall()
    {
        var a = new string[1024];
        for (int i = 0; i < a.Length; i++) a[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return a;
    }
    public static string Get(uint i) => i < Small.Length ? Small[i] : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
