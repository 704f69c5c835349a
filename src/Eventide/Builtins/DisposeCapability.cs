using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>The [[Hint]] of a DisposableResource Record.</summary>
internal enum DisposeHint : byte { SyncDispose, AsyncDispose }

/// <summary>9.11.1 DisposableResource Record: the value, how to dispose of it, and the method (undefined for an awaited null).</summary>
internal readonly record struct DisposableResource(JsValue Value, DisposeHint Hint, JsValue Method);

/// <summary>
/// 9.11.1 DisposeCapability Record: the resources a scope (a block, a function body, a module, a
/// DisposableStack) disposes of when it ends. <see cref="Step"/> runs 9.11.4.8 DisposeResources as a
/// state machine that stops wherever the spec awaits, so the interpreter (await using) and
/// AsyncDisposableStack can await in between; a synchronous caller just loops until it is done.
/// </summary>
internal sealed class DisposeCapability
{
    private readonly List<DisposableResource> _stack = new();
    // DisposeResources in progress: the next resource (counting down), its step 1-2 flags, its completion.
    private int _next = -1;
    private bool _needsAwait, _hasAwaited;

    /// <summary>The completion so far is a throw completion with <see cref="Error"/>.</summary>
    public bool HasError { get; private set; }
    public JsValue Error { get; private set; }

    /// <summary>9.11.4.2 AddDisposableResource ( disposeCapability, V, hint [ , method ] ) without method: a using declaration.</summary>
    public void Add(Realm realm, JsValue v, DisposeHint hint)
    {
        // 1.a. If V is either null or undefined and hint is sync-dispose, return unused.
        if (v.IsNullish && hint == DisposeHint.SyncDispose) return;
        // 1.c. Let resource be ? CreateDisposableResource(V, hint). 3. Append resource.
        _stack.Add(CreateDisposableResource(realm, v, hint));
    }

    /// <summary>9.11.4.2 AddDisposableResource with method present (DisposableStack adopt/defer): the method is callable.</summary>
    public void Add(JsValue v, DisposeHint hint, JsValue method) => _stack.Add(new DisposableResource(v, hint, method));

    /// <summary>9.11.4.3 CreateDisposableResource ( V, hint ) without method.</summary>
    private static DisposableResource CreateDisposableResource(Realm realm, JsValue v, DisposeHint hint)
    {
        // 1.a. If V is either null or undefined: V and method are undefined.
        if (v.IsNullish) return new DisposableResource(JsValue.Undefined, hint, JsValue.Undefined);
        // 1.b.i. If V is not an Object, throw a TypeError exception.
        if (!v.IsObject) throw JsException.TypeError($"{Operations.ToDisplay(v)} is not an object");
        // 1.b.ii. Let method be ? GetDisposeMethod(V, hint).
        var method = GetDisposeMethod(realm, v, hint);
        // 1.b.iii. If method is undefined, throw a TypeError exception.
        // (V8's message, as node prints it: "Symbol(Symbol.dispose) is not a function".)
        if (method is null)
            throw JsException.TypeError(hint == DisposeHint.AsyncDispose
                ? "Symbol(Symbol.asyncDispose) is not a function" : "Symbol(Symbol.dispose) is not a function");
        return new DisposableResource(v, hint, method);
    }

    /// <summary>9.11.4.4 GetDisposeMethod ( V, hint )</summary>
    public static JsFunction? GetDisposeMethod(Realm realm, JsValue v, DisposeHint hint)
    {
        // 2.a. Let method be ? GetMethod(V, @@dispose) (sync-dispose).
        if (hint == DisposeHint.SyncDispose) return Operations.GetMethod(v, WellKnownSymbols.Dispose);
        // 1.a. Let method be ? GetMethod(V, @@asyncDispose).
        var method = Operations.GetMethod(v, WellKnownSymbols.AsyncDispose);
        if (method is not null) return method;
        // 1.b.i. Set method to ? GetMethod(V, @@dispose).
        var sync = Operations.GetMethod(v, WellKnownSymbols.Dispose);
        if (sync is null) return null;
        // 1.b.ii.1. A closure that calls it and returns a promise resolved with undefined (never awaiting its result).
        return new NativeFunction(realm, "", 0, (thisValue, _) =>
        {
            // b. Let promiseCapability be ! NewPromiseCapability(%Promise%).
            var capability = PromiseOperations.NewPromiseCapability(realm, realm.PromiseConstructor);
            try
            {
                // c. Let result be Completion(Call(method, O)).
                sync.Call(thisValue, []);
            }
            catch (JsException ex)
            {
                // d. IfAbruptRejectPromise(result, promiseCapability).
                capability.CallReject(ex.GetValue(realm));
                return capability.Promise;
            }
            // e. Perform ? Call(promiseCapability.[[Resolve]], undefined, « undefined »).
            capability.CallResolve(JsValue.Undefined);
            return capability.Promise;
        });
    }

