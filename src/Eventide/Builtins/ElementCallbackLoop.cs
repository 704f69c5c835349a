using System.Runtime.CompilerServices;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>
/// The loop of a builtin that calls a callback once per element (forEach, map, filter, some, every,
/// the find family, reduce), written as steps so that two drivers share it: <see cref="Run"/> calls
/// the callback from .NET, and the interpreter's dispatch loop runs it as a frame of its own (no
/// nested loop per element, see Interpreter.DrivenCallbacks). The constructor takes the steps before
/// the loop (ToObject, LengthOfArrayLike, IsCallable, a species constructor); <see cref="MoveNext"/>
/// finds the next element the callback is called with; <see cref="Accept"/> takes its result.
/// </summary>
internal abstract class ElementCallbackLoop
{
    protected readonly Realm Realm;
    internal readonly JsObject O;
    internal readonly JsFunction Callback;
    internal readonly JsValue ThisArg;
    protected readonly long Len;
    private readonly ExecutionBudget _budget;
    /// <summary>O when it is an array: its dense elements are read without a property lookup.</summary>
    private readonly JsArray? _array;
    /// <summary>O as a value, the last argument of every call.</summary>
    private readonly JsValue _oValue;
    /// <summary>How many indices have been visited, in the loop's direction.</summary>
    private long _visited;
    private readonly bool _descending;
    /// <summary>FindViaPredicate visits holes as undefined; the others skip them (HasProperty).</summary>
    private readonly bool _visitsHoles;
    /// <summary>Reduce passes the accumulator before the element (callbackfn(accumulator, kValue, k, O)).</summary>
    private readonly bool _passesAccumulator;
    /// <summary>Set by the interpreter when it runs the callbacks as frames: each call binds the same this (see <see cref="RepeatedCall.IsThisStable"/>).</summary>
    internal bool ThisIsStable;

    /// <summary>The element the next call passes, and its index.</summary>
    internal JsValue Value;
    internal long Index;
    /// <summary>The accumulator the next call passes (reduce).</summary>
    internal JsValue Accumulator;

    protected ElementCallbackLoop(Realm realm, JsObject o, long len, JsFunction callback, JsValue thisArg,
        bool descending = false, bool visitsHoles = false, bool passesAccumulator = false)
    {
        Realm = realm;
        O = o;
        _array = o as JsArray;
        _oValue = o;
        Len = len;
        Callback = callback;
        ThisArg = thisArg;
        _budget = realm.Budget;
        _descending = descending;
        _visitsHoles = visitsHoles;
        _passesAccumulator = passesAccumulator;
    }

    /// <summary>How many arguments each call passes.</summary>
    internal int ArgumentCount => _passesAccumulator ? 4 : 3;
    /// <summary>Set by the interpreter when it runs the callbacks as frames: how many of the arguments go to the callback's parameters.</summary>
    internal int ParameterCount;

    /// <summary>Moves to the next element the callback is called with; false when the loop has run to its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the interpreter's step per element
    internal bool MoveNext()
    {
        if (_visited >= Len) return false;
        _budget.Tick();
        long k = _descending ? Len - 1 - _visited : _visited;
        _visited++;
        // A present element of a dense array: HasProperty is true and Get returns it (see ArrayPrototype.TryGetElement).
        if (_array is { } a && (ulong)k < uint.MaxValue && a.TryGetDense((uint)k, out var dense))
        {
            JsValue.Store(ref Value, dense); // a number without the write barrier
            Index = k;
            return true;
        }
        return MoveNextFrom(k);
    }

    /// <summary>MoveNext at index k, visited already, when it is not a present dense element: Get (holes as
    /// undefined) or HasProperty then Get, moving on past holes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextFrom(long k)
    {
        while (true)
        {
            if (_visitsHoles)
            {
                Value = ArrayPrototype.GetElement(O, k);
                break;
            }
            if (ArrayPrototype.TryGetElement(O, k, out var present))
            {
                Value = present;
                break;
            }
            if (_visited >= Len) return false;
            _budget.Tick();
            k = _descending ? Len - 1 - _visited : _visited;
            _visited++;
        }
        Index = k;
        return true;
    }

    /// <summary>The callback's result for the current element; false ends the loop early (some, every, find).</summary>
    internal abstract bool Accept(in JsValue result);

    /// <summary>The builtin's result, once the loop has ended.</summary>
    internal abstract JsValue Result { get; }

    /// <summary>Runs the loop with the callback called from .NET (a call of the builtin from .NET, or a callback the interpreter does not run as a frame).</summary>
    internal JsValue Run()
    {
        var callback = new RepeatedCall(Callback, ThisArg);
        while (MoveNext())
        {
            var result = _passesAccumulator ? callback.Call([Accumulator, Value, Index, O]) : callback.CallWithElement(Value, Index, O);
            if (!Accept(result)) break;
        }
        callback.Release();
        return Result;
    }

    /// <summary>Writes the next call's arguments into the first <paramref name="n"/> of the registers from
    /// <paramref name="r0"/> (a callback frame's parameters; n is at most <see cref="ArgumentCount"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WriteArguments(ref JsValue r0, int n)
    {
        if (_passesAccumulator)
        {
            if (n == 0) return;
            JsValue.Store(ref r0, Accumulator);
            r0 = ref Unsafe.Add(ref r0, 1);
            n--;
        }
        RepeatedCall.WriteElementArguments(ref r0, n, Value, Index, _oValue);
    }
}

/// <summary>Starts a builtin's <see cref="ElementCallbackLoop"/>: the steps before its loop, from the builtin's this and arguments.</summary>
internal delegate ElementCallbackLoop ElementCallbackLoopStart(JsValue thisValue, ReadOnlySpan<JsValue> args);
