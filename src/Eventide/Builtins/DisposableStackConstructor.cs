using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>A DisposableStack or AsyncDisposableStack: [[DisposableState]] and [[DisposeCapability]].</summary>
internal sealed class JsDisposableStack(JsObject prototype, bool isAsync) : JsObject(prototype)
{
    public readonly bool IsAsync = isAsync;
    /// <summary>[[DisposableState]] (or [[AsyncDisposableState]]) is disposed.</summary>
    public bool Disposed;
    public DisposeCapability Capability = new();
    internal override string ClassName => IsAsync ? "AsyncDisposableStack" : "DisposableStack";
}

/// <summary>27.3.1 The DisposableStack Constructor (and, with isAsync, 27.4.1 AsyncDisposableStack).</summary>
internal static class DisposableStackConstructor
{
    public static JsFunction Define(Realm realm, JsObject proto, bool isAsync)
    {
        string name = isAsync ? "AsyncDisposableStack" : "DisposableStack";
        return realm.DefineConstructor(name, 0, (_, _, newTarget) =>
        {
            // 1. If NewTarget is undefined, throw a TypeError exception.
            if (newTarget is null) throw JsException.TypeError($"Constructor {name} requires 'new'");
            // 2. Let disposableStack be ? OrdinaryCreateFromConstructor(NewTarget, "%DisposableStack.prototype%", ...).
            // 3-4. [[DisposableState]] is pending, [[DisposeCapability]] is NewDisposeCapability().
            return new JsDisposableStack(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, proto), isAsync);
        }, proto, global: false);
    }
}
