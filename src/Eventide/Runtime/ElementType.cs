using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Eventide.Runtime;

/// <summary>The element types of Table 71 (23.2): one per TypedArray constructor and DataView accessor pair.</summary>
internal enum ElementType : byte
{
    Int8, Uint8, Uint8Clamped, Int16, Uint16, Int32, Uint32, Float16, Float32, Float64, BigInt64, BigUint64,
}

/// <summary>
/// Element sizes, names and the raw byte conversions shared by typed arrays, DataView and Atomics
/// (25.1.3.15 RawBytesToNumeric, 25.1.3.18 NumericToRawBytes). Multi-byte values go through
/// System.Buffers.Binary.BinaryPrimitives; Float16 through System.Half.
/// </summary>
internal static class ElementTypes
{
    public const int Count = 12;

    private static readonly string[] Names =
    [
        "Int8", "Uint8", "Uint8Clamped", "Int16", "Uint16", "Int32", "Uint32", "Float16", "Float32", "Float64", "BigInt64", "BigUint64",
    ];

    private static readonly byte[] Sizes = [1, 1, 1, 2, 2, 4, 4, 2, 4, 8, 8, 8];

    /// <summary>The type's name as in Table 71 ("Int8", "Uint8Clamped"...).</summary>
    public static string Name(ElementType type) => Names[(int)type];

    /// <summary>The TypedArray constructor's name ("Int8Array").</summary>
    public static string ArrayName(ElementType type) => Names[(int)type] + "Array";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Size(ElementType type) => Sizes[(int)type];

    /// <summary>True for BigInt64 and BigUint64, whose content type is BigInt.</summary>
    public static bool IsBigInt(ElementType type) => type >= ElementType.BigInt64;

    /// <summary>ToBigInt or ToNumber by content type: the value a write converts to before any check.</summary>
    public static JsValue ToNumericFor(ElementType type, JsValue value)
    {
        if (IsBigInt(type)) return value.IsBigInt ? value : Builtins.BigIntConstructor.ToBigInt(value);
        return value.IsNumber ? value : new JsValue(Operations.ToNumber(value));
    }

    /// <summary>25.1.3.15 RawBytesToNumeric: reads one element of <paramref name="type"/> at <paramref name="byteIndex"/>.</summary>
    public static JsValue Read(byte[] data, int byteIndex, ElementType type, bool littleEndian = true)
    {
        var span = data.AsSpan(byteIndex);
        switch (type)
        {
            case ElementType.Int8: return (sbyte)data[byteIndex];
            case ElementType.Uint8:
            case ElementType.Uint8Clamped: return data[byteIndex];
            case ElementType.Int16: return littleEndian ? BinaryPrimitives.ReadInt16LittleEndian(span) : BinaryPrimitives.ReadInt16BigEndian(span);
            case ElementType.Uint16: return littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(span) : BinaryPrimitives.ReadUInt16BigEndian(span);
            case ElementType.Int32: return littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(span) : BinaryPrimitives.ReadInt32BigEndian(span);
            case ElementType.Uint32: return (double)(littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(span) : BinaryPrimitives.ReadUInt32BigEndian(span));
            case ElementType.Float16: return (double)(littleEndian ? BinaryPrimitives.ReadHalfLittleEndian(span) : BinaryPrimitives.ReadHalfBigEndian(span));
            case ElementType.Float32: return (double)(littleEndian ? BinaryPrimitives.ReadSingleLittleEndian(span) : BinaryPrimitives.ReadSingleBigEndian(span));
            case ElementType.Float64: return littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(span) : BinaryPrimitives.ReadDoubleBigEndian(span);
            case ElementType.BigInt64: return new JsBigInt(littleEndian ? BinaryPrimitives.ReadInt64LittleEndian(span) : BinaryPrimitives.ReadInt64BigEndian(span));
            default: return new JsBigInt(littleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(span) : BinaryPrimitives.ReadUInt64BigEndian(span));
        }
    }

    /// <summary>
    /// 25.1.3.18 NumericToRawBytes: writes <paramref name="numeric"/> (already a Number, or a BigInt for the
    /// BigInt types) as one element of <paramref name="type"/>.
    /// </summary>
    public static void Write(byte[] data, int byteIndex, ElementType type, JsValue numeric, bool littleEndian = true)
    {
        var span = data.AsSpan(byteIndex);
        if (IsBigInt(type))
        {
            ulong bits = ToBigUint64(numeric.BigInt.Value);
            if (littleEndian) BinaryPrimitives.WriteUInt64LittleEndian(span, bits);
            else BinaryPrimitives.WriteUInt64BigEndian(span, bits);
            return;
        }
        double n = numeric.Number;
        // NaN is stored as V8 stores it (the positive quiet NaN), whatever the sign .NET gave it.
        if (double.IsNaN(n)) n = CanonicalNaN;
        switch (type)
        {
            case ElementType.Int8:
            case ElementType.Uint8: data[byteIndex] = (byte)Operations.DoubleToInt32(n); break;
            case ElementType.Uint8Clamped: data[byteIndex] = ToUint8Clamp(n); break;
            case ElementType.Int16:
            case ElementType.Uint16:
                {
                    ushort v = (ushort)Operations.DoubleToInt32(n);
                    if (littleEndian) BinaryPrimitives.WriteUInt16LittleEndian(span, v); else BinaryPrimitives.WriteUInt16BigEndian(span, v);
                    break;
                }
            case ElementType.Int32:
            case ElementType.Uint32:
                {
                    uint v = (uint)Operations.DoubleToInt32(n);
                    if (littleEndian) BinaryPrimitives.WriteUInt32LittleEndian(span, v); else BinaryPrimitives.WriteUInt32BigEndian(span, v);
                    break;
                }
            case ElementType.Float16:
                {
                    var v = (Half)n;
                    if (littleEndian) BinaryPrimitives.WriteHalfLittleEndian(span, v); else BinaryPrimitives.WriteHalfBigEndian(span, v);
                    break;
                }
            case ElementType.Float32:
                {
                    float v = (float)n;
                    if (littleEndian) BinaryPrimitives.WriteSingleLittleEndian(span, v); else BinaryPrimitives.WriteSingleBigEndian(span, v);
                    break;
                }
            default:
                if (littleEndian) BinaryPrimitives.WriteDoubleLittleEndian(span, n); else BinaryPrimitives.WriteDoubleBigEndian(span, n);
                break;
        }
    }

    private static readonly double CanonicalNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    /// <summary>7.1.12 ToUint8Clamp (on a Number)</summary>
    public static byte ToUint8Clamp(double n)
    {
        if (double.IsNaN(n) || n <= 0) return 0;
        if (n >= 255) return 255;
        return (byte)Math.Round(n, MidpointRounding.ToEven);
    }

    /// <summary>7.1.16 ToBigUint64 (on a BigInt): the value modulo 2^64.</summary>
    public static ulong ToBigUint64(BigInteger value) => (ulong)(value & ulong.MaxValue);

    /// <summary>The value as one element of <paramref name="type"/> reads it back (the conversion a write applies).</summary>
    public static JsValue Normalize(ElementType type, JsValue numeric)
    {
        var bytes = new byte[8];
        Write(bytes, 0, type, numeric);
        return Read(bytes, 0, type);
    }
}
