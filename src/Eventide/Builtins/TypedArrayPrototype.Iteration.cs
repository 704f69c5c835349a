using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>every, some, forEach, find*, map, filter, reduce, reduceRight.</summary>
internal static partial class TypedArrayPrototype
{
    private static void SetupIteration(Realm realm, JsObject proto)
    {
        // 23.2.3.8 %TypedArray%.prototype.every ( callback [ , thisArg ] )
        Method(realm, proto, "every", 1, (r, o, args) => FindVia(o, args, fromEnd: false, stopWhen: false, out _) < 0);
        // 23.2.3.28 %TypedArray%.prototype.some ( callback [ , thisArg ] )
        Method(realm, proto, "some", 1, (r, o, args) => FindVia(o, args, fromEnd: false, stopWhen: true, out _) >= 0);
        // 23.2.3.11 find, 23.2.3.12 findIndex, 23.2.3.13 findLast, 23.2.3.14 findLastIndex
        Method(realm, proto, "find", 1, (r, o, args) => FindVia(o, args, false, true, out var value) >= 0 ? value : JsValue.Undefined);
        Method(realm, proto, "findIndex", 1, (r, o, args) => FindVia(o, args, false, true, out _));
        Method(realm, proto, "findLast", 1, (r, o, args) => FindVia(o, args, true, true, out var value) >= 0 ? value : JsValue.Undefined);
        Method(realm, proto, "findLastIndex", 1, (r, o, args) => FindVia(o, args, true, true, out _));
        // 23.2.3.15 %TypedArray%.prototype.forEach ( callback [ , thisArg ] )
        Method(realm, proto, "forEach", 1, (_, o, args) =>
        {
            int len = o.Length;
            var fn = new RepeatedCall(ArrayPrototype.CallbackOrThrow(args.At(0)), args.At(1));
            for (int k = 0; k < len; k++) fn.CallWithElement(o.GetElement(k), k, o);
            fn.Release();
            return JsValue.Undefined;
        });
        // 23.2.3.22 %TypedArray%.prototype.map ( callback [ , thisArg ] )
        Method(realm, proto, "map", 1, (r, o, args) =>
        {
            int len = o.Length;
            var fn = new RepeatedCall(ArrayPrototype.CallbackOrThrow(args.At(0)), args.At(1));
            var a = TypedArrayOperations.TypedArraySpeciesCreate(r, o, [len], "%TypedArray%.prototype.map");
            for (int k = 0; k < len; k++) a.Set(new PropertyKey((uint)k), fn.CallWithElement(o.GetElement(k), k, o), a);
            fn.Release();
            return a;
        });
        // 23.2.3.10 %TypedArray%.prototype.filter ( callback [ , thisArg ] )
        Method(realm, proto, "filter", 1, (r, o, args) =>
        {
            int len = o.Length;
            var fn = new RepeatedCall(ArrayPrototype.CallbackOrThrow(args.At(0)), args.At(1));
            var kept = new List<JsValue>();
            for (int k = 0; k < len; k++)
            {
                var kValue = o.GetElement(k);
                if (Operations.ToBoolean(fn.CallWithElement(kValue, k, o))) kept.Add(kValue);
            }
            fn.Release();
            var a = TypedArrayOperations.TypedArraySpeciesCreate(r, o, [kept.Count], "%TypedArray%.prototype.filter");
            for (int n = 0; n < kept.Count; n++) a.Set(new PropertyKey((uint)n), kept[n], a);
            return a;
        });
        // 23.2.3.23 reduce and 23.2.3.24 reduceRight
        Method(realm, proto, "reduce", 1, (_, o, args) => Reduce(o, args, fromEnd: false));
        Method(realm, proto, "reduceRight", 1, (_, o, args) => Reduce(o, args, fromEnd: true));
    }

    /// <summary>The index (and value as the callback saw it) of the first element, from either end, whose callback result's truth is <paramref name="stopWhen"/>, or -1.</summary>
    private static int FindVia(JsTypedArray o, ReadOnlySpan<JsValue> args, bool fromEnd, bool stopWhen, out JsValue value)
    {
        int len = o.Length;
        var fn = new RepeatedCall(ArrayPrototype.CallbackOrThrow(args.At(0)), args.At(1));
        var budget = ExecutionBudget.Current;
        for (int i = 0; i < len; i++)
        {
            budget.Tick();
            int k = fromEnd ? len - 1 - i : i;
            value = o.GetElement(k);
            if (Operations.ToBoolean(fn.CallWithElement(value, k, o)) == stopWhen)
            {
                fn.Release();
                return k;
            }
        }
        fn.Release();
        value = JsValue.Undefined;
        return -1;
    }

    private static JsValue Reduce(JsTypedArray o, ReadOnlySpan<JsValue> args, bool fromEnd)
    {
        int len = o.Length;
        var fn = new RepeatedCall(ArrayPrototype.CallbackOrThrow(args.At(0)), JsValue.Undefined);
        if (len == 0 && args.Length < 2) throw JsException.TypeError("Reduce of empty array with no initial value");
        int i = 0;
        JsValue accumulator;
        if (args.Length >= 2) accumulator = args[1];
        else accumulator = o.GetElement(fromEnd ? len - 1 : 0);
        if (args.Length < 2) i = 1;
        var budget = ExecutionBudget.Current;
        for (; i < len; i++)
        {
            budget.Tick();
            int k = fromEnd ? len - 1 - i : i;
            accumulator = fn.Call([accumulator, o.GetElement(k), k, o]);
        }
        fn.Release();
        return accumulator;
    }
}
