using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>23.2.1 The %TypedArray% intrinsic and 23.2.2 its properties, and 23.2.6-23.2.7 the concrete constructors.</summary>
internal static class TypedArrayConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new TypedArrayPrototypeObject(realm, realm.ObjectPrototype);
        realm.TypedArrayPrototype = proto;
        // 23.2.1.1 %TypedArray% ( )
        var ctor = realm.DefineConstructor("TypedArray", 0, (_, _, _) =>
            throw JsException.TypeError("Abstract class TypedArray not directly constructable"), proto, global: false);
        realm.TypedArrayConstructor = ctor;
        // 23.2.2.1 %TypedArray%.from ( source [ , mapper [ , thisArg ] ] )
        realm.DefineMethod(ctor, "from", 1, (thisValue, args) => From(realm, thisValue, args.At(0), args.At(1), args.At(2)));
        // 23.2.2.2 %TypedArray%.of ( ...items )
        realm.DefineMethod(ctor, "of", 0, (thisValue, args) =>
        {
            if (!Operations.IsConstructor(thisValue)) throw JsException.TypeError($"{ArrayPrototype.DescribeValue(thisValue)} is not a constructor");
            var target = TypedArrayOperations.TypedArrayCreateFromConstructor(thisValue, [args.Length], "%TypedArray%.of");
            for (int k = 0; k < args.Length; k++) target.SetElement(k, args[k]);
            return target;
        });
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        TypedArrayPrototype.Setup(realm, proto);
        for (var type = ElementType.Int8; type <= ElementType.BigUint64; type++) SetupConcrete(realm, type);
    }

    /// <summary>23.2.6 The TypedArray constructors and 23.2.7 their prototypes, for one element type.</summary>
    private static void SetupConcrete(Realm realm, ElementType type)
    {
        string name = ElementTypes.ArrayName(type);
        var proto = new JsObject(realm.TypedArrayPrototype);
        var ctor = new NativeFunction(realm, name, 3, (_, args, newTarget) => TypedArrayOperations.Construct(realm, type, args, newTarget), realm.TypedArrayConstructor);
        ctor.FastSet("prototype", proto, PropertyFlags.None);
        ctor.FastSet("BYTES_PER_ELEMENT", ElementTypes.Size(type), PropertyFlags.None);
        proto.FastSet("constructor", ctor, PropertyFlags.Hidden);
        proto.FastSet("BYTES_PER_ELEMENT", ElementTypes.Size(type), PropertyFlags.None);
        realm.GlobalObject.FastSet(name, ctor, PropertyFlags.Hidden);
        realm.TypedArrayConstructors[(int)type] = ctor;
        realm.TypedArrayPrototypes[(int)type] = proto;
    }

    /// <summary>23.2.2.1 %TypedArray%.from</summary>
    private static JsValue From(Realm realm, JsValue c, JsValue source, JsValue mapper, JsValue thisArg)
    {
        const string method = "%TypedArray%.from";
        if (!Operations.IsConstructor(c)) throw JsException.TypeError($"{ArrayPrototype.DescribeValue(c)} is not a constructor");
        // The mapper, or nothing (default: HasFunction false) when it is undefined.
        var map = mapper.IsUndefined ? default : new RepeatedCall(ArrayPrototype.CallbackOrThrow(mapper), thisArg);
        var usingIterator = Operations.GetMethod(source, WellKnownSymbols.Iterator);
        if (usingIterator is not null)
        {
            var values = TypedArrayOperations.IteratorToList(realm, source, usingIterator);
            var target = TypedArrayOperations.TypedArrayCreateFromConstructor(c, [values.Count], method);
            for (int k = 0; k < values.Count; k++)
                target.SetElement(k, map.HasFunction ? map.Call([values[k], k]) : values[k]);
            map.Release();
            return target;
        }
        var arrayLike = Operations.ToObject(realm, source);
        long len = Operations.LengthOfArrayLike(arrayLike);
        var result = TypedArrayOperations.TypedArrayCreateFromConstructor(c, [len], method);
        for (long k = 0; k < len; k++)
        {
            var kValue = arrayLike.Get(ArrayPrototype.Key(k));
            result.SetElement(k, map.HasFunction ? map.Call([kValue, k]) : kValue);
        }
        map.Release();
        return result;
    }
}
