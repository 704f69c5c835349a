using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Eventide.Runtime;

/// <summary>
/// 10.4.5 TypedArray exotic objects: integer-indexed views over a <see cref="JsArrayBuffer"/>. Numeric
/// keys (CanonicalNumericIndexString) never reach the shape: they read and write the buffer, or are
/// absent. Named keys are ordinary. Over an immutable buffer, elements are non-writable and
/// non-configurable and every write fails (proposal-immutable-arraybuffer).
/// </summary>
internal sealed class JsTypedArray : JsObject
{
    public readonly ElementType Type;
    /// <summary>[[ViewedArrayBuffer]]</summary>
    public readonly JsArrayBuffer Buffer;
    /// <summary>[[ByteOffset]]</summary>
    public readonly int ByteOffset;
    /// <summary>[[ArrayLength]], or -1 (auto) for a length-tracking view.</summary>
    private readonly int _fixedLength;
    /// <summary>The fixed length, 0 for a length-tracking view: the fast paths' one unsigned compare of an index.</summary>
    private readonly int _fixedLengthOrZero;
    private readonly int _elementSize;
    /// <summary>IsImmutableBuffer([[ViewedArrayBuffer]]), copied since a buffer's immutability never changes.</summary>
    public readonly bool IsImmutable;
    /// <summary>
    /// A Number can be stored by <see cref="SetByNumberKey"/> without user code or failure: a Number
    /// element type over a mutable buffer (the interpreter's one check before its fast path).
    /// </summary>
    public readonly bool StoresNumbersInPlace;
    /// <summary>Where a fixed-length view's bytes end (ByteOffset + length × element size); -1 when length-tracking.</summary>
    private readonly long _fixedByteEnd;

    internal JsTypedArray(JsObject prototype, ElementType type, JsArrayBuffer buffer, int byteOffset, int length) : base(prototype)
    {
        Type = type;
        Buffer = buffer;
        ByteOffset = byteOffset;
        _fixedLength = length;
        _fixedLengthOrZero = Math.Max(length, 0);
        _elementSize = ElementTypes.Size(type);
        IsImmutable = buffer.IsImmutable;
        StoresNumbersInPlace = !IsBigInt && !IsImmutable;
        _fixedByteEnd = length < 0 ? -1 : byteOffset + (long)length * _elementSize;
    }

    internal override string ClassName => ElementTypes.ArrayName(Type);
    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;
    /// <summary>Named keys live in the shape and are ordinary; the keys typed arrays read as elements
    /// (<see cref="IsElementKey"/>) are virtual, and inline caches never remember those.</summary>
    internal override bool CachesNamedProperties => true;

    public int ElementSize => _elementSize;
    /// <summary>True when the view tracks its (resizable) buffer's length ([[ArrayLength]] is auto).</summary>
    public bool IsLengthTracking => _fixedLength < 0;
    /// <summary>[[ContentType]] is BigInt.</summary>
    public bool IsBigInt => Type >= ElementType.BigInt64;

    /// <summary>10.4.5.12 IsTypedArrayOutOfBounds (detached counts as out of bounds)</summary>
    public bool IsOutOfBounds
    {
        get
        {
            var data = Buffer.Data;
            if (data is null) return true;
            if (ByteOffset > data.Length) return true;
            return _fixedLength >= 0 && ByteOffset + (long)_fixedLength * _elementSize > data.Length;
        }
    }

