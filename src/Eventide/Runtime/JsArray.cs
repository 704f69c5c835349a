using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// 10.4.2 Array exotic objects. Elements are kept in a dense array (holes marked) while every
/// element is a plain writable/enumerable/configurable data property; anything else (accessors,
/// frozen elements, very sparse writes) moves the elements into the ordinary property storage.
/// Element i of the dense store is _items[_start + i]: shift() advances _start instead of moving
/// every element (V8 left-trims the same way), so a queue drained with shift() is O(1) per call.
/// </summary>
public sealed partial class JsArray : JsObject
{
    private JsValue[] _items;
    /// <summary>Index in _items of element 0. Every slot outside _start.._start+_length-1 holds
    /// a hole, so _start may drop back to 0 whenever the array becomes empty.</summary>
    private int _start;
    private uint _length;
    private bool _dense = true;
    private bool _lengthWritable = true;
    /// <summary>False once a scan found no holes in 0..length-1 and nothing could have made one
    /// since (deletes, growing the length, writes past the end); true means "unknown".</summary>
    private bool _mayHaveHoles = true;

    internal JsArray(JsObject? prototype, int capacity = 0) : base(prototype)
    {
        _items = capacity == 0 ? [] : new JsValue[capacity];
        _items.AsSpan().Fill(JsValue.Hole); // unused slots are holes (see _start)
    }

    internal JsArray(JsObject? prototype, JsValue[] items, int count) : base(prototype)
    {
        _items = items;
        _length = (uint)count;
    }

    /// <summary>Slots available to elements from _start on.</summary>
    private int Capacity => _items.Length - _start;

    internal override string ClassName => "Array";
    /// <summary>The array's length.</summary>
    public uint Length => _length;
    internal bool IsDense => _dense;
    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;
    /// <summary>Only index keys (and an array's length) are virtual; named keys live in the shape.</summary>
    internal override bool CachesNamedProperties => true;

    /// <summary>Dense elements, for fast paths (holes are JsValue.Hole). Only valid while IsDense.</summary>
    internal Span<JsValue> DenseItems => _items.AsSpan(_start, (int)Math.Min(_length, (uint)Capacity));

