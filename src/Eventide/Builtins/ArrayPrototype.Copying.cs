using System.Runtime.CompilerServices;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>The Array.prototype methods that build a new array from the receiver.</summary>
internal static partial class ArrayPrototype
{
    // 23.1.3.2 Array.prototype.concat ( ...items )
    private static JsValue Concat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "concat");
        var a = ArrayConstructor.ArraySpeciesCreate(realm, o, 0);
        long n = 0;
        for (int i = -1; i < args.Length; i++)
        {
            var e = i < 0 ? (JsValue)o : args[i];
            if (IsConcatSpreadable(e))
            {
                var eo = e.AsObject!;
                long len = Operations.LengthOfArrayLike(eo);
                if (n + len > MaxSafeInteger) throw JsException.TypeError("Invalid array length");
                var budget = realm.Budget;
                for (long k = 0; k < len; k++, n++)
                {
                    budget.Tick();
                    if (TryGetElement(eo, k, out var subElement)) CreateDataPropertyOrThrow(a, n, subElement);
                }
            }
            else
            {
                if (n >= MaxSafeInteger) throw JsException.TypeError("Invalid array length");
                CreateDataPropertyOrThrow(a, n++, e);
            }
        }
        SetLength(a, n);
        return a;
    }

    /// <summary>23.1.3.2.1 IsConcatSpreadable ( O )</summary>
    private static bool IsConcatSpreadable(JsValue o)
    {
        if (o.AsObject is not JsObject obj) return false;
        var spreadable = obj.Get(WellKnownSymbols.IsConcatSpreadable);
        if (!spreadable.IsUndefined) return Operations.ToBoolean(spreadable);
        return Operations.IsArray(o);
    }

    // 23.1.3.28 Array.prototype.slice ( start, end )
    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        long k = RelativeIndex(args.At(0), len, 0);
        long final = RelativeIndex(args.At(1), len, len);
        long count = Math.Max(final - k, 0);
        var species = ArrayConstructor.ArraySpeciesConstructor(realm, o);
        // A packed source's elements are own data properties, and no code sees a new plain array
        // before it is returned: the range is copied in one piece.
        long end = Math.Max(final, k);
        if (species is null && IsPackedArray(o, out var source) && end <= source.DenseItems.Length)
            return realm.NewArray(source.DenseItems[(int)k..(int)end]);
        var a = species is null ? ArrayConstructor.ArrayCreate(realm, count) : Operations.Construct(species, [count]).AsObject!;
        long n = 0;
        var budget = realm.Budget;
        for (; k < final; k++, n++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var kValue)) CreateDataPropertyOrThrow(a, n, kValue);
        }
        SetLength(a, n);
        return a;
    }

    // 23.1.3.13 Array.prototype.flat ( [ depth ] )
    private static JsValue Flat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long sourceLen = Operations.LengthOfArrayLike(o);
        double depthNum = 1;
        if (!args.At(0).IsUndefined)
        {
            depthNum = Operations.ToIntegerOrInfinity(args[0]);
            if (depthNum < 0) depthNum = 0;
        }
        var a = ArrayConstructor.ArraySpeciesCreate(realm, o, 0);
        var noMapper = default(RepeatedCall);
        FlattenIntoArray(a, o, sourceLen, 0, depthNum, ref noMapper);
        return a;
    }

    // 23.1.3.14 Array.prototype.flatMap ( mapperFunction [ , thisArg ] )
    private static JsValue FlatMap(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long sourceLen = Operations.LengthOfArrayLike(o);
        if (args.At(0).AsFunction is not { } mapper) throw JsException.TypeError("flatMap mapper function is not callable");
        var a = ArrayConstructor.ArraySpeciesCreate(realm, o, 0);
        var mapperCall = new RepeatedCall(mapper, args.At(1));
        FlattenIntoArray(a, o, sourceLen, 0, 1, ref mapperCall);
        mapperCall.Release();
        return a;
    }

    /// <summary>23.1.3.13.1 FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction, thisArg ] ):
    /// <paramref name="mapper"/> holds mapperFunction and thisArg, or nothing (flat, and the inner levels).</summary>
    private static long FlattenIntoArray(JsObject target, JsObject source, long sourceLen, long start, double depth, ref RepeatedCall mapper)
    {
        long targetIndex = start;
        var budget = Vm.ExecutionBudget.Current;
        for (long sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++)
        {
            budget.Tick();
            if (!TryGetElement(source, sourceIndex, out var element)) continue;
            if (mapper.HasFunction) element = mapper.CallWithElement(element, sourceIndex, source);
            if (depth > 0 && Operations.IsArray(element))
            {
                var inner = element.AsObject!;
                if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw JsException.RangeError("Maximum call stack size exceeded");
                var noMapper = default(RepeatedCall);
                targetIndex = FlattenIntoArray(target, inner, Operations.LengthOfArrayLike(inner), targetIndex, depth - 1, ref noMapper);
            }
            else
            {
                if (targetIndex >= MaxSafeInteger) throw JsException.TypeError("Invalid array length");
                CreateDataPropertyOrThrow(target, targetIndex++, element);
            }
        }
        return targetIndex;
    }

    // 23.1.3.33 Array.prototype.toReversed ( )
    private static JsValue ToReversed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        var a = ArrayConstructor.ArrayCreate(realm, len);
        var budget = realm.Budget;
        for (long k = 0; k < len; k++) { budget.Tick(); CreateDataPropertyOrThrow(a, k, GetElement(o, len - k - 1)); }
        return a;
    }

    // 23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )
    private static JsValue ToSpliced(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        long actualStart = RelativeIndex(args.At(0), len, 0);
        var items = args.Length > 2 ? args[2..] : [];
        long skipCount;
        if (args.Length == 0) skipCount = 0;
        else if (args.Length == 1) skipCount = len - actualStart;
        else skipCount = (long)Math.Clamp(Operations.ToIntegerOrInfinity(args[1]), 0, len - actualStart);
        long newLen = len + items.Length - skipCount;
        if (newLen > MaxSafeInteger) throw JsException.TypeError("Invalid array length");
        var a = ArrayConstructor.ArrayCreate(realm, newLen);
        long i = 0;
        var budget = realm.Budget;
        for (; i < actualStart; i++) { budget.Tick(); CreateDataPropertyOrThrow(a, i, GetElement(o, i)); }
        foreach (var e in items) CreateDataPropertyOrThrow(a, i++, e);
        for (long r = actualStart + skipCount; i < newLen; i++, r++) { budget.Tick(); CreateDataPropertyOrThrow(a, i, GetElement(o, r)); }
        return a;
    }

    // 23.1.3.39 Array.prototype.with ( index, value )
    private static JsValue With(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        double relativeIndex = Operations.ToIntegerOrInfinity(args.At(0));
        double actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
        // V8's message shows the argument as given ("Invalid index : 2.5", "#<Object>").
        if (actualIndex >= len || actualIndex < 0)
            throw JsException.RangeError($"Invalid index : {(args.At(0).IsNumber ? NumberConversions.ToString(args.At(0).Number) : Host.Inspector.NoSideEffectsToString(realm, args.At(0)))}");
        var a = ArrayConstructor.ArrayCreate(realm, len);
        var value = args.At(1);
        var budget = realm.Budget;
        for (long k = 0; k < len; k++) { budget.Tick(); CreateDataPropertyOrThrow(a, k, k == (long)actualIndex ? value : GetElement(o, k)); }
        return a;
    }
}
