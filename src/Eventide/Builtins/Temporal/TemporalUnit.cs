using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>Table 21 Temporal units, largest first (so a smaller value is a larger unit).</summary>
internal enum TemporalUnit
{
    Year, Month, Week, Day, Hour, Minute, Second, Millisecond, Microsecond, Nanosecond,
    /// <summary>The option's "auto" value.</summary>
    Auto,
    /// <summary>The option was absent (the spec's ~unset~).</summary>
    Unset,
}

/// <summary>The unit group a unit-valued option accepts (ValidateTemporalUnitValue).</summary>
internal enum UnitGroup { Date, Time, DateTime }

internal static class TemporalUnits
{
    private static readonly string[] Singular =
        ["year", "month", "week", "day", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    /// <summary>Nanoseconds per unit for the time units (and 24-hour days).</summary>
    private static readonly long[] Lengths =
        [0, 0, 0, 86_400_000_000_000, 3_600_000_000_000, 60_000_000_000, 1_000_000_000, 1_000_000, 1_000, 1];

    public static string Name(TemporalUnit unit) => Singular[(int)unit];

    /// <summary>The unit for a singular or plural name, or null.</summary>
    public static TemporalUnit? FromName(string name)
    {
        for (int i = 0; i < Singular.Length; i++)
            if (name == Singular[i] || (name.Length == Singular[i].Length + 1 && name.StartsWith(Singular[i], StringComparison.Ordinal) && name[^1] == 's'))
                return (TemporalUnit)i;
        return null;
    }

    /// <summary>Table 21's "Length in Nanoseconds" (days count as 24 hours).</summary>
    public static long Length(TemporalUnit unit) => Lengths[(int)unit];

    // 13.18 IsCalendarUnit
    public static bool IsCalendarUnit(TemporalUnit unit) => unit <= TemporalUnit.Week;

    // 13.19 TemporalUnitCategory: date units are day and larger.
    public static bool IsDateUnit(TemporalUnit unit) => unit <= TemporalUnit.Day;

    // 13.17 LargerOfTwoTemporalUnits
    public static TemporalUnit Larger(TemporalUnit a, TemporalUnit b) => a < b ? a : b;

    // 13.21 MaximumTemporalDurationRoundingIncrement (null is ~unset~)
    public static int? MaximumRoundingIncrement(TemporalUnit unit) => unit switch
    {
        <= TemporalUnit.Day => null,
        TemporalUnit.Hour => 24,
        TemporalUnit.Minute or TemporalUnit.Second => 60,
        _ => 1000,
    };

    // 13.15 ValidateTemporalUnitValue
    public static void Validate(TemporalUnit unit, UnitGroup group, string option, TemporalUnit? extra = null)
    {
        if (unit == TemporalUnit.Unset || unit == extra) return;
        bool ok = unit != TemporalUnit.Auto && group switch
        {
            UnitGroup.Date => IsDateUnit(unit),
            UnitGroup.Time => !IsDateUnit(unit),
            _ => true,
        };
        if (!ok) throw JsException.RangeError($"{(unit == TemporalUnit.Auto ? "auto" : Name(unit))} is not a valid value for {option}");
    }
}
