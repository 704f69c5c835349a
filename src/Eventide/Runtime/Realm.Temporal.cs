namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // The Temporal types, created on first use (Builtins/Intrinsics.Temporal.cs): by the Temporal
    // namespace's property, or by the engine when it makes the first object of the type.
    internal LazyIntrinsic TemporalDuration = null!;
    internal LazyIntrinsic TemporalPlainDate = null!;
    internal LazyIntrinsic TemporalPlainTime = null!;
    internal LazyIntrinsic TemporalPlainDateTime = null!;
    internal LazyIntrinsic TemporalInstant = null!;
    internal LazyIntrinsic TemporalZonedDateTime = null!;
    internal LazyIntrinsic TemporalPlainYearMonth = null!;
    internal LazyIntrinsic TemporalPlainMonthDay = null!;

    // Set by each type's setup (Builtins/Temporal), which the first read runs.
    public JsObject TemporalDurationPrototype { get => field ?? TemporalDuration.Prototype; set; }
    public JsObject TemporalPlainDatePrototype { get => field ?? TemporalPlainDate.Prototype; set; }
    public JsObject TemporalPlainTimePrototype { get => field ?? TemporalPlainTime.Prototype; set; }
    public JsObject TemporalPlainDateTimePrototype { get => field ?? TemporalPlainDateTime.Prototype; set; }
    public JsObject TemporalInstantPrototype { get => field ?? TemporalInstant.Prototype; set; }
    public JsObject TemporalZonedDateTimePrototype { get => field ?? TemporalZonedDateTime.Prototype; set; }
    public JsObject TemporalPlainYearMonthPrototype { get => field ?? TemporalPlainYearMonth.Prototype; set; }
    public JsObject TemporalPlainMonthDayPrototype { get => field ?? TemporalPlainMonthDay.Prototype; set; }
}
