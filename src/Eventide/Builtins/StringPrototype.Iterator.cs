using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>22.1.5 String Iterator Objects: iterate a string by code points.</summary>
internal sealed class StringIterator(JsObject prototype, string s) : JsObject(prototype)
{
    public string? IteratedString = s;
    public int NextIndex;
    internal override string ClassName => "String Iterator";
}

internal static class StringIteratorPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.StringIteratorPrototype = proto;
        // 22.1.5.1.1 %StringIteratorPrototype%.next ( )
        realm.DefineMethod(proto, "next", 0, (thisValue, _) =>
        {
            if (thisValue.AsObject is not StringIterator it)
                throw JsException.TypeError($"Method String Iterator.prototype.next called on incompatible receiver {Operations.ToDisplay(thisValue)}");
            if (it.IteratedString is not { } s) return ArrayIteratorPrototype.CreateIterResultObject(realm, JsValue.Undefined, true);
            if (it.NextIndex >= s.Length)
            {
                it.IteratedString = null;
                return ArrayIteratorPrototype.CreateIterResultObject(realm, JsValue.Undefined, true);
            }
            StringConstructor.CodePointAt(s, it.NextIndex, out int units);
            var result = s.Substring(it.NextIndex, units);
            it.NextIndex += units;
            return ArrayIteratorPrototype.CreateIterResultObject(realm, result, false);
        });
        // 22.1.5.1.2 %StringIteratorPrototype% [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "String Iterator", PropertyFlags.Configurable);
    }
}
