using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>1 The Temporal Object: a namespace holding the Temporal constructors.</summary>
internal static class TemporalObject
{
    /// <summary>Date.prototype.toTemporalInstant ( ) (Temporal's addition to Date); the namespace is set up in Intrinsics.Temporal.cs.</summary>
    public static void DefineDateToTemporalInstant(Realm realm)
    {
        realm.DefineMethod(realm.DatePrototype, "toTemporalInstant", 0, (t, _) =>
        {
            var date = t.AsObject as JsDate ?? throw JsException.TypeError("this is not a Date object.");
            var ms = BigIntConstructor.NumberToBigInt(date.DateValue).Value;
            return JsInstant.Create(realm, (Int128)ms * 1_000_000);
        });
    }

    /// <summary>toString ( [ options ] ) with a calendarName option, toLocaleString and toJSON as the default
    /// string, and valueOf throwing (Temporal objects do not compare with &lt; or +).</summary>
    public static void DefineCalendarStringMethods<T>(Realm realm, JsObject proto, string typeName, Func<JsValue, string, T> thisValue,
        Func<T, string, string> format, string valueOfAdvice)
    {
        realm.DefineMethod(proto, "toString", 0, (t, args) =>
        {
            var value = thisValue(t, "toString");
            return format(value, TemporalFormat.GetShowCalendar(TemporalOptions.GetOptionsObject(args.At(0))));
        });
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => format(thisValue(t, "toLocaleString"), "auto"));
        realm.DefineMethod(proto, "toJSON", 0, (t, _) => format(thisValue(t, "toJSON"), "auto"));
        realm.DefineMethod(proto, "valueOf", 0, (_, _) =>
            throw JsException.TypeError($"Do not use Temporal.{typeName}.prototype.valueOf; use {valueOfAdvice} instead"));
    }

    /// <summary>add and subtract ( duration [ , options ] ), until and since ( other [ , options ] ): every Temporal type
    /// with arithmetic defines the four over one AddDurationTo* (sign -1 subtracts) and one DifferenceTemporal* (since: true).</summary>
    public static void DefineArithmetic<T>(Realm realm, JsObject proto, Func<JsValue, string, T> thisValue,
        Func<T, JsValue, JsValue, int, JsValue> addDuration, Func<bool, T, JsValue, JsValue, JsValue> difference)
    {
        realm.DefineMethod(proto, "add", 1, (t, args) => addDuration(thisValue(t, "add"), args.At(0), args.At(1), 1));
        realm.DefineMethod(proto, "subtract", 1, (t, args) => addDuration(thisValue(t, "subtract"), args.At(0), args.At(1), -1));
        realm.DefineMethod(proto, "until", 1, (t, args) => difference(false, thisValue(t, "until"), args.At(0), args.At(1)));
        realm.DefineMethod(proto, "since", 1, (t, args) => difference(true, thisValue(t, "since"), args.At(0), args.At(1)));
    }

    /// <summary>toPlainDate ( item ) of PlainYearMonth and PlainMonthDay: the item supplies the fields the receiver lacks
    /// (<paramref name="itemFields"/>), merged over the receiver's own (<paramref name="ownFields"/>).</summary>
    public static void DefineToPlainDate(Realm realm, JsObject proto, Func<JsValue, string, IsoDate> thisValue, FieldSet ownFields, FieldSet itemFields)
    {
        realm.DefineMethod(proto, "toPlainDate", 1, (t, args) =>
        {
            var date = thisValue(t, "toPlainDate");
            if (args.At(0).AsObject is not { } item) throw JsException.TypeError("toPlainDate() requires an object");
            var input = CalendarFields.Prepare(item, itemFields, partial: false);
            var fields = CalendarFields.Merge(CalendarFields.FromDate(date, ownFields), input);
            return JsPlainDate.Create(realm, CalendarFields.DateFromFields(fields, Overflow.Constrain));
        });
    }

    /// <summary>Installs a Temporal prototype's %Symbol.toStringTag%.</summary>
    public static void SetToStringTag(JsObject proto, string tag) =>
        proto.FastSet(WellKnownSymbols.ToStringTag, tag, PropertyFlags.Configurable);
}
