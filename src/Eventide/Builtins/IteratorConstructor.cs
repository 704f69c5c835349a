using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.1.3.1 The Iterator Constructor and 27.1.3.2 its properties.</summary>
internal static class IteratorConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = realm.IteratorPrototype;
        NativeFunction? self = null;
        // 27.1.3.1.1 Iterator ( ): abstract, only subclasses construct it.
        self = new NativeFunction(realm, "Iterator", 0, (_, _, newTarget) =>
        {
            // 1. If NewTarget is either undefined or the active function object, throw a TypeError exception.
            if (newTarget is null) throw JsException.TypeError("Constructor Iterator requires 'new'");
            if (ReferenceEquals(newTarget, self)) throw JsException.TypeError("Abstract class Iterator not directly constructable");
            // 2. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%").
            return new JsObject(Interpreter.GetPrototypeFromConstructor(newTarget, realm.IteratorPrototype));
        });
        var ctor = self;
        realm.IteratorConstructor = ctor;
        ctor.FastSet("prototype", proto, PropertyFlags.None);
        realm.GlobalObject.FastSet("Iterator", ctor, PropertyFlags.Hidden);

        // 27.1.3.2.1 Iterator.from ( O )
        realm.DefineMethod(ctor, "from", 1, (_, args) => From(realm, args.At(0)));
        // Iterator.concat ( ...items ) (ES2026)
        realm.DefineMethod(ctor, "concat", 0, (_, args) => Concat(realm, args));
        IteratorZip.Setup(realm, ctor);

        // 27.1.4.1 Iterator.prototype.constructor and 27.1.4.14 Iterator.prototype [ %Symbol.toStringTag% ]:
        // accessors whose setters ignore the prototype itself (web compatibility).
        DefineWeirdAccessor(realm, proto, "constructor", ctor);
        DefineWeirdAccessor(realm, proto, WellKnownSymbols.ToStringTag, "Iterator");
    }

    private static void DefineWeirdAccessor(Realm realm, JsObject home, PropertyKey key, JsValue value) =>
        realm.DefineGetter(home, key, (_, _) => value,
            (thisValue, args) => SetterThatIgnoresPrototypeProperties(thisValue, home, key, args.At(0)));

    /// <summary>27.1.4.?.1 SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v )</summary>
    private static JsValue SetterThatIgnoresPrototypeProperties(JsValue thisValue, JsObject home, PropertyKey p, JsValue v)
    {
        // 1. If thisValue is not an Object, throw a TypeError exception.
        if (thisValue.AsObject is not JsObject o) throw JsException.TypeError($"Cannot set property {p} on {Operations.ToDisplay(thisValue)}");
        // 2. If SameValue(thisValue, home) is true, throw a TypeError exception.
        if (ReferenceEquals(o, home)) throw JsException.TypeError($"Cannot assign to read only property '{p}' of object '{Operations.DefaultCallSite(thisValue)}'");
        // 3-4. If thisValue has no own property p, perform ? CreateDataPropertyOrThrow(thisValue, p, v).
        if (!o.GetOwnProperty(p, out _)) o.CreateDataPropertyOrThrow(p, v);
        // 5. Else, perform ? Set(thisValue, p, v, true).
        else if (!o.Set(p, v)) throw JsException.TypeError($"Cannot assign to read only property '{p}' of object");
        return JsValue.Undefined;
    }

    /// <summary>27.1.3.2.1 Iterator.from ( O )</summary>
    private static JsValue From(Realm realm, JsValue o)
    {
        // 1. Let iteratorRecord be ? GetIteratorFlattenable(O, iterate-string-primitives).
        var iteratorRecord = IteratorOperations.GetIteratorFlattenable(o, iterateStringPrimitives: true, "Iterator.from");
        // 2-3. If ? OrdinaryHasInstance(%Iterator%, iteratorRecord.[[Iterator]]) is true, return iteratorRecord.[[Iterator]].
        if (Operations.OrdinaryHasInstance(realm.IteratorConstructor, iteratorRecord.Iterator)) return iteratorRecord.Iterator;
        // 4-6. Return a %WrapForValidIteratorPrototype% object whose [[Iterated]] is iteratorRecord.
        return new WrappedIterator(realm.WrapForValidIteratorPrototype, iteratorRecord);
    }

    /// <summary>27.1.3.2.? Iterator.concat ( ...items )</summary>
    private static JsValue Concat(Realm realm, ReadOnlySpan<JsValue> items)
    {
        // 1-2. For each item: it must be an Object with a @@iterator method; remember both.
        var iterables = new (JsFunction OpenMethod, JsObject Iterable)[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].AsObject is not JsObject item) throw JsException.TypeError($"{Operations.ToDisplay(items[i])} is not an object");
            var method = Operations.GetMethod(item, WellKnownSymbols.Iterator)
                ?? throw JsException.TypeError($"{Operations.ToDisplay(items[i])} is not iterable");
            iterables[i] = (method, item);
        }
        // 3-5. The closure runs lazily in a helper with no underlying iterator until it opens one.
        return new ConcatHelper(realm.IteratorHelperPrototype, iterables);
    }
}
