using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>9.1 The Temporal.PlainYearMonth Constructor and 9.2 its properties.</summary>
internal static class PlainYearMonthConstructor
{
    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainYearMonthPrototype = proto;
        // 9.1.1 Temporal.PlainYearMonth ( isoYear, isoMonth [ , calendar [ , referenceISODay ] ] )
        var ctor = realm.DefineConstructor("PlainYearMonth", 2, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.PlainYearMonth requires 'new'");
            double y = TemporalOptions.ToIntegerWithTruncation(args.At(0));
            double m = TemporalOptions.ToIntegerWithTruncation(args.At(1));
            PlainDateConstructor.RequireCalendarArgument(args.At(2));
            double d = args.At(3).IsUndefined ? 1 : TemporalOptions.ToIntegerWithTruncation(args.At(3));
            if (!IsoDate.IsValid(y, m, d) || !IsoDate.YearMonthWithinLimits(y, m)) throw JsException.RangeError("Invalid ISO year-month");
            var proto2 = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalPlainYearMonthPrototype);
            return new JsPlainYearMonth(proto2, new IsoDate((int)y, (int)m, (int)d));
        }, proto, global: false);
        // 9.2.2 Temporal.PlainYearMonth.from ( item [ , options ] )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsPlainYearMonth.Create(realm, ToTemporalYearMonth(args.At(0), args.At(1))));
        // 9.2.3 Temporal.PlainYearMonth.compare ( one, two )
        realm.DefineMethod(ctor, "compare", 2, (_, args) =>
        {
            var one = ToTemporalYearMonth(args.At(0), JsValue.Undefined);
            var two = ToTemporalYearMonth(args.At(1), JsValue.Undefined);
            return one.CompareTo(two);
        });
        PlainYearMonthPrototype.Setup(realm, proto);
        return ctor;
    }

    // 9.5.x ToTemporalYearMonth
    public static IsoDate ToTemporalYearMonth(JsValue item, JsValue optionsValue)
    {
        if (item.AsObject is { } obj)
        {
            if (obj is JsPlainYearMonth ym)
            {
                TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
                return ym.Date;
            }
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Year | FieldSet.Month | FieldSet.MonthCode, partial: false);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
            return CalendarFields.YearMonthFromFields(fields, overflow);
        }
        if (!item.IsString) throw JsException.TypeError("PlainYearMonth must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.YearMonth);
        CalendarFields.FromParse(parsed);
        TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        if (!IsoDate.YearMonthWithinLimits(parsed.Year, parsed.Month)) throw JsException.RangeError("Year-month is outside the supported range");
        return new IsoDate(parsed.Year, parsed.Month, 1);
    }
}
