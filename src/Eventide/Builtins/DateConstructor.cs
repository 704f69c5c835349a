using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>A Date instance: an ordinary object with [[DateValue]] (21.4.2).</summary>
internal sealed class JsDate(JsObject prototype, double value) : JsObject(prototype)
{
    public double DateValue = value;
    internal override string ClassName => "Date";
}

/// <summary>21.4.2 The Date Constructor and 21.4.3 its properties.</summary>
internal static class DateConstructor
{
    public static void Setup(Realm realm)
    {
        var clock = realm.Engine.Clock;
        var proto = new JsObject(realm.ObjectPrototype);
        realm.DatePrototype = proto;
        // 21.4.2.1 Date ( ...values )
        var ctor = realm.DefineConstructor("Date", 7, (_, args, newTarget) =>
        {
            if (newTarget is null) return DateFormat.ToDateString(clock.UnixNow);
            double tv;
            if (args.Length == 0) tv = clock.UnixNow;
            else if (args.Length == 1)
            {
                var value = args[0];
                if (value.AsObject is JsDate d) tv = d.DateValue;
                else
                {
                    var v = Operations.ToPrimitive(value);
                    tv = v.IsString ? DateParser.Parse(v.String) : DateMath.TimeClip(Operations.ToNumber(v));
                }
            }
            else tv = DateMath.TimeClip(DateMath.Utc(FromComponents(args)));
            return new JsDate(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.DatePrototype), tv);
        }, proto);
        // 21.4.3.1 Date.now ( )
        realm.DefineMethod(ctor, "now", 0, (_, _) => clock.UnixNow);
        // 21.4.3.2 Date.parse ( string )
        realm.DefineMethod(ctor, "parse", 1, (_, args) => DateParser.Parse(Operations.ToString(args.At(0))));
        // 21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
        realm.DefineMethod(ctor, "UTC", 7, (_, args) => DateMath.TimeClip(FromComponents(args)));
        DatePrototype.Setup(realm, proto);
    }

    /// <summary>21.4.2.1 step 4 / 21.4.3.4: year, month[, date, hours, minutes, seconds, ms] → a time value (not clipped).</summary>
    private static double FromComponents(ReadOnlySpan<JsValue> args)
    {
        double y = Operations.ToNumber(args.At(0));
        double m = args.Length > 1 ? Operations.ToNumber(args[1]) : 0;
        double dt = args.Length > 2 ? Operations.ToNumber(args[2]) : 1;
        double h = args.Length > 3 ? Operations.ToNumber(args[3]) : 0;
        double min = args.Length > 4 ? Operations.ToNumber(args[4]) : 0;
        double s = args.Length > 5 ? Operations.ToNumber(args[5]) : 0;
        double milli = args.Length > 6 ? Operations.ToNumber(args[6]) : 0;
        double yr = y;
        if (!double.IsNaN(y))
        {
            double yi = Math.Truncate(y);
            if (yi >= 0 && yi <= 99) yr = 1900 + yi;
        }
        return DateMath.MakeDate(DateMath.MakeDay(yr, m, dt), DateMath.MakeTime(h, min, s, milli));
    }
}
