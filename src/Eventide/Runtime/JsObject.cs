using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// An ordinary object (10.1). Own properties live in <see cref="Slots"/>, described by a
/// <see cref="Shape"/> that also holds the prototype. Exotic objects (arrays, functions,
/// proxies...) override the internal methods.
/// </summary>
public partial class JsObject
{
    internal Shape Shape;
    internal JsValue[] Slots;
    /// <summary>State few objects need, kept out of line so every object stays three fields.</summary>
    private RareState? _rare;

    private sealed class RareState
    {
        public Shape? ChildRoot;
        public bool NonExtensible;
        public Dictionary<Vm.PrivateName, JsValue>? PrivateElements;
        /// <summary>The realm whose <see cref="Realm.ArrayIterationIntact"/> a change of <see cref="WatchedKey"/> clears.</summary>
        public Realm? WatchedFor;
        public PropertyKey WatchedKey;
    }

    /// <summary>
    /// Makes a change of own property <paramref name="key"/> (Array.prototype[@@iterator], %ArrayIteratorPrototype%.next)
    /// clear <paramref name="realm"/>'s <see cref="Realm.ArrayIterationIntact"/> for good. The object gets a shape of its
    /// own first: an inline cache's store can then only hit it after a store to this object filled the cache, and that
    /// store took a path that noted the change (<see cref="NoteOwnPropertyChange"/>).
    /// </summary>
    internal void WatchForArrayIteration(PropertyKey key, Realm realm)
    {
        Shape = Shape.PrivateCopy();
        var rare = _rare ??= new();
        rare.WatchedFor = realm;
        rare.WatchedKey = key;
    }

    /// <summary>Every path but an inline cache's hit calls this before it writes, redefines or deletes own property <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NoteOwnPropertyChange(in PropertyKey key)
    {
        if (_rare?.WatchedFor is not null) NoteWatchedPropertyChange(key);
    }

    // Out of line: the key's comparison inlined grew the frames of its callers (a closure's constructor zeroed 200 bytes more).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NoteWatchedPropertyChange(PropertyKey key)
    {
        if (key.Equals(_rare!.WatchedKey)) _rare.WatchedFor!.ArrayIterationIntact = false;
    }

    /// <summary>[[PrivateElements]]: private fields, methods and accessors by private name.</summary>
    internal Dictionary<Vm.PrivateName, JsValue>? PrivateElements
    {
        get => _rare?.PrivateElements;
        set => (_rare ??= new()).PrivateElements = value;
    }

    /// <summary>[[Extensible]]</summary>
    private bool Extensible => _rare is null || !_rare.NonExtensible;

    internal JsObject(JsObject? prototype)
    {
        Shape = prototype is null ? Shape.CreateRoot(null) : prototype.RootShapeForChildren;
        Slots = Shape.Count == 0 ? [] : new JsValue[Shape.Count];
    }

    /// <summary>An empty object with room for <paramref name="capacity"/> properties (slack tracking's prediction).</summary>
    internal JsObject(JsObject prototype, int capacity)
    {
        Shape = prototype.RootShapeForChildren;
        Slots = capacity == 0 ? [] : new JsValue[capacity];
    }

    /// <summary>An object whose own properties are already laid out (a cached shape and its slot values).</summary>
    internal JsObject(Shape shape, JsValue[] slots)
    {
        Shape = shape;
        Slots = slots;
    }

    /// <summary>
    /// Gives a dictionary-mode object that inline caches meet as a prototype a shape with fixed keys
    /// again (as V8 makes prototypes fast): a prototype defined method by method past the dictionary
    /// threshold (node's Buffer.prototype, a big class) would otherwise have every method call on its
    /// instances take the full lookup. True when the shape's keys are now fixed.
    /// </summary>
    internal bool FixShapeAsPrototype()
    {
        if (Shape.KeysFixed) return true;
        if (!Shape.IsDictionary || Shape.Count > Shape.MaxFixedFromDictionary) return false;
        Shape = Shape.Fixed();
        return true;
    }

    /// <summary>The shared empty shape of objects whose prototype is this object.</summary>
    internal Shape RootShapeForChildren { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _rare?.ChildRoot ?? CreateRootShapeForChildren(); }

    private Shape CreateRootShapeForChildren() => (_rare ??= new()).ChildRoot = Shape.CreateRoot(this);

    /// <summary>The name node prints before instances, and Object.prototype.toString's fallback.</summary>
    internal virtual string ClassName => "Object";
    internal virtual bool IsCallable => false;
    internal virtual bool IsConstructor => false;
    internal JsObject? Prototype => GetPrototypeOf();

