using System.Runtime.InteropServices;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// %TypedArray%.prototype.indexOf, lastIndexOf and includes of a Number in an array of a Number element
/// type, as one search of its elements in place (vectorized for the integer types) instead of reading
/// and comparing each element as a JsValue. Comparing runs no code, so after fromIndex's conversion
/// (which may shrink the buffer: elements past the current length are absent, or read as undefined,
/// which no Number matches) the elements left are the view's current bytes.
/// </summary>
internal static class TypedArrayNumberSearch
{
    /// <summary>
    /// The index of the first (<paramref name="forward"/>) or last element equal to <paramref name="search"/>
    /// among elements <paramref name="from"/> to <paramref name="to"/> inclusive (clipped to the current length),
    /// or -1; equal is IsStrictlyEqual, or SameValueZero (<paramref name="nanMatches"/>: includes) when NaN
    /// finds NaN. False for the general path: Float16, BigInt types, a big-endian host.
    /// </summary>
    public static bool TryFind(JsTypedArray o, double search, long from, long to, bool forward, bool nanMatches, out long found)
    {
        found = -1;
        if (!BitConverter.IsLittleEndian || o.Type is ElementType.Float16 or ElementType.BigInt64 or ElementType.BigUint64) return false;
        to = Math.Min(to, o.Length - 1L);
        if (from > to) return true;
        int size = o.ElementSize;
        var bytes = new ReadOnlySpan<byte>(o.Buffer.Data!, o.ByteOffset + (int)from * size, (int)(to - from + 1) * size);
        int at = o.Type switch
        {
            ElementType.Int8 => IsIntegerIn(search, sbyte.MinValue, sbyte.MaxValue) ? Find(bytes, (sbyte)search, forward) : -1,
            ElementType.Uint8 or ElementType.Uint8Clamped => IsIntegerIn(search, 0, byte.MaxValue) ? Find(bytes, (byte)search, forward) : -1,
            ElementType.Int16 => IsIntegerIn(search, short.MinValue, short.MaxValue) ? Find(bytes, (short)search, forward) : -1,
            ElementType.Uint16 => IsIntegerIn(search, 0, ushort.MaxValue) ? Find(bytes, (ushort)search, forward) : -1,
            ElementType.Int32 => IsIntegerIn(search, int.MinValue, int.MaxValue) ? Find(bytes, (int)search, forward) : -1,
            ElementType.Uint32 => IsIntegerIn(search, 0, uint.MaxValue) ? Find(bytes, (uint)search, forward) : -1,
            // float.Equals and double.Equals: +0 equals -0, and NaN equals NaN (only includes wants that).
            ElementType.Float32 => double.IsNaN(search) ? (nanMatches ? Find(bytes, float.NaN, forward) : -1)
                : (double)(float)search == search ? Find(bytes, (float)search, forward) : -1,
            _ => double.IsNaN(search) && !nanMatches ? -1 : Find(bytes, search, forward),
        };
        if (at >= 0) found = from + at;
        return true;
    }

    /// <summary>An integer Number in [min, max]: the values an integer element can equal.</summary>
    private static bool IsIntegerIn(double n, double min, double max) => n >= min && n <= max && n == Math.Floor(n);

    private static int Find<T>(ReadOnlySpan<byte> bytes, T value, bool forward) where T : unmanaged, IEquatable<T>
    {
        var elements = MemoryMarshal.Cast<byte, T>(bytes);
        return forward ? elements.IndexOf(value) : elements.LastIndexOf(value);
    }
}
