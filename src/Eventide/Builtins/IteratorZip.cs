using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>Iterator.zip and Iterator.zipKeyed (stage 3 proposal joint-iteration).</summary>
internal static class IteratorZip
{
    public enum Mode { Shortest, Longest, Strict }

    public static void Setup(Realm realm, JsObject ctor)
    {
        realm.DefineMethod(ctor, "zip", 1, (_, args) => Zip(realm, args.At(0), args.At(1)));
        realm.DefineMethod(ctor, "zipKeyed", 1, (_, args) => ZipKeyed(realm, args.At(0), args.At(1)));
    }

    /// <summary>Iterator.zip ( iterables [ , options ] )</summary>
    private static JsValue Zip(Realm realm, JsValue iterables, JsValue options)
    {
        // 1. If iterables is not an Object, throw a TypeError exception.
        if (!iterables.IsObject) throw JsException.TypeError($"{Operations.ToDisplay(iterables)} is not an object");
        // 2-7. Read mode and (for "longest") padding from the options object.
        var (mode, paddingOption) = ReadOptions(options);
        // 8-12. Open an iterator for each value of iterables, closing those already open if anything fails.
        var iters = new List<IteratorRecord>();
        var inputIter = IteratorRecord.GetIterator(realm, iterables, allowFastPath: false);
        while (true)
        {
            JsValue next;
            bool more;
            // a-b. Let next be Completion(IteratorStepValue(inputIter)); IfAbruptCloseIterators(next, iters).
            try { more = inputIter.Step(out next); }
            catch (JsException e) { throw CloseAll(iters, e); }
            if (!more) break;
            // c.i-ii. Let iter be Completion(GetIteratorFlattenable(next, reject-primitives));
            //         IfAbruptCloseIterators(iter, « inputIter » and iters).
            try { iters.Add(IteratorOperations.GetIteratorFlattenable(next, iterateStringPrimitives: false, "Iterator.zip")); }
            catch (JsException e)
            {
                iters.Insert(0, inputIter);
                throw CloseAll(iters, e);
            }
        }
        // 13-14. The padding of "longest": undefined, or the first iterCount values of the padding iterable.
        var padding = new JsValue[iters.Count];
        if (mode == Mode.Longest && !paddingOption.IsUndefined)
        {
            try
            {
                var paddingIter = IteratorRecord.GetIterator(realm, paddingOption, allowFastPath: false);
                bool usingIterator = true;
                for (int i = 0; i < padding.Length && usingIterator; i++)
                {
                    if (paddingIter.Step(out var value)) padding[i] = value;
                    else usingIterator = false;
                }
                // v. If usingIterator is true, perform ? IteratorClose(paddingIter, NormalCompletion(unused)).
                if (usingIterator) paddingIter.Close();
            }
            catch (JsException e) { throw CloseAll(iters, e); }
        }
        // 15-16. Return IteratorZip(iters, mode, padding, finishResults: CreateArrayFromList).
        return new ZipHelper(realm, iters, mode, padding, keys: null);
    }

