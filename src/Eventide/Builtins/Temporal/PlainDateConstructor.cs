using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>3.1 The Temporal.PlainDate Constructor and 3.2 its properties.</summary>
internal static class PlainDateConstructor
{
    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainDatePrototype = proto;
        // 3.1.1 Temporal.PlainDate ( isoYear, isoMonth, isoDay [ , calendar ] )
        var ctor = realm.DefineConstructor("PlainDate", 3, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.PlainDate requires 'new'");
            double y = TemporalOptions.ToIntegerWithTruncation(args.At(0));
            double m = TemporalOptions.ToIntegerWithTruncation(args.At(1));
            double d = TemporalOptions.ToIntegerWithTruncation(args.At(2));
            RequireCalendarArgument(args.At(3));
            if (!IsoDate.IsValid(y, m, d) || !IsoDate.WithinLimits((long)y, (long)m, (long)d))
                throw JsException.RangeError("Invalid ISO date");
            var proto2 = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalPlainDatePrototype);
            return new JsPlainDate(proto2, new IsoDate((int)y, (int)m, (int)d));
        }, proto, global: false);
        // 3.2.2 Temporal.PlainDate.from ( item [ , options ] )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsPlainDate.Create(realm, ToTemporalDate(args.At(0), args.At(1))));
        // 3.2.3 Temporal.PlainDate.compare ( one, two )
        realm.DefineMethod(ctor, "compare", 2, (_, args) =>
        {
            var one = ToTemporalDate(args.At(0), JsValue.Undefined);
            var two = ToTemporalDate(args.At(1), JsValue.Undefined);
            return one.CompareTo(two);
        });
        PlainDatePrototype.Setup(realm, proto);
        return ctor;
    }

    /// <summary>The optional calendar argument of a constructor: a string naming iso8601.</summary>
    public static void RequireCalendarArgument(JsValue calendar)
    {
        if (calendar.IsUndefined) return;
        if (!calendar.IsString) throw JsException.TypeError("Calendar must be a string");
        CalendarFields.Canonicalize(calendar.String);
    }

    // 3.5.x ToTemporalDate
    public static IsoDate ToTemporalDate(JsValue item, JsValue optionsValue)
    {
        if (item.AsObject is { } obj)
        {
            IsoDate? direct = obj switch
            {
                JsPlainDate pd => pd.Date,
                JsPlainDateTime pdt => pdt.Value.Date,
                JsZonedDateTime zdt => zdt.Local.Date,
                _ => null,
            };
            if (direct is { } date)
            {
                TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
                return date;
            }
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Date, partial: false);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
            return CalendarFields.DateFromFields(fields, overflow);
        }
        if (!item.IsString) throw JsException.TypeError("PlainDate must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.DateTime);
        CalendarFields.FromParse(parsed);
        TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        var result = new IsoDate(parsed.Year, parsed.Month, parsed.Day);
        return result.WithinLimits() ? result : throw JsException.RangeError("Date is outside the supported range");
    }

    // 13.x RejectTemporalLikeObject
    public static void RejectTemporalLikeObject(JsObject obj)
    {
        if (obj is JsPlainDate or JsPlainDateTime or JsPlainTime or JsTemporalDuration or JsPlainYearMonth or JsPlainMonthDay or JsInstant or JsZonedDateTime)
            throw JsException.TypeError("A Temporal object is not a valid argument to with()");
        if (!obj.Get("calendar").IsUndefined) throw JsException.TypeError("with() does not accept a calendar property");
        if (!obj.Get("timeZone").IsUndefined) throw JsException.TypeError("with() does not accept a timeZone property");
    }
}
