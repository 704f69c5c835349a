using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.1.3 %AsyncIteratorPrototype%</summary>
internal static class AsyncIteratorPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.AsyncIteratorPrototype = proto;
        // 27.1.3.1 %AsyncIteratorPrototype% [ @@asyncIterator ] ( ): return the this value.
        realm.DefineMethod(proto, WellKnownSymbols.AsyncIterator, 0, (thisValue, _) => thisValue, "[Symbol.asyncIterator]");
    }
}
