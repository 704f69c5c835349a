using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>8.1 The Temporal.Instant Constructor and 8.2 its properties.</summary>
internal static class InstantConstructor
{
    public static JsObject Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.TemporalInstantPrototype = proto;
        // 8.1.1 Temporal.Instant ( epochNanoseconds )
        var ctor = realm.DefineConstructor("Instant", 1, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Temporal.Instant requires 'new'");
            var ns = JsInstant.FromBigInteger(BigIntConstructor.ToBigInt(args.At(0)).Value);
            return new JsInstant(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.TemporalInstantPrototype), ns);
        }, proto, global: false);
        // 8.2.2 Temporal.Instant.from ( item )
        realm.DefineMethod(ctor, "from", 1, (_, args) => JsInstant.Create(realm, ToTemporalInstant(args.At(0))));
        // 8.2.3 Temporal.Instant.fromEpochMilliseconds ( epochMilliseconds )
        realm.DefineMethod(ctor, "fromEpochMilliseconds", 1, (_, args) =>
        {
            var ms = BigIntConstructor.NumberToBigInt(Operations.ToNumber(args.At(0))).Value;
            return JsInstant.Create(realm, JsInstant.FromBigInteger(ms * 1_000_000));
        });
        // 8.2.4 Temporal.Instant.fromEpochNanoseconds ( epochNanoseconds )
        realm.DefineMethod(ctor, "fromEpochNanoseconds", 1, (_, args) =>
            JsInstant.Create(realm, JsInstant.FromBigInteger(BigIntConstructor.ToBigInt(args.At(0)).Value)));
        // 8.2.5 Temporal.Instant.compare ( one, two )
        realm.DefineMethod(ctor, "compare", 2, (_, args) =>
        {
            var one = ToTemporalInstant(args.At(0));
            var two = ToTemporalInstant(args.At(1));
            return one.CompareTo(two);
        });
        InstantPrototype.Setup(realm, proto);
        return ctor;
    }

    // 8.5.x ToTemporalInstant
    public static Int128 ToTemporalInstant(JsValue item)
    {
        if (item.AsObject is JsInstant instant) return instant.EpochNanoseconds;
        if (item.AsObject is JsZonedDateTime zdt) return zdt.EpochNanoseconds;
        if (item.IsObject) item = Operations.ToPrimitive(item, "string");
        if (!item.IsString) throw JsException.TypeError("Instant must be a string or an object");
        var parsed = IsoStringParser.Parse(item.String, IsoStringKind.Instant);
        var local = new IsoDateTime(new IsoDate(parsed.Year, parsed.Month, parsed.Day), parsed.Time);
        var ns = local.EpochNanoseconds - (parsed.Z ? 0 : parsed.OffsetNs);
        return JsInstant.IsValid(ns) ? ns : throw JsException.RangeError("Instant is outside the supported range");
    }

    public static JsBigInt ToBigInt(Int128 ns) => new((BigInteger)ns);
}
