using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>20.2.3 Properties of the Function Prototype Object.</summary>
internal static class FunctionPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = realm.FunctionPrototype;
        // 20.2.3.3 Function.prototype.call
        realm.FunctionCall = realm.DefineMethod(proto, "call", 1, (thisValue, args) =>
        {
            // From a call site, the interpreter names it first (f.call.call(1): "f.call.call is not a function");
            // from a builtin (a callback of forEach, Reflect.apply of call), V8 names the value.
            if (thisValue.AsFunction is not { } f) throw JsException.TypeError($"{Operations.DefaultCallSite(thisValue)} is not a function");
            return f.Call(args.At(0), args.Length > 1 ? args[1..] : []);
        }).AsCallForwarder();
        // 20.2.3.1 Function.prototype.apply
        realm.FunctionApply = realm.DefineMethod(proto, "apply", 2, (thisValue, args) =>
        {
            // Its TypeErrors are of apply's realm, whichever realm calls it.
            if (thisValue.AsFunction is not { } f) throw realm.Error(ErrorKind.TypeError, ReflectObject.ApplyOnNonFunction(realm, thisValue));
            var argArray = args.At(1);
            if (argArray.IsNullish) return f.Call(args.At(0), []);
            if (!argArray.IsObject) throw realm.Error(ErrorKind.TypeError, "CreateListFromArrayLike called on non-object");
            return f.Call(args.At(0), Operations.CreateListFromArrayLike(argArray));
        }).AsCallForwarder();
        // 20.2.3.2 Function.prototype.bind
        realm.DefineMethod(proto, "bind", 1, (thisValue, args) =>
        {
            if (thisValue.AsFunction is not { } target) throw JsException.TypeError("Bind must be called on a function");
            var bound = new BoundFunction(realm, target, args.At(0), args.Length > 1 ? args[1..].ToArray() : []);
            bound.FastSet("length", JsFunction.CopiedLength(target, Math.Max(0, args.Length - 1)), PropertyFlags.Configurable);
            if (target is BoundFunction boundTarget)
            {
                // Its own "name" is a data property; still unbuilt, it is read without building it.
                bound.SetLazyBoundName(boundTarget, boundTarget.TryGetPendingName(out _, out _) ? default : target.Get("name"));
                return bound;
            }
            var tn = target.Get("name");
            bound.FastSet("name", "bound " + (tn.IsString ? tn.String : ""), PropertyFlags.Configurable);
            return bound;
        });
        // 20.2.3.5 Function.prototype.toString
        realm.DefineMethod(proto, "toString", 0, (thisValue, _) => thisValue.AsFunction is { } f ? SourceText(f)
            : throw JsException.TypeError("Function.prototype.toString requires that 'this' be a Function"));
        // 20.2.3.6 Function.prototype [ @@hasInstance ]
        realm.DefineMethod(proto, WellKnownSymbols.HasInstance, 1, (thisValue, args) => Operations.OrdinaryHasInstance(thisValue, args.At(0)), "[Symbol.hasInstance]")
            .Shape.ToString();
        var hi = proto.Shape.Lookup(WellKnownSymbols.HasInstance);
        proto.FastSet(WellKnownSymbols.HasInstance, proto.Slots[hi], PropertyFlags.None);
        // %ThrowTypeError% (10.2.4.1)
        var tte = new NativeFunction(realm, "", 0, (_, _) => throw realm.Error(ErrorKind.TypeError, "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"));
        // Frozen: its length and name are non-configurable too (10.2.4.1 steps 5-7).
        ObjectConstructor.SetIntegrityLevelOrThrow(tte, frozen: true);
        realm.ThrowTypeError = tte;
        proto.FastSetAccessor("caller", tte, tte, PropertyFlags.Configurable);
        proto.FastSetAccessor("arguments", tte, tte, PropertyFlags.Configurable);
    }

    /// <summary>A function's source text as Function.prototype.toString gives it (also in V8's messages).</summary>
    internal static string SourceText(JsFunction f) => f switch
    {
        Vm.ScriptFunction { Template.Source: { } src } sf => src.Text[sf.Template.SourceStart..sf.Template.SourceEnd],
        // V8 names neither bound functions nor unnamed natives (Function.prototype): "function () { ... }".
        BoundFunction => "function () { [native code] }",
        _ => $"function {(f.GetOwnDataValue("name") is { IsString: true } n ? n.String : "")}() {{ [native code] }}",
    };
}
