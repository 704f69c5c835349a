using Eventide.Host;
using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// What scripts see of a .NET type: see <see cref="JsClass{T}"/>. An engine builds the class's
/// prototype and constructor once, the first time it needs them.
/// </summary>
public abstract class JsClass
{
    private protected JsClass(string name) => Name = name;

    /// <summary>The class's name in JavaScript: its constructor's name and <c>Symbol.toStringTag</c>.</summary>
    public string Name { get; }

    /// <summary>Builds this class's prototype, constructor and members in <paramref name="engine"/>.</summary>
    internal abstract HostClass Materialize(Engine engine);

    /// <summary>The element at <paramref name="index"/> of an indexed object (false when out of range or without an indexer).</summary>
    internal abstract bool TryGetIndex(Engine engine, object target, uint index, out JsValue value);

    /// <summary>Stores an element through the indexer's setter; false when there is none or the index is out of range.</summary>
    internal abstract bool TrySetIndex(Engine engine, object target, uint index, JsValue value);

    /// <summary>How many elements an indexed object has (0 when it does not say).</summary>
    internal abstract int IndexCount(object target);

    /// <summary>True when instances have an integer indexer.</summary>
    internal abstract bool HasIndexer { get; }
}

/// <summary>
/// The explicit, reflection-free description of what scripts may use of a <typeparamref name="T"/>:
/// properties (accessors on a prototype shared by every instance), methods, an integer indexer,
/// events, a constructor and static members. Nothing else of the object is reachable.
/// The Eventide source generator writes one for each <see cref="JsExportAttribute"/> class; hosts
/// may write their own:
/// <code>
/// var counter = new JsClass&lt;Counter&gt;("Counter")
///     .Constructor(1, args => new Counter(args.Get&lt;int&gt;(0, "start")))
///     .Property("count", c => c.Count, (c, v) => c.Count = v)
///     .Method("add", 1, (c, args) => args.Return(c.Add(args.Get&lt;int&gt;(0, "n"))));
/// engine.SetValue("Counter", counter);                    // new Counter(5) in scripts
/// engine.SetValue("counter", engine.Wrap(new Counter(), counter));
/// </code>
/// A definition holds no engine state: build it once (a static field) and use it in any number of engines.
/// </summary>
/// <typeparam name="T">The .NET type; instances are wrapped once per engine (the same object gives the same JavaScript object).</typeparam>
public sealed class JsClass<T> : JsClass where T : class
{
    private readonly List<Action<HostClass>> _prototypeMembers = [];
    private readonly List<Action<HostClass>> _staticMembers = [];
    private readonly Dictionary<string, Func<T, JsEventListener, Action>> _events = [];
    private Func<JsArguments, T>? _constructor;
    private int _constructorLength;
    private Func<T, int, Engine, JsValue>? _indexGet;
    private Action<T, int, JsValue, Engine>? _indexSet;
    private Func<T, int>? _indexCount;

    /// <summary>A class named <paramref name="name"/> in JavaScript, with no members yet.</summary>
    public JsClass(string name) : base(name) { }

    /// <summary>
    /// An accessor property: reads call <paramref name="get"/> and convert its result with
    /// <see cref="Engine.FromClr{TValue}(TValue)"/>; writes convert the value with
    /// <see cref="Engine.ToClr{TValue}(JsValue)"/> and call <paramref name="set"/> (without one, the property is read-only
    /// and assigning it throws a TypeError in strict code, as for a getter-only accessor). With <paramref name="nullable"/>,
    /// assigning null or undefined sets null (for a nullable reference type; <c>int?</c> and the like accept null anyway).
    /// </summary>
    public JsClass<T> Property<TValue>(string name, Func<T, TValue> get, Action<T, TValue>? set = null, bool nullable = false)
    {
        string label = $"{Name}.{name}";
        _prototypeMembers.Add(c => c.DefineAccessor(c.Prototype, name,
            (thisValue, _) => c.Engine.FromClr(get(Unwrap(c, thisValue))),
            set is null ? null : (thisValue, args) =>
            {
                set(Unwrap(c, thisValue), Assigned<TValue>(c.Engine, args.At(0), label, nullable));
                return JsValue.Undefined;
            }));
        return this;
    }

    private static TValue Assigned<TValue>(Engine engine, JsValue value, string label, bool nullable) =>
        nullable && value.IsNullish ? default! : engine.ToClr<TValue>(value, label, "property");

    /// <summary>
    /// A method: <paramref name="body"/> gets the instance and the call's <see cref="JsArguments"/> (typed reads,
    /// <see cref="JsArguments.Return{TResult}"/> and <see cref="JsArguments.Promise{TResult}(Task{TResult})"/> for the result).
    /// <paramref name="length"/> is the function's <c>length</c>.
    /// </summary>
    public JsClass<T> Method(string name, int length, Func<T, JsArguments, JsValue> body)
    {
        _prototypeMembers.Add(c => c.DefineMethod(c.Prototype, name, length,
            (thisValue, args) => body(Unwrap(c, thisValue), new JsArguments(c.Engine, args))));
        return this;
    }

    /// <summary>
    /// An integer indexer: <c>obj[i]</c> reads <paramref name="get"/> and writes <paramref name="set"/> (read-only without it).
    /// With <paramref name="count"/>, indexes from 0 to count − 1 exist (and are listed by <c>Object.keys</c>);
    /// without it, every index exists and a getter's <see cref="ArgumentOutOfRangeException"/> or
    /// <see cref="IndexOutOfRangeException"/> makes an index read as absent (undefined).
    /// </summary>
    public JsClass<T> Indexer<TValue>(Func<T, int, TValue> get, Action<T, int, TValue>? set = null, Func<T, int>? count = null)
    {
        string label = $"{Name}[index]";
        _indexGet = (target, index, engine) => engine.FromClr(get(target, index));
        _indexSet = set is null ? null : (target, index, value, engine) => set(target, index, engine.ToClr<TValue>(value, label, "property"));
        _indexCount = count;
        return this;
    }

