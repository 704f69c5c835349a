using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>
/// 27.3 %GeneratorFunction.prototype% and 27.5.1 %GeneratorPrototype%: the prototype of generator
/// functions, and of the objects they return (next, return, throw).
/// </summary>
internal static class GeneratorPrototype
{
    public static void Setup(Realm realm)
    {
        // 27.3.3 %GeneratorFunction.prototype%
        var generatorFunctionPrototype = new JsObject(realm.FunctionPrototype);
        realm.GeneratorFunctionPrototype = generatorFunctionPrototype;
        // 27.5.1 %GeneratorPrototype%
        var proto = new JsObject(realm.IteratorPrototype);
        realm.GeneratorPrototype = proto;
        generatorFunctionPrototype.FastSet("prototype", proto, PropertyFlags.Configurable);
        generatorFunctionPrototype.FastSet(WellKnownSymbols.ToStringTag, "GeneratorFunction", PropertyFlags.Configurable);
        proto.FastSet("constructor", generatorFunctionPrototype, PropertyFlags.Configurable);

        var interpreter = realm.Engine.Interpreter;
        // 27.5.1.2 %GeneratorPrototype%.next ( value )
        realm.GeneratorNext = realm.DefineMethod(proto, "next", 1, (thisValue, args) =>
            interpreter.GeneratorResume(realm, thisValue, ResumeKind.Next, args.At(0), "Generator.prototype.next"));
        // 27.5.1.3 %GeneratorPrototype%.return ( value )
        realm.DefineMethod(proto, "return", 1, (thisValue, args) =>
            interpreter.GeneratorResume(realm, thisValue, ResumeKind.Return, args.At(0), "Generator.prototype.return"));
        // 27.5.1.4 %GeneratorPrototype%.throw ( exception )
        realm.DefineMethod(proto, "throw", 1, (thisValue, args) =>
            interpreter.GeneratorResume(realm, thisValue, ResumeKind.Throw, args.At(0), "Generator.prototype.throw"));
        // 27.5.1.5 %GeneratorPrototype% [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "Generator", PropertyFlags.Configurable);
    }
}
