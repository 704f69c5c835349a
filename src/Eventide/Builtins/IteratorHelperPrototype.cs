using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>
/// An iterator helper object (27.1.2.1 %IteratorHelperPrototype% instances): the spec describes each as a
/// generator over an abstract closure; here each helper kind is a native state machine whose
/// <see cref="Step"/> runs the closure up to its next Yield. The generator states are kept so re-entrancy
/// and return() behave as GeneratorResume / GeneratorResumeAbrupt with brand "Iterator Helper".
/// </summary>
internal abstract class IteratorHelper(JsObject prototype, IteratorRecord? underlying) : JsObject(prototype)
{
    private enum State : byte { SuspendedStart, SuspendedYield, Executing, Completed }
    private State _state;

    /// <summary>[[UnderlyingIterator]] (null for Iterator.concat, which opens its iterators lazily).</summary>
    protected readonly IteratorRecord? Underlying = underlying;

    internal override string ClassName => "Iterator Helper";

    /// <summary>Runs the closure to its next Yield (true, with the value) or to its end (false).</summary>
    protected abstract bool Step(out JsValue value);

    /// <summary>The closure received a return completion at its Yield: close what it iterates (IfAbruptCloseIterator).</summary>
    protected virtual void CloseAtYield() => Underlying!.Close();

    /// <summary>return() before the first next(): IteratorClose(O.[[UnderlyingIterator]], NormalCompletion(unused)).</summary>
    protected virtual void CloseAtStart() => Underlying?.Close();

    /// <summary>27.5.3.3 GeneratorResume: the value of the next step, false once the helper is done.</summary>
    public bool Resume(out JsValue value)
    {
        // GeneratorValidate: a running helper cannot be resumed; a completed one stays done.
        if (_state == State.Executing) throw JsException.TypeError("Generator is already running");
        if (_state == State.Completed) { value = JsValue.Undefined; return false; }
        _state = State.Executing;
        bool yielded;
        try { yielded = Step(out value); }
        catch
        {
            _state = State.Completed;
            throw;
        }
        _state = yielded ? State.SuspendedYield : State.Completed;
        if (!yielded) value = JsValue.Undefined;
        return yielded;
    }

    /// <summary>27.1.2.1.2 %IteratorHelperPrototype%.return ( )</summary>
    public void Return()
    {
        switch (_state)
        {
            case State.Executing:
                throw JsException.TypeError("Generator is already running");
            case State.SuspendedStart:
                // 4. a. Set O.[[GeneratorState]] to completed. c. Perform ? IteratorClose(O.[[UnderlyingIterator]], NormalCompletion(unused)).
                _state = State.Completed;
                CloseAtStart();
                return;
            case State.SuspendedYield:
                // 5-6. GeneratorResumeAbrupt(O, return completion): the closure closes its iterators and completes.
                _state = State.Executing;
                try { CloseAtYield(); }
                finally { _state = State.Completed; }
                return;
        }
    }
}

/// <summary>27.1.2.1 The %IteratorHelperPrototype% Object.</summary>
internal static class IteratorHelperPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.IteratorHelperPrototype = proto;
        // 27.1.2.1.1 %IteratorHelperPrototype%.next ( ): Return ? GeneratorResume(this value, undefined, "Iterator Helper").
        realm.IteratorHelperNext = realm.DefineMethod(proto, "next", 0, (thisValue, _) =>
        {
            var helper = Validate(thisValue, "next");
            bool yielded = helper.Resume(out var value);
            return Interpreter.CreateIterResult(realm, value, !yielded);
        });
        // 27.1.2.1.2 %IteratorHelperPrototype%.return ( )
        realm.DefineMethod(proto, "return", 0, (thisValue, _) =>
        {
            Validate(thisValue, "return").Return();
            return Interpreter.CreateIterResult(realm, JsValue.Undefined, true);
        });
        // 27.1.2.1.3 %IteratorHelperPrototype% [ %Symbol.toStringTag% ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "Iterator Helper", PropertyFlags.Configurable);
    }

    /// <summary>RequireInternalSlot(O, [[UnderlyingIterator]]) / GeneratorValidate's brand check.</summary>
    private static IteratorHelper Validate(JsValue thisValue, string method) =>
        thisValue.AsObject as IteratorHelper
        ?? throw JsException.TypeError($"Method Iterator Helper.prototype.{method} called on incompatible receiver {Operations.ToDisplay(thisValue)}");
}