    /// <summary>
    /// An event scripts listen to with <c>obj.on(name, listener)</c> and stop with <c>obj.off(name, listener)</c>.
    /// <paramref name="subscribe"/> attaches a handler that calls the <see cref="JsEventListener"/> and returns
    /// what detaches it, e.g. <c>(t, l) => { EventHandler&lt;int&gt; h = (_, e) => l.Invoke(e); t.Changed += h; return () => t.Changed -= h; }</c>.
    /// </summary>
    public JsClass<T> Event(string name, Func<T, JsEventListener, Action> subscribe)
    {
        if (_events.Count == 0) _prototypeMembers.Add(DefineEventMethods);
        _events[name] = subscribe;
        return this;
    }

    /// <summary>
    /// What <c>new Name(...)</c> in a script creates (without it, <c>new</c> throws "Illegal constructor").
    /// A subclass declared in JavaScript (<c>class X extends Name</c>) gets its own prototype.
    /// </summary>
    public JsClass<T> Constructor(int length, Func<JsArguments, T> create)
    {
        _constructor = create;
        _constructorLength = length;
        return this;
    }

    /// <summary>A static accessor property on the constructor, converted as <see cref="Property{TValue}"/>.</summary>
    public JsClass<T> StaticProperty<TValue>(string name, Func<TValue> get, Action<TValue>? set = null, bool nullable = false)
    {
        string label = $"{Name}.{name}";
        _staticMembers.Add(c => c.DefineAccessor(c.Constructor, name,
            (_, _) => c.Engine.FromClr(get()),
            set is null ? null : (_, args) =>
            {
                set(Assigned<TValue>(c.Engine, args.At(0), label, nullable));
                return JsValue.Undefined;
            }));
        return this;
    }

    /// <summary>A static method on the constructor.</summary>
    public JsClass<T> StaticMethod(string name, int length, Func<JsArguments, JsValue> body)
    {
        _staticMembers.Add(c => c.DefineMethod(c.Constructor, name, length, (_, args) => body(new JsArguments(c.Engine, args))));
        return this;
    }

    internal override HostClass Materialize(Engine engine)
    {
        var hostClass = new HostClass(engine, this, _constructorLength, _constructor is null ? null : Construct);
        foreach (var member in _prototypeMembers) member(hostClass);
        foreach (var member in _staticMembers) member(hostClass);
        return hostClass;
    }

    private object Construct(JsArguments args) => _constructor!(args);

    /// <summary>The instance a member was called on; anything else (another object, a primitive) is an illegal invocation.</summary>
    private static T Unwrap(HostClass c, JsValue thisValue) =>
        thisValue.AsObject is HostObject { Target: T target } ? target : throw c.Engine.Realm.Error(ErrorKind.TypeError, "Illegal invocation");

    /// <summary>on(name, listener) and off(name, listener), sharing the object's listener list.</summary>
    private void DefineEventMethods(HostClass c)
    {
        c.DefineMethod(c.Prototype, "on", 2, (thisValue, args) =>
        {
            var target = Unwrap(c, thisValue);
            var (name, listener) = EventArguments(c, args);
            var host = (HostObject)thisValue.Object;
            var jsListener = new JsEventListener(c.Engine, host, listener);
            host.AddListener(name, listener, jsListener, _events[name](target, jsListener));
            return thisValue;
        });
        c.DefineMethod(c.Prototype, "off", 2, (thisValue, args) =>
        {
            Unwrap(c, thisValue);
            var (name, listener) = EventArguments(c, args);
            ((HostObject)thisValue.Object).RemoveListener(name, listener);
            return thisValue;
        });
    }

    private (string Name, JsFunction Listener) EventArguments(HostClass c, ReadOnlySpan<JsValue> args)
    {
        var call = new JsArguments(c.Engine, args);
        string name = call.Get<string>(0, "eventName");
        if (!_events.ContainsKey(name))
            throw CodedErrors.InvalidArgValue(c.Engine.Realm, "eventName", name, $"must be one of: {string.Join(", ", _events.Keys.Select(k => $"'{k}'"))}");
        return (name, call.Get<JsFunction>(1, "listener"));
    }

    internal override bool HasIndexer => _indexGet is not null;

    internal override bool TryGetIndex(Engine engine, object target, uint index, out JsValue value)
    {
        value = JsValue.Undefined;
        if (_indexGet is null || !InRange((T)target, index)) return false;
        try
        {
            value = _indexGet((T)target, (int)index, engine);
            return true;
        }
        catch (Exception e) when (_indexCount is null && e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return false;
        }
        catch (Exception e) when (HostClass.IsHostFault(e))
        {
            throw engine.HostFault(e);
        }
    }

    internal override bool TrySetIndex(Engine engine, object target, uint index, JsValue value)
    {
        if (_indexSet is null || !InRange((T)target, index)) return false;
        try { _indexSet((T)target, (int)index, value, engine); }
        catch (Exception e) when (HostClass.IsHostFault(e)) { throw engine.HostFault(e); }
        return true;
    }

    internal override int IndexCount(object target) => _indexCount is null ? 0 : _indexCount((T)target);

    private bool InRange(T target, uint index) =>
        index <= int.MaxValue && (_indexCount is null || index < (uint)_indexCount(target));
}