    /// <summary>10.4.5.14 TypedArrayLength, or 0 when out of bounds (the length methods see).</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var data = Buffer.Data;
            if (data is null) return 0;
            // A fixed-length view ends at or after its offset: in bounds when its end is.
            if (_fixedLength >= 0) return _fixedByteEnd <= data.Length ? _fixedLength : 0;
            if (ByteOffset > data.Length) return 0;
            return (data.Length - ByteOffset) / _elementSize;
        }
    }

    /// <summary>10.4.5.13 TypedArrayByteLength, or 0 when out of bounds.</summary>
    public int ByteLength => Length * _elementSize;

    /// <summary>10.4.5.18 IsValidIntegerIndex</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsValidIntegerIndex(double index)
    {
        if (!(index >= 0 && index < Length)) return false;
        // Integral and not -0 (the range check above already took NaN and negatives out).
        return index == Math.Floor(index) && !(index == 0 && double.IsNegative(index));
    }

    /// <summary>10.4.5.19 TypedArrayGetElement: the element, or undefined for an invalid index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue GetElement(double index)
    {
        if (!IsValidIntegerIndex(index)) return JsValue.Undefined;
        return ElementTypes.Read(Buffer.Data!, ByteOffset + (int)index * _elementSize, Type);
    }

    /// <summary>
    /// [[Get]] of a Number key: CanonicalNumericIndexString(ToPropertyKey(key)) is the number itself,
    /// except that -0 prints as "0" and so names element 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue GetByNumberKey(double key)
    {
        JsValue element = default;
        return TryReadNumberInto(key, ref element) ? element : GetByNumberKeySlow(key);
    }

    /// <summary><see cref="GetByNumberKey"/> past its common case: TypedArrayGetElement of the canonical numeric key.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public JsValue GetByNumberKeySlow(double key) => GetElement(key + 0.0);

    /// <summary>
    /// <see cref="GetByNumberKey"/>'s common case written straight into <paramref name="slot"/> (a register: no
    /// struct temporary): an integer index inside a fixed-length view in bounds, of a Number element type other
    /// than Float16. False, with <paramref name="slot"/> untouched, for everything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadNumberInto(double key, ref JsValue slot)
    {
        if (!BitConverter.IsLittleEndian || !TryFixedElementOffset(key, out var data, out int at)) return false;
        // Unchecked: TryFixedElementOffset proved the element inside the array.
        ref byte element = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(data), at);
        switch (Type)
        {
            case ElementType.Uint8:
            case ElementType.Uint8Clamped: JsValue.StoreInt32(ref slot, element); return true;
            case ElementType.Int8: JsValue.StoreInt32(ref slot, (sbyte)element); return true;
            case ElementType.Int16: JsValue.StoreInt32(ref slot, Unsafe.ReadUnaligned<short>(ref element)); return true;
            case ElementType.Uint16: JsValue.StoreInt32(ref slot, Unsafe.ReadUnaligned<ushort>(ref element)); return true;
            case ElementType.Int32: JsValue.StoreInt32(ref slot, Unsafe.ReadUnaligned<int>(ref element)); return true;
            case ElementType.Uint32: JsValue.StoreUint32(ref slot, Unsafe.ReadUnaligned<uint>(ref element)); return true;
            case ElementType.Float32: JsValue.StoreNumber(ref slot, Unsafe.ReadUnaligned<float>(ref element)); return true;
            case ElementType.Float64: JsValue.StoreNumber(ref slot, Unsafe.ReadUnaligned<double>(ref element)); return true;
        }
        return false;
    }

    /// <summary>[[Set]] of a Number key on the typed array itself (the receiver): see <see cref="GetByNumberKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetByNumberKey(double key, JsValue value)
    {
        // A Number into a Number type over a mutable buffer: no conversion can run user code, so write in place.
        if (value.IsNumber && StoresNumbersInPlace) SetNumberByNumberKey(key, value.Number);
        else SetElement(key + 0.0, value);
    }

    /// <summary><see cref="SetByNumberKey"/> of a Number when <see cref="StoresNumbersInPlace"/> (the caller checked both).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetNumberByNumberKey(double key, double n)
    {
        if (BitConverter.IsLittleEndian && TryFixedElementOffset(key, out var data, out int at))
        {
            // Unchecked: TryFixedElementOffset proved the element inside the array. The integer types keep
            // ToInt32's low bits (ToInt8, ToUint16, ... are ToInt32 modulo their width).
            ref byte element = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(data), at);
            switch (Type)
            {
                case ElementType.Uint8:
                case ElementType.Int8: element = (byte)Operations.DoubleToInt32(n); return;
                case ElementType.Int16:
                case ElementType.Uint16: Unsafe.WriteUnaligned(ref element, (short)Operations.DoubleToInt32(n)); return;
                case ElementType.Int32:
                case ElementType.Uint32: Unsafe.WriteUnaligned(ref element, Operations.DoubleToInt32(n)); return;
                case ElementType.Float64 when !double.IsNaN(n): Unsafe.WriteUnaligned(ref element, n); return;
            }
            ElementTypes.Write(data, at, Type, new JsValue(n));
            return;
        }
        SetElement(key + 0.0, new JsValue(n));
    }

    /// <summary>
    /// The byte offset of element <paramref name="key"/> when it is an integer index inside a
    /// fixed-length view that is in bounds (the common case the fast paths above take); false for
    /// everything else (fractions, -1, out of range, detached or shrunk buffers, length-tracking views).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryFixedElementOffset(double key, out byte[] data, out int at)
    {
        data = Buffer.Data!;
        // cvttsd2si: int.MinValue for NaN and out of range (C#'s (int) saturates, at the cost of a compare and a select).
        int index = Sse2.IsSupported ? Sse2.ConvertToInt32WithTruncation(Vector128.CreateScalarUnsafe(key)) : (int)key;
        if ((uint)index < (uint)_fixedLengthOrZero && index == key && data is not null && _fixedByteEnd <= data.Length)
        {
            at = ByteOffset + index * _elementSize;
            return true;
        }
        at = 0;
        return false;
    }

    /// <summary>Reads element <paramref name="index"/>, which the caller knows is valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue GetValidElement(int index) => ElementTypes.Read(Buffer.Data!, ByteOffset + index * _elementSize, Type);

    /// <summary>10.4.5.20 TypedArraySetElement: converts first (which may run user code), then writes if the index is still valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetElement(double index, JsValue value)
    {
        var numeric = ElementTypes.ToNumericFor(Type, value);
        if (IsValidIntegerIndex(index)) ElementTypes.Write(Buffer.Data!, ByteOffset + (int)index * _elementSize, Type, numeric);
    }

    /// <summary>Writes an already converted value at an index the caller knows is valid.</summary>
    public void SetValidElement(int index, JsValue numeric) =>
        ElementTypes.Write(Buffer.Data!, ByteOffset + index * _elementSize, Type, numeric);

    /// <summary>
    /// True for a key that typed arrays read and write as an element (a CanonicalNumericIndexString:
    /// "0", "-0", "1.5", "Infinity", "NaN"), whatever the object. Typed arrays share shapes with ordinary
    /// objects of the same prototype, and only for these keys do their [[Get]] and [[Set]] differ from
    /// ordinary ones: so inline caches never remember them where the receiver's shape lacks the key
    /// (a typed array's shape never holds one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsElementKey(in PropertyKey key) =>
        key.IsArrayIndex || (key.NameOrNull is { Length: > 0 } s && s[0] is (>= '0' and <= '9') or '-' or 'I' or 'N' && TryCanonicalNumericIndex(key, out _));

    /// <summary>7.1.21 CanonicalNumericIndexString: true (with the number) when the key is a numeric string.</summary>
    public static bool TryCanonicalNumericIndex(in PropertyKey key, out double index)
    {
        index = 0;
        if (key.IsArrayIndex) { index = key.Index; return true; }
        if (!key.IsString) return false;
        string s = key.Name;
        if (s.Length == 0) return false;
        char c = s[0];
        if (!(c is (>= '0' and <= '9') or '-' or 'I' or 'N')) return false;
        // Of the names starting with a letter, only these two print as themselves.
        if (c is 'I' or 'N')
        {
            if (s != "Infinity" && s != "NaN") return false;
            index = c == 'I' ? double.PositiveInfinity : double.NaN;
            return true;
        }
        if (s == "-0") { index = -0.0; return true; }
        double n = NumberConversions.StringToNumber(s);
        if (NumberConversions.ToString(n) != s) return false;
        index = n;
        return true;
    }

    /// <summary>10.4.5.1 [[GetOwnProperty]]</summary>
    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        if (!TryCanonicalNumericIndex(key, out double index)) return base.GetOwnProperty(key, out desc);
        var value = GetElement(index);
        desc = value.IsUndefined ? default : PropertyDescriptor.Data(value, IsImmutable ? PropertyFlags.Enumerable : PropertyFlags.Default);
        return !value.IsUndefined;
    }

    /// <summary>10.4.5.2 [[HasProperty]]</summary>
    internal override bool HasProperty(in PropertyKey key) =>
        TryCanonicalNumericIndex(key, out double index) ? IsValidIntegerIndex(index) : base.HasProperty(key);

    /// <summary>10.4.5.3 [[DefineOwnProperty]]</summary>
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (!TryCanonicalNumericIndex(key, out double index)) return OrdinaryDefineOwnProperty(key, desc);
        if (!IsValidIntegerIndex(index)) return false;
        // An immutable element can only be "redefined" as itself (ValidateAndApplyPropertyDescriptor against a frozen current).
        if (IsImmutable)
            return Builtins.DescriptorConversions.IsCompatiblePropertyDescriptor(false, desc, true, PropertyDescriptor.Data(GetElement(index), PropertyFlags.Enumerable));
        if (desc.Has(DescriptorFields.Configurable) && !desc.Configurable) return false;
        if (desc.Has(DescriptorFields.Enumerable) && !desc.Enumerable) return false;
        if (desc.IsAccessor) return false;
        if (desc.Has(DescriptorFields.Writable) && !desc.Writable) return false;
        if (desc.Has(DescriptorFields.Value)) SetElement(index, desc.Value);
        return true;
    }

    /// <summary>10.4.5.4 [[Get]]</summary>
    internal override JsValue Get(in PropertyKey key, JsValue receiver) =>
        TryCanonicalNumericIndex(key, out double index) ? GetElement(index) : base.Get(key, receiver);

    /// <summary>10.4.5.5 [[Set]]</summary>
    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (TryCanonicalNumericIndex(key, out double index))
        {
            if (IsImmutable) return false;
            if (receiver.Ref == (object)this)
            {
                SetElement(index, value);
                return true;
            }
            if (!IsValidIntegerIndex(index)) return true;
        }
        return base.Set(key, value, receiver);
    }

    /// <summary>10.4.5.6 [[Delete]]</summary>
    internal override bool Delete(in PropertyKey key) =>
        TryCanonicalNumericIndex(key, out double index) ? !IsValidIntegerIndex(index) : base.Delete(key);

    /// <summary>10.4.5.7 [[OwnPropertyKeys]]</summary>
    internal override List<PropertyKey> OwnPropertyKeys()
    {
        int length = Length;
        var keys = new List<PropertyKey>(length + Shape.Count);
        for (int i = 0; i < length; i++) keys.Add(new PropertyKey((uint)i));
        CollectOrderedKeys(keys);
        return keys;
    }

    /// <summary>[[PreventExtensions]] (10.4.5 with resizable buffers): a length-tracking or resizable-backed view stays extensible.</summary>
    internal override bool PreventExtensions()
    {
        if (_fixedLength < 0 || (Buffer.IsResizable && !Buffer.IsShared)) return false;
        return base.PreventExtensions();
    }
}
