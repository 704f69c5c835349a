using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>20.5 Error Objects: %Error% and the NativeError constructors (20.5.5), AggregateError (20.5.7).</summary>
internal static class ErrorConstructors
{
    public static void Setup(Realm realm)
    {
        var errorProto = new JsObject(realm.ObjectPrototype);
        realm.ErrorPrototype = errorProto;
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            if (kind == ErrorKind.SuppressedError) continue; // its own constructor: SuppressedErrorConstructor
            var proto = kind == ErrorKind.Error ? errorProto : new JsObject(errorProto);
            realm.ErrorPrototypes[(int)kind] = proto;
            string name = kind.ToString();
            var k = kind;
            var ctor = realm.DefineConstructor(name, kind == ErrorKind.AggregateError ? 2 : 1,
                (_, args, newTarget) => Construct(realm, k, args, newTarget), proto).HiddenFromStacks();
            if (kind != ErrorKind.Error) ctor.SetPrototypeOf(realm.ErrorConstructors[(int)ErrorKind.Error]);
            realm.ErrorConstructors[(int)kind] = ctor;
            proto.FastSet("name", name, PropertyFlags.Hidden);
            proto.FastSet("message", "", PropertyFlags.Hidden);
        }
        // 20.5.3.4 Error.prototype.toString
        realm.DefineMethod(errorProto, "toString", 0, (thisValue, _) =>
        {
            if (thisValue.AsObject is not JsObject o) throw JsException.TypeError($"Method Error.prototype.toString called on incompatible receiver {ArrayPrototype.DescribeValue(thisValue)}");
            var name = o.Get("name");
            var msg = o.Get("message");
            string n = name.IsUndefined ? "Error" : Operations.ToString(name);
            string m = msg.IsUndefined ? "" : Operations.ToString(msg);
            if (n.Length == 0) return m;
            if (m.Length == 0) return n;
            return n + ": " + m;
        });
        var errorCtor = realm.ErrorConstructors[(int)ErrorKind.Error];
        // 20.5.2.1 Error.isError ( arg ): whether arg has an [[ErrorData]] slot (not whether it inherits from Error.prototype).
        realm.DefineMethod(errorCtor, "isError", 1, (_, args) => JsValue.FromBool(args.At(0).AsObject is JsError));
        // V8's Error.stackTraceLimit (frames kept in a stack) and Error.captureStackTrace(object, fn).
        errorCtor.FastSet("stackTraceLimit", 10, PropertyFlags.Default);
        realm.DefineMethod(errorCtor, "captureStackTrace", 2, (_, args) =>
        {
            if (args.At(0).AsObject is not JsObject target || target is IProxy) throw JsException.TypeError("invalid_argument");
            // Defined like an own property: a non-configurable "stack" stays, a non-extensible object throws.
            if (target.GetOwnProperty("stack", out var existing))
            {
                if (!existing.Configurable) return JsValue.Undefined;
            }
            else if (!target.IsExtensible()) throw JsException.TypeError("Cannot define property stack, object is not extensible");
            ErrorStack.Install(realm, target, args.At(1).AsObject);
            return JsValue.Undefined;
        }).HiddenFromStacks();
    }

    /// <summary>20.5.1.1 Error(message [, options]) and 20.5.6.1 NativeError(message [, options]).</summary>
    private static JsValue Construct(Realm realm, ErrorKind kind, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = newTarget ?? realm.ErrorConstructors[(int)kind];
        var proto = Vm.Interpreter.GetPrototypeFromConstructor(target, realm.ErrorPrototypes[(int)kind]);
        var o = new JsError(proto);
        // V8 creates "stack" first, so own-key order is stack, message, cause, errors; `new MyError`
        // leaves MyError's constructor frames out.
        o.CaptureStack(realm, newTarget);
        int msgIndex = 0;
        if (kind == ErrorKind.AggregateError) msgIndex = 1;
        var message = args.At(msgIndex);
        if (!message.IsUndefined) o.FastSet("message", Operations.ToString(message), PropertyFlags.Hidden);
        // InstallErrorCause
        var options = args.At(msgIndex + 1);
        if (options.AsObject is JsObject opts && opts.HasProperty("cause"))
            o.FastSet("cause", opts.Get("cause"), PropertyFlags.Hidden);
        if (kind == ErrorKind.AggregateError)
        {
            var errors = Vm.IteratorRecord.GetIterator(realm, args.At(0));
            var list = realm.NewArray();
            while (errors.Step(out var e)) list.Push(e);
            o.FastSet("errors", list, PropertyFlags.Hidden);
        }
        return o;
    }
}
