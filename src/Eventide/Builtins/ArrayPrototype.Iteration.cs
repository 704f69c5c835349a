using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>The Array.prototype methods that call a callback per element.</summary>
internal static partial class ArrayPrototype
{
    // 23.1.3.15 Array.prototype.forEach ( callbackfn [ , thisArg ] )
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "forEach");
        long len = Operations.LengthOfArrayLike(o);
        var callback = new RepeatedCall(CallbackOrThrow(args.At(0)), args.At(1));
        var budget = realm.Budget;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var kValue)) callback.CallWithElement(kValue, k, o);
        }
        callback.Release();
        return JsValue.Undefined;
    }

    // 23.1.3.21 Array.prototype.map ( callbackfn [ , thisArg ] )
    private static JsValue Map(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "map");
        long len = Operations.LengthOfArrayLike(o);
        var callback = new RepeatedCall(CallbackOrThrow(args.At(0)), args.At(1));
        var a = ArrayConstructor.ArraySpeciesCreate(realm, o, len);
        var budget = realm.Budget;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var kValue))
                CreateDataPropertyOrThrow(a, k, callback.CallWithElement(kValue, k, o));
        }
        callback.Release();
        return a;
    }

    // 23.1.3.8 Array.prototype.filter ( callbackfn [ , thisArg ] )
    private static JsValue Filter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "filter");
        long len = Operations.LengthOfArrayLike(o);
        var callback = new RepeatedCall(CallbackOrThrow(args.At(0)), args.At(1));
        if (ArrayConstructor.ArraySpeciesConstructor(realm, o) is not { } species) return FilterIntoNewArray(realm, o, len, ref callback);
        var a = Operations.Construct(species, [0]).AsObject!;
        long to = 0;
        var budget = realm.Budget;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var kValue) && Operations.ToBoolean(callback.CallWithElement(kValue, k, o)))
                CreateDataPropertyOrThrow(a, to++, kValue);
        }
        callback.Release();
        return a;
    }

    /// <summary>Filter's loop when its result is a new plain array no code can see before it is
    /// returned: the kept values are collected first, then become the array in one allocation.</summary>
    private static JsArray FilterIntoNewArray(Realm realm, JsObject o, long len, ref RepeatedCall callback)
    {
        var kept = new PooledValueList(ElementCountHint(o, len));
        try
        {
            var budget = realm.Budget;
            for (long k = 0; k < len; k++)
            {
                budget.Tick();
                if (TryGetElement(o, k, out var kValue) && Operations.ToBoolean(callback.CallWithElement(kValue, k, o)))
                    kept.Add(kValue);
            }
            callback.Release();
            return realm.NewArray(kept.Span);
        }
        finally { kept.Dispose(); }
    }

    // 23.1.3.6 Array.prototype.every ( callbackfn [ , thisArg ] )
    private static JsValue Every(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "every");
        long len = Operations.LengthOfArrayLike(o);
        var callback = new RepeatedCall(CallbackOrThrow(args.At(0)), args.At(1));
        var budget = realm.Budget;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var kValue) && !Operations.ToBoolean(callback.CallWithElement(kValue, k, o)))
            {
                callback.Release();
                return JsValue.False;
            }
        }
        callback.Release();
        return JsValue.True;
    }

    // 23.1.3.29 Array.prototype.some ( callbackfn [ , thisArg ] )
    private static JsValue Some(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "some");
        long len = Operations.LengthOfArrayLike(o);
        var callback = new RepeatedCall(CallbackOrThrow(args.At(0)), args.At(1));
        var budget = realm.Budget;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var kValue) && Operations.ToBoolean(callback.CallWithElement(kValue, k, o)))
            {
                callback.Release();
                return JsValue.True;
            }
        }
        callback.Release();
        return JsValue.False;
    }

    // 23.1.3.9 find, 23.1.3.10 findIndex, 23.1.3.11 findLast, 23.1.3.12 findLastIndex
    private static JsValue Find(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "find", ascending: true, wantIndex: false);
    private static JsValue FindIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findIndex", ascending: true, wantIndex: true);
    private static JsValue FindLast(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findLast", ascending: false, wantIndex: false);
    private static JsValue FindLastIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findLastIndex", ascending: false, wantIndex: true);

    /// <summary>23.1.3.12.1 FindViaPredicate ( O, len, direction, predicate, thisArg ): holes are visited as undefined.</summary>
    private static JsValue FindViaPredicate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending, bool wantIndex)
    {
        var o = ThisObject(realm, thisValue, method);
        long len = Operations.LengthOfArrayLike(o);
        var predicate = new RepeatedCall(CallbackOrThrow(args.At(0)), args.At(1));
        var budget = realm.Budget;
        for (long i = 0; i < len; i++)
        {
            budget.Tick();
            long k = ascending ? i : len - 1 - i;
            var kValue = GetElement(o, k);
            if (Operations.ToBoolean(predicate.CallWithElement(kValue, k, o)))
            {
                predicate.Release();
                return wantIndex ? k : kValue;
            }
        }
        predicate.Release();
        return wantIndex ? -1 : JsValue.Undefined;
    }

    // 23.1.3.24 Array.prototype.reduce ( callbackfn [ , initialValue ] )
    private static JsValue Reduce(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ReduceInDirection(realm, thisValue, args, "reduce", ascending: true);

    // 23.1.3.25 Array.prototype.reduceRight ( callbackfn [ , initialValue ] )
    private static JsValue ReduceRight(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ReduceInDirection(realm, thisValue, args, "reduceRight", ascending: false);

    private static JsValue ReduceInDirection(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending)
    {
        var o = ThisObject(realm, thisValue, method);
        long len = Operations.LengthOfArrayLike(o);
        var callback = new RepeatedCall(CallbackOrThrow(args.At(0)), JsValue.Undefined);
        long i = 0;
        JsValue accumulator = default;
        var budget = realm.Budget;
        if (args.Length >= 2) accumulator = args[1];
        else
        {
            bool found = false;
            for (; i < len && !found; i++)
            {
                budget.Tick();
                found = TryGetElement(o, ascending ? i : len - 1 - i, out accumulator);
            }
            if (!found) throw JsException.TypeError("Reduce of empty array with no initial value");
        }
        for (; i < len; i++)
        {
            budget.Tick();
            long k = ascending ? i : len - 1 - i;
            if (TryGetElement(o, k, out var kValue))
                accumulator = callback.Call([accumulator, kValue, k, o]);
        }
        callback.Release();
        return accumulator;
    }
}
