using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>23.1.3 Properties of the Array Prototype Object.</summary>
internal static class ArrayPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsArray(realm.ObjectPrototype);
        realm.ArrayPrototype = proto;
        realm.ArrayConstructor = realm.DefineConstructor("Array", 1, (_, args, newTarget) => ArrayConstructor.Construct(realm, args, newTarget), proto);
        ArrayConstructor.SetupStatics(realm, realm.ArrayConstructor);

        // 23.1.3.23 Array.prototype.push
        realm.DefineMethod(proto, "push", 1, (thisValue, args) =>
        {
            var o = Operations.ToObject(realm, thisValue);
            if (o is JsArray a && a.IsDense)
            {
                foreach (var v in args) a.Push(v);
                return (double)a.Length;
            }
            long len = Operations.LengthOfArrayLike(o);
            foreach (var v in args) o.SetOrThrow(new PropertyKey((uint)len++), v);
            o.SetOrThrow("length", len);
            return len;
        });
        // 23.1.3.18 Array.prototype.join
        realm.DefineMethod(proto, "join", 1, (thisValue, args) =>
        {
            var o = Operations.ToObject(realm, thisValue);
            long len = Operations.LengthOfArrayLike(o);
            string sep = args.At(0).IsUndefined ? "," : Operations.ToString(args.At(0));
            var sb = new StringBuilder();
            for (long i = 0; i < len; i++)
            {
                if (i > 0) sb.Append(sep);
                var e = o.Get(new PropertyKey((uint)i));
                if (!e.IsNullish) sb.Append(Operations.ToString(e));
            }
            return sb.ToString();
        });
        // 23.1.3.38 Array.prototype.values / @@iterator
        var values = realm.DefineMethod(proto, "values", 0, (thisValue, _) =>
            new ArrayIterator(realm.ArrayIteratorPrototype, Operations.ToObject(realm, thisValue), ArrayIterator.IterationKind.Values));
        proto.FastSet(WellKnownSymbols.Iterator, values, PropertyFlags.Hidden);
        realm.ArrayValues = values;
        realm.DefineMethod(proto, "keys", 0, (thisValue, _) =>
            new ArrayIterator(realm.ArrayIteratorPrototype, Operations.ToObject(realm, thisValue), ArrayIterator.IterationKind.Keys));
        realm.DefineMethod(proto, "entries", 0, (thisValue, _) =>
            new ArrayIterator(realm.ArrayIteratorPrototype, Operations.ToObject(realm, thisValue), ArrayIterator.IterationKind.Entries));
    }
}

/// <summary>23.1.1 The Array Constructor and 23.1.2 its properties.</summary>
internal static class ArrayConstructor
{
    /// <summary>23.1.1.1 Array ( ...values )</summary>
    public static JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var proto = newTarget is null ? realm.ArrayPrototype : Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.ArrayPrototype);
        if (args.Length == 1 && args[0].IsNumber)
        {
            double len = args[0].Number;
            if (len < 0 || len != (uint)len) throw JsException.RangeError("Invalid array length");
            var a = new JsArray(proto);
            a.SetLength((uint)len);
            return a;
        }
        var arr = new JsArray(proto, args.Length);
        foreach (var v in args) arr.Push(v);
        return arr;
    }

    public static void SetupStatics(Realm realm, FunctionObject ctor)
    {
        // 23.1.2.2 Array.isArray
        realm.DefineMethod(ctor, "isArray", 1, (_, args) => Operations.IsArray(args.At(0)));
    }
}
