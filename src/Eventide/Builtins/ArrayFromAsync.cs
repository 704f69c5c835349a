using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>
/// 23.1.2.2 Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] ). The spec's fromAsyncClosure is an
/// async abstract closure; here it is a native state machine that is also the reaction of each of its
/// awaits (one pending at a time, as an async function's frame is for its awaits).
/// Each <see cref="Phase"/> names the Await the closure is suspended at.
/// </summary>
internal sealed class ArrayFromAsync : PromiseReaction
{
    private enum Phase { NextResult, MappedValue, CloseAfterError, ArrayLikeValue, ArrayLikeMapped }

    private readonly Realm _realm;
    private readonly PromiseCapability _capability;
    private readonly JsFunction? _mapfn;
    private readonly JsValue _thisArg;
    private Phase _phase;
    private JsObject _a = null!;
    private long _k;
    // The iterator path.
    private IteratorRecord? _iteratorRecord;
    private JsValue _pendingError;
    // The array-like path.
    private JsObject? _arrayLike;
    private long _len;

    private ArrayFromAsync(Realm realm, PromiseCapability capability, JsFunction? mapfn, JsValue thisArg)
    {
        _realm = realm;
        _capability = capability;
        _mapfn = mapfn;
        _thisArg = thisArg;
    }

    /// <summary>23.1.2.2 Array.fromAsync: steps 1-5.</summary>
    public static JsValue FromAsync(Realm realm, JsValue c, ReadOnlySpan<JsValue> args)
    {
        // 1. Let C be the this value.
        // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(realm);
        // 3-4. Perform AsyncFunctionStart(promiseCapability, fromAsyncClosure): the closure runs now up to its first Await.
        try
        {
            JsFunction? mapfn = null;
            var mapfnArg = args.At(1);
            // 3.a-b. If mapfn is undefined, let mapping be false; else if IsCallable(mapfn) is false, throw a TypeError exception.
            if (!mapfnArg.IsUndefined) mapfn = mapfnArg.AsFunction ?? throw JsException.TypeError($"{Operations.ToDisplay(mapfnArg)} is not a function");
            new ArrayFromAsync(realm, capability, mapfn, args.At(2)).Start(c, args.At(0));
        }
        catch (JsException e)
        {
            capability.CallReject(e.GetValue(realm));
        }
        // 5. Return promiseCapability.[[Promise]].
        return capability.Promise;
    }

    /// <summary>Steps 3.c-3.i up to the first Await.</summary>
    private void Start(JsValue c, JsValue asyncItems)
    {
        // c. Let usingAsyncIterator be ? GetMethod(asyncItems, %Symbol.asyncIterator%).
        if (asyncItems.IsNullish) throw JsException.TypeError($"{Operations.ToDisplay(asyncItems)} is not async iterable");
        var usingAsyncIterator = Operations.GetMethod(asyncItems, WellKnownSymbols.AsyncIterator);
        // d. If usingAsyncIterator is undefined, let usingSyncIterator be ? GetMethod(asyncItems, %Symbol.iterator%).
        var usingSyncIterator = usingAsyncIterator is null ? Operations.GetMethod(asyncItems, WellKnownSymbols.Iterator) : null;
        // e-g. Let iteratorRecord be the async iterator, or CreateAsyncFromSyncIterator over the sync one.
        if (usingAsyncIterator is not null) _iteratorRecord = IteratorRecord.FromMethod(asyncItems, usingAsyncIterator);
        else if (usingSyncIterator is not null)
            _iteratorRecord = AsyncIteratorRecord.CreateAsyncFromSyncIterator(_realm, IteratorRecord.FromMethod(asyncItems, usingSyncIterator));
        // h. If iteratorRecord is not undefined, then
        if (_iteratorRecord is not null)
        {
            // i-ii. If IsConstructor(C) is true, let A be ? Construct(C); else let A be ! ArrayCreate(0).
            _a = IsOtherConstructor(c) ? Operations.Construct(c, []).AsObject! : ArrayConstructor.ArrayCreate(_realm, 0);
            // iii. Let k be 0.
            _k = 0;
            RequestNext();
            return;
        }
        // i. Else (an array-like object):
        // ii. Let arrayLike be ! ToObject(asyncItems).
        _arrayLike = Operations.ToObject(_realm, asyncItems);
        // iii. Let len be ? LengthOfArrayLike(arrayLike).
        _len = Operations.LengthOfArrayLike(_arrayLike);
        // iv-v. If IsConstructor(C) is true, let A be ? Construct(C, « 𝔽(len) »); else let A be ? ArrayCreate(len).
        _a = IsOtherConstructor(c) ? Operations.Construct(c, [_len]).AsObject! : ArrayConstructor.ArrayCreate(_realm, _len);
        // vi. Let k be 0.
        _k = 0;
        NextArrayLikeElement();
    }

