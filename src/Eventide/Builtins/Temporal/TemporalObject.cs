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

    /// <summary>Installs a Temporal prototype's %Symbol.toStringTag%.</summary>
    public static void SetToStringTag(JsObject proto, string tag) =>
        proto.FastSet(WellKnownSymbols.ToStringTag, tag, PropertyFlags.Configurable);
}
