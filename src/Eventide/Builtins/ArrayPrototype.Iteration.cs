using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>The Array.prototype methods that call a callback per element: each is the steps before its
/// loop, returning the loop (<see cref="ElementCallbackLoop"/>) that <see cref="LoopMethod"/> runs.</summary>
internal static partial class ArrayPrototype
{
    private delegate ElementCallbackLoop ArrayLoopMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args);

    /// <summary>A method whose loop calls a callback per element: called from .NET it runs its loop there; the
    /// interpreter starts the loop itself and runs the callback as a frame of its own (<see cref="NativeFunction.StartsCallbackLoop"/>).</summary>
    private static NativeFunction LoopMethod(Realm realm, JsObject proto, string name, int length, ArrayLoopMethod start)
    {
        var fn = realm.DefineMethod(proto, name, length, (thisValue, args) => start(realm, thisValue, args).Run());
        fn.StartsCallbackLoop = (thisValue, args) => start(realm, thisValue, args);
        return fn;
    }

    // 23.1.3.15 Array.prototype.forEach ( callbackfn [ , thisArg ] )
    private static ElementCallbackLoop ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "forEach");
        long len = Operations.LengthOfArrayLike(o);
        return new ForEachLoop(realm, o, len, CallbackOrThrow(args.At(0)), args.At(1));
    }

    private sealed class ForEachLoop(Realm realm, JsObject o, long len, JsFunction callback, JsValue thisArg)
        : ElementCallbackLoop(realm, o, len, callback, thisArg)
    {
        internal override bool Accept(in JsValue result) => true;
        internal override JsValue Result => JsValue.Undefined;
    }

    // 23.1.3.21 Array.prototype.map ( callbackfn [ , thisArg ] )
    private static ElementCallbackLoop Map(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "map");
        long len = Operations.LengthOfArrayLike(o);
        var callback = CallbackOrThrow(args.At(0));
        var a = ArrayConstructor.ArraySpeciesCreate(realm, o, len);
        return new MapLoop(realm, o, len, callback, args.At(1), a);
    }

    private sealed class MapLoop(Realm realm, JsObject o, long len, JsFunction callback, JsValue thisArg, JsObject a)
        : ElementCallbackLoop(realm, o, len, callback, thisArg)
    {
        internal override bool Accept(in JsValue result)
        {
            CreateDataPropertyOrThrow(a, Index, result);
            return true;
        }

        internal override JsValue Result => a;
    }

    // 23.1.3.8 Array.prototype.filter ( callbackfn [ , thisArg ] )
    private static ElementCallbackLoop Filter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "filter");
        long len = Operations.LengthOfArrayLike(o);
        var callback = CallbackOrThrow(args.At(0));
        var species = ArrayConstructor.ArraySpeciesConstructor(realm, o);
        var a = species is null ? null : Operations.Construct(species, [0]).AsObject!;
        return new FilterLoop(realm, o, len, callback, args.At(1), a);
    }

    /// <summary>Filter's loop. When its result is a new plain array no code can see before it is returned
    /// (no species constructor), the kept values are collected first and become the array's storage.</summary>
    private sealed class FilterLoop(Realm realm, JsObject o, long len, JsFunction callback, JsValue thisArg, JsObject? a)
        : ElementCallbackLoop(realm, o, len, callback, thisArg)
    {
        private JsValue[] _kept = a is null ? new JsValue[Math.Max(ElementCountHint(o, len), 4)] : [];
        private long _to;

        internal override bool Accept(in JsValue result)
        {
            if (!Operations.ToBoolean(result)) return true;
            if (a is not null) CreateDataPropertyOrThrow(a, _to++, Value);
            else
            {
                if (_to == _kept.Length) Grow();
                _kept[_to++] = Value;
            }
            return true;
        }

        private void Grow() => Array.Resize(ref _kept, ExecutionBudget.DoubledValueCapacity(_kept.Length));

        internal override JsValue Result
        {
            get
            {
                if (a is not null) return a;
                int count = (int)_to;
                // Kept as the array's storage unless most of it would stay empty.
                return count * 2 >= _kept.Length
                    ? new JsArray(Realm.ArrayPrototype, _kept, count)
                    : Realm.NewArray(_kept.AsSpan(0, count));
            }
        }
    }

    // 23.1.3.6 Array.prototype.every ( callbackfn [ , thisArg ] )
    private static ElementCallbackLoop Every(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "every");
        long len = Operations.LengthOfArrayLike(o);
        return new TestLoop(realm, o, len, CallbackOrThrow(args.At(0)), args.At(1), stopsOn: false);
    }

    // 23.1.3.29 Array.prototype.some ( callbackfn [ , thisArg ] )
    private static ElementCallbackLoop Some(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "some");
        long len = Operations.LengthOfArrayLike(o);
        return new TestLoop(realm, o, len, CallbackOrThrow(args.At(0)), args.At(1), stopsOn: true);
    }

    /// <summary>every (stops on a false result and returns false) and some (stops on true, returns true).</summary>
    private sealed class TestLoop(Realm realm, JsObject o, long len, JsFunction callback, JsValue thisArg, bool stopsOn)
        : ElementCallbackLoop(realm, o, len, callback, thisArg)
    {
        private bool _stopped;

        internal override bool Accept(in JsValue result)
        {
            _stopped = Operations.ToBoolean(result) == stopsOn;
            return !_stopped;
        }

        internal override JsValue Result => _stopped == stopsOn;
    }

    // 23.1.3.9 find, 23.1.3.10 findIndex, 23.1.3.11 findLast, 23.1.3.12 findLastIndex
    private static ElementCallbackLoop Find(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "find", ascending: true, wantIndex: false);
    private static ElementCallbackLoop FindIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findIndex", ascending: true, wantIndex: true);
    private static ElementCallbackLoop FindLast(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findLast", ascending: false, wantIndex: false);
    private static ElementCallbackLoop FindLastIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findLastIndex", ascending: false, wantIndex: true);

    /// <summary>23.1.3.12.1 FindViaPredicate ( O, len, direction, predicate, thisArg ): holes are visited as undefined.</summary>
    private static ElementCallbackLoop FindViaPredicate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending, bool wantIndex)
    {
        var o = ThisObject(realm, thisValue, method);
        long len = Operations.LengthOfArrayLike(o);
        return new FindLoop(realm, o, len, CallbackOrThrow(args.At(0)), args.At(1), ascending, wantIndex);
    }

    private sealed class FindLoop(Realm realm, JsObject o, long len, JsFunction predicate, JsValue thisArg, bool ascending, bool wantIndex)
        : ElementCallbackLoop(realm, o, len, predicate, thisArg, descending: !ascending, visitsHoles: true)
    {
        private bool _found;

        internal override bool Accept(in JsValue result)
        {
            _found = Operations.ToBoolean(result);
            return !_found;
        }

        internal override JsValue Result => _found
            ? (wantIndex ? Index : Value)
            : (wantIndex ? -1 : JsValue.Undefined);
    }

    // 23.1.3.24 Array.prototype.reduce ( callbackfn [ , initialValue ] )
    private static ElementCallbackLoop Reduce(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ReduceInDirection(realm, thisValue, args, "reduce", ascending: true);

    // 23.1.3.25 Array.prototype.reduceRight ( callbackfn [ , initialValue ] )
    private static ElementCallbackLoop ReduceRight(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ReduceInDirection(realm, thisValue, args, "reduceRight", ascending: false);

    private static ElementCallbackLoop ReduceInDirection(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending)
    {
        var o = ThisObject(realm, thisValue, method);
        long len = Operations.LengthOfArrayLike(o);
        var loop = new ReduceLoop(realm, o, len, CallbackOrThrow(args.At(0)), ascending);
        if (args.Length >= 2) loop.Accumulator = args[1];
        // Without an initial value the first present element is the accumulator.
        else if (loop.MoveNext()) loop.Accumulator = loop.Value;
        else throw JsException.TypeError("Reduce of empty array with no initial value");
        return loop;
    }

    private sealed class ReduceLoop(Realm realm, JsObject o, long len, JsFunction callback, bool ascending)
        : ElementCallbackLoop(realm, o, len, callback, JsValue.Undefined, descending: !ascending, passesAccumulator: true)
    {

        internal override bool Accept(in JsValue result)
        {
            Accumulator = result;
            return true;
        }

        internal override JsValue Result => Accumulator;
    }
}
