using System.Runtime.CompilerServices;

namespace Eventide.Vm;

/// <summary>
/// The inline cache of one obj[key] site (GetKeyed, GetKeyedKeep): the string key it last learned and
/// where receivers of one shape hold it, as a <see cref="PolymorphicCache.Entry"/>. A site's key is
/// usually one literal or a variable holding one of a few (gen[method], this[name]), so the dispatch
/// loop matches it by reference; other keys go on to the realm's <see cref="KeyedLookupCache"/>.
/// </summary>
internal struct KeyedSiteCache
{
    public string? Key;
    public PolymorphicCache.Entry Entry;

    /// <summary>[[Get]] of the site's key, the very string <paramref name="key"/>, on <paramref name="o"/>
    /// when the entry still answers it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryGet(JsObject o, object? key, out JsValue value)
    {
        if (ReferenceEquals(key, Key) && ReferenceEquals(o.Shape, Entry.Shape)) return Entry.TryRead(o, out value);
        value = default;
        return false;
    }
}
