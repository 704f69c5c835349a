using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 27.3.3 Properties of the DisposableStack Prototype Object. adopt, defer, use, move and disposed
/// are shared with %AsyncDisposableStack.prototype% (27.4.3), which differs only by the hint.
/// </summary>
internal static class DisposableStackPrototype
{
    /// <summary>Creates %DisposableStack.prototype% and returns the constructor (installed on first use, see Intrinsics.Disposal).</summary>
    public static JsFunction Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.DisposableStackPrototype = proto;
        var ctor = DisposableStackConstructor.Define(realm, proto, isAsync: false);
        DefineShared(realm, proto, isAsync: false);
        // 27.3.3.3 DisposableStack.prototype.dispose ( )
        var dispose = realm.DefineMethod(proto, "dispose", 0, (thisValue, _) =>
        {
            // 1-2. Let disposableStack be the this value; RequireInternalSlot(disposableStack, [[DisposableState]]).
            var stack = This(thisValue, isAsync: false, "dispose");
            // 3. If disposableStack.[[DisposableState]] is disposed, return undefined.
            if (stack.Disposed) return JsValue.Undefined;
            // 4. Set disposableStack.[[DisposableState]] to disposed.
            stack.Disposed = true;
            // 5. Return ? DisposeResources(disposableStack.[[DisposeCapability]], NormalCompletion(undefined)).
            stack.Capability.DisposeSync(realm, false, JsValue.Undefined);
            if (stack.Capability.HasError) throw new JsException(stack.Capability.Error);
            return JsValue.Undefined;
        });
        // 27.3.3.8 DisposableStack.prototype [ @@dispose ] ( ): the initial value of "dispose".
        proto.FastSet(WellKnownSymbols.Dispose, dispose, PropertyFlags.Hidden);
        // 27.3.3.9 DisposableStack.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "DisposableStack", PropertyFlags.Configurable);
        return ctor;
    }

    /// <summary>RequireInternalSlot(O, [[DisposableState]]) or [[AsyncDisposableState]].</summary>
    internal static JsDisposableStack This(JsValue thisValue, bool isAsync, string method) =>
        thisValue.AsObject is JsDisposableStack s && s.IsAsync == isAsync ? s
            : throw CollectionSupport.IncompatibleReceiver($"{Name(isAsync)}.prototype.{method}", thisValue);

    private static string Name(bool isAsync) => isAsync ? "AsyncDisposableStack" : "DisposableStack";

    /// <summary>The step "If [[DisposableState]] is disposed, throw a ReferenceError exception."</summary>
    private static JsDisposableStack Pending(JsValue thisValue, bool isAsync, string method)
    {
        var stack = This(thisValue, isAsync, method);
        if (stack.Disposed) throw JsException.ReferenceError($"Cannot call {Name(isAsync)}.prototype.{method} on an already-disposed DisposableStack"); // V8's words, for both stacks
        return stack;
    }

    /// <summary>adopt, defer, use, move and get disposed: the same steps for both stacks, with the stack's hint.</summary>
    internal static void DefineShared(Realm realm, JsObject proto, bool isAsync)
    {
        var hint = isAsync ? DisposeHint.AsyncDispose : DisposeHint.SyncDispose;
        // 27.3.3.1 adopt ( value, onDispose ) / 27.4.3.1 adopt ( value, onDisposeAsync )
        realm.DefineMethod(proto, "adopt", 2, (thisValue, args) =>
        {
            // 3. If disposableStack.[[DisposableState]] is disposed, throw a ReferenceError exception.
            var stack = Pending(thisValue, isAsync, "adopt");
            var value = args.At(0);
            // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
            if (args.At(1).AsObject is not JsFunction onDispose) throw JsException.TypeError($"{Operations.ToDisplay(args.At(1))} is not a function");
            // 5-6. Let F be CreateBuiltinFunction(closure calling onDispose(value), 0, "", « »).
            var f = new NativeFunction(realm, "", 0, (_, _) => onDispose.Call(JsValue.Undefined, [value]));
            // 7. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], undefined, hint, F).
            stack.Capability.Add(JsValue.Undefined, hint, f);
            // 8. Return value.
            return value;
        });
        // 27.3.3.2 defer ( onDispose )
        realm.DefineMethod(proto, "defer", 1, (thisValue, args) =>
        {
            var stack = Pending(thisValue, isAsync, "defer");
            // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
            if (args.At(0).AsObject is not JsFunction onDispose) throw JsException.TypeError($"{Operations.ToDisplay(args.At(0))} is not a function");
            // 5. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], undefined, hint, onDispose).
            stack.Capability.Add(JsValue.Undefined, hint, onDispose);
            return JsValue.Undefined;
        });
        // 27.3.3.4 get DisposableStack.prototype.disposed
        realm.DefineGetter(proto, "disposed", (thisValue, _) => This(thisValue, isAsync, "disposed").Disposed);
        // 27.3.3.5 move ( )
        realm.DefineMethod(proto, "move", 0, (thisValue, _) =>
        {
            var stack = Pending(thisValue, isAsync, "move");
            // 4. Let newDisposableStack be ? OrdinaryCreateFromConstructor(%DisposableStack%, "%DisposableStack.prototype%", ...).
            // 5. Set newDisposableStack.[[DisposableState]] to pending.
            // 6. Set newDisposableStack.[[DisposeCapability]] to disposableStack.[[DisposeCapability]].
            var moved = new JsDisposableStack(isAsync ? realm.AsyncDisposableStackPrototype : realm.DisposableStackPrototype, isAsync)
            {
                Capability = stack.Capability,
            };
            // 7. Set disposableStack.[[DisposeCapability]] to NewDisposeCapability().
            stack.Capability = new DisposeCapability();
            // 8. Set disposableStack.[[DisposableState]] to disposed.
            stack.Disposed = true;
            // 9. Return newDisposableStack.
            return moved;
        });
        // 27.3.3.6 use ( value )
        realm.DefineMethod(proto, "use", 1, (thisValue, args) =>
        {
            var stack = Pending(thisValue, isAsync, "use");
            // 4. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], value, hint).
            stack.Capability.Add(realm, args.At(0), hint);
            // 5. Return value.
            return args.At(0);
        });
    }
}