    /// <summary>IsConstructor(C), except that %Array% itself is ArrayCreate (unobservably the same).</summary>
    private bool IsOtherConstructor(JsValue c) => Operations.IsConstructor(c) && !ReferenceEquals(c.Ref, _realm.ArrayConstructor);

    /// <summary>h.iv.1-4: the next iteration of the loop over the iterator, up to Await(nextResult).</summary>
    private void RequestNext()
    {
        var iteratorRecord = _iteratorRecord!;
        // 1. If k ≥ 2**53 - 1, return ? AsyncIteratorClose(iteratorRecord, ThrowCompletion(a new TypeError)).
        if (_k >= ArrayPrototype.MaxSafeInteger)
        {
            AsyncIteratorCloseAfterError(_realm.CreateError(ErrorKind.TypeError, "Invalid array length"));
            return;
        }
        // 3. Let nextResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
        var nextResult = Operations.Call(iteratorRecord.NextMethod, iteratorRecord.Iterator, []);
        // 4. Set nextResult to ? Await(nextResult).
        Await(Phase.NextResult, nextResult);
    }

    /// <summary>i.vii: the next iteration of the loop over the array-like, up to Await(kValue), or the end.</summary>
    private void NextArrayLikeElement()
    {
        // vii. Repeat, while k < len,
        if (_k < _len)
        {
            // 1-2. Let kValue be ? Get(arrayLike, Pk).
            var kValue = ArrayPrototype.GetElement(_arrayLike!, _k);
            // 3. Set kValue to ? Await(kValue).
            Await(Phase.ArrayLikeValue, kValue);
            return;
        }
        // viii. Perform ? Set(A, "length", 𝔽(len), true).
        ArrayPrototype.SetLength(_a, _len);
        // ix. Return A.
        _capability.CallResolve(_a);
    }

    /// <summary>27.7.5.3 Await ( value ): suspend at <paramref name="phase"/> until value settles.</summary>
    private void Await(Phase phase, JsValue value)
    {
        _phase = phase;
        // A PromiseResolve that throws is a throw completion of the Await itself.
        if (!Interpreter.Await(_realm, value, this, out var error)) Continue(false, error);
    }

    /// <summary>Await steps 3-5: the closure resumes with a normal (fulfilled) or throw completion.</summary>
    public override void OnSettled(bool fulfilled, JsValue value)
    {
        try { Continue(fulfilled, value); }
        catch (JsException e) { _capability.CallReject(e.GetValue(_realm)); }
    }

    private void Continue(bool fulfilled, JsValue value)
    {
        switch (_phase)
        {
            case Phase.NextResult:
                if (!fulfilled) throw new JsException(value);
                OnNextResult(value);
                break;
            case Phase.MappedValue:
                // h.iv.9.d. IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
                if (!fulfilled) AsyncIteratorCloseAfterError(value);
                else AddIteratedValue(value);
                break;
            case Phase.CloseAfterError:
                // 7.4.13 AsyncIteratorClose step 5: after awaiting return()'s result, the throw completion wins.
                throw new JsException(_pendingError);
            case Phase.ArrayLikeValue:
                if (!fulfilled) throw new JsException(value);
                // i.vii.4. If mapping is true: mappedValue = ? Call(mapfn, thisArg, « kValue, 𝔽(k) »); ? Await(mappedValue).
                if (_mapfn is not null) Await(Phase.ArrayLikeMapped, _mapfn.Call(_thisArg, [value, _k]));
                else AddArrayLikeValue(value);
                break;
            case Phase.ArrayLikeMapped:
                if (!fulfilled) throw new JsException(value);
                AddArrayLikeValue(value);
                break;
        }
    }