    /// <summary>Iterator.zipKeyed ( iterables [ , options ] )</summary>
    private static JsValue ZipKeyed(Realm realm, JsValue iterablesArg, JsValue options)
    {
        // 1. If iterables is not an Object, throw a TypeError exception.
        if (iterablesArg.AsObject is not JsObject iterables) throw JsException.TypeError($"{Operations.ToDisplay(iterablesArg)} is not an object");
        // 2-7. Read mode and (for "longest") padding from the options object.
        var (mode, paddingOption) = ReadOptions(options);
        var iters = new List<IteratorRecord>();
        var keys = new List<PropertyKey>();
        // 9. Let allKeys be ? iterables.[[OwnPropertyKeys]]().
        var allKeys = iterables.OwnPropertyKeys();
        // 11. For each key whose own property is enumerable and whose value is not undefined, open an iterator.
        try
        {
            foreach (var key in allKeys)
            {
                if (!iterables.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
                var value = iterables.Get(key);
                if (value.IsUndefined) continue;
                iters.Add(IteratorOperations.GetIteratorFlattenable(value, iterateStringPrimitives: false, "Iterator.zipKeyed"));
                keys.Add(key);
            }
        }
        catch (JsException e) { throw CloseAll(iters, e); }
        // 13. The padding of "longest": undefined, or ? Get(paddingOption, key) for each key.
        var padding = new JsValue[iters.Count];
        if (mode == Mode.Longest && paddingOption.AsObject is JsObject paddingObject)
        {
            try
            {
                for (int i = 0; i < padding.Length; i++) padding[i] = paddingObject.Get(keys[i]);
            }
            catch (JsException e) { throw CloseAll(iters, e); }
        }
        // 14-15. Return IteratorZip(iters, mode, padding, finishResults: a null-prototype object keyed by keys).
        return new ZipHelper(realm, iters, mode, padding, keys.ToArray());
    }

    /// <summary>Steps 2-7 of zip and zipKeyed: GetOptionsObject, mode (default "shortest"), and padding for "longest".</summary>
    private static (Mode Mode, JsValue Padding) ReadOptions(JsValue optionsArg)
    {
        // GetOptionsObject: undefined is an empty object; anything else but an Object is a TypeError.
        if (optionsArg.IsUndefined) return (Mode.Shortest, JsValue.Undefined);
        if (optionsArg.AsObject is not JsObject options) throw JsException.TypeError($"{Operations.ToDisplay(optionsArg)} is not an object");
        // 3-5. Let mode be ? Get(options, "mode"): undefined is "shortest"; it must be "shortest", "longest" or "strict".
        var modeValue = options.Get("mode");
        var mode = modeValue.IsUndefined ? Mode.Shortest : modeValue.IsString ? modeValue.String switch
        {
            "shortest" => Mode.Shortest,
            "longest" => Mode.Longest,
            "strict" => Mode.Strict,
            _ => throw InvalidMode(),
        } : throw InvalidMode();
        // 6-7. If mode is "longest", let paddingOption be ? Get(options, "padding"): undefined or an Object.
        var padding = JsValue.Undefined;
        if (mode == Mode.Longest)
        {
            padding = options.Get("padding");
            if (!padding.IsUndefined && !padding.IsObject) throw JsException.TypeError($"{Operations.ToDisplay(padding)} is not an object");
        }
        return (mode, padding);
    }

    private static JsException InvalidMode() => JsException.TypeError("mode must be \"shortest\", \"longest\" or \"strict\"");

    /// <summary>
    /// IteratorCloseAll ( iters, completion ) with a throw completion: every iterator is closed in reverse
    /// order, errors from return() swallowed; the exception to throw is returned.
    /// </summary>
    public static JsException CloseAll(List<IteratorRecord> iters, JsException error)
    {
        for (int i = iters.Count - 1; i >= 0; i--) iters[i].CloseQuietly();
        return error;
    }

    /// <summary>IteratorCloseAll ( iters, completion ) with a normal or return completion: the first error from a return() wins.</summary>
    public static void CloseAll(List<IteratorRecord> iters)
    {
        JsException? error = null;
        for (int i = iters.Count - 1; i >= 0; i--)
        {
            if (error is not null) { iters[i].CloseQuietly(); continue; }
            try { iters[i].Close(); }
            catch (JsException e) { error = e; }
        }
        if (error is not null) throw error;
    }
}

/// <summary>IteratorZip ( iters, mode, padding, finishResults )'s closure: one result per step from every iterator.</summary>
internal sealed class ZipHelper(Realm realm, List<IteratorRecord> iters, IteratorZip.Mode mode, JsValue[] padding, PropertyKey[]? keys)
    : IteratorHelper(realm.IteratorHelperPrototype, null)
{
    // iters with exhausted ones set to null ("longest"); openIters is [[UnderlyingIterators]].
    private readonly IteratorRecord?[] _iters = iters.ToArray();
    private readonly List<IteratorRecord> _openIters = iters;

    protected override bool Step(out JsValue value)
    {
        value = default;
        int iterCount = _iters.Length;
        // a. If iterCount = 0, return ReturnCompletion(undefined).
        if (iterCount == 0) return false;
        // b.i-iii. Take one value from each iterator (padding for the exhausted ones).
        var results = new JsValue[iterCount];
        for (int i = 0; i < iterCount; i++)
        {
            var iter = _iters[i];
            if (iter is null) { results[i] = padding[i]; continue; }
            bool more;
            JsValue result;
            try { more = iter.Step(out result); }
            catch (JsException e)
            {
                // 3.b. Remove iter from openIters; return ? IteratorCloseAll(openIters, result).
                _openIters.Remove(iter);
                throw IteratorZip.CloseAll(_openIters, e);
            }
            if (!more)
            {
                // 3.d.i. Remove iter from openIters.
                _openIters.Remove(iter);
                switch (mode)
                {
                    case IteratorZip.Mode.Shortest:
                        // ii. Return ? IteratorCloseAll(openIters, ReturnCompletion(undefined)).
                        IteratorZip.CloseAll(_openIters);
                        return false;
                    case IteratorZip.Mode.Strict:
                        FinishStrict(i);
                        return false;
                    default:
                        // iv. "longest": done once every iterator is; else pad this one from now on.
                        if (_openIters.Count == 0) return false;
                        _iters[i] = null;
                        result = padding[i];
                        break;
                }
            }
            results[i] = result;
        }
        // iv. Set results to finishResults(results). v. Yield(results).
        value = FinishResults(results);
        return true;
    }

    /// <summary>3.d.iii "strict": the first iterator to finish must be the first, and every other must finish with it.</summary>
    private void FinishStrict(int i)
    {
        // i. If i ≠ 0, return ? IteratorCloseAll(openIters, ThrowCompletion(a new TypeError)).
        if (i != 0) throw IteratorZip.CloseAll(_openIters, JsException.TypeError("Iterator.zip: iterators have different lengths"));
        // ii. For each 1 ≤ k < iterCount: IteratorStep(iters[k]) must be done.
        for (int k = 1; k < _iters.Length; k++)
        {
            var iter = _iters[k]!;
            bool open;
            try { open = iter.Skip(); }
            catch (JsException e)
            {
                _openIters.Remove(iter);
                throw IteratorZip.CloseAll(_openIters, e);
            }
            if (!open) _openIters.Remove(iter);
            else throw IteratorZip.CloseAll(_openIters, JsException.TypeError("Iterator.zip: iterators have different lengths"));
        }
        // iii. Return ReturnCompletion(undefined).
    }

    /// <summary>finishResults: an array (zip), or a null-prototype object with a property per key (zipKeyed).</summary>
    private JsObject FinishResults(JsValue[] results)
    {
        if (keys is null) return new JsArray(realm.ArrayPrototype, results, results.Length);
        var obj = new JsObject(null);
        for (int i = 0; i < keys.Length; i++) obj.CreateDataPropertyOrThrow(keys[i], results[i]);
        return obj;
    }

    // %IteratorHelperPrototype%.return: IteratorCloseAll(O.[[UnderlyingIterators]], ReturnCompletion(undefined)), from either state.
    protected override void CloseAtStart() => IteratorZip.CloseAll(_openIters);

    protected override void CloseAtYield() => IteratorZip.CloseAll(_openIters);
}