    /// <summary>The elements of a packed array (the caller saw <see cref="IsPacked"/>: all of them are in the
    /// dense store), without DenseItems' bounds arithmetic: f(...args) passes them as the callee's arguments.</summary>
    internal ReadOnlySpan<JsValue> PackedItems
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _start), (int)_length);
    }

    /// <summary>True when elements 0..length-1 are all present in the dense store (no holes), so
    /// builtins may read, write and move them directly: each is an own plain data property.
    /// Small enough to inline at the fast paths' checks; the scan for holes is a call of its own.</summary>
    internal bool IsPacked
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _dense && _length <= (uint)Capacity && (!_mayHaveHoles || ScanForNoHoles());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ScanForNoHoles()
    {
        foreach (var v in _items.AsSpan(_start, (int)_length)) if (v.IsHole) return false;
        _mayHaveHoles = false;
        return true;
    }

    internal bool IsLengthWritable => _lengthWritable;

    /// <summary>Changes the length of a packed array in place for splice/shift/unshift; new slots
    /// are holes until the caller fills them. False when the dense store should not grow that far.</summary>
    internal bool TryResizeDense(uint newLength)
    {
        if (!_dense || !_lengthWritable) return false;
        if (newLength > _length)
        {
            // New elements are created by Set, which would consult the prototypes' elements.
            if (!CanStoreDense(newLength - 1) || PrototypesMayHaveElements()) return false;
            EnsureCapacity(newLength);
        }
        SetLength(newLength);
        return true;
    }

    /// <summary>Appends a value (array literals, push on a plain array).</summary>
    internal void Push(JsValue value)
    {
        if (_dense && _lengthWritable && CanStoreDense(_length))
        {
            EnsureCapacity(_length + 1);
            _items[_start + (int)_length++] = value;
            return;
        }
        DefineOwnProperty(new PropertyKey(_length), PropertyDescriptor.Data(value, PropertyFlags.Default));
    }

    /// <summary>Largest index a dense store grows to because length says it is in range.</summary>
    private const uint DenseInRangeLimit = 1 << 20;
    /// <summary>How far past the allocated elements a write may land and still grow the dense store.</summary>
    private const uint MaxDenseGap = 1024;

    /// <summary>
    /// Whether writing element <paramref name="index"/> may grow the dense store: writes near the
    /// allocated elements, within a modest length, or into a store at least half full stay dense;
    /// far writes such as a[4294967294] = 1 go sparse instead of allocating billions of holes.
    /// </summary>
    private bool CanStoreDense(uint index)
    {
        ulong capacity = (uint)Capacity;
        if (index < capacity + MaxDenseGap) return true;
        if (index < _length && index < DenseInRangeLimit) return true;
        return index < 2UL * (ulong)CountPresent() + MaxDenseGap;
    }

    private int CountPresent()
    {
        int n = 0;
        foreach (var v in DenseItems) if (!v.IsHole) n++;
        return n;
    }

    /// <summary>Whether any object on the prototype chain may have an element (an integer-indexed
    /// property): then writes past the end can reach setters or read-only elements there.</summary>
    internal bool PrototypesMayHaveElements()
    {
        for (var p = GetPrototypeOf(); p is not null; p = p.GetPrototypeOf())
            if (MayHaveElements(p)) return true;
        return false;
    }

    /// <summary>False when <paramref name="o"/> certainly has no own integer-indexed property.</summary>
    private static bool MayHaveElements(JsObject o)
    {
        if (o is JsArray a) return a._dense ? a._length != 0 && a.CountPresent() > 0 : a.Shape.HasIndexKeys;
        return !o.HasPlainStorage || o.Shape.HasIndexKeys;
    }

    /// <summary>Appends like Set(O, length, value) on an array whose prototypes have no elements
    /// (Array.prototype.push): false when the general Set must decide.</summary>
    internal bool TryAppendDense(JsValue value)
    {
        if (!_dense || !_lengthWritable || !CanStoreDense(_length) || PrototypesMayHaveElements()) return false;
        EnsureCapacity(_length + 1);
        _items[_start + (int)_length++] = value;
        return true;
    }

    private void EnsureCapacity(uint n)
    {
        if (n <= (uint)Capacity) return;
        int used = (int)Math.Min(_length, (uint)Capacity);
        if (_start > 0 && n <= (uint)_items.Length && _start >= used)
        {
            // Slots freed by shift() make the room: move the elements down (amortised O(1), as at
            // least as many shifts as elements moved happened since the last move).
            Array.Copy(_items, _start, _items, 0, used);
            _items.AsSpan(used).Fill(JsValue.Hole);
            _start = 0;
            return;
        }
        int cap = (int)Math.Min(Math.Max((ulong)n, Math.Max(4UL, (ulong)Capacity * 2)), (ulong)Array.MaxLength);
        Vm.ExecutionBudget.BeforeAllocatingValues(cap);
        var grown = new JsValue[cap];
        Array.Copy(_items, _start, grown, 0, used);
        grown.AsSpan(used).Fill(JsValue.Hole);
        _items = grown;
        _start = 0;
    }

    /// <summary>Removes and returns element 0 of a packed array with a writable length (shift's
    /// fast path): the store's start moves up by one.</summary>
    internal JsValue ShiftDense()
    {
        var first = _items[_start];
        _items[_start] = JsValue.Hole;
        _length--;
        _start = _length == 0 ? 0 : _start + 1;
        return first;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetDense(uint index, out JsValue value)
    {
        if (_dense && index < _length && index < (uint)Capacity)
        {
            value = _items[_start + (int)index];
            return !value.IsHole;
        }
        value = default;
        return false;
    }

    /// <summary>TryGetDense for a Number key (a[i] in the dispatch loop): false unless it is an array index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetDense(double key, out JsValue value)
    {
        if (key >= 0 && key < uint.MaxValue && key == (uint)key) return TryGetDense((uint)key, out value);
        value = default;
        return false;
    }

    /// <summary>TrySetDense for a Number key: false unless it is an array index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetDense(double key, JsValue value) =>
        key >= 0 && key < uint.MaxValue && key == (uint)key && TrySetDense((uint)key, value);

    /// <summary>Fast element write; false when the slow path must decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetDense(uint index, JsValue value)
    {
        if (_dense && index < _length && index < (uint)Capacity)
        {
            ref var slot = ref _items[_start + (int)index];
            if (slot.IsHole) return false;
            slot = value;
            return true;
        }
        return false;
    }

    /// <summary>CreateDataProperty(index, value) on a dense array (map, filter, slice...): false
    /// when the general [[DefineOwnProperty]] must decide. A dense array is extensible and its
    /// elements are configurable, so the define succeeds unless it must grow a read-only length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryCreateDataPropertyDense(uint index, JsValue value)
    {
        // An element inside the length and the store (map's result array, made at its final length).
        if (_dense && index < _length && index < (uint)Capacity)
        {
            JsValue.Store(ref _items[_start + (int)index], value);
            return true;
        }
        return TryCreateDataPropertyDenseGrowing(index, value);
    }

    private bool TryCreateDataPropertyDenseGrowing(uint index, JsValue value)
    {
        if (!_dense) return false;
        if (index >= _length)
        {
            if (!_lengthWritable || index == uint.MaxValue || !CanStoreDense(index)) return false;
            EnsureCapacity(index + 1);
            if (index > _length) _mayHaveHoles = true;
            _length = index + 1;
        }
        else if (index >= (uint)Capacity)
        {
            if (!CanStoreDense(index)) return false;
            EnsureCapacity(index + 1);
        }
        _items[_start + (int)index] = value;
        return true;
    }

    private void MakeSparse()
    {
        if (!_dense) return;
        _dense = false;
        var items = DenseItems;
        for (int i = 0; i < items.Length; i++)
            if (!items[i].IsHole) base.StoreOwn(new PropertyKey((uint)i), items[i], PropertyFlags.Default);
        _items = [];
        _start = 0;
    }

    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        if (key.IsArrayIndex && _dense)
        {
            if (TryGetDense(key.Index, out var v)) { desc = PropertyDescriptor.Data(v, PropertyFlags.Default); return true; }
            desc = default;
            return false;
        }
        if (key.IsString && key.Name == "length")
        {
            desc = PropertyDescriptor.Data((double)_length, _lengthWritable ? PropertyFlags.Writable : PropertyFlags.None);
            return true;
        }
        return base.GetOwnProperty(key, out desc);
    }

    internal override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (key.IsArrayIndex)
        {
            if (TryGetDense(key.Index, out var v)) return v;
            if (_dense) return GetPrototypeOf() is { } p ? p.Get(key, receiver) : JsValue.Undefined;
        }
        else if (key.IsString && key.Name == "length") return (double)_length;
        if (GetOwnProperty(key, out var desc))
        {
            if (!desc.IsAccessor) return desc.Value;
            return desc.Get.AsFunction is { } g ? g.Call(receiver, []) : JsValue.Undefined;
        }
        return GetPrototypeOf() is { } proto ? proto.Get(key, receiver) : JsValue.Undefined;
    }

    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (key.IsArrayIndex && receiver.Ref == (object)this)
        {
            if (TrySetDense(key.Index, value)) return true;
            if (_dense && key.Index == _length && _lengthWritable && IsExtensible() && !PrototypesHaveIndex(key))
            {
                Push(value);
                return true;
            }
        }
        bool has = GetOwnProperty(key, out var ownDesc);
        return OrdinarySetWithOwnDescriptor(key, value, receiver, has, ownDesc);
    }

    private bool PrototypesHaveIndex(in PropertyKey key)
    {
        for (var p = GetPrototypeOf(); p is not null; p = p.GetPrototypeOf())
        {
            if (!MayHaveElements(p)) continue;
            if (p is JsArray pa) { if (pa.HasOwnProperty(key)) return true; }
            else if (!p.HasPlainStorage || p.Shape.Lookup(key) >= 0) return true;
        }
        return false;
    }

    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        // 10.4.2.1 [[DefineOwnProperty]]
        if (key.IsString && key.Name == "length") return ArraySetLength(desc);
        if (key.IsArrayIndex)
        {
            uint index = key.Index;
            // 1.b-c. If index >= length and length is not writable, return false.
            if (index >= _length && !_lengthWritable) return false;
            if (_dense)
            {
                bool exists = TryGetDense(index, out var cur);
                if (IsPlainElementDescriptor(desc, exists) && (exists || IsExtensible()) && CanStoreDense(index))
                {
                    EnsureCapacity(index + 1);
                    if (index > _length) _mayHaveHoles = true;
                    if (index >= _length) _length = index + 1;
                    _items[_start + (int)index] = desc.Has(DescriptorFields.Value) ? desc.Value : exists ? cur : JsValue.Undefined;
                    return true;
                }
                MakeSparse();
            }
            if (!OrdinaryDefineOwnProperty(key, desc)) return false;
            if (index >= _length) _length = index + 1;
            return true;
        }
        return OrdinaryDefineOwnProperty(key, desc);
    }

    private static bool IsPlainElementDescriptor(in PropertyDescriptor d, bool exists)
    {
        if (d.IsAccessor) return false;
        if (exists)
            return (!d.Has(DescriptorFields.Writable) || d.Writable)
                && (!d.Has(DescriptorFields.Enumerable) || d.Enumerable)
                && (!d.Has(DescriptorFields.Configurable) || d.Configurable);
        return d.Writable && d.Enumerable && d.Configurable && d.Has(DescriptorFields.Writable | DescriptorFields.Enumerable | DescriptorFields.Configurable);
    }

    /// <summary>10.4.2.4 ArraySetLength</summary>
    private bool ArraySetLength(in PropertyDescriptor desc)
    {
        if (!desc.Has(DescriptorFields.Value))
        {
            var lengthDesc = PropertyDescriptor.Data((double)_length, _lengthWritable ? PropertyFlags.Writable : PropertyFlags.None);
            if (desc.Has(DescriptorFields.Configurable) && desc.Configurable) return false;
            if (desc.Has(DescriptorFields.Enumerable) && desc.Enumerable) return false;
            if (desc.IsAccessor) return false;
            if (desc.Has(DescriptorFields.Writable) && desc.Writable && !_lengthWritable) return false;
            if (desc.Has(DescriptorFields.Writable) && !desc.Writable) _lengthWritable = false;
            _ = lengthDesc;
            return true;
        }
        uint newLen = Operations.ToUint32(desc.Value);
        double numberLen = Operations.ToNumber(desc.Value);
        if (newLen != numberLen) throw JsException.RangeError("Invalid array length");
        if (desc.Has(DescriptorFields.Configurable) && desc.Configurable) return false;
        if (desc.Has(DescriptorFields.Enumerable) && desc.Enumerable) return false;
        if (desc.IsAccessor) return false;
        if (newLen == _length)
        {
            if (desc.Has(DescriptorFields.Writable) && desc.Writable && !_lengthWritable) return false;
            if (desc.Has(DescriptorFields.Writable) && !desc.Writable) _lengthWritable = false;
            return true;
        }
        if (!_lengthWritable) return false;
        bool newWritable = !desc.Has(DescriptorFields.Writable) || desc.Writable;
        bool ok = SetLength(newLen);
        if (!newWritable) _lengthWritable = false;
        return ok;
    }

    /// <summary>Truncates or extends; false when a non-configurable element stopped the truncation.</summary>
    internal bool SetLength(uint newLen)
    {
        if (_dense)
        {
            uint capacity = (uint)Capacity;
            if (newLen < _length && newLen < capacity)
                _items.AsSpan(_start + (int)newLen, (int)Math.Min(_length, capacity) - (int)newLen).Fill(JsValue.Hole);
            else if (newLen > _length)
            {
                _mayHaveHoles = true;
                if (_length < capacity)
                    _items.AsSpan(_start + (int)_length, (int)Math.Min(newLen, capacity) - (int)_length).Fill(JsValue.Hole);
            }
            _length = newLen;
            if (newLen == 0) _start = 0;
            return true;
        }
        // Delete indices >= newLen from the highest down; stop at a non-configurable one.
        var indices = new List<uint>();
        for (int i = 0; i < Shape.Count; i++)
        {
            var k = Shape.KeyAt(i);
            if (k.IsArrayIndex && k.Index >= newLen) indices.Add(k.Index);
        }
        indices.Sort();
        for (int i = indices.Count - 1; i >= 0; i--)
        {
            if (!base.Delete(new PropertyKey(indices[i])))
            {
                _length = indices[i] + 1;
                return false;
            }
        }
        _length = newLen;
        return true;
    }

    internal override bool Delete(in PropertyKey key)
    {
        if (key.IsArrayIndex && _dense)
        {
            if (key.Index < _length && key.Index < (uint)Capacity)
            {
                _items[_start + (int)key.Index] = JsValue.Hole;
                _mayHaveHoles = true;
            }
            return true;
        }
        if (key.IsString && key.Name == "length") return false;
        return base.Delete(key);
    }

    internal override bool PreventExtensions()
    {
        MakeSparse();
        return base.PreventExtensions();
    }

    internal override List<PropertyKey> OwnPropertyKeys()
    {
        var keys = new List<PropertyKey>();
        if (_dense)
        {
            var items = DenseItems;
            for (int i = 0; i < items.Length; i++)
                if (!items[i].IsHole) keys.Add(new PropertyKey((uint)i));
            keys.Add("length");
            CollectOrderedKeys(keys);
            return keys;
        }
        CollectOrderedKeys(keys);
        int firstNonIndex = keys.FindIndex(k => !k.IsArrayIndex);
        keys.Insert(firstNonIndex < 0 ? keys.Count : firstNonIndex, "length");
        return keys;
    }
}