    /// <summary>h.iv.5-10: the awaited result of next().</summary>
    private void OnNextResult(JsValue nextResult)
    {
        // 5. If nextResult is not an Object, throw a TypeError exception.
        if (nextResult.AsObject is not JsObject result) throw JsException.TypeError($"Iterator result {Operations.ToDisplay(nextResult)} is not an object");
        // 6. Let done be ? IteratorComplete(nextResult).
        if (Vm.Interpreter.IteratorComplete(Realm.Current, result))
        {
            // 7.a. Perform ? Set(A, "length", 𝔽(k), true). b. Return A.
            ArrayPrototype.SetLength(_a, _k);
            _capability.CallResolve(_a);
            return;
        }
        // 8. Let nextValue be ? IteratorValue(nextResult).
        var nextValue = Vm.Interpreter.IteratorValue(Realm.Current, result);
        if (_mapfn is null)
        {
            // 10. Else, let mappedValue be nextValue.
            AddIteratedValue(nextValue);
            return;
        }
        // 9.a-b. Let mappedValue be Call(mapfn, thisArg, « nextValue, 𝔽(k) »); IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
        JsValue mappedValue;
        try { mappedValue = _mapfn.Call(_thisArg, [nextValue, _k]); }
        catch (JsException e)
        {
            AsyncIteratorCloseAfterError(e.GetValue(_realm));
            return;
        }
        // 9.c. Set mappedValue to Await(mappedValue).
        Await(Phase.MappedValue, mappedValue);
    }

    /// <summary>h.iv.11-13: define A[k] (closing the iterator if that fails) and go on with the next value.</summary>
    private void AddIteratedValue(JsValue mappedValue)
    {
        // 11-12. Let defineStatus be CreateDataPropertyOrThrow(A, Pk, mappedValue); if abrupt, return ? AsyncIteratorClose(iteratorRecord, defineStatus).
        try { ArrayPrototype.CreateDataPropertyOrThrow(_a, _k, mappedValue); }
        catch (JsException e)
        {
            AsyncIteratorCloseAfterError(e.GetValue(_realm));
            return;
        }
        // 13. Set k to k + 1.
        _k++;
        RequestNext();
    }

    /// <summary>i.vii.6-7: ? CreateDataPropertyOrThrow(A, Pk, mappedValue); set k to k + 1.</summary>
    private void AddArrayLikeValue(JsValue mappedValue)
    {
        ArrayPrototype.CreateDataPropertyOrThrow(_a, _k, mappedValue);
        _k++;
        NextArrayLikeElement();
    }

    /// <summary>7.4.13 AsyncIteratorClose ( iteratorRecord, completion ) with a throw completion of <paramref name="error"/>.</summary>
    private void AsyncIteratorCloseAfterError(JsValue error)
    {
        // 1-2. Let iterator be iteratorRecord.[[Iterator]].
        var iterator = _iteratorRecord!.Iterator;
        JsValue innerResult;
        try
        {
            // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
            var returnMethod = Operations.GetMethod(iterator, "return");
            // 4.b. If return is undefined, return ? completion.
            if (returnMethod is null) throw new JsException(error);
            // 4.c. Set innerResult to Completion(Call(return, iterator)).
            innerResult = returnMethod.Call(iterator, []);
        }
        catch (JsException)
        {
            // 5. If completion is a throw completion, return ? completion.
            throw new JsException(error);
        }
        // 4.d. If innerResult is a normal completion, set innerResult to Completion(Await(innerResult.[[Value]])).
        _pendingError = error;
        Await(Phase.CloseAfterError, innerResult);
    }

    public override string Describe(bool fulfilled) => $"await resumes Array.fromAsync {Outcome(fulfilled)}";
}
