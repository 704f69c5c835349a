using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.7.3 %AsyncFunction.prototype%: the prototype of async functions.</summary>
internal static class AsyncFunctionPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.FunctionPrototype);
        realm.AsyncFunctionPrototype = proto;
        // 27.7.3.2 AsyncFunction.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "AsyncFunction", PropertyFlags.Configurable);
    }
}
