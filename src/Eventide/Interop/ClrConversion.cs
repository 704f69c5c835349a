using System.Numerics;
using Eventide.Builtins;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// The scalar half of <see cref="Engine.ToClr{T}(JsValue)"/>: one JavaScript value to a .NET scalar,
/// strictly, with node's errors naming the value (<c>The "name" argument must be of type number...</c>).
/// </summary>
internal readonly struct ClrConversion(Realm realm, string name, string noun)
{
    private const long UnixEpochTicks = 621355968000000000;

    public double Number(JsValue value) => value.IsNumber ? value.Number : throw Expected(value, "of type number");

    public bool Boolean(JsValue value) => value.IsBoolean ? value.Boolean : throw Expected(value, "of type boolean");

    public string String(JsValue value) => value.IsString ? value.String : throw Expected(value, "of type string");

    /// <summary>An integral number in [min, max] (node's validateInteger: ERR_OUT_OF_RANGE otherwise).</summary>
    public double Integer(JsValue value, double min, double max)
    {
        double n = Number(value);
        if (Math.Floor(n) != n || double.IsInfinity(n)) throw OutOfRange("an integer", n);
        if (n < min || n > max) throw OutOfRange($">= {Format(min)} && <= {Format(max)}", n);
        return n;
    }

    /// <summary>A bigint, or an integral number, in [min, max].</summary>
    private BigInteger BigInteger(JsValue value, BigInteger? min, BigInteger? max)
    {
        if (!value.IsBigInt) return new BigInteger(Integer(value, min is { } lo ? (double)lo : double.NegativeInfinity, max is { } hi ? (double)hi : double.PositiveInfinity));
        var n = value.BigInt.Value;
        if (n < min || n > max) throw Coded(ErrorKind.RangeError, "ERR_OUT_OF_RANGE", $"The value of \"{name}\" is out of range. It must be >= {min} && <= {max}. Received {n}n");
        return n;
    }

    /// <summary>The value as <paramref name="type"/> when it is a scalar type this knows; null when it is not one.</summary>
    public object? Scalar(JsValue value, Type type)
    {
        if (type == typeof(double)) return Number(value);
        if (type == typeof(int)) return (int)Integer(value, int.MinValue, int.MaxValue);
        if (type == typeof(bool)) return Boolean(value);
        if (type == typeof(string)) return String(value);
        if (type == typeof(float)) return (float)Number(value);
        if (type == typeof(decimal)) return (decimal)Number(value);
        if (type == typeof(long)) return (long)BigInteger(value, long.MinValue, long.MaxValue);
        if (type == typeof(ulong)) return (ulong)BigInteger(value, ulong.MinValue, ulong.MaxValue);
        if (type == typeof(BigInteger)) return BigInteger(value, null, null);
        if (type == typeof(short)) return (short)Integer(value, short.MinValue, short.MaxValue);
        if (type == typeof(ushort)) return (ushort)Integer(value, ushort.MinValue, ushort.MaxValue);
        if (type == typeof(byte)) return (byte)Integer(value, byte.MinValue, byte.MaxValue);
        if (type == typeof(sbyte)) return (sbyte)Integer(value, sbyte.MinValue, sbyte.MaxValue);
        if (type == typeof(uint)) return (uint)Integer(value, uint.MinValue, uint.MaxValue);
        if (type == typeof(char)) return Char(value);
        if (type == typeof(DateTime)) return new DateTime(DateTicks(value), DateTimeKind.Utc);
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(DateTicks(value), TimeSpan.Zero);
        if (type == typeof(Guid)) return Guid.TryParse(String(value), out var guid) ? guid : throw InvalidValue(value, "must be a GUID");
        if (type.IsEnum) return Enum(value, type);
        return null;
    }

    private char Char(JsValue value)
    {
        string s = String(value);
        return s.Length == 1 ? s[0] : throw InvalidValue(value, "must be a single character");
    }

    private long DateTicks(JsValue value)
    {
        if (value.AsObject is not JsDate date) throw Expected(value, "an instance of Date");
        if (double.IsNaN(date.DateValue)) throw InvalidValue(value, "must be a valid Date");
        return UnixEpochTicks + (long)date.DateValue * TimeSpan.TicksPerMillisecond;
    }

    /// <summary>An enum from its underlying number or a member's name (case-sensitive).</summary>
    private object Enum(JsValue value, Type type)
    {
        if (value.IsString)
            return System.Enum.TryParse(type, value.String, ignoreCase: false, out var named) && value.String is [var first, ..] && !char.IsAsciiDigit(first) && first != '-'
                ? named!
                : throw InvalidValue(value, $"must be one of: {string.Join(", ", System.Enum.GetNames(type).Select(n => $"'{n}'"))}");
        if (value.IsNumber) return System.Enum.ToObject(type, (long)Integer(value, long.MinValue, long.MaxValue));
        throw Expected(value, "of type number or string");
    }

    /// <summary>ERR_INVALID_ARG_TYPE: The "name" argument must be REQUIREMENT. Received ...</summary>
    public JsException Expected(JsValue actual, string requirement) => CodedErrors.InvalidArg(realm, name, requirement, actual, noun);

    private JsException InvalidValue(JsValue actual, string reason) => CodedErrors.InvalidArgValue(realm, name, actual, reason);

    private JsException OutOfRange(string range, double received) => CodedErrors.OutOfRange(realm, name, range, Format(received));

    private JsException Coded(ErrorKind kind, string code, string message) => CodedErrors.Coded(realm, kind, code, message);

    private static string Format(double n) => NumberConversions.ToString(n);
}
