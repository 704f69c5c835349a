using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.1.2 The %Iterator.prototype% Object (its helper methods are in IteratorPrototype.Helpers.cs).</summary>
internal static partial class IteratorPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.IteratorPrototype = proto;
        // 27.1.2.1 %IteratorPrototype% [ @@iterator ] ( )
        realm.DefineMethod(proto, WellKnownSymbols.Iterator, 0, (thisValue, _) => thisValue, "[Symbol.iterator]");
    }
}
