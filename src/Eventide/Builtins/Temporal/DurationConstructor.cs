using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>7.1 The Temporal.Duration Constructor and 7.2 its properties.</summary>
internal static class DurationConstructor
{
    /// <summary>The property names of a duration-like object, in the alphabetical order they are read (7.5.x ToTemporalPartialDurationRecord).</summary>
    private static readonly (string Name, int Field)[] PartialFields =
    [
        ("days", 3), ("hours", 4), ("microseconds", 8), ("milliseconds", 7), ("minutes", 5),
        ("months", 1), ("nanoseconds", 9), ("seconds", 6), ("weeks", 2), ("years", 0),
    ];

    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalDurationPrototype = proto;
        // 7.1.1 Temporal.Duration ( [ years [ , months [ , weeks [ , days [ , hours [ , minutes [ , seconds [ , milliseconds [ , microseconds [ , nanoseconds ] ] ] ] ] ] ] ] ] ] )
        var ctor = realm.DefineConstructor("Duration", 0, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.Duration requires 'new'");
            Span<double> fields = stackalloc double[DurationRecord.FieldCount];
            for (int i = 0; i < fields.Length; i++)
                fields[i] = args.At(i).IsUndefined ? 0 : TemporalOptions.ToIntegerIfIntegral(args.At(i));
            var value = DurationRecord.FromFields(fields);
            value.ThrowIfInvalid();
            return new JsTemporalDuration(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalDurationPrototype), value);
        }, proto, global: false);
        // 7.2.2 Temporal.Duration.from ( item )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsTemporalDuration.Create(realm, ToTemporalDuration(args.At(0))));
        // 7.2.3 Temporal.Duration.compare ( one, two [ , options ] )
        realm.DefineMethod(ctor, "compare", 2, (_, args) => Compare(args.At(0), args.At(1), args.At(2)));
        DurationPrototype.Setup(realm, proto);
        return ctor;
    }

    // 7.5.x ToTemporalDuration
    public static DurationRecord ToTemporalDuration(JsValue item)
    {
        if (item.AsObject is JsTemporalDuration d) return d.Value;
        if (item.AsObject is not { } obj)
            return item.IsString ? DurationParser.Parse(item.String) : throw JsException.TypeError("Duration must be a string or an object");
        var partial = ToPartialDuration(obj);
        Span<double> fields = stackalloc double[DurationRecord.FieldCount];
        for (int i = 0; i < fields.Length; i++) fields[i] = partial[i] ?? 0;
        var value = DurationRecord.FromFields(fields);
        value.ThrowIfInvalid();
        return value;
    }

    // 7.5.x ToTemporalPartialDurationRecord
    public static double?[] ToPartialDuration(JsValue like)
    {
        if (like.AsObject is not { } obj) throw JsException.TypeError("Duration-like argument must be an object");
        var result = new double?[DurationRecord.FieldCount];
        bool any = false;
        foreach (var (name, field) in PartialFields)
        {
            var v = obj.Get(name);
            if (v.IsUndefined) continue;
            result[field] = TemporalOptions.ToIntegerIfIntegral(v);
            any = true;
        }
        if (!any) throw JsException.TypeError("Duration-like object must have at least one duration property");
        return result;
    }

    // 7.2.3 Temporal.Duration.compare
    private static JsValue Compare(JsValue oneValue, JsValue twoValue, JsValue optionsValue)
    {
        var one = ToTemporalDuration(oneValue);
        var two = ToTemporalDuration(twoValue);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var (plainRelativeTo, zonedRelativeTo) = RelativeTo.Get(options);
        if (one == two) return 0;
        var largest1 = one.DefaultLargestUnit();
        var largest2 = two.DefaultLargestUnit();
        var d1 = DurationMath.ToInternal(one);
        var d2 = DurationMath.ToInternal(two);
        if (zonedRelativeTo is { } zoned && (TemporalUnits.IsDateUnit(largest1) || TemporalUnits.IsDateUnit(largest2)))
        {
            var after1 = ZonedDateTimePrototype.AddZoned(zoned.EpochNs, zoned.TimeZone, d1, Overflow.Constrain);
            var after2 = ZonedDateTimePrototype.AddZoned(zoned.EpochNs, zoned.TimeZone, d2, Overflow.Constrain);
            return after1.CompareTo(after2);
        }
        Int128 days1, days2;
        if (TemporalUnits.IsCalendarUnit(largest1) || TemporalUnits.IsCalendarUnit(largest2))
        {
            if (plainRelativeTo is not { } plain) throw JsException.RangeError("Comparing durations with years, months or weeks requires relativeTo");
            days1 = RelativeDuration.DateDurationDays(d1.Date, plain);
            days2 = RelativeDuration.DateDurationDays(d2.Date, plain);
        }
        else
        {
            days1 = (Int128)one.Days;
            days2 = (Int128)two.Days;
        }
        var t1 = DurationMath.AddTime(d1.Time, days1 * DurationMath.NsPerDay);
        var t2 = DurationMath.AddTime(d2.Time, days2 * DurationMath.NsPerDay);
        return t1.CompareTo(t2);
    }
}
