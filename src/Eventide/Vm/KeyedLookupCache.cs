using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// obj[key] with a string key has no site cache (a keyed access's key changes from one run to the
/// next): a realm's lookups by (receiver shape, key string) are remembered here instead, direct-mapped
/// as V8's keyed lookup cache is, each as a <see cref="PolymorphicCache.Entry"/> (own data property,
/// one found up the prototype chain, or absent), valid while the shapes it recorded hold. A key is
/// matched by reference first (a literal or a variable holding one), then by value.
/// </summary>
internal sealed class KeyedLookupCache
{
    private const int Size = 128; // a power of two

    private readonly PolymorphicCache.Entry[] _entries = new PolymorphicCache.Entry[Size];
    private readonly string?[] _keys = new string?[Size];

    private static int IndexOf(Shape shape, string key) =>
        (RuntimeHelpers.GetHashCode(shape) * 31 + key.Length * 7 + (key.Length > 0 ? key[0] : 0)) & (Size - 1);

    /// <summary>[[Get]] of <paramref name="key"/> on <paramref name="o"/> when a remembered lookup still answers it.</summary>
    public bool TryGet(JsObject o, string key, out JsValue value)
    {
        var shape = o.Shape;
        int i = IndexOf(shape, key);
        var k = _keys[i];
        if (k is not null && ReferenceEquals(_entries[i].Shape, shape) && (ReferenceEquals(k, key) || k == key))
            return _entries[i].TryRead(o, out value);
        value = default;
        return false;
    }

    /// <summary>
    /// [[Get]] of a string key that is not an array index, remembering where it was found when the
    /// receiver and every prototype passed are ordinary objects with fixed shapes and it is a data
    /// property (or absent everywhere).
    /// </summary>
    public JsValue GetAndRemember(JsObject o, string key, in PropertyKey propertyKey, JsValue receiver)
    {
        var shape = o.Shape;
        if (!o.HasOrdinaryGet || !o.CachesNamedProperties || !shape.KeysFixed || propertyKey.IsArrayIndex) return o.Get(propertyKey, receiver);
        int slot = shape.Lookup(propertyKey);
        var entry = new PolymorphicCache.Entry { Shape = shape, Slot = slot };
        if (slot >= 0)
        {
            if ((shape.FlagsAt(slot) & PropertyFlags.Accessor) != 0) return o.Get(propertyKey, receiver);
        }
        else
        {
            if (!PolymorphicCache.TryResolve(o, propertyKey, out var holder, out int hslot, out var between)) return o.Get(propertyKey, receiver);
            entry = new PolymorphicCache.Entry { Shape = shape, Holder = holder, HolderShape = holder?.Shape, Slot = hslot, Between = between };
        }
        int i = IndexOf(shape, key);
        _entries[i] = entry;
        _keys[i] = key;
        entry.TryRead(o, out var value);
        return value;
    }
}
