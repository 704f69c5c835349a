using Eventide.Runtime;
using static Eventide.Builtins.DateMath;

namespace Eventide.Builtins;

/// <summary>21.4.4 Properties of the Date Prototype Object.</summary>
internal static class DatePrototype
{
    /// <summary>thisTimeValue: the [[DateValue]] of a Date receiver.</summary>
    private static JsDate ThisDate(JsValue t) =>
        t.AsObject as JsDate ?? throw JsException.TypeError("this is not a Date object.");

    private static double TimeValue(JsValue t) => ThisDate(t).DateValue;

    public static void Setup(Realm realm, JsObject proto)
    {
        SetupGetters(realm, proto);
        SetupSetters(realm, proto);
        SetupConversions(realm, proto);
    }

    private static void Getter(Realm realm, JsObject proto, string name, Func<double, double> field, bool local)
    {
        realm.DefineMethod(proto, name, 0, (t, _) =>
        {
            double tv = TimeValue(t);
            if (double.IsNaN(tv)) return double.NaN;
            return field(local ? LocalTime(tv) : tv);
        });
    }

    private static void SetupGetters(Realm realm, JsObject proto)
    {
        // 21.4.4.2-21.4.4.20 the getters, local and UTC
        Getter(realm, proto, "getDate", DateFromTime, true);
        Getter(realm, proto, "getDay", WeekDay, true);
        Getter(realm, proto, "getFullYear", YearFromTime, true);
        Getter(realm, proto, "getHours", HourFromTime, true);
        Getter(realm, proto, "getMilliseconds", MsFromTime, true);
        Getter(realm, proto, "getMinutes", MinFromTime, true);
        Getter(realm, proto, "getMonth", MonthFromTime, true);
        Getter(realm, proto, "getSeconds", SecFromTime, true);
        realm.DefineMethod(proto, "getTime", 0, (t, _) => TimeValue(t));
        realm.DefineMethod(proto, "getTimezoneOffset", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            return double.IsNaN(tv) ? double.NaN : (tv - LocalTime(tv)) / MsPerMinute;
        });
        Getter(realm, proto, "getUTCDate", DateFromTime, false);
        Getter(realm, proto, "getUTCDay", WeekDay, false);
        Getter(realm, proto, "getUTCFullYear", YearFromTime, false);
        Getter(realm, proto, "getUTCHours", HourFromTime, false);
        Getter(realm, proto, "getUTCMilliseconds", MsFromTime, false);
        Getter(realm, proto, "getUTCMinutes", MinFromTime, false);
        Getter(realm, proto, "getUTCMonth", MonthFromTime, false);
        Getter(realm, proto, "getUTCSeconds", SecFromTime, false);
        // B.2.3.1 Date.prototype.getYear
        Getter(realm, proto, "getYear", t => YearFromTime(t) - 1900, true);
        realm.DefineMethod(proto, "valueOf", 0, (t, _) => TimeValue(t));
    }

    /// <summary>
    /// The shape of every component setter (21.4.4.20-21.4.4.29): read the time value, coerce the
    /// arguments in order, then rebuild the time from the old fields with the new ones.
    /// </summary>
    private delegate double Rebuild(double t, double[] args, int count);

    private static void Setter(Realm realm, JsObject proto, string name, int length, bool local, bool nanAsZero, Rebuild rebuild)
    {
        realm.DefineMethod(proto, name, length, (thisValue, args) =>
        {
            var date = ThisDate(thisValue);
            double t = date.DateValue;
            int count = Math.Max(1, Math.Min(args.Length, length));
            var values = new double[count];
            for (int i = 0; i < count; i++) values[i] = Operations.ToNumber(args.At(i));
            if (double.IsNaN(t))
            {
                if (!nanAsZero) return double.NaN;
                t = 0;
            }
            else if (local) t = LocalTime(t);
            double newDate = rebuild(t, values, count);
            double v = TimeClip(local ? Utc(newDate) : newDate);
            date.DateValue = v;
            return v;
        });
    }

    private static double Arg(double[] a, int count, int i, double fallback) => i < count ? a[i] : fallback;

    private static void SetupSetters(Realm realm, JsObject proto)
    {
        foreach (bool local in new[] { true, false })
        {
            string p = local ? "set" : "setUTC";
            // 21.4.4.20 setDate ( date )
            Setter(realm, proto, p + "Date", 1, local, false, (t, a, n) =>
                MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), a[0]), TimeWithinDay(t)));
            // 21.4.4.21 setFullYear ( year [ , month [ , date ] ] )
            Setter(realm, proto, p + "FullYear", 3, local, true, (t, a, n) =>
                MakeDate(MakeDay(a[0], Arg(a, n, 1, MonthFromTime(t)), Arg(a, n, 2, DateFromTime(t))), TimeWithinDay(t)));
            // 21.4.4.22 setHours ( hour [ , min [ , sec [ , ms ] ] ] )
            Setter(realm, proto, p + "Hours", 4, local, false, (t, a, n) =>
                MakeDate(Day(t), MakeTime(a[0], Arg(a, n, 1, MinFromTime(t)), Arg(a, n, 2, SecFromTime(t)), Arg(a, n, 3, MsFromTime(t)))));
            // 21.4.4.23 setMilliseconds ( ms )
            Setter(realm, proto, p + "Milliseconds", 1, local, false, (t, a, n) =>
                MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), a[0])));
            // 21.4.4.24 setMinutes ( min [ , sec [ , ms ] ] )
            Setter(realm, proto, p + "Minutes", 3, local, false, (t, a, n) =>
                MakeDate(Day(t), MakeTime(HourFromTime(t), a[0], Arg(a, n, 1, SecFromTime(t)), Arg(a, n, 2, MsFromTime(t)))));
            // 21.4.4.25 setMonth ( month [ , date ] )
            Setter(realm, proto, p + "Month", 2, local, false, (t, a, n) =>
                MakeDate(MakeDay(YearFromTime(t), a[0], Arg(a, n, 1, DateFromTime(t))), TimeWithinDay(t)));
            // 21.4.4.26 setSeconds ( sec [ , ms ] )
            Setter(realm, proto, p + "Seconds", 2, local, false, (t, a, n) =>
                MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), a[0], Arg(a, n, 1, MsFromTime(t)))));
        }
        // 21.4.4.27 Date.prototype.setTime ( time )
        realm.DefineMethod(proto, "setTime", 1, (thisValue, args) =>
        {
            var date = ThisDate(thisValue);
            double v = TimeClip(Operations.ToNumber(args.At(0)));
            date.DateValue = v;
            return v;
        });
        // B.2.3.2 Date.prototype.setYear ( year )
        realm.DefineMethod(proto, "setYear", 1, (thisValue, args) =>
        {
            var date = ThisDate(thisValue);
            double t = date.DateValue;
            double y = Operations.ToNumber(args.At(0));
            if (double.IsNaN(y)) { date.DateValue = double.NaN; return double.NaN; }
            double yi = Math.Truncate(y);
            double yyyy = yi >= 0 && yi <= 99 ? 1900 + yi : y;
            t = double.IsNaN(t) ? 0 : LocalTime(t);
            double d = MakeDay(yyyy, MonthFromTime(t), DateFromTime(t));
            double v = TimeClip(Utc(MakeDate(d, TimeWithinDay(t))));
            date.DateValue = v;
            return v;
        });
    }

    private static void SetupConversions(Realm realm, JsObject proto)
    {
        // 21.4.4.41 Date.prototype.toString ( )
        realm.DefineMethod(proto, "toString", 0, (t, _) => DateFormat.ToDateString(TimeValue(t)));
        // 21.4.4.35 Date.prototype.toDateString ( )
        realm.DefineMethod(proto, "toDateString", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            return double.IsNaN(tv) ? "Invalid Date" : DateFormat.DateString(LocalTime(tv));
        });
        // 21.4.4.42 Date.prototype.toTimeString ( )
        realm.DefineMethod(proto, "toTimeString", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            return double.IsNaN(tv) ? "Invalid Date" : DateFormat.TimeString(LocalTime(tv)) + " " + DateFormat.TimeZoneString(tv);
        });
        // 21.4.4.36 Date.prototype.toISOString ( )
        realm.DefineMethod(proto, "toISOString", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            if (double.IsNaN(tv)) throw JsException.RangeError("Invalid time value");
            return DateFormat.ToIsoString(tv);
        });
        // 21.4.4.43 Date.prototype.toUTCString ( ), and B.2.3.3 toGMTString is the same function object
        var toUtc = realm.DefineMethod(proto, "toUTCString", 0, (t, _) => DateFormat.ToUtcString(TimeValue(t)));
        proto.FastSet("toGMTString", toUtc, PropertyFlags.Hidden);
        // 21.4.4.38-40 toLocaleString / toLocaleDateString / toLocaleTimeString (en-US, as node prints by default)
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            if (double.IsNaN(tv)) return "Invalid Date";
            double local = LocalTime(tv);
            return DateFormat.LocaleDate(local) + ", " + DateFormat.LocaleTime(local);
        });
        realm.DefineMethod(proto, "toLocaleDateString", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            return double.IsNaN(tv) ? "Invalid Date" : DateFormat.LocaleDate(LocalTime(tv));
        });
        realm.DefineMethod(proto, "toLocaleTimeString", 0, (t, _) =>
        {
            double tv = TimeValue(t);
            return double.IsNaN(tv) ? "Invalid Date" : DateFormat.LocaleTime(LocalTime(tv));
        });
        // 21.4.4.37 Date.prototype.toJSON ( key )
        realm.DefineMethod(proto, "toJSON", 1, (t, _) =>
        {
            var o = Operations.ToObject(realm, t);
            var tv = Operations.ToPrimitive(o, "number");
            if (tv.IsNumber && !double.IsFinite(tv.Number)) return JsValue.Null;
            return Operations.Invoke(o, "toISOString", []);
        });
        // 21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint )
        var toPrimitive = new NativeFunction(realm, "[Symbol.toPrimitive]", 1, (t, args) =>
        {
            if (t.AsObject is not JsObject o) throw JsException.TypeError("Date.prototype [ @@toPrimitive ] called on non-object");
            var hint = args.At(0);
            string tryFirst = hint.IsString ? hint.String switch
            {
                "string" or "default" => "string",
                "number" => "number",
                _ => throw JsException.TypeError($"Invalid hint: {hint.String}"),
            } : throw JsException.TypeError($"Invalid hint: {Operations.ToDisplay(hint)}");
            return Operations.OrdinaryToPrimitive(o, tryFirst);
        });
        proto.FastSet(WellKnownSymbols.ToPrimitive, toPrimitive, PropertyFlags.Configurable);
    }
}
