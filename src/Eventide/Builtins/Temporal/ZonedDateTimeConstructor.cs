using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>6.1 The Temporal.ZonedDateTime Constructor and 6.2 its properties.</summary>
internal static class ZonedDateTimeConstructor
{
    internal static readonly string[] DisambiguationValues = ["compatible", "earlier", "later", "reject"];
    private static readonly string[] OffsetValues = ["prefer", "use", "ignore", "reject"];

    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalZonedDateTimePrototype = proto;
        // 6.1.1 Temporal.ZonedDateTime ( epochNanoseconds, timeZone [ , calendar ] )
        var ctor = realm.DefineConstructor("ZonedDateTime", 2, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.ZonedDateTime requires 'new'");
            var ns = JsInstant.FromBigInteger(BigIntConstructor.ToBigInt(args.At(0)).Value);
            if (!args.At(1).IsString) throw JsException.TypeError("Time zone must be a string");
            var timeZone = TimeZones.ParseIdentifier(args.At(1).String);
            PlainDateConstructor.RequireCalendarArgument(args.At(2));
            return new JsZonedDateTime(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalZonedDateTimePrototype), ns, timeZone);
        }, proto, global: false);
        // 6.2.2 Temporal.ZonedDateTime.from ( item [ , options ] )
        realm.DefineMethod(ctor, "from", 1, (_, args) =>
        {
            var (ns, tz) = ToTemporalZonedDateTime(args.At(0), args.At(1));
            return JsZonedDateTime.Create(realm, ns, tz);
        });
        // 6.2.3 Temporal.ZonedDateTime.compare ( one, two )
        realm.DefineMethod(ctor, "compare", 2, (_, args) =>
        {
            var one = ToTemporalZonedDateTime(args.At(0), JsValue.Undefined).Ns;
            var two = ToTemporalZonedDateTime(args.At(1), JsValue.Undefined).Ns;
            return one.CompareTo(two);
        });
        ZonedDateTimePrototype.Setup(realm, proto);
        return ctor;
    }

    /// <summary>The disambiguation, offset and overflow options, read in that order.</summary>
    public static (string Disambiguation, string Offset, Overflow Overflow) ReadOptions(JsValue optionsValue, string offsetFallback = "reject")
    {
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var disambiguation = TemporalOptions.GetStringOption(options, "disambiguation", DisambiguationValues) ?? "compatible";
        var offset = TemporalOptions.GetStringOption(options, "offset", OffsetValues) ?? offsetFallback;
        return (disambiguation, offset, TemporalOptions.GetOverflow(options));
    }

    // 6.5.x ToTemporalZonedDateTime
    public static (Int128 Ns, string TimeZone) ToTemporalZonedDateTime(JsValue item, JsValue optionsValue)
    {
        if (item.AsObject is { } obj)
        {
            if (obj is JsZonedDateTime zdt)
            {
                ReadOptions(optionsValue);
                return (zdt.EpochNanoseconds, zdt.TimeZone);
            }
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Date | FieldSet.Time | FieldSet.Offset | FieldSet.TimeZone, partial: false);
            if (fields.TimeZone is null) throw JsException.TypeError("timeZone is required");
            var (disambiguation, offsetOption, overflow) = ReadOptions(optionsValue);
            var local = PlainDateTimeConstructor.InterpretFields(fields, overflow);
            bool hasOffset = fields.Offset is not null;
            long offsetNs = hasOffset ? IsoStringParser.ParseOffsetString(fields.Offset!, true)!.Value : 0;
            var ns = InterpretOffset(local, hasOffset ? "option" : "wall", offsetNs, fields.TimeZone, disambiguation, offsetOption, matchMinutes: false);
            return (ns, fields.TimeZone);
        }
        if (!item.IsString) throw JsException.TypeError("ZonedDateTime must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.ZonedDateTime);
        var timeZone = TimeZones.ToIdentifier(parsed.TimeZone!);
        CalendarFields.FromParse(parsed);
        var (dis, off, _) = ReadOptions(optionsValue);
        var dateTime = new IsoDateTime(new IsoDate(parsed.Year, parsed.Month, parsed.Day), parsed.Time);
        var behaviour = parsed.Z ? "exact" : parsed.Offset is null ? "wall" : "option";
        return (InterpretOffset(dateTime, behaviour, parsed.OffsetNs, timeZone, dis, off, matchMinutes: true), timeZone);
    }

    // 6.5.x InterpretISODateTimeOffset
    public static Int128 InterpretOffset(IsoDateTime local, string behaviour, long offsetNs, string timeZone, string disambiguation, string offsetOption, bool matchMinutes)
    {
        // The wall-clock and exact forms check the instant only (an offset can bring a date just outside the range back in).
        if (behaviour == "wall" || (behaviour == "option" && offsetOption == "ignore"))
            return TimeZones.EpochNanosecondsFor(timeZone, local, disambiguation);
        if (behaviour == "exact" || offsetOption == "use")
        {
            var ns = local.EpochNanoseconds - offsetNs;
            return JsInstant.IsValid(ns) ? ns : throw JsException.RangeError("ZonedDateTime is outside the supported range");
        }
        RequireDaysRange(local);
        var utc = local.EpochNanoseconds;
        var possible = TimeZones.PossibleEpochNanoseconds(timeZone, local);
        foreach (var candidate in possible)
        {
            var candidateOffset = utc - candidate;
            if (candidateOffset == offsetNs) return candidate;
            if (matchMinutes && Rounding.RoundToIncrement(candidateOffset, 60_000_000_000, RoundingMode.HalfExpand) == offsetNs) return candidate;
        }
        if (offsetOption == "reject") throw JsException.RangeError("The offset does not match the time zone");
        return TimeZones.Disambiguate(possible, timeZone, local, disambiguation);
    }

    // 3.5.x CheckISODaysRange
    private static void RequireDaysRange(IsoDateTime local)
    {
        if (Math.Abs(local.Date.EpochDays) > 100_000_000) throw JsException.RangeError("Date is outside the supported range");
    }
}
