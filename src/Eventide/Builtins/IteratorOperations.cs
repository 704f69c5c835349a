using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>Abstract operations shared by Iterator, its prototype's helpers and Iterator.from/concat.</summary>
internal static class IteratorOperations
{
    /// <summary>7.4.? GetIteratorFlattenable ( obj, primitiveHandling )</summary>
    public static IteratorRecord GetIteratorFlattenable(JsValue obj, bool iterateStringPrimitives, string method)
    {
        // 1. If obj is not an Object, then: reject-primitives throws; iterate-string-primitives accepts only Strings.
        if (!obj.IsObject && !(iterateStringPrimitives && obj.IsString))
            throw JsException.TypeError(iterateStringPrimitives ? $"{method} called on non-object" : $"{Operations.ToDisplay(obj)} is not an object");
        // 2. Let method be ? GetMethod(obj, %Symbol.iterator%).
        var iteratorMethod = Operations.GetMethod(obj, WellKnownSymbols.Iterator);
        // 3-4. If method is undefined, let iterator be obj; else let iterator be ? Call(method, obj).
        var iterator = iteratorMethod is null ? obj : iteratorMethod.Call(obj, []);
        // 5. If iterator is not an Object, throw a TypeError exception.
        if (iterator.AsObject is not JsObject it) throw JsException.TypeError($"{Operations.ToDisplay(iterator)} is not an object");
        // 6. Return ? GetIteratorDirect(iterator).
        return IteratorRecord.Direct(it);
    }

    /// <summary>Steps 1-2 of every Iterator.prototype method: the this value must be an Object.</summary>
    public static JsObject RequireObject(JsValue thisValue, string method) =>
        thisValue.AsObject ?? throw JsException.TypeError($"Iterator.prototype.{method} called on non-object");

    /// <summary>
    /// An argument check failed before GetIteratorDirect: 7.4.11 IteratorClose(iterated, ThrowCompletion(error)),
    /// where iterated is { [[Iterator]]: O, [[NextMethod]]: undefined }. Errors from return() are swallowed.
    /// </summary>
    public static JsException CloseWithError(JsObject iterator, JsException error)
    {
        try
        {
            var returnMethod = Operations.GetMethod(iterator, "return");
            returnMethod?.Call(iterator, []);
        }
        catch (JsException) { }
        return error;
    }

    /// <summary>The callback argument of a helper, closing the receiver when it is not callable.</summary>
    public static JsFunction RequireCallable(JsObject iterator, JsValue callback) =>
        callback.AsFunction ?? throw CloseWithError(iterator, JsException.TypeError($"{Operations.ToDisplay(callback)} is not a function"));

    /// <summary>Runs a helper's callback; on a throw completion, IfAbruptCloseIterator(result, iterated).</summary>
    public static JsValue CallClosingOnThrow(IteratorRecord iterated, JsFunction fn, ReadOnlySpan<JsValue> args)
    {
        try { return fn.Call(JsValue.Undefined, args); }
        catch (JsException)
        {
            iterated.CloseQuietly();
            throw;
        }
    }
}
