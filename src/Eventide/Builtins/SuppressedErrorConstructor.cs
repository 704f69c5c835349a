using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>20.5.8 SuppressedError Objects: an error thrown while another one was being handled.</summary>
internal static class SuppressedErrorConstructor
{
    public static void Setup(Realm realm)
    {
        const ErrorKind kind = ErrorKind.SuppressedError;
        // 20.5.8.3 Properties of the SuppressedError Prototype Object: an ordinary object whose prototype is %Error.prototype%.
        var proto = new JsObject(realm.ErrorPrototype);
        realm.ErrorPrototypes[(int)kind] = proto;
        var ctor = realm.DefineConstructor("SuppressedError", 3, (_, args, newTarget) => Construct(realm, args, newTarget), proto).HiddenFromStacks();
        // 20.5.8.2 Properties of the SuppressedError Constructor: [[Prototype]] is %Error%.
        ctor.SetPrototypeOf(realm.ErrorConstructors[(int)ErrorKind.Error]);
        realm.ErrorConstructors[(int)kind] = ctor;
        proto.FastSet("name", "SuppressedError", PropertyFlags.Hidden);
        proto.FastSet("message", "", PropertyFlags.Hidden);
    }

    /// <summary>20.5.8.1.1 SuppressedError ( error, suppressed, message )</summary>
    private static JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
        var target = newTarget ?? realm.ErrorConstructors[(int)ErrorKind.SuppressedError];
        // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%SuppressedError.prototype%", « [[ErrorData]] »).
        var proto = Vm.Interpreter.GetPrototypeFromConstructor(target, realm.ErrorPrototypes[(int)ErrorKind.SuppressedError]);
        var o = new JsError(proto);
        o.CaptureStack(realm, newTarget);
        // 3. If message is not undefined, then a. Let messageString be ? ToString(message).
        //    b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", messageString).
        var message = args.At(2);
        if (!message.IsUndefined) o.FastSet("message", Operations.ToString(message), PropertyFlags.Hidden);
        // 4. Perform CreateNonEnumerableDataPropertyOrThrow(O, "error", error).
        o.FastSet("error", args.At(0), PropertyFlags.Hidden);
        // 5. Perform CreateNonEnumerableDataPropertyOrThrow(O, "suppressed", suppressed).
        o.FastSet("suppressed", args.At(1), PropertyFlags.Hidden);
        // 6. Return O.
        return o;
    }
}
