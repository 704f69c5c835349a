using Eventide.Host;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide;

/// <summary>
/// A <see cref="JsClass"/> built in one engine: the prototype every instance shares (its accessors
/// and methods) and the constructor (its static members). Every function it defines maps a .NET
/// exception from host code to a JS Error with the exception's message (kept for the host).
/// </summary>
internal sealed class HostClass
{
    private readonly Func<JsArguments, object>? _create;

    public HostClass(Engine engine, JsClass definition, int constructorLength, Func<JsArguments, object>? create)
    {
        Engine = engine;
        Definition = definition;
        _create = create;
        var realm = engine.Realm;
        Prototype = new JsObject(realm.ObjectPrototype);
        Constructor = new NativeFunction(realm, definition.Name, constructorLength, (_, args, newTarget) => Construct(args, newTarget));
        Constructor.FastSet("prototype", Prototype, PropertyFlags.None);
        Prototype.FastSet("constructor", Constructor, PropertyFlags.Hidden);
        Prototype.FastSet(WellKnownSymbols.ToStringTag, definition.Name, PropertyFlags.Configurable);
    }

    public Engine Engine { get; }
    public JsClass Definition { get; }
    /// <summary>The prototype of the instances: the class's accessors and methods.</summary>
    public JsObject Prototype { get; }
    /// <summary>What scripts call with <c>new</c>: the static members live on it.</summary>
    public NativeFunction Constructor { get; }

    /// <summary>A non-enumerable accessor (as a JS class's getters and setters).</summary>
    public void DefineAccessor(JsObject target, string name, NativeFn get, NativeFn? set)
    {
        var getter = HostFunction("get " + name, 0, get);
        var setter = set is null ? null : HostFunction("set " + name, 1, set);
        target.FastSetAccessor(name, getter, setter, PropertyFlags.Configurable);
    }

    /// <summary>A non-enumerable method (as a JS class's methods).</summary>
    public void DefineMethod(JsObject target, string name, int length, NativeFn body) =>
        target.FastSet(name, HostFunction(name, length, body), PropertyFlags.Hidden);

    private NativeFunction HostFunction(string name, int length, NativeFn body) =>
        new(Engine.Realm, name, length, (thisValue, args) =>
        {
            try { return body(thisValue, args); }
            catch (Exception e) when (IsHostFault(e)) { throw Engine.HostFault(e); }
        });

    /// <summary>An exception thrown by host code, as opposed to a script's throw or an engine limit passing through it.</summary>
    internal static bool IsHostFault(Exception e) => e is not JsException and not UncatchableException and not ExecutionCancelledException and not InsufficientExecutionStackException;

    private JsValue Construct(ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw Engine.Realm.Error(ErrorKind.TypeError, $"Class constructor {Definition.Name} cannot be invoked without 'new'");
        if (_create is null) throw Engine.Realm.Error(ErrorKind.TypeError, "Illegal constructor");
        object target;
        try { target = _create(new JsArguments(Engine, args)); }
        catch (Exception e) when (IsHostFault(e)) { throw Engine.HostFault(e); }
        return Engine.WrapConstructed(target, this, Interpreter.GetPrototypeFromConstructor(newTarget, Prototype));
    }
}
