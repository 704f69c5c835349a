using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>Overflow option values (13.6 GetTemporalOverflowOption).</summary>
internal enum Overflow { Constrain, Reject }

/// <summary>13 Abstract operations reading Temporal options bags. A null options object is an empty bag.</summary>
internal static class TemporalOptions
{
    // 13.1 GetOptionsObject
    public static JsObject? GetOptionsObject(JsValue options)
    {
        if (options.IsUndefined) return null;
        return options.AsObject ?? throw JsException.TypeError("Options parameter must be an object");
    }

    // 13.2 GetOption (type string): null when absent.
    public static string? GetStringOption(JsObject? options, string property, string[] allowed)
    {
        if (options is null) return null;
        var value = options.Get(property);
        if (value.IsUndefined) return null;
        var s = Operations.ToString(value);
        if (Array.IndexOf(allowed, s) < 0) throw JsException.RangeError($"{s} is not a valid value for {property}");
        return s;
    }

    /// <summary>The options of round, total and getTimeZoneTransition: a bare string stands for { [key]: string } (an object with a null prototype).</summary>
    public static JsObject? OptionsOrSingleString(JsValue value, string key, string method)
    {
        if (value.IsUndefined) throw JsException.TypeError($"{method} requires an options argument");
        if (!value.IsString) return GetOptionsObject(value);
        var bag = new JsObject((JsObject?)null);
        bag.CreateDataPropertyOrThrow(key, value);
        return bag;
    }

    private static readonly string[] OverflowValues = ["constrain", "reject"];

    // 13.6 GetTemporalOverflowOption
    public static Overflow GetOverflow(JsObject? options) =>
        GetStringOption(options, "overflow", OverflowValues) == "reject" ? Overflow.Reject : Overflow.Constrain;

    // 13.8 GetRoundingModeOption
    public static RoundingMode GetRoundingMode(JsObject? options, RoundingMode fallback)
    {
        var s = GetStringOption(options, "roundingMode", Rounding.ModeNames);
        return s is null ? fallback : (RoundingMode)Array.IndexOf(Rounding.ModeNames, s);
    }

    // 13.9 GetRoundingIncrementOption
    public static int GetRoundingIncrement(JsObject? options)
    {
        if (options is null) return 1;
        var value = options.Get("roundingIncrement");
        if (value.IsUndefined) return 1;
        double n = Operations.ToNumber(value);
        if (double.IsNaN(n) || double.IsInfinity(n)) throw JsException.RangeError("roundingIncrement must be finite");
        double integer = Math.Truncate(n);
        if (integer < 1 || integer > 1e9) throw JsException.RangeError($"roundingIncrement {NumberConversions.ToString(n)} is out of range");
        return (int)integer;
    }

    // 13.10 ValidateTemporalRoundingIncrement
    public static void ValidateRoundingIncrement(int increment, long dividend, bool inclusive)
    {
        long maximum = inclusive ? dividend : dividend - 1;
        if (increment > maximum) throw JsException.RangeError($"roundingIncrement {increment} is out of range");
        if (dividend % increment != 0) throw JsException.RangeError($"roundingIncrement {increment} does not divide {dividend}");
    }

    private static readonly string[] UnitValues = BuildUnitValues();

    private static string[] BuildUnitValues()
    {
        var list = new List<string> { "auto" };
        for (var u = TemporalUnit.Year; u <= TemporalUnit.Nanosecond; u++)
        {
            list.Add(TemporalUnits.Name(u));
            list.Add(TemporalUnits.Name(u) + "s");
        }
        return [.. list];
    }

    // 13.14 GetTemporalUnitValuedOption (Unset when absent; required throws)
    public static TemporalUnit GetUnit(JsObject? options, string key, bool required = false)
    {
        var s = GetStringOption(options, key, UnitValues);
        if (s is null)
            return required ? throw JsException.RangeError($"{key} is required") : TemporalUnit.Unset;
        return s == "auto" ? TemporalUnit.Auto : TemporalUnits.FromName(s)!.Value;
    }

