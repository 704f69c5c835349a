using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>
/// 27.4.3 %AsyncGeneratorFunction.prototype% and 27.6.1 %AsyncGeneratorPrototype%: the prototype
/// of async generator functions, and of the objects they return (next, return, throw).
/// </summary>
internal static class AsyncGeneratorPrototype
{
    public static void Setup(Realm realm)
    {
        // 27.4.3 %AsyncGeneratorFunction.prototype%
        var functionPrototype = new JsObject(realm.FunctionPrototype);
        realm.AsyncGeneratorFunctionPrototype = functionPrototype;
        // 27.6.1 %AsyncGeneratorPrototype%
        var proto = new JsObject(realm.AsyncIteratorPrototype);
        realm.AsyncGeneratorPrototype = proto;
        functionPrototype.FastSet("prototype", proto, PropertyFlags.Configurable);
        functionPrototype.FastSet(WellKnownSymbols.ToStringTag, "AsyncGeneratorFunction", PropertyFlags.Configurable);
        proto.FastSet("constructor", functionPrototype, PropertyFlags.Configurable);

        var interpreter = realm.Engine.Interpreter;
        // 27.6.1.2 %AsyncGeneratorPrototype%.next ( value )
        realm.DefineMethod(proto, "next", 1, (thisValue, args) =>
            interpreter.AsyncGeneratorRequest(realm, thisValue, ResumeKind.Next, args.At(0)));
        // 27.6.1.3 %AsyncGeneratorPrototype%.return ( value )
        realm.DefineMethod(proto, "return", 1, (thisValue, args) =>
            interpreter.AsyncGeneratorRequest(realm, thisValue, ResumeKind.Return, args.At(0)));
        // 27.6.1.4 %AsyncGeneratorPrototype%.throw ( exception )
        realm.DefineMethod(proto, "throw", 1, (thisValue, args) =>
            interpreter.AsyncGeneratorRequest(realm, thisValue, ResumeKind.Throw, args.At(0)));
        // 27.6.1.5 %AsyncGeneratorPrototype% [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "AsyncGenerator", PropertyFlags.Configurable);
    }
}
