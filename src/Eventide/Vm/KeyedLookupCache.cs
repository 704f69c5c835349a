using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// obj[key] with a string key: a site's cache (<see cref="KeyedSiteCache"/>) knows one key, the last it
/// saw; a realm's lookups by (receiver shape, key string) are remembered here behind it, direct-mapped
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
    private bool TryGetAt(int i, JsObject o, string key, out JsValue value)
    {
        var k = _keys[i];
        if (k is not null && ReferenceEquals(_entries[i].Shape, o.Shape) && (ReferenceEquals(k, key) || k == key))
            return _entries[i].TryRead(o, out value);
        value = default;
        return false;
    }

    /// <summary>
    /// [[Get]] of a string key through <paramref name="site"/>'s cache, then this one, then a lookup that both
    /// remember when the receiver and every prototype passed are ordinary objects with fixed shapes and it
    /// finds a data property (or none), and the key is not an array index.
    /// </summary>
    public JsValue Get(JsObject o, string key, JsValue receiver, ref KeyedSiteCache site)
    {
        if (ReferenceEquals(o.Shape, site.Entry.Shape) && key == site.Key && site.Entry.TryRead(o, out var value))
        {
            // The same name as another string (equal literals of two functions): the site matches this one from now on.
            site.Key = key;
            return value;
        }
        int i = IndexOf(o.Shape, key);
        if (TryGetAt(i, o, key, out value))
        {
            // The site follows the key it last saw (gen[method]: "next" again after one "throw").
            site = new KeyedSiteCache { Key = key, Entry = _entries[i] };
            return value;
        }
        var propertyKey = new PropertyKey(key);
        if (!TryMakeEntry(o, propertyKey, out var entry)) return o.Get(propertyKey, receiver);
        _entries[i] = entry;
        _keys[i] = key;
        site = new KeyedSiteCache { Key = key, Entry = entry };
        entry.TryRead(o, out value);
        return value;
    }

    /// <summary>Where a [[Get]] of <paramref name="key"/> on <paramref name="o"/> finds it, as an entry valid while
    /// the shapes it records hold; false unless o and every prototype passed are ordinary objects with fixed
    /// shapes and it is a data property (or absent everywhere), or when typed arrays would read the key as an element
    /// (<see cref="JsTypedArray.IsElementKey"/>: array indices among them).</summary>
    private static bool TryMakeEntry(JsObject o, in PropertyKey key, out PolymorphicCache.Entry entry)
    {
        var shape = o.Shape;
        entry = default;
        if (!o.HasOrdinaryGet || !o.CachesNamedProperties || !shape.KeysFixed || JsTypedArray.IsElementKey(key)) return false;
        int slot = shape.Lookup(key);
        if (slot >= 0)
        {
            if ((shape.FlagsAt(slot) & PropertyFlags.Accessor) != 0) return false;
            entry = new PolymorphicCache.Entry { Shape = shape, Slot = slot };
            return true;
        }
        if (!PolymorphicCache.TryResolve(o, key, out var holder, out int hslot, out var between)) return false;
        entry = new PolymorphicCache.Entry { Shape = shape, Holder = holder, HolderShape = holder?.Shape, Slot = hslot, Between = between };
        return true;
    }
}
