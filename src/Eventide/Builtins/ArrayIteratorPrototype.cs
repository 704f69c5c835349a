using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>23.1.5 Array Iterator Objects.</summary>
internal sealed class ArrayIterator(JsObject prototype, JsObject target, ArrayIterator.IterationKind kind) : JsObject(prototype)
{
    public enum IterationKind { Keys, Values, Entries }
    public JsObject? Target = target;
    public readonly IterationKind Kind = kind;
    public long NextIndex;
    internal override string ClassName => "Array Iterator";
}

internal static class ArrayIteratorPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.ArrayIteratorPrototype = proto;
        // 23.1.5.2.1 %ArrayIteratorPrototype%.next()
        realm.ArrayIteratorNext = realm.DefineMethod(proto, "next", 0, (thisValue, _) =>
        {
            if (thisValue.AsObject is not ArrayIterator it)
                throw JsException.TypeError($"Method Array Iterator.prototype.next called on incompatible receiver {ArrayPrototype.DescribeValue(thisValue)}");
            bool more = Step(realm, it, out var result);
            return CreateIterResultObject(realm, result, !more);
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, "Array Iterator", PropertyFlags.Configurable);
    }

    /// <summary>
    /// 23.1.5.2.1 %ArrayIteratorPrototype%.next's steps without the result object: false once done.
    /// Iterator records over an array iterator with the intrinsic next step it through this directly.
    /// </summary>
    public static bool Step(Realm realm, ArrayIterator it, out JsValue value)
    {
        value = JsValue.Undefined;
        if (it.Target is not JsObject target) return false;
        long index = it.NextIndex;
        long len;
        if (target is JsTypedArray ta)
        {
            // 23.1.5.1 CreateArrayIterator step 2.b.ii: a typed array's length, TypeError once out of bounds.
            if (ta.IsOutOfBounds) throw TypedArrayOperations.Detached("%ArrayIteratorPrototype%.next");
            len = ta.Length;
        }
        else len = Operations.LengthOfArrayLike(target);
        if (index >= len)
        {
            it.Target = null;
            return false;
        }
        it.NextIndex = index + 1;
        value = it.Kind switch
        {
            ArrayIterator.IterationKind.Keys => index,
            ArrayIterator.IterationKind.Values => ArrayPrototype.GetElement(target, index),
            _ => realm.NewArray([index, ArrayPrototype.GetElement(target, index)]),
        };
        return true;
    }

    /// <summary>7.4.14 CreateIterResultObject</summary>
    public static JsObject CreateIterResultObject(Realm realm, JsValue value, bool done)
    {
        var o = new JsObject(realm.ObjectPrototype);
        o.FastSet("value", value);
        o.FastSet("done", done);
        return o;
    }
}
