using System.Runtime.CompilerServices;
using Eventide.Runtime;

using Eventide.Host;

namespace Eventide;

/// <summary>.NET objects in scripts: host objects wrapping them, their classes, and the faults of host code.</summary>
public sealed partial class Engine
{
    /// <summary>Each class built once per engine: its prototype and constructor.</summary>
    private readonly Dictionary<JsClass, HostClass> _hostClasses = new(ReferenceEqualityComparer.Instance);
    /// <summary>One host object per .NET object, so identity holds across calls (and the wrapper lives as long as the object).</summary>
    private readonly ConditionalWeakTable<object, HostObject> _wrappers = new();

    /// <summary>
    /// The host object through which scripts use <paramref name="target"/>, as <paramref name="jsClass"/> describes it.
    /// The same .NET object gives the same JavaScript object every time in this engine (the class it was first wrapped with).
    /// </summary>
    public JsObject Wrap<T>(T target, JsClass<T> jsClass) where T : class
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(jsClass);
        return WrapObject(target, jsClass);
    }

    /// <summary>Defines a global for a class's constructor: <c>new Name(...)</c>, its static members and <c>instanceof</c> in scripts.</summary>
    public Engine SetValue(string name, JsClass jsClass) => SetValue(name, (JsValue)HostClassOf(jsClass).Constructor);

    internal HostClass HostClassOf(JsClass definition)
    {
        if (!_hostClasses.TryGetValue(definition, out var hostClass))
        {
            hostClass = definition.Materialize(this);
            _hostClasses.Add(definition, hostClass);
        }
        return hostClass;
    }

    internal HostObject WrapObject(object target, JsClass definition)
    {
        if (_wrappers.TryGetValue(target, out var wrapper)) return wrapper;
        var hostClass = HostClassOf(definition);
        return Adopt(target, hostClass, hostClass.Prototype);
    }

    /// <summary>The object a script's <c>new</c> made: its wrapper, with the prototype <c>new.target</c> asks for.</summary>
    internal HostObject WrapConstructed(object target, HostClass hostClass, JsObject prototype) =>
        _wrappers.TryGetValue(target, out var wrapper) ? wrapper : Adopt(target, hostClass, prototype);

    private HostObject Adopt(object target, HostClass hostClass, JsObject prototype)
    {
        HostObject wrapper = hostClass.Definition.HasIndexer
            ? new IndexedHostObject(prototype, target, hostClass)
            : new HostObject(prototype, target, hostClass);
        _wrappers.Add(target, wrapper);
        return wrapper;
    }

    /// <summary>A .NET exception from host code as a script sees it: an Error with its message (the exception kept for the host).</summary>
    internal JsException HostFault(Exception exception) => new(ScriptErrorFor(exception), exception);

    /// <summary>True when this thread is inside the engine (running a script or a call into it).</summary>
    internal bool IsEnteredByCurrentThread => Volatile.Read(ref _ownerThread) == Environment.CurrentManagedThreadId;

    /// <summary>A promise for a host task's result, converted by <see cref="FromClr{T}(T)"/> on the engine's thread.</summary>
    internal JsValue PromiseFor<T>(Task<T> task) => StartHostTask(task, value => FromClr(value));

    /// <summary>A promise for a host task without a result: it fulfills with undefined.</summary>
    internal JsValue PromiseFor(Task task) => StartHostTask(Completion(task), static value => value);

    private static async Task<JsValue> Completion(Task task)
    {
        await task.ConfigureAwait(false);
        return JsValue.Undefined;
    }
}
