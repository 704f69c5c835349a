using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>4.1 The Temporal.PlainTime Constructor and 4.2 its properties.</summary>
internal static class PlainTimeConstructor
{
    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalPlainTimePrototype = proto;
        // 4.1.1 Temporal.PlainTime ( [ hour [ , minute [ , second [ , millisecond [ , microsecond [ , nanosecond ] ] ] ] ] ] )
        var ctor = realm.DefineConstructor("PlainTime", 0, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.PlainTime requires 'new'");
            Span<double> f = stackalloc double[6];
            for (int i = 0; i < 6; i++)
                f[i] = args.At(i).IsUndefined ? 0 : TemporalOptions.ToIntegerWithTruncation(args.At(i));
            var time = IsoTime.Regulate(f[0], f[1], f[2], f[3], f[4], f[5], Overflow.Reject);
            return new JsPlainTime(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalPlainTimePrototype), time);
        }, proto, global: false);
        // 4.2.2 Temporal.PlainTime.from ( item [ , options ] )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsPlainTime.Create(realm, ToTemporalTime(args.At(0), args.At(1))));
        // 4.2.3 Temporal.PlainTime.compare ( one, two )
        realm.DefineMethod(ctor, "compare", 2, (_, args) =>
        {
            var one = ToTemporalTime(args.At(0), JsValue.Undefined);
            var two = ToTemporalTime(args.At(1), JsValue.Undefined);
            return one.CompareTo(two);
        });
        PlainTimePrototype.Setup(realm, proto);
        return ctor;
    }

    // 4.5.x ToTemporalTime
    public static IsoTime ToTemporalTime(JsValue item, JsValue optionsValue)
    {
        if (item.AsObject is { } obj)
        {
            IsoTime? direct = obj switch
            {
                JsPlainTime pt => pt.Time,
                JsPlainDateTime pdt => pdt.Value.Time,
                JsZonedDateTime zdt => zdt.Local.Time,
                _ => null,
            };
            if (direct is { } time)
            {
                TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
                return time;
            }
            var fields = CalendarFields.Prepare(obj, FieldSet.Time, partial: true);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
            return CalendarFields.TimeFromFields(fields, overflow);
        }
        if (!item.IsString) throw JsException.TypeError("PlainTime must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.Time);
        TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        return parsed.Time;
    }

    /// <summary>4.5.x ToTimeRecordOrMidnight</summary>
    public static IsoTime ToTimeOrMidnight(JsValue item) => item.IsUndefined ? default : ToTemporalTime(item, JsValue.Undefined);

    /// <summary>Fills the fields a partial time record left out from an existing time.</summary>
    public static CalendarFieldValues MergeTimeFields(IsoTime time, CalendarFieldValues partial)
    {
        var merged = partial.Clone();
        merged.Hour ??= time.Hour;
        merged.Minute ??= time.Minute;
        merged.Second ??= time.Second;
        merged.Millisecond ??= time.Millisecond;
        merged.Microsecond ??= time.Microsecond;
        merged.Nanosecond ??= time.Nanosecond;
        return merged;
    }
}
