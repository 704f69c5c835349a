using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.Duration instance (7.4): its ten fields are immutable internal slots.</summary>
internal sealed class JsTemporalDuration(JsObject prototype, DurationRecord value) : JsObject(prototype)
{
    public DurationRecord Value { get; } = value;

    // 7.5.x CreateTemporalDuration (with the intrinsic prototype)
    public static JsTemporalDuration Create(Realm realm, in DurationRecord value)
    {
        value.ThrowIfInvalid();
        return new JsTemporalDuration(realm.TemporalDurationPrototype, value);
    }

    /// <summary>The last steps of every DifferenceTemporal* operation: TemporalDurationFromInternal, negated for since.</summary>
    public static JsTemporalDuration FromDifference(Realm realm, bool since, in InternalDuration d, TemporalUnit largestUnit)
    {
        var result = DurationMath.FromInternal(d, largestUnit);
        return Create(realm, since ? result.Negated() : result);
    }
}
