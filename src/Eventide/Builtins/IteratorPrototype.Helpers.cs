using Eventide.Runtime;
using Eventide.Vm;
using static Eventide.Builtins.IteratorOperations;

namespace Eventide.Builtins;

/// <summary>27.1.4 The Iterator.prototype helper methods: lazy ones return an iterator helper, eager ones consume the iterator.</summary>
internal static partial class IteratorPrototype
{
    public static void SetupHelpers(Realm realm)
    {
        var proto = realm.IteratorPrototype;
        var helperProto = realm.IteratorHelperPrototype;
        // 27.1.4.8 Iterator.prototype.map ( mapper )
        realm.DefineMethod(proto, "map", 1, (thisValue, args) =>
        {
            var (iterated, mapper) = Prologue(thisValue, args.At(0), "map");
            return new MapHelper(helperProto, iterated, mapper);
        });
        // 27.1.4.5 Iterator.prototype.filter ( predicate )
        realm.DefineMethod(proto, "filter", 1, (thisValue, args) =>
        {
            var (iterated, predicate) = Prologue(thisValue, args.At(0), "filter");
            return new FilterHelper(helperProto, iterated, predicate);
        });
        // 27.1.4.12 Iterator.prototype.take ( limit )
        realm.DefineMethod(proto, "take", 1, (thisValue, args) =>
        {
            var o = RequireObject(thisValue, "take");
            double limit = ValidateLimit(o, args.At(0));
            return new TakeHelper(helperProto, IteratorRecord.Direct(o), limit);
        });
        // 27.1.4.4 Iterator.prototype.drop ( limit )
        realm.DefineMethod(proto, "drop", 1, (thisValue, args) =>
        {
            var o = RequireObject(thisValue, "drop");
            double limit = ValidateLimit(o, args.At(0));
            return new DropHelper(helperProto, IteratorRecord.Direct(o), limit);
        });
        // 27.1.4.6 Iterator.prototype.flatMap ( mapper )
        realm.DefineMethod(proto, "flatMap", 1, (thisValue, args) =>
        {
            var (iterated, mapper) = Prologue(thisValue, args.At(0), "flatMap");
            return new FlatMapHelper(helperProto, iterated, mapper);
        });
        realm.DefineMethod(proto, "reduce", 1, (thisValue, args) => Reduce(thisValue, args));
        // 27.1.4.13 Iterator.prototype.toArray ( )
        realm.DefineMethod(proto, "toArray", 0, (thisValue, _) =>
        {
            // 1-3. Let iterated be ? GetIteratorDirect(O).
            var iterated = IteratorRecord.Direct(RequireObject(thisValue, "toArray"));
            // 4-5. Append each ? IteratorStepValue(iterated) to items; return CreateArrayFromList(items).
            var items = realm.NewArray();
            while (iterated.Step(out var value)) items.Push(value);
            return items;
        });
        // 27.1.4.7 Iterator.prototype.forEach ( procedure )
        realm.DefineMethod(proto, "forEach", 1, (thisValue, args) =>
        {
            var (iterated, procedure) = Prologue(thisValue, args.At(0), "forEach");
            double counter = 0;
            while (iterated.Step(out var value)) CallClosingOnThrow(iterated, procedure, [value, counter++]);
            return JsValue.Undefined;
        });
        // 27.1.4.11 Iterator.prototype.some ( predicate )
        realm.DefineMethod(proto, "some", 1, (thisValue, args) =>
            Search(thisValue, args.At(0), "some", stopWhen: true, out _) ? JsValue.True : JsValue.False);
        // 27.1.4.3 Iterator.prototype.every ( predicate )
        realm.DefineMethod(proto, "every", 1, (thisValue, args) =>
            Search(thisValue, args.At(0), "every", stopWhen: false, out _) ? JsValue.False : JsValue.True);
        // 27.1.4.5 Iterator.prototype.find ( predicate )
        realm.DefineMethod(proto, "find", 1, (thisValue, args) =>
            Search(thisValue, args.At(0), "find", stopWhen: true, out var found) ? found : JsValue.Undefined);
        SetupProposals(realm);
    }

