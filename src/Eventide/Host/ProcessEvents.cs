using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// The listeners of node's <c>process</c> (an EventEmitter in node): kept natively because the
/// engine emits 'exit', 'uncaughtException', 'unhandledRejection', 'warning' and the signals
/// without loading node:events. Same order and once-semantics as EventEmitter.
/// </summary>
internal sealed class ProcessEvents
{
    private readonly record struct Listener(JsFunction Function, bool Once);

    // Insertion-ordered names, as eventNames() reports them.
    private readonly List<string> _names = new();
    private readonly Dictionary<string, List<Listener>> _byName = new();

    /// <summary>Called after a name's listeners change (signals are watched while they have listeners).</summary>
    public Action<string>? ListenersChanged { get; set; }

    public bool Has(string name) => _byName.TryGetValue(name, out var list) && list.Count > 0;

    public int Count(string name) => _byName.TryGetValue(name, out var list) ? list.Count : 0;

    public IReadOnlyList<string> Names => _names;

    public void Add(string name, JsFunction function, bool once, bool prepend)
    {
        if (!_byName.TryGetValue(name, out var list))
        {
            _byName[name] = list = new();
            _names.Add(name);
        }
        var listener = new Listener(function, once);
        if (prepend) list.Insert(0, listener);
        else list.Add(listener);
        ListenersChanged?.Invoke(name);
    }

    /// <summary>Removes the most recently added registration of <paramref name="function"/>, as EventEmitter does.</summary>
    public bool Remove(string name, JsFunction function)
    {
        if (!_byName.TryGetValue(name, out var list)) return false;
        int index = list.FindLastIndex(l => ReferenceEquals(l.Function, function));
        if (index < 0) return false;
        list.RemoveAt(index);
        if (list.Count == 0) Forget(name);
        ListenersChanged?.Invoke(name);
        return true;
    }

    public void RemoveAll(string? name)
    {
        var names = name is null ? _names.ToArray() : [name];
        foreach (var each in names)
        {
            Forget(each);
            ListenersChanged?.Invoke(each);
        }
    }

    private void Forget(string name)
    {
        _byName.Remove(name);
        _names.Remove(name);
    }

    public JsFunction[] Listeners(string name) =>
        _byName.TryGetValue(name, out var list) ? list.Select(l => l.Function).ToArray() : [];

    /// <summary>Calls the listeners registered now, in order, with <paramref name="thisValue"/>; once-listeners are removed first.</summary>
    public bool Emit(JsValue thisValue, string name, JsValue[] args)
    {
        if (!_byName.TryGetValue(name, out var list) || list.Count == 0) return false;
        var snapshot = list.ToArray();
        foreach (var l in snapshot)
            if (l.Once) Remove(name, l.Function);
        foreach (var l in snapshot) l.Function.Call(thisValue, args);
        return true;
    }
}
