using Eventide.Runtime;

namespace Eventide;

/// <summary>
/// A .NET object as scripts see it: an ordinary object whose prototype is its class's shared
/// prototype (accessors and methods that reach <see cref="Target"/>). It has no own properties
/// at first and scripts may add some, as on any object; nothing else of the target is reachable.
/// </summary>
internal class HostObject(JsObject prototype, object target, HostClass hostClass) : JsObject(prototype)
{
    private List<Subscription>? _listeners;

    /// <summary>The .NET object.</summary>
    public object Target { get; } = target;

    /// <summary>The class it was wrapped with in this engine.</summary>
    public HostClass Class { get; } = hostClass;

    internal override string ClassName => Class.Definition.Name;

    /// <summary>Remembers a listener added with on(name, fn), and what detaches its .NET handler.</summary>
    public void AddListener(string name, JsFunction function, JsEventListener listener, Action unsubscribe) =>
        (_listeners ??= []).Add(new Subscription(name, function, listener, unsubscribe));

    /// <summary>Detaches the most recently added listener for (name, fn), as EventEmitter's off does; none is fine.</summary>
    public void RemoveListener(string name, JsFunction function)
    {
        if (_listeners is null) return;
        int i = _listeners.FindLastIndex(s => s.Name == name && ReferenceEquals(s.Function, function));
        if (i < 0) return;
        var subscription = _listeners[i];
        _listeners.RemoveAt(i);
        subscription.Unsubscribe();
        subscription.Listener.Close();
    }

    private sealed record Subscription(string Name, JsFunction Function, JsEventListener Listener, Action Unsubscribe);
}

/// <summary>
/// A host object whose class has an integer indexer: index keys are the indexer's elements (as a
/// String object's are its characters); named keys stay ordinary, so inline caches still serve them.
/// </summary>
internal sealed class IndexedHostObject(JsObject prototype, object target, HostClass hostClass) : HostObject(prototype, target, hostClass)
{
    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;
    internal override bool CachesNamedProperties => true;

    private JsClass Definition => Class.Definition;

    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc)
    {
        if (key.IsArrayIndex && Definition.TryGetIndex(Class.Engine, Target, key.Index, out var value))
        {
            desc = PropertyDescriptor.Data(value, PropertyFlags.Default);
            return true;
        }
        return base.GetOwnProperty(key, out desc);
    }

    internal override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        if (GetOwnProperty(key, out var desc))
        {
            if (!desc.IsAccessor) return desc.Value;
            return desc.Get.AsFunction is { } g ? g.Call(receiver, []) : JsValue.Undefined;
        }
        return GetPrototypeOf() is { } p ? p.Get(key, receiver) : JsValue.Undefined;
    }

    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (key.IsArrayIndex && ReferenceEquals(receiver.AsObject, this))
            return Definition.TrySetIndex(Class.Engine, Target, key.Index, value);
        return base.Set(key, value, receiver);
    }

    /// <summary>Index keys are the indexer's: defining one stores its value through the setter; other keys are ordinary.</summary>
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (!key.IsArrayIndex) return base.DefineOwnProperty(key, desc);
        return desc.Has(DescriptorFields.Value) && !desc.IsAccessor && Definition.TrySetIndex(Class.Engine, Target, key.Index, desc.Value);
    }

    internal override bool Delete(in PropertyKey key) =>
        key.IsArrayIndex ? !Definition.TryGetIndex(Class.Engine, Target, key.Index, out _) : base.Delete(key);

    internal override List<PropertyKey> OwnPropertyKeys()
    {
        var keys = new List<PropertyKey>();
        int count = Definition.IndexCount(Target);
        for (int i = 0; i < count; i++) keys.Add(new PropertyKey((uint)i));
        keys.AddRange(base.OwnPropertyKeys());
        return keys;
    }
}
