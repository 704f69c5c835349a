using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>10.1 The Temporal.PlainMonthDay Constructor and 10.2 its properties.</summary>
internal static class PlainMonthDayConstructor
{
    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainMonthDayPrototype = proto;
        // 10.1.1 Temporal.PlainMonthDay ( isoMonth, isoDay [ , calendar [ , referenceISOYear ] ] )
        var ctor = realm.DefineConstructor("PlainMonthDay", 2, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.PlainMonthDay requires 'new'");
            double m = TemporalOptions.ToIntegerWithTruncation(args.At(0));
            double d = TemporalOptions.ToIntegerWithTruncation(args.At(1));
            PlainDateConstructor.RequireCalendarArgument(args.At(2));
            double y = args.At(3).IsUndefined ? 1972 : TemporalOptions.ToIntegerWithTruncation(args.At(3));
            if (!IsoDate.IsValid(y, m, d) || !IsoDate.WithinLimits((long)y, (long)m, (long)d)) throw JsException.RangeError("Invalid ISO month-day");
            var proto2 = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalPlainMonthDayPrototype);
            return new JsPlainMonthDay(proto2, new IsoDate((int)y, (int)m, (int)d));
        }, proto, global: false);
        // 10.2.2 Temporal.PlainMonthDay.from ( item [ , options ] )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsPlainMonthDay.Create(realm, ToTemporalMonthDay(args.At(0), args.At(1))));
        PlainMonthDayPrototype.Setup(realm, proto);
        return ctor;
    }

    // 10.5.x ToTemporalMonthDay
    public static IsoDate ToTemporalMonthDay(JsValue item, JsValue optionsValue)
    {
        if (item.AsObject is { } obj)
        {
            if (obj is JsPlainMonthDay md)
            {
                TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
                return md.Date;
            }
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Date, partial: false);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
            return CalendarFields.MonthDayFromFields(fields, overflow);
        }
        if (!item.IsString) throw JsException.TypeError("PlainMonthDay must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.MonthDay);
        CalendarFields.FromParse(parsed);
        TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        return new IsoDate(1972, parsed.Month, parsed.Day);
    }
}
