namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // Set up by the Temporal builtins (Builtins/Temporal).
    public JsObject TemporalDurationPrototype = null!;
    public JsObject TemporalPlainDatePrototype = null!;
    public JsObject TemporalPlainTimePrototype = null!;
    public JsObject TemporalPlainDateTimePrototype = null!;
    public JsObject TemporalInstantPrototype = null!;
    public JsObject TemporalZonedDateTimePrototype = null!;
    public JsObject TemporalPlainYearMonthPrototype = null!;
    public JsObject TemporalPlainMonthDayPrototype = null!;
}