    /// <summary>
    /// Steps 1-5 of the methods taking a callback: O must be an Object; a non-callable callback closes O
    /// (IteratorClose with { [[Iterator]]: O, [[NextMethod]]: undefined }); then ? GetIteratorDirect(O).
    /// </summary>
    private static (IteratorRecord Iterated, JsFunction Callback) Prologue(JsValue thisValue, JsValue callback, string method)
    {
        var o = RequireObject(thisValue, method);
        var fn = RequireCallable(o, callback);
        return (IteratorRecord.Direct(o), fn);
    }

    private const double MaxSafeInteger = 9007199254740991;

    /// <summary>Steps 3-9 of take and drop: ToNumber(limit), closing O on NaN, a negative limit or an abrupt conversion.</summary>
    private static double ValidateLimit(JsObject o, JsValue limit)
    {
        double numLimit;
        // 4-5. Let numLimit be Completion(ToNumber(limit)); IfAbruptCloseIterator(numLimit, iterated).
        try { numLimit = Operations.ToNumber(limit); }
        catch (JsException e) { throw CloseWithError(o, e); }
        // 6. If numLimit is NaN, close iterated with a RangeError.
        // 7. If numLimit is finite and numLimit > 2**53 - 1, close iterated with a RangeError.
        // 8-9. Let integerLimit be ! ToIntegerOrInfinity(numLimit); if integerLimit < 0, close iterated with a RangeError.
        double integerLimit = double.IsNaN(numLimit) ? double.NaN : Operations.ToIntegerOrInfinity(numLimit);
        if (double.IsNaN(integerLimit) || integerLimit < 0 || (double.IsFinite(integerLimit) && integerLimit > MaxSafeInteger))
            throw CloseWithError(o, JsException.RangeError($"{Operations.ToDisplay(limit)} must be positive"));
        return integerLimit;
    }

    /// <summary>27.1.4.10 Iterator.prototype.reduce ( reducer [ , initialValue ] )</summary>
    private static JsValue Reduce(JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-5. this must be an Object, reducer callable (else close O); let iterated be ? GetIteratorDirect(O).
        var (iterated, reducer) = Prologue(thisValue, args.At(0), "reduce");
        JsValue accumulator;
        double counter;
        if (args.Length < 2)
        {
            // 6. If initialValue is not present: the first value is the accumulator; none at all is a TypeError.
            if (!iterated.Step(out accumulator)) throw JsException.TypeError("Reduce of empty iterator with no initial value");
            counter = 1;
        }
        else
        {
            // 7. Else, let accumulator be initialValue and counter be 0.
            accumulator = args[1];
            counter = 0;
        }
        // 8. Repeat: accumulator = Call(reducer, undefined, « accumulator, value, F(counter) »), closing iterated on a throw.
        while (iterated.Step(out var value)) accumulator = CallClosingOnThrow(iterated, reducer, [accumulator, value, counter++]);
        return accumulator;
    }

    /// <summary>
    /// The loop of some, every and find: calls predicate on each value until ToBoolean(result) equals
    /// <paramref name="stopWhen"/>, then returns ? IteratorClose(iterated, NormalCompletion(...)) and true.
    /// </summary>
    private static bool Search(JsValue thisValue, JsValue predicateArg, string method, bool stopWhen, out JsValue value)
    {
        var (iterated, predicate) = Prologue(thisValue, predicateArg, method);
        double counter = 0;
        while (iterated.Step(out value))
        {
            var result = CallClosingOnThrow(iterated, predicate, [value, counter++]);
            if (Operations.ToBoolean(result) == stopWhen)
            {
                iterated.Close();
                return true;
            }
        }
        return false;
    }
}