    // ---------------------------------------------------------------- slots ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int AddSlot(in PropertyKey key, PropertyFlags flags, JsValue value)
    {
        Shape = Shape.AddProperty(key, flags);
        int slot = Shape.Count - 1;
        if (slot >= Slots.Length) Array.Resize(ref Slots, Math.Max(4, Slots.Length * 2));
        Slots[slot] = value;
        return slot;
    }

    /// <summary>Applies a cached add transition: <paramref name="newShape"/> is this object's shape plus one slot.</summary>
    internal void AddSlotWithShape(Shape newShape, JsValue value)
    {
        int slot = newShape.Count - 1;
        if (slot >= Slots.Length) Array.Resize(ref Slots, Math.Max(4, Slots.Length * 2));
        Shape = newShape;
        JsValue.Store(ref Slots[slot], value); // a constructor's this.x = number: no barrier
    }

    /// <summary>Adds or overwrites an own property without any checks (building intrinsics and literals).</summary>
    internal void FastSet(PropertyKey key, JsValue value, PropertyFlags flags = PropertyFlags.Default) => StoreOwn(key, value, flags);

    internal void FastSetAccessor(PropertyKey key, JsObject? getter, JsObject? setter, PropertyFlags flags = PropertyFlags.Configurable)
    {
        FastSet(key, JsValue.FromInternal(new Accessor(getter, setter)), flags | PropertyFlags.Accessor);
    }

    /// <summary>An own data property's value, or undefined; for host code that knows the object.</summary>
    internal JsValue GetOwnDataValue(PropertyKey key)
    {
        if (this is BoundFunction bound) bound.MaterializeName();
        int slot = Shape.Lookup(key);
        if (slot < 0 || (Shape.FlagsAt(slot) & PropertyFlags.Accessor) != 0) return JsValue.Undefined;
        return Slots[slot];
    }

    // ---------------------------------------------------- internal methods ----

    /// <summary>10.1.1 [[GetPrototypeOf]]</summary>
    internal virtual JsObject? GetPrototypeOf() => Shape.Prototype;

    /// <summary>10.1.2 [[SetPrototypeOf]] / 10.1.2.1 OrdinarySetPrototypeOf</summary>
    internal virtual bool SetPrototypeOf(JsObject? v)
    {
        var current = Shape.Prototype;
        if (ReferenceEquals(v, current)) return true;
        if (!Extensible) return false;
        for (var p = v; p is not null;)
        {
            if (ReferenceEquals(p, this)) return false;
            if (p is ProxyLike) break;
            p = p.Shape.Prototype;
        }
        Shape = Shape.WithPrototype(v);
        return true;
    }

    /// <summary>10.1.3 [[IsExtensible]]</summary>
    internal virtual bool IsExtensible() => Extensible;

    /// <summary>10.1.4 [[PreventExtensions]]</summary>
    internal virtual bool PreventExtensions()
    {
        // A private shape: cached property additions (keyed by shape) can never apply again.
        if (Extensible && !Shape.IsDictionary) Shape = Shape.ToDictionary();
        (_rare ??= new()).NonExtensible = true;
        return true;
    }

