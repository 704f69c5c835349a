using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>
/// The native half of node:async_hooks (required by its JavaScript as "internal/async_context"):
/// read and replace the engine's current async context, draw async ids, and node's argument errors.
/// </summary>
internal static class AsyncContextModule
{
    public static JsObject Create(Realm realm)
    {
        var engine = realm.Engine;
        var exports = new JsObject(realm.ObjectPrototype);
        realm.DefineMethod(exports, "getContext", 0, (_, _) => engine.AsyncContext is { } frame ? frame : JsValue.Undefined);
        realm.DefineMethod(exports, "setContext", 1, (_, args) =>
        {
            engine.AsyncContext = args.At(0).AsObject;
            return JsValue.Undefined;
        });
        realm.DefineMethod(exports, "newAsyncId", 0, (_, _) => engine.Loop.NewAsyncId());
        realm.DefineMethod(exports, "invalidArgType", 3, (_, args) =>
            throw CodedErrors.InvalidArgType(realm, Operations.ToString(args.At(0)), Operations.ToString(args.At(1)), args.At(2)));
        return exports;
    }
}
