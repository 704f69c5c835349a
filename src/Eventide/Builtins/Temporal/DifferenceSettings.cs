using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>13.x GetDifferenceSettings: the options of until/since.</summary>
internal readonly record struct DifferenceSettings(TemporalUnit SmallestUnit, TemporalUnit LargestUnit, RoundingMode Mode, int Increment)
{
    public static DifferenceSettings Get(bool since, JsObject? options, UnitGroup group, TemporalUnit fallbackSmallest, TemporalUnit smallestLargestDefault)
    {
        var largest = TemporalOptions.GetUnit(options, "largestUnit");
        int increment = TemporalOptions.GetRoundingIncrement(options);
        var mode = TemporalOptions.GetRoundingMode(options, RoundingMode.Trunc);
        var smallest = TemporalOptions.GetUnit(options, "smallestUnit");
        TemporalUnits.Validate(largest, group, "largestUnit", TemporalUnit.Auto);
        if (largest == TemporalUnit.Unset) largest = TemporalUnit.Auto;
        TemporalUnits.Validate(smallest, group, "smallestUnit");
        if (smallest == TemporalUnit.Unset) smallest = fallbackSmallest;
        if (largest == TemporalUnit.Auto) largest = TemporalUnits.Larger(smallestLargestDefault, smallest);
        if (TemporalUnits.Larger(largest, smallest) != largest)
            throw JsException.RangeError($"largestUnit {TemporalUnits.Name(largest)} is smaller than smallestUnit {TemporalUnits.Name(smallest)}");
        if (TemporalUnits.MaximumRoundingIncrement(smallest) is { } maximum)
            TemporalOptions.ValidateRoundingIncrement(increment, maximum, inclusive: false);
        if (since) mode = NegateMode(mode);
        return new DifferenceSettings(smallest, largest, mode, increment);
    }

    // 13.x NegateRoundingMode
    public static RoundingMode NegateMode(RoundingMode mode) => mode switch
    {
        RoundingMode.Ceil => RoundingMode.Floor,
        RoundingMode.Floor => RoundingMode.Ceil,
        RoundingMode.HalfCeil => RoundingMode.HalfFloor,
        RoundingMode.HalfFloor => RoundingMode.HalfCeil,
        _ => mode,
    };
}
