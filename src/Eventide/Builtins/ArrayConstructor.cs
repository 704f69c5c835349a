using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>23.1.1 The Array Constructor and 23.1.2 its properties.</summary>
internal static class ArrayConstructor
{
    public static void Setup(Realm realm, JsObject proto)
    {
        var ctor = realm.DefineConstructor("Array", 1, (_, args, newTarget) => Construct(realm, args, newTarget), proto).HiddenFromStacks();
        realm.ArrayConstructor = ctor;
        // 23.1.2.2 Array.isArray
        realm.DefineMethod(ctor, "isArray", 1, (_, args) => Operations.IsArray(args.At(0)));
        realm.DefineMethod(ctor, "from", 1, (thisValue, args) => From(realm, thisValue, args));
        // 23.1.2.2 Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] )
        realm.DefineMethod(ctor, "fromAsync", 1, (thisValue, args) => ArrayFromAsync.FromAsync(realm, thisValue, args));
        realm.DefineMethod(ctor, "of", 0, (thisValue, args) => Of(realm, thisValue, args));
        // 23.1.2.5 get Array [ @@species ]
        realm.DefineGetter(ctor, WellKnownSymbols.Species, (thisValue, _) => thisValue);
    }

    /// <summary>23.1.1.1 Array ( ...values )</summary>
    public static JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proto = newTarget is null || ReferenceEquals(newTarget, realm.ArrayConstructor)
            ? realm.ArrayPrototype
            : Interpreter.GetPrototypeFromConstructor(newTarget, realm.ArrayPrototype);
        if (args.Length == 1)
        {
            var len = args[0];
            if (!len.IsNumber)
            {
                var single = ArrayCreate(1, proto);
                single.CreateDataProperty(new PropertyKey(0), len);
                return single;
            }
            uint intLen = Operations.ToUint32(len);
            if (intLen != len.Number) throw JsException.RangeError("Invalid array length");
            return ArrayCreate(intLen, proto);
        }
        var items = new JsValue[args.Length];
        args.CopyTo(items);
        return new JsArray(proto, items, items.Length);
    }

    private const long PreallocatedElementsLimit = 1 << 16;

    /// <summary>10.4.2.2 ArrayCreate ( length [ , proto ] )</summary>
    public static JsArray ArrayCreate(long length, JsObject proto)
    {
        if (length > uint.MaxValue) throw JsException.RangeError("Invalid array length");
        // Room for the elements up front (map, slice, new Array(n) fill them all) up to 64K of
        // them; beyond that the store grows as elements arrive.
        var a = new JsArray(proto, (int)Math.Min(length, PreallocatedElementsLimit));
        if (length > 0) a.SetLength((uint)length);
        return a;
    }

    public static JsArray ArrayCreate(Realm realm, long length) => ArrayCreate(length, realm.ArrayPrototype);

    /// <summary>10.4.2.3 ArraySpeciesCreate ( originalArray, length )</summary>
    public static JsObject ArraySpeciesCreate(Realm realm, JsObject original, long length) =>
        ArraySpeciesConstructor(realm, original) is { } c ? Operations.Construct(c, [length]).AsObject! : ArrayCreate(realm, length);

    /// <summary>ArraySpeciesCreate steps 1-7 (every observable step): the constructor to call, or
    /// null when the result is ArrayCreate(length) of <paramref name="realm"/>, a new ordinary
    /// array no script code sees before the builtin returns it, which may then build it however
    /// it likes (collect the elements first, copy a range in one piece).</summary>
    public static JsObject? ArraySpeciesConstructor(Realm realm, JsObject original)
    {
        if (!Operations.IsArray(original)) return null;
        var c = original.Get("constructor");
        if (c.AsObject is { IsConstructor: true } ctorObj && FunctionRealm(ctorObj) is { } cRealm
            && !ReferenceEquals(cRealm, realm) && ReferenceEquals(ctorObj, cRealm.ArrayConstructor))
        {
            c = JsValue.Undefined;
        }
        if (c.AsObject is JsObject co)
        {
            c = co.Get(WellKnownSymbols.Species);
            if (c.IsNull) c = JsValue.Undefined;
        }
        if (c.IsUndefined) return null;
        if (!Operations.IsConstructor(c)) throw JsException.TypeError("object.constructor[Symbol.species] is not a constructor");
        if (ReferenceEquals(c.Ref, realm.ArrayConstructor)) return null;
        return c.Object;
    }

    /// <summary>7.3.24 GetFunctionRealm, for the functions whose realm is known.</summary>
    private static Realm? FunctionRealm(JsObject f)
    {
        if (f is BoundFunction b) f = b.InnermostTarget;
        return f is JsFunction fo ? fo.Realm : null;
    }

    /// <summary>23.1.2.1 Array.from ( items [ , mapfn [ , thisArg ] ] )</summary>
    private static JsValue From(Realm realm, JsValue c, ReadOnlySpan<JsValue> args)
    {
        var items = args.At(0);
        var mapfn = args.At(1);
        var thisArg = args.At(2);
        // The mapper, or nothing (default: HasFunction false) when mapfn is undefined.
        var map = mapfn.IsUndefined ? default : new RepeatedCall(ArrayPrototype.CallbackOrThrow(mapfn), thisArg);
        var usingIterator = Operations.GetV(items.IsNullish ? throw NotIterable(items) : items, WellKnownSymbols.Iterator);
        if (!usingIterator.IsNullish)
        {
            if (usingIterator.AsFunction is not { } method)
                throw JsException.TypeError("%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function");
            bool plainResult = !Operations.IsConstructor(c) || ReferenceEquals(c.Ref, realm.ArrayConstructor);
            // Copying a packed array with the intrinsic iteration into a plain array runs no code
            // (its elements are own data properties): one copy of the store.
            if (plainResult && !map.HasFunction && items.Ref is JsArray source && ReferenceEquals(method, realm.ArrayValues)
                && Vm.IteratorRecord.IteratesAsPacked(realm, source))
                return realm.NewArray(source.DenseItems);
            var a = plainResult ? ArrayCreate(realm, 0) : Operations.Construct(c, []).AsObject!;
            var iterator = IteratorRecord.FromMethod(items, method);
            long k = 0;
            while (true)
            {
                if (k >= ArrayPrototype.MaxSafeInteger)
                {
                    iterator.CloseQuietly();
                    throw JsException.TypeError("Invalid array length");
                }
                if (!iterator.Step(out var next))
                {
                    map.Release();
                    ArrayPrototype.SetLength(a, k);
                    return a;
                }
                try
                {
                    var value = map.HasFunction ? map.Call([next, k]) : next;
                    ArrayPrototype.CreateDataPropertyOrThrow(a, k, value);
                }
                catch (JsException)
                {
                    iterator.CloseQuietly();
                    throw;
                }
                k++;
            }
        }
        // The array-like path.
        var arrayLike = Operations.ToObject(realm, items);
        long len = Operations.LengthOfArrayLike(arrayLike);
        var target = Operations.IsConstructor(c) && !ReferenceEquals(c.Ref, realm.ArrayConstructor)
            ? Operations.Construct(c, [len]).AsObject!
            : ArrayCreate(realm, len);
        var budget = realm.Budget;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            var kValue = ArrayPrototype.GetElement(arrayLike, k);
            ArrayPrototype.CreateDataPropertyOrThrow(target, k, map.HasFunction ? map.Call([kValue, k]) : kValue);
        }
        map.Release();
        ArrayPrototype.SetLength(target, len);
        return target;
    }

    private static JsException NotIterable(JsValue v) =>
        JsException.TypeError($"{(v.IsNull ? "object null" : "undefined")} is not iterable (cannot read property Symbol(Symbol.iterator))");

    /// <summary>23.1.2.3 Array.of ( ...items )</summary>
    private static JsValue Of(Realm realm, JsValue c, ReadOnlySpan<JsValue> items)
    {
        long len = items.Length;
        var a = Operations.IsConstructor(c) && !ReferenceEquals(c.Ref, realm.ArrayConstructor)
            ? Operations.Construct(c, [len]).AsObject!
            : ArrayCreate(realm, len);
        for (int k = 0; k < items.Length; k++) ArrayPrototype.CreateDataPropertyOrThrow(a, k, items[k]);
        ArrayPrototype.SetLength(a, len);
        return a;
    }
}