    /// <summary>10.1.5 [[GetOwnProperty]]</summary>
    internal virtual bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        int slot = Shape.Lookup(key);
        if (slot < 0) { desc = default; return false; }
        desc = DescriptorAt(slot);
        return true;
    }

    internal PropertyDescriptor DescriptorAt(int slot)
    {
        var flags = Shape.FlagsAt(slot);
        if ((flags & PropertyFlags.Accessor) != 0)
        {
            var acc = (Accessor)Slots[slot].Ref!;
            if (acc.Pending is { } pending) return PropertyDescriptor.Data(pending.Read(this, slot), flags & ~PropertyFlags.Accessor);
            return PropertyDescriptor.AccessorProperty(acc.Getter, acc.Setter, flags);
        }
        return PropertyDescriptor.Data(Slots[slot], flags);
    }

    /// <summary>Replaces the pending value at <paramref name="slot"/> with a plain data property holding <paramref name="value"/>.</summary>
    internal void ResolvePending(int slot, JsValue value)
    {
        Shape = Shape.WithFlagsAt(slot, Shape.FlagsAt(slot) & ~PropertyFlags.Accessor);
        Slots[slot] = value;
    }

    /// <summary>
    /// Changes only the attributes of an error's "stack" (Object.seal/freeze do), leaving it pending
    /// if not yet formatted, as V8 does: its header still shows the name and message of first access.
    /// </summary>
    private bool TryRedefinePendingStack(in PropertyKey key, in PropertyDescriptor desc, out bool done)
    {
        int slot = Shape.Lookup(key);
        done = false;
        if (slot < 0 || Slots[slot].Ref is not Accessor { Pending.StaysPendingOnRedefine: true }) return false;
        var flags = Shape.FlagsAt(slot) & ~PropertyFlags.Accessor;
        var current = PropertyDescriptor.Data(JsValue.Undefined, flags);
        if (!Builtins.DescriptorConversions.IsCompatiblePropertyDescriptor(true, desc, true, current)) return true;
        if (desc.Has(DescriptorFields.Writable)) flags = desc.Writable ? flags | PropertyFlags.Writable : flags & ~PropertyFlags.Writable;
        if (desc.Has(DescriptorFields.Enumerable)) flags = desc.Enumerable ? flags | PropertyFlags.Enumerable : flags & ~PropertyFlags.Enumerable;
        if (desc.Has(DescriptorFields.Configurable)) flags = desc.Configurable ? flags | PropertyFlags.Configurable : flags & ~PropertyFlags.Configurable;
        Shape = Shape.ChangeFlags(slot, flags | PropertyFlags.Accessor);
        done = true;
        return true;
    }

    /// <summary>10.1.6 [[DefineOwnProperty]]</summary>
    internal virtual bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) =>
        OrdinaryDefineOwnProperty(key, desc);

    /// <summary>10.1.6.1 OrdinaryDefineOwnProperty</summary>
    private protected bool OrdinaryDefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (!desc.IsAccessor && !desc.Has(DescriptorFields.Value) && TryRedefinePendingStack(key, desc, out bool done)) return done;
        bool exists = GetOwnProperty(key, out var current);
        return ValidateAndApplyPropertyDescriptor(key, IsExtensible(), desc, exists, current);
    }

    /// <summary>10.1.6.3 ValidateAndApplyPropertyDescriptor (O is this object)</summary>
    private protected bool ValidateAndApplyPropertyDescriptor(in PropertyKey key, bool extensible, in PropertyDescriptor desc, bool exists, in PropertyDescriptor current)
    {
        // 2. If current is undefined, then
        if (!exists)
        {
            // a. If extensible is false, return false.
            if (!extensible) return false;
            // c. If IsAccessorDescriptor(Desc) is true, then create an own accessor property.
            if (desc.IsAccessor)
            {
                var flags = PropertyFlags.Accessor;
                if (desc.Enumerable) flags |= PropertyFlags.Enumerable;
                if (desc.Configurable) flags |= PropertyFlags.Configurable;
                StoreOwn(key, JsValue.FromInternal(new Accessor(desc.Get.AsObject, desc.Set.AsObject)), flags);
            }
            else
            {
                // d. Else, create an own data property (absent fields default to false/undefined).
                var flags = PropertyFlags.None;
                if (desc.Writable) flags |= PropertyFlags.Writable;
                if (desc.Enumerable) flags |= PropertyFlags.Enumerable;
                if (desc.Configurable) flags |= PropertyFlags.Configurable;
                StoreOwn(key, desc.Value, flags);
            }
            return true;
        }
        // 4-5. If current.[[Configurable]] is false, the change must be one it allows.
        if (!Builtins.DescriptorConversions.IsCompatiblePropertyDescriptor(true, desc, true, current)) return false;
        // 6. Apply the descriptor to the existing property.
        bool enumerable = desc.Has(DescriptorFields.Enumerable) ? desc.Enumerable : current.Enumerable;
        bool configurable = desc.Has(DescriptorFields.Configurable) ? desc.Configurable : current.Configurable;
        PropertyFlags newFlags = PropertyFlags.None;
        if (enumerable) newFlags |= PropertyFlags.Enumerable;
        if (configurable) newFlags |= PropertyFlags.Configurable;
        if (desc.IsAccessor || (desc.IsGeneric && current.IsAccessor))
        {
            var getter = desc.Has(DescriptorFields.Get) ? desc.Get.AsObject : current.IsAccessor ? current.Get.AsObject : null;
            var setter = desc.Has(DescriptorFields.Set) ? desc.Set.AsObject : current.IsAccessor ? current.Set.AsObject : null;
            StoreOwn(key, JsValue.FromInternal(new Accessor(getter, setter)), newFlags | PropertyFlags.Accessor);
        }
        else
        {
            bool writable = desc.Has(DescriptorFields.Writable) ? desc.Writable : (!current.IsAccessor && current.Writable);
            var value = desc.Has(DescriptorFields.Value) ? desc.Value : current.IsAccessor ? JsValue.Undefined : current.Value;
            if (writable) newFlags |= PropertyFlags.Writable;
            StoreOwn(key, value, newFlags);
        }
        return true;
    }

    /// <summary>Writes an own property's storage with the given attributes (no validation).</summary>
    private protected virtual void StoreOwn(in PropertyKey key, JsValue value, PropertyFlags flags)
    {
        NoteOwnPropertyChange(key);
        int slot = Shape.Lookup(key);
        if (slot < 0) { AddSlot(key, flags, value); return; }
        Shape = Shape.ChangeFlags(slot, flags);
        Slots[slot] = value;
    }

    /// <summary>10.1.7 [[HasProperty]] / 10.1.7.1 OrdinaryHasProperty</summary>
    internal virtual bool HasProperty(in PropertyKey key)
    {
        // Only a proxy's [[HasProperty]] is not this one: walk ordinary parents in a loop, so a long
        // prototype chain does not recurse on the .NET stack.
        JsObject o = this;
        while (true)
        {
            if (o.GetOwnProperty(key, out _)) return true;
            var parent = o.GetPrototypeOf();
            if (parent is null) return false;
            if (parent is IProxy) return parent.HasProperty(key);
            o = parent;
        }
    }

    internal bool HasOwnProperty(in PropertyKey key) => GetOwnProperty(key, out _);

    /// <summary>10.1.8 [[Get]] / 10.1.8.1 OrdinaryGet</summary>
    internal virtual JsValue Get(in PropertyKey key, JsValue receiver)
    {
        JsObject o = this;
        while (true)
        {
            int slot = o.Shape.Lookup(key);
            if (slot >= 0 && o.HasPlainStorage)
            {
                if ((o.Shape.FlagsAt(slot) & PropertyFlags.Accessor) == 0) return o.Slots[slot];
                var acc = (Accessor)o.Slots[slot].Ref!;
                if (acc.Pending is { } pending) return pending.Read(o, slot);
                var getter = acc.Getter;
                return getter is null ? JsValue.Undefined : ((JsFunction)getter).Call(receiver, []);
            }
            if (!o.HasPlainStorage)
            {
                if (o.GetOwnProperty(key, out var desc))
                {
                    if (!desc.IsAccessor) return desc.Value;
                    return desc.Get.AsFunction is { } g ? g.Call(receiver, []) : JsValue.Undefined;
                }
            }
            var proto = o.GetPrototypeOf();
            if (proto is null) return JsValue.Undefined;
            if (!proto.HasOrdinaryGet) return proto.Get(key, receiver);
            o = proto;
        }
    }

    internal JsValue Get(in PropertyKey key) => Get(key, this);

    /// <summary>
    /// True when named (non-index) own properties live exactly in Shape/Slots and [[Get]]/[[Set]]
    /// of such keys are ordinary, so inline caches may read slots directly. Proxies and other
    /// exotic objects whose named properties are virtual return false.
    /// </summary>
    internal virtual bool CachesNamedProperties => HasOrdinaryGet && HasPlainStorage;

    /// <summary>True when all own properties live in Slots/Shape (no exotic storage).</summary>
    internal virtual bool HasPlainStorage => true;
    /// <summary>True when [[Get]] is OrdinaryGet, so lookups may walk this object inline.</summary>
    internal virtual bool HasOrdinaryGet => true;

    /// <summary>10.1.9 [[Set]] / 10.1.9.1 OrdinarySet</summary>
    internal virtual bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        // Fast path: own writable data property on a plain receiver.
        if (HasPlainStorage && receiver.Ref == (object)this)
        {
            int slot = Shape.Lookup(key);
            if (slot >= 0 && (Shape.FlagsAt(slot) & (PropertyFlags.Accessor | PropertyFlags.Writable)) == PropertyFlags.Writable)
            {
                NoteOwnPropertyChange(key);
                Slots[slot] = value;
                return true;
            }
        }
        bool has = GetOwnProperty(key, out var ownDesc);
        return OrdinarySetWithOwnDescriptor(key, value, receiver, has, ownDesc);
    }

    internal bool Set(in PropertyKey key, JsValue value) => Set(key, value, this);

    /// <summary>10.1.9.2 OrdinarySetWithOwnDescriptor</summary>
    private protected bool OrdinarySetWithOwnDescriptor(in PropertyKey key, JsValue value, JsValue receiver, bool has, PropertyDescriptor ownDesc)
    {
        // 1. If ownDesc is undefined, then
        if (!has)
        {
            // A parent with ordinary [[Get]] has ordinary [[Set]] too (OrdinarySet, steps 1-2 again):
            // walk those in a loop, so a long prototype chain does not recurse on the .NET stack.
            var parent = GetPrototypeOf();
            while (parent is not null && parent.HasOrdinaryGet && !parent.GetOwnProperty(key, out ownDesc))
                parent = parent.GetPrototypeOf();
            if (parent is null) ownDesc = PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Default);
            else if (!parent.HasOrdinaryGet) return parent.Set(key, value, receiver);
        }
        // 2. If IsDataDescriptor(ownDesc) is true, then
        if (!ownDesc.IsAccessor)
        {
            if (!ownDesc.Writable) return false;
            if (receiver.AsObject is not JsObject recv) return false;
            if (recv.GetOwnProperty(key, out var existing))
            {
                if (existing.IsAccessor || !existing.Writable) return false;
                var valueDesc = new PropertyDescriptor { Value = value, Fields = DescriptorFields.Value };
                return recv.DefineOwnProperty(key, valueDesc);
            }
            return recv.CreateDataProperty(key, value);
        }
        // 3-7. Accessor: call the setter.
        if (ownDesc.Set.AsFunction is not { } setter) return false;
        setter.Call(receiver, [value]);
        return true;
    }

    /// <summary>10.1.10 [[Delete]]</summary>
    internal virtual bool Delete(in PropertyKey key)
    {
        int slot = Shape.Lookup(key);
        if (slot < 0) return true;
        if ((Shape.FlagsAt(slot) & PropertyFlags.Configurable) == 0) return false;
        NoteOwnPropertyChange(key);
        if (!Shape.IsDictionary) Shape = Shape.ToDictionary();
        Shape.RemoveAt(slot);
        Array.Copy(Slots, slot + 1, Slots, slot, Shape.Count - slot);
        Slots[Shape.Count] = default;
        return true;
    }

    /// <summary>10.1.11 [[OwnPropertyKeys]]: integer indices ascending, then strings, then symbols, in creation order.</summary>
    internal virtual List<PropertyKey> OwnPropertyKeys()
    {
        var result = new List<PropertyKey>(Shape.Count);
        CollectOrderedKeys(result);
        return result;
    }

    private protected void CollectOrderedKeys(List<PropertyKey> result)
    {
        int start = result.Count;
        int n = Shape.Count;
        bool anyIndex = false;
        for (int i = 0; i < n; i++)
        {
            var k = Shape.KeyAt(i);
            if (k.IsArrayIndex) { result.Add(k); anyIndex = true; }
        }
        if (anyIndex) result.Sort(start, result.Count - start, Comparer<PropertyKey>.Create((a, b) => a.Index.CompareTo(b.Index)));
        for (int i = 0; i < n; i++)
        {
            var k = Shape.KeyAt(i);
            if (k.IsString && !k.IsArrayIndex) result.Add(k);
        }
        for (int i = 0; i < n; i++)
        {
            var k = Shape.KeyAt(i);
            if (k.IsSymbol) result.Add(k);
        }
    }

    // ------------------------------------------- 7.3 operations on objects ----

    /// <summary>7.3.5 CreateDataProperty</summary>
    internal bool CreateDataProperty(in PropertyKey key, JsValue value)
    {
        if (HasPlainStorage && Extensible && GetType() == typeof(JsObject))
        {
            int slot = Shape.Lookup(key);
            if (slot < 0) { AddSlot(key, PropertyFlags.Default, value); return true; }
        }
        return DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default));
    }

    /// <summary>7.3.7 CreateDataPropertyOrThrow</summary>
    internal void CreateDataPropertyOrThrow(in PropertyKey key, JsValue value)
    {
        if (!CreateDataProperty(key, value)) throw JsException.TypeError($"Cannot define property {key}");
    }

    /// <summary>7.3.9 DefinePropertyOrThrow</summary>
    internal void DefinePropertyOrThrow(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (!DefineOwnProperty(key, desc)) throw JsException.TypeError($"Cannot redefine property: {key}");
    }

    /// <summary>7.3.4 Set(O, P, V, Throw = true)</summary>
    internal void SetOrThrow(in PropertyKey key, JsValue value)
    {
        if (!Set(key, value, this)) throw JsException.TypeError($"Cannot assign to read only property '{key}' of object");
    }

    /// <summary>7.3.10 DeletePropertyOrThrow</summary>
    internal void DeletePropertyOrThrow(in PropertyKey key)
    {
        if (!Delete(key)) throw JsException.TypeError($"Cannot delete property '{key}' of {Operations.DescribeForError(this)}");
    }

    /// <inheritdoc/>
    public override string ToString() => $"[object {ClassName}]";
}

/// <summary>Marker for proxies, which stop the prototype-cycle check of OrdinarySetPrototypeOf.</summary>
internal interface ProxyLike { }