    /// <summary>The fractionalSecondDigits option: -1 is "auto".</summary>
    // 13.12 GetTemporalFractionalSecondDigitsOption
    public static int GetFractionalSecondDigits(JsObject? options)
    {
        if (options is null) return -1;
        var value = options.Get("fractionalSecondDigits");
        if (value.IsUndefined) return -1;
        if (!value.IsNumber)
        {
            var s = Operations.ToString(value);
            return s == "auto" ? -1 : throw JsException.RangeError($"{s} is not a valid value for fractionalSecondDigits");
        }
        double n = value.Number;
        if (double.IsNaN(n) || double.IsInfinity(n)) throw JsException.RangeError("fractionalSecondDigits must be finite");
        double digits = Math.Floor(n);
        if (digits < 0 || digits > 9) throw JsException.RangeError($"fractionalSecondDigits {NumberConversions.ToString(n)} is out of range");
        return (int)digits;
    }

    /// <summary>13.13 ToSecondsStringPrecisionRecord: Precision -1 is "auto", -2 is "minute".</summary>
    public static (int Precision, TemporalUnit Unit, int Increment) ToSecondsStringPrecision(TemporalUnit smallestUnit, int digits) => smallestUnit switch
    {
        TemporalUnit.Minute => (-2, TemporalUnit.Minute, 1),
        TemporalUnit.Second => (0, TemporalUnit.Second, 1),
        TemporalUnit.Millisecond => (3, TemporalUnit.Millisecond, 1),
        TemporalUnit.Microsecond => (6, TemporalUnit.Microsecond, 1),
        TemporalUnit.Nanosecond => (9, TemporalUnit.Nanosecond, 1),
        _ => digits switch
        {
            -1 => (-1, TemporalUnit.Nanosecond, 1),
            0 => (0, TemporalUnit.Second, 1),
            <= 3 => (digits, TemporalUnit.Millisecond, Pow10(3 - digits)),
            <= 6 => (digits, TemporalUnit.Microsecond, Pow10(6 - digits)),
            _ => (digits, TemporalUnit.Nanosecond, Pow10(9 - digits)),
        },
    };

    private static int Pow10(int n) => n == 0 ? 1 : 10 * Pow10(n - 1);

    /// <summary>Reads the toString options common to times: digits, rounding mode, smallest unit (in the spec's order).</summary>
    public static (int Precision, TemporalUnit Unit, int Increment, RoundingMode Mode) GetToStringPrecision(JsObject? options, bool allowMinute, Action? readMoreOptions = null)
    {
        int digits = GetFractionalSecondDigits(options);
        var mode = GetRoundingMode(options, RoundingMode.Trunc);
        var smallest = GetUnit(options, "smallestUnit");
        readMoreOptions?.Invoke();
        TemporalUnits.Validate(smallest, UnitGroup.Time, "smallestUnit");
        if (smallest == TemporalUnit.Hour || (!allowMinute && smallest == TemporalUnit.Minute))
            throw JsException.RangeError($"{TemporalUnits.Name(smallest)} is not a valid value for smallestUnit");
        var (precision, unit, increment) = ToSecondsStringPrecision(smallest, digits);
        return (precision, unit, increment, mode);
    }

    // 13.39 ToIntegerWithTruncation
    public static double ToIntegerWithTruncation(JsValue value)
    {
        double n = Operations.ToNumber(value);
        if (double.IsNaN(n) || double.IsInfinity(n)) throw JsException.RangeError("Infinity or NaN is not an integer");
        return Math.Truncate(n) + 0.0;
    }

    // 13.40 ToIntegerIfIntegral
    public static double ToIntegerIfIntegral(JsValue value)
    {
        double n = Operations.ToNumber(value);
        if (double.IsNaN(n) || double.IsInfinity(n) || Math.Truncate(n) != n)
            throw JsException.RangeError($"{NumberConversions.ToString(n)} is not an integer");
        return n + 0.0;
    }
}
