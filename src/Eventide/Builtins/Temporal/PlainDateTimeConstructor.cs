using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>5.1 The Temporal.PlainDateTime Constructor and 5.2 its properties.</summary>
internal static class PlainDateTimeConstructor
{
    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainDateTimePrototype = proto;
        // 5.1.1 Temporal.PlainDateTime ( isoYear, isoMonth, isoDay [ , hour [ , minute [ , second [ , millisecond [ , microsecond [ , nanosecond [ , calendar ] ] ] ] ] ] ] )
        var ctor = realm.DefineConstructor("PlainDateTime", 3, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.PlainDateTime requires 'new'");
            Span<double> f = stackalloc double[9];
            for (int i = 0; i < 9; i++)
                f[i] = i >= 3 && args.At(i).IsUndefined ? 0 : TemporalOptions.ToIntegerWithTruncation(args.At(i));
            PlainDateConstructor.RequireCalendarArgument(args.At(9));
            if (!IsoDate.IsValid(f[0], f[1], f[2]) || Math.Abs(f[0]) > 1e6) throw JsException.RangeError("Invalid ISO date");
            var time = IsoTime.Regulate(f[3], f[4], f[5], f[6], f[7], f[8], Overflow.Reject);
            var value = new IsoDateTime(new IsoDate((int)f[0], (int)f[1], (int)f[2]), time);
            if (!value.WithinLimits()) throw JsException.RangeError("Date-time is outside the supported range");
            return new JsPlainDateTime(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalPlainDateTimePrototype), value);
        }, proto, global: false);
        // 5.2.2 Temporal.PlainDateTime.from ( item [ , options ] )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsPlainDateTime.Create(realm, ToTemporalDateTime(args.At(0), args.At(1))));
        // 5.2.3 Temporal.PlainDateTime.compare ( one, two )
        realm.DefineMethod(ctor, "compare", 2, (_, args) =>
        {
            var one = ToTemporalDateTime(args.At(0), JsValue.Undefined);
            var two = ToTemporalDateTime(args.At(1), JsValue.Undefined);
            return one.CompareTo(two);
        });
        PlainDateTimePrototype.Setup(realm, proto);
        return ctor;
    }

    // 5.5.x ToTemporalDateTime
    public static IsoDateTime ToTemporalDateTime(JsValue item, JsValue optionsValue)
    {
        if (item.AsObject is { } obj)
        {
            IsoDateTime? direct = obj switch
            {
                JsPlainDateTime pdt => pdt.Value,
                JsPlainDate pd => new IsoDateTime(pd.Date, default),
                JsZonedDateTime zdt => zdt.Local,
                _ => null,
            };
            if (direct is { } value)
            {
                TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
                return value;
            }
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Date | FieldSet.Time, partial: false);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
            return InterpretFields(fields, overflow);
        }
        if (!item.IsString) throw JsException.TypeError("PlainDateTime must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.DateTime);
        CalendarFields.FromParse(parsed);
        TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        var result = new IsoDateTime(new IsoDate(parsed.Year, parsed.Month, parsed.Day), parsed.Time);
        return result.WithinLimits() ? result : throw JsException.RangeError("Date-time is outside the supported range");
    }

    // 5.5.x InterpretTemporalDateTimeFields
    public static IsoDateTime InterpretFields(CalendarFieldValues fields, Overflow overflow)
    {
        var date = CalendarFields.DateFromFields(fields, overflow);
        var time = CalendarFields.TimeFromFields(fields, overflow);
        var value = new IsoDateTime(date, time);
        return value.WithinLimits() ? value : throw JsException.RangeError("Date-time is outside the supported range");
    }
}
