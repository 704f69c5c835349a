namespace Eventide.Runtime;

/// <summary>
/// ShadowRealm proposal 2 Wrapped Function Exotic Objects: the only objects that cross a
/// ShadowRealm's boundary. Calling one wraps its arguments into the target's realm and its result
/// back into the caller's; whatever the target throws becomes a TypeError of the caller's realm.
/// </summary>
internal sealed class WrappedFunction : JsFunction
{
    /// <summary>[[WrappedTargetFunction]]</summary>
    public JsFunction Target { get; }

    private WrappedFunction(Realm callerRealm, JsFunction target) : base(callerRealm, callerRealm.FunctionPrototype) => Target = target;

    /// <summary>2.1 [[Call]] ( thisArgument, argumentsList ): OrdinaryWrappedFunctionCall.</summary>
    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args) => OrdinaryWrappedFunctionCall(thisArg, args);

    /// <summary>2.2 OrdinaryWrappedFunctionCall ( F, thisArgument, argumentsList )</summary>
    private JsValue OrdinaryWrappedFunctionCall(JsValue thisArgument, ReadOnlySpan<JsValue> argumentsList)
    {
        // 3. Let callerRealm be F.[[Realm]].
        var callerRealm = Realm;
        // 4. NOTE: Any exception objects produced after this point are associated with callerRealm.
        JsValue result;
        try
        {
            // 5. Let targetRealm be ? GetFunctionRealm(target).
            var targetRealm = Operations.GetFunctionRealm(Target) ?? callerRealm;
            // 6-7. Let wrappedArgs be the arguments, each GetWrappedValue(targetRealm, arg).
            var wrappedArgs = new JsValue[argumentsList.Length];
            for (int i = 0; i < wrappedArgs.Length; i++) wrappedArgs[i] = GetWrappedValue(targetRealm, argumentsList[i]);
            // 8. Let wrappedThisArgument be ? GetWrappedValue(targetRealm, thisArgument).
            var wrappedThisArgument = GetWrappedValue(targetRealm, thisArgument);
            // 9. Let result be Completion(Call(target, wrappedThisArgument, wrappedArgs)).
            result = Target.Call(wrappedThisArgument, wrappedArgs);
        }
        catch (JsException e)
        {
            // 11. Else, throw a TypeError exception.
            throw CrossingError(callerRealm, e, "WrappedFunction threw");
        }
        // 10. If result is a normal completion or a return completion: return ? GetWrappedValue(callerRealm, result.[[Value]]).
        return GetWrappedValue(callerRealm, result);
    }

    /// <summary>2.3 WrappedFunctionCreate ( callerRealm, Target )</summary>
    public static WrappedFunction WrappedFunctionCreate(Realm callerRealm, JsFunction target)
    {
        // 1-6. A basic object with callerRealm's %Function.prototype%, [[WrappedTargetFunction]] and [[Realm]].
        var wrapped = new WrappedFunction(callerRealm, target);
        try
        {
            // 7. Let result be Completion(CopyNameAndLength(wrapped, Target)).
            CopyNameAndLength(wrapped, target);
        }
        catch (JsException e)
        {
            // 8. If result is an abrupt completion, throw a TypeError exception.
            throw CrossingError(callerRealm, e, "Cannot wrap target callable");
        }
        // 9. Return wrapped.
        return wrapped;
    }

    /// <summary>3.1.3 GetWrappedValue ( callerRealm, value )</summary>
    public static JsValue GetWrappedValue(Realm callerRealm, JsValue value)
    {
        // 1. If value is an Object, then
        if (value.IsObject)
        {
            // a. If IsCallable(value) is false, throw a TypeError exception.
            if (value.AsFunction is not { } callable)
                throw callerRealm.Error(ErrorKind.TypeError, "Cannot wrap a non-callable object: only primitives and callables cross a ShadowRealm boundary");
            // b. Return ? WrappedFunctionCreate(callerRealm, value).
            return WrappedFunctionCreate(callerRealm, callable);
        }
        // 2. Return value.
        return value;
    }

    /// <summary>CopyNameAndLength ( F, Target [ , prefix [ , argCount ] ] ) as WrappedFunctionCreate uses it (no prefix, argCount 0).</summary>
    private static void CopyNameAndLength(JsFunction f, JsFunction target)
    {
        // 1-5. The length, from the target's own "length" when it is a number.
        f.SetFunctionLength(CopiedLength(target, argCount: 0));
        // 6. Let targetName be ? Get(Target, "name").
        var targetName = target.Get("name");
        // 7. If targetName is not a String, set targetName to the empty String.
        // 8. Perform SetFunctionName(F, targetName, prefix).
        f.SetFunctionName(targetName.IsString ? targetName.String : "");
    }

    /// <summary>The TypeError of <paramref name="callerRealm"/> a throw becomes when it crosses the boundary, naming what was thrown
    /// (the proposal's message copy: the error's message when it is an error, the value otherwise).</summary>
    internal static JsException CrossingError(Realm callerRealm, JsException thrown, string what)
    {
        string detail;
        try { detail = thrown.HasValue ? Describe(thrown.Value) : $"{thrown.Kind}: {thrown.ErrorMessage}"; }
        catch (JsException) { detail = "an error"; }
        return callerRealm.Error(ErrorKind.TypeError, $"{what} ({detail})");
    }

    /// <summary>A thrown value described without running code of the other realm (its own data properties only).</summary>
    private static string Describe(JsValue value)
    {
        if (value.AsObject is not JsObject o) return value.Ref is JsSymbol symbol ? symbol.ToString() : Operations.ToString(value);
        var message = o.GetOwnDataValue("message");
        return message.IsString ? message.String : "object";
    }
}
