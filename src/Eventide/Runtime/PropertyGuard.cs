using System.Runtime.CompilerServices;

namespace Eventide.Runtime;

/// <summary>
/// Remembers where an object's own property lives, so fast paths can check in a few loads that it
/// still holds an expected builtin (that a step of the spec would observe nothing user-defined).
/// The key at the slot is checked too, because dictionary-mode shapes are edited in place.
/// </summary>
internal struct PropertyGuard
{
    private Shape? _shape;
    private int _slot;
    /// <summary>The remembered shape's keys never change (not a dictionary, not a built-in under construction).</summary>
    private bool _fixed;

    /// <summary>True when <paramref name="key"/> is an own data property of obj holding <paramref name="expected"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HoldsData(JsObject obj, in PropertyKey key, object expected) =>
        Find(obj, key) is int slot and >= 0 && ReferenceEquals(obj.Slots[slot].RawRef, expected); // RawRef: expected is never a string

    /// <summary>
    /// <see cref="HoldsData"/>'s common answer without the key: true when obj still has the fixed shape
    /// the guard remembered and the remembered slot holds <paramref name="expected"/>; false means
    /// "ask HoldsData" (no shape remembered yet, another shape, a dictionary, or another value).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool HoldsRememberedData(JsObject obj, object expected) =>
        ReferenceEquals(obj.Shape, _shape) && _fixed && ReferenceEquals(obj.Slots[_slot].RawRef, expected);

    /// <summary><see cref="HoldsRememberedData"/> for <see cref="HoldsGetter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool HoldsRememberedGetter(JsObject obj, object expectedGetter) =>
        ReferenceEquals(obj.Shape, _shape) && _fixed && obj.Slots[_slot].RawRef is Accessor a && ReferenceEquals(a.Getter, expectedGetter);

    /// <summary>True when <paramref name="key"/> is an own accessor property of obj whose getter is <paramref name="expectedGetter"/>.</summary>
    public bool HoldsGetter(JsObject obj, in PropertyKey key, object expectedGetter) =>
        Find(obj, key) is int slot and >= 0 && obj.Slots[slot].RawRef is Accessor a && ReferenceEquals(a.Getter, expectedGetter); // RawRef: an accessor is never a string

    /// <summary>The slot of <paramref name="key"/> in obj, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(JsObject obj, in PropertyKey key)
    {
        var shape = obj.Shape;
        if (ReferenceEquals(shape, _shape) && (_fixed || (_slot < shape.Count && shape.KeyAt(_slot).Equals(key)))) return _slot;
        return Remember(shape, key);
    }

    private int Remember(Shape shape, in PropertyKey key)
    {
        int slot = shape.Lookup(key);
        if (slot < 0) return -1;
        _shape = shape;
        _slot = slot;
        _fixed = shape.KeysFixed;
        return slot;
    }
}
