using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

// The abstract closures of the lazy Iterator.prototype methods (27.1.4), one state machine each.
// Every Step is one resumption of the closure up to its next Yield.

/// <summary>27.1.4.8 Iterator.prototype.map's closure.</summary>
internal sealed class MapHelper(JsObject prototype, IteratorRecord iterated, JsFunction mapper) : IteratorHelper(prototype, iterated)
{
    private double _counter;

    protected override bool Step(out JsValue value)
    {
        // a-b. Let value be ? IteratorStepValue(iterated); if done, return ReturnCompletion(undefined).
        if (!Underlying!.Step(out var item)) { value = default; return false; }
        // c-d. Let mapped be Completion(Call(mapper, undefined, « value, F(counter) »)); IfAbruptCloseIterator(mapped, iterated).
        value = IteratorOperations.CallClosingOnThrow(Underlying, mapper, [item, _counter++]);
        // e-f. Yield(mapped) (a return completion closes iterated: CloseAtYield).
        return true;
    }
}

/// <summary>27.1.4.5 Iterator.prototype.filter's closure.</summary>
internal sealed class FilterHelper(JsObject prototype, IteratorRecord iterated, JsFunction predicate) : IteratorHelper(prototype, iterated)
{
    private double _counter;

    protected override bool Step(out JsValue value)
    {
        while (true)
        {
            // a-b. Let value be ? IteratorStepValue(iterated); if done, return ReturnCompletion(undefined).
            if (!Underlying!.Step(out value)) return false;
            // c-d. Let selected be Completion(Call(predicate, undefined, « value, F(counter) »)); IfAbruptCloseIterator.
            var selected = IteratorOperations.CallClosingOnThrow(Underlying, predicate, [value, _counter++]);
            // e. If ToBoolean(selected) is true, Yield(value).
            if (Operations.ToBoolean(selected)) return true;
        }
    }
}

/// <summary>27.1.4.12 Iterator.prototype.take's closure.</summary>
internal sealed class TakeHelper(JsObject prototype, IteratorRecord iterated, double limit) : IteratorHelper(prototype, iterated)
{
    private double _remaining = limit;

    protected override bool Step(out JsValue value)
    {
        // a. If remaining = 0, return ? IteratorClose(iterated, ReturnCompletion(undefined)).
        if (_remaining == 0)
        {
            Underlying!.Close();
            value = default;
            return false;
        }
        // b. If remaining ≠ +∞, set remaining to remaining - 1.
        if (!double.IsPositiveInfinity(_remaining)) _remaining--;
        // c-e. Let value be ? IteratorStepValue(iterated); if done, return; else Yield(value).
        return Underlying!.Step(out value);
    }
}

/// <summary>27.1.4.4 Iterator.prototype.drop's closure.</summary>
internal sealed class DropHelper(JsObject prototype, IteratorRecord iterated, double limit) : IteratorHelper(prototype, iterated)
{
    private double _remaining = limit;

    protected override bool Step(out JsValue value)
    {
        // a. Repeat, while remaining > 0: skip a step (IteratorStep: the values are never read).
        while (_remaining > 0)
        {
            if (!double.IsPositiveInfinity(_remaining)) _remaining--;
            if (!Underlying!.Skip()) { value = default; return false; }
        }
        // b. Repeat: Let value be ? IteratorStepValue(iterated); if done, return; else Yield(value).
        return Underlying!.Step(out value);
    }
}

/// <summary>27.1.4.6 Iterator.prototype.flatMap's closure.</summary>
internal sealed class FlatMapHelper(JsObject prototype, IteratorRecord iterated, JsFunction mapper) : IteratorHelper(prototype, iterated)
{
    private double _counter;
    private IteratorRecord? _inner;

    protected override bool Step(out JsValue value)
    {
        var iterated = Underlying!;
        while (true)
        {
            if (_inner is not null)
            {
                // viii. 1-2. Let innerValue be Completion(IteratorStepValue(innerIterator)); IfAbruptCloseIterator(innerValue, iterated).
                bool has;
                try { has = _inner.Step(out value); }
                catch (JsException)
                {
                    iterated.CloseQuietly();
                    throw;
                }
                // 4. Else, Yield(innerValue).
                if (has) return true;
                // 3. If innerValue is done, set innerAlive to false.
                _inner = null;
            }
            // a-b. Let value be ? IteratorStepValue(iterated); if done, return ReturnCompletion(undefined).
            if (!iterated.Step(out var item)) { value = default; return false; }
            try
            {
                // c-d. Let mapped be Completion(Call(mapper, undefined, « value, F(counter) »)); IfAbruptCloseIterator.
                var mapped = mapper.Call(JsValue.Undefined, [item, _counter++]);
                // e-f. Let innerIterator be Completion(GetIteratorFlattenable(mapped, reject-primitives)); IfAbruptCloseIterator.
                _inner = IteratorOperations.GetIteratorFlattenable(mapped, iterateStringPrimitives: false, "Iterator.prototype.flatMap");
            }
            catch (JsException)
            {
                iterated.CloseQuietly();
                throw;
            }
        }
    }

    protected override void CloseAtYield()
    {
        // viii. 4. b. If completion is an abrupt completion: close the inner iterator, then iterated.
        try { _inner!.Close(); }
        catch (JsException)
        {
            // IfAbruptCloseIterator(backupCompletion, iterated).
            Underlying!.CloseQuietly();
            throw;
        }
        // Return ? IteratorClose(iterated, completion).
        Underlying!.Close();
    }
}

/// <summary>Iterator.concat's closure: each iterable is opened when the previous one is exhausted.</summary>
internal sealed class ConcatHelper(JsObject prototype, (JsFunction OpenMethod, JsObject Iterable)[] iterables) : IteratorHelper(prototype, null)
{
    private int _next;
    private IteratorRecord? _current;

    protected override bool Step(out JsValue value)
    {
        while (true)
        {
            if (_current is null)
            {
                if (_next == iterables.Length) { value = default; return false; }
                // a. Let iter be ? Call(iterable.[[OpenMethod]], iterable.[[Iterable]]).
                var (open, iterable) = iterables[_next];
                iterables[_next++] = default; // the closure no longer refers to it
                var iter = open.Call(iterable, []);
                // b. If iter is not an Object, throw a TypeError exception.
                if (iter.AsObject is not JsObject iterObject) throw JsException.TypeError($"{Operations.ToDisplay(iter)} is not an object");
                // c. Let iteratorRecord be ? GetIteratorDirect(iter).
                _current = IteratorRecord.Direct(iterObject);
            }
            // e. i-iii. Let innerValue be ? IteratorStepValue(iteratorRecord); if not done, Yield(innerValue).
            if (_current.Step(out value)) return true;
            _current = null;
        }
    }

    // e. iii. 2. If completion is an abrupt completion, return ? IteratorClose(iteratorRecord, completion).
    protected override void CloseAtYield() => _current!.Close();
}