    /// <summary>9.11.4.8 DisposeResources, before step 1: the completion the scope ended with.</summary>
    public void Begin(bool isThrow, JsValue value)
    {
        _next = _stack.Count - 1;
        _needsAwait = _hasAwaited = false;
        HasError = isThrow;
        Error = isThrow ? value : JsValue.Undefined;
    }

    /// <summary>
    /// 9.11.4.8 DisposeResources steps 3-4: disposes of resources in reverse order until the spec
    /// awaits. Returns true with the value to Await (undefined for step 3.d / 4), false when done.
    /// </summary>
    public bool Step(Realm realm, out JsValue toAwait)
    {
        toAwait = JsValue.Undefined;
        // 3. For each element resource of disposeCapability.[[DisposableResourceStack]], in reverse list order, do
        while (_next >= 0)
        {
            var resource = _stack[_next];
            // d. If hint is sync-dispose and needsAwait is true and hasAwaited is false, then
            if (resource.Hint == DisposeHint.SyncDispose && _needsAwait && !_hasAwaited)
            {
                // i. Perform ! Await(undefined). ii. Set needsAwait to false.
                _needsAwait = false;
                return true;
            }
            _next--;
            // e. If method is not undefined, then
            if (!resource.Method.IsUndefined)
            {
                try
                {
                    // i. Let result be Completion(Call(method, value)).
                    var result = Operations.Call(resource.Method, resource.Value, []);
                    // ii. If result is a normal completion and hint is async-dispose, then
                    if (resource.Hint == DisposeHint.AsyncDispose)
                    {
                        // 1. Set result to Completion(Await(result.[[Value]])). 2. Set hasAwaited to true.
                        _hasAwaited = true;
                        toAwait = result;
                        return true;
                    }
                }
                catch (JsException ex)
                {
                    // iii. If result is a throw completion, combine it with completion.
                    RecordError(realm, ex.GetValue(realm));
                }
            }
            // f. Else: an awaited null or undefined; ii. Set needsAwait to true.
            else _needsAwait = true;
        }
        // 4. If needsAwait is true and hasAwaited is false, then a. Perform ! Await(undefined).
        if (_needsAwait && !_hasAwaited)
        {
            _needsAwait = false;
            return true;
        }
        // 6. Set disposeCapability.[[DisposableResourceStack]] to a new empty List.
        _stack.Clear();
        return false;
    }

    /// <summary>9.11.4.8 DisposeResources step 3.e.iii: a throw completion of a dispose method (or of its Await).</summary>
    public void RecordError(Realm realm, JsValue error)
    {
        // 1. If completion is a throw completion, then a-f. completion is a SuppressedError of result and completion.
        if (HasError) Error = CreateSuppressedError(realm, error, Error);
        // 2. Else, a. Set completion to result.
        else Error = error;
        HasError = true;
    }

    /// <summary>9.11.4.8 step 3.e.iii.1.c-e: a newly created SuppressedError with "error" and "suppressed".</summary>
    public static JsObject CreateSuppressedError(Realm realm, JsValue error, JsValue suppressed)
    {
        var o = new JsError(realm.ErrorPrototypes[(int)ErrorKind.SuppressedError]);
        o.CaptureStack(realm);
        o.FastSet("error", error, PropertyFlags.Hidden);
        o.FastSet("suppressed", suppressed, PropertyFlags.Hidden);
        return o;
    }

    /// <summary>9.11.4.8 DisposeResources for a synchronous caller (no resource was added with async-dispose).</summary>
    public void DisposeSync(Realm realm, bool isThrow, JsValue value)
    {
        Begin(isThrow, value);
        while (Step(realm, out _)) { }
    }
}
