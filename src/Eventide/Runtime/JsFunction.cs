using Eventide.Runtime;
namespace Eventide;

/// <summary>A callable object (a function object, 10.2 / 10.3).</summary>
public abstract class JsFunction : JsObject
{
    /// <summary>The realm the function was created in ([[Realm]]).</summary>
    internal Realm Realm { get; }

    private protected JsFunction(Realm realm, JsObject? prototype) : base(prototype) { Realm = realm; }

    /// <summary>A function whose own properties are already laid out (a cached shape and its slot values).</summary>
    private protected JsFunction(Realm realm, Shape shape, JsValue[] slots) : base(shape, slots) { Realm = realm; }

    internal override bool IsCallable => true;
    internal override string ClassName => "Function";

    /// <summary>[[Call]]</summary>
    public abstract JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args);

    /// <summary>[[Construct]]; only meaningful when <see cref="JsObject.IsConstructor"/>.</summary>
    internal virtual JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        throw JsException.TypeError($"{DebugName} is not a constructor");

    /// <summary>The function's name as the "name" own property says, for messages.</summary>
    internal string DebugName => GetOwnDataValue("name") is { IsString: true } n && n.String.Length > 0 ? n.String : "anonymous";

    /// <summary>10.2.9 SetFunctionName</summary>
    internal void SetFunctionName(PropertyKey name, string? prefix = null)
    {
        string s = name.IsSymbol
            ? (name.Symbol.Description is { } d ? $"[{d}]" : "")
            : name.Name;
        if (prefix is not null) s = s.Length == 0 && name.IsSymbol ? prefix + " " : $"{prefix} {s}";
        DefinePropertyOrThrow("name", PropertyDescriptor.Data(s, PropertyFlags.Configurable));
    }

    /// <summary>10.2.10 SetFunctionLength</summary>
    internal void SetFunctionLength(double length) =>
        DefinePropertyOrThrow("length", PropertyDescriptor.Data(length, PropertyFlags.Configurable));

    /// <summary>CopyNameAndLength steps 2-4 (Function.prototype.bind's steps 4-6 too): the target's own numeric "length" less argCount, at least 0.</summary>
    internal static double CopiedLength(JsObject target, int argCount)
    {
        // 3. Let targetHasLength be ? HasOwnProperty(Target, "length").
        if (!target.HasOwnProperty("length")) return 0;
        // 4.a. Let targetLen be ? Get(Target, "length").
        var targetLen = target.Get("length");
        // b. If targetLen is a Number: +∞ stays, -∞ is 0, else max(ToIntegerOrInfinity(targetLen) - argCount, 0).
        if (!targetLen.IsNumber) return 0;
        if (double.IsPositiveInfinity(targetLen.Number)) return double.PositiveInfinity;
        if (double.IsNegativeInfinity(targetLen.Number)) return 0;
        return Math.Max(0, Operations.ToIntegerOrInfinity(targetLen) - argCount);
    }
}

/// <summary>Body of a builtin function: (this, arguments) → result.</summary>
internal delegate JsValue NativeFn(JsValue thisValue, ReadOnlySpan<JsValue> args);
/// <summary>Body of a builtin constructor: newTarget is null for a plain call.</summary>
internal delegate JsValue NativeCtorFn(JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget);

/// <summary>10.3 Built-in function objects.</summary>
internal sealed class NativeFunction : JsFunction
{
    /// <summary>For a promise's resolving function, that promise (async stack traces follow it).</summary>
    internal JsPromise? ResolvesPromise;
    /// <summary>Function.prototype.call, apply or Reflect.apply (of any realm): a call of it is the call of
    /// another function, which the interpreter runs as its own frame and names in its errors.</summary>
    internal bool ForwardsCalls { get; private set; }
    /// <summary>For a method whose loop calls a callback per element (forEach, map, ...): the steps before
    /// its loop, which the interpreter runs to drive the loop itself, each callback a frame of its own.</summary>
    internal Builtins.ElementCallbackLoopStart? StartsCallbackLoop;
    /// <summary>Not shown on stack traces: a builtin that makes the error or stack (an error constructor,
    /// Error.captureStackTrace), or one V8 runs without a frame of its own (Reflect.construct, Array).</summary>
    internal bool HiddenFromStackTraces { get; private set; }
    private readonly NativeFn? _call;
    private readonly NativeCtorFn? _ctor;

    public NativeFunction(Realm realm, string name, int length, NativeFn body, JsObject? prototype = null)
        : base(realm, prototype ?? realm.FunctionPrototype)
    {
        _call = body;
        InitNameAndLength(name, length);
    }

    public NativeFunction(Realm realm, string name, int length, NativeCtorFn body, JsObject? prototype = null)
        : base(realm, prototype ?? realm.FunctionPrototype)
    {
        _ctor = body;
        InitNameAndLength(name, length);
    }

    private void InitNameAndLength(string name, int length)
    {
        FastSet("length", length, PropertyFlags.Configurable);
        FastSet("name", name, PropertyFlags.Configurable);
    }

    internal override bool IsConstructor => _ctor is not null;

    /// <summary>Marks the builtin as <see cref="HiddenFromStackTraces"/>.</summary>
    internal NativeFunction HiddenFromStacks()
    {
        HiddenFromStackTraces = true;
        return this;
    }

    /// <summary>Marks call, apply or Reflect.apply as <see cref="ForwardsCalls"/>.</summary>
    internal NativeFunction AsCallForwarder()
    {
        ForwardsCalls = true;
        return this;
    }

    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args) =>
        _call is not null ? _call(thisArg, args) : _ctor!(thisArg, args, null);

    internal override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        _ctor is not null ? _ctor(JsValue.Undefined, args, newTarget) : base.Construct(args, newTarget);
}

internal static class ArgumentsExtensions
{
    /// <summary>The argument at <paramref name="i"/>, or undefined when fewer were passed.</summary>
    public static JsValue At(this ReadOnlySpan<JsValue> args, int i) => i < args.Length ? args[i] : JsValue.Undefined;
}
