using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Eventide.Runtime;

/// <summary>
/// Remembers where an object's own property lives, so fast paths can check in a few loads that it
/// still holds an expected builtin (that a step of the spec would observe nothing user-defined).
/// The key at the slot is checked too, because dictionary-mode shapes are edited in place.
/// </summary>
internal struct PropertyGuard(PropertyKey key)
{
    /// <summary>The property the guard watches (one per guard: every caller asks about the same key).</summary>
    private readonly PropertyKey _key = key;
    private Shape? _shape;
    private int _slot;
    /// <summary>_shape when its keys never change (not a dictionary, not a built-in under construction), else
    /// null: an object of this shape has the key at _slot, with no further test (one compare on the usual path).</summary>
    private Shape? _fixedShape;

    /// <summary>True when the guard's key is an own data property of obj holding <paramref name="expected"/>.
    /// The usual answer (obj keeps the fixed shape remembered, the slot holds the builtin) is inlined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HoldsData(JsObject obj, object expected) =>
        (IsRemembered(obj) && ReferenceEquals(RememberedSlot(obj).RawRef, expected)) || HoldsDataByLookup(obj, expected);

    /// <summary>True when the guard's key is an own accessor property of obj whose getter is <paramref name="expectedGetter"/>
    /// (the usual answer first, as <see cref="HoldsData"/>; not inlined: the dispatch loop's ta.length path reaches it).</summary>
    public bool HoldsGetter(JsObject obj, object expectedGetter) =>
        (IsRemembered(obj) && IsGetter(RememberedSlot(obj).RawRef, expectedGetter)) || HoldsGetterByLookup(obj, expectedGetter);

    /// <summary>obj has the shape remembered, whose keys never change: the remembered slot is still the key's.</summary>
    private readonly bool IsRemembered(JsObject obj) => ReferenceEquals(obj.Shape, _fixedShape);

    /// <summary>The remembered slot of an object with the remembered fixed shape: inside its slots, whose
    /// length is at least the shape's count, so without a bounds check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ref JsValue RememberedSlot(JsObject obj) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(obj.Slots), _slot);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // HoldsGetter is a call of its own: its body, not the dispatch loop, grows
    private static bool IsGetter(object? slot, object expectedGetter) => slot is Accessor a && ReferenceEquals(a.Getter, expectedGetter);

    private bool HoldsDataByLookup(JsObject obj, object expected) =>
        Find(obj) is int slot and >= 0 && ReferenceEquals(obj.Slots[slot].RawRef, expected); // RawRef: expected is never a string

    private bool HoldsGetterByLookup(JsObject obj, object expectedGetter) =>
        Find(obj) is int slot and >= 0 && IsGetter(obj.Slots[slot].RawRef, expectedGetter); // RawRef: an accessor is never a string

    /// <summary>The slot of the guard's key in obj, or -1.</summary>
    private int Find(JsObject obj)
    {
        var shape = obj.Shape;
        if (ReferenceEquals(shape, _shape) && _slot < shape.Count && shape.KeyAt(_slot).Equals(_key))
        {
            if (shape.KeysFixed) _fixedShape = shape; // a built-in finished since
            return _slot;
        }
        return Remember(shape);
    }

    private int Remember(Shape shape)
    {
        int slot = shape.Lookup(_key);
        if (slot < 0) return -1;
        _shape = shape;
        _slot = slot;
        _fixedShape = shape.KeysFixed ? shape : null;
        return slot;
    }
}
