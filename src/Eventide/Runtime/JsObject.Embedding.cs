using System.Numerics;
using Eventide.Runtime;

namespace Eventide;

/// <summary>A JavaScript object as the host sees it: read and write its properties by name.</summary>
/// <remarks>Use it on the engine's thread, as the engine: getters, setters and proxies it reaches run script code.</remarks>
public partial class JsObject
{
    /// <summary>The value of the property <paramref name="name"/> (the prototype chain followed, getters run); undefined when there is none.</summary>
    public JsValue this[string name]
    {
        get => Get(new PropertyKey(name), this);
        set => Set(name, value);
    }

    /// <summary>[[Get]]: the value of the property <paramref name="name"/>, as <c>obj[name]</c> reads it.</summary>
    public JsValue Get(string name) => Get(new PropertyKey(name), this);

    /// <summary>[[Set]]: assigns the property as <c>obj[name] = value</c> does in strict code; false when it is read-only or the object is frozen.</summary>
    public bool Set(string name, JsValue value) => Set(new PropertyKey(name), value, this);

    /// <summary>[[HasProperty]]: whether <c>name in obj</c>.</summary>
    public bool Has(string name) => HasProperty(new PropertyKey(name));

    /// <summary>[[Delete]]: removes an own property; false when it is not configurable.</summary>
    public bool Delete(string name) => Delete(new PropertyKey(name));

    /// <summary>The own enumerable string keys, in the order <c>Object.keys(obj)</c> gives them.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            var keys = new List<string>();
            foreach (var key in OwnPropertyKeys())
                if (key.IsString && GetOwnProperty(key, out var descriptor) && descriptor.Enumerable) keys.Add(key.Name);
            return keys;
        }
    }
}

/// <summary>A JavaScript array as the host sees it.</summary>
public sealed partial class JsArray
{
    /// <summary>The element at <paramref name="index"/> (undefined past the end or in a hole); setting one past the end grows the array.</summary>
    public JsValue this[int index]
    {
        get => Get(new PropertyKey((uint)index), this);
        set => Set(new PropertyKey((uint)index), value, this);
    }
}

/// <summary>The host's accessors of a value.</summary>
public readonly partial struct JsValue
{
    /// <summary>The value of a BigInt (throws when the value is not one).</summary>
    public BigInteger ToBigInteger() => _ref is JsBigInt b ? b.Value : throw new InvalidOperationException($"The value is {Type}, not a BigInt.");
}
