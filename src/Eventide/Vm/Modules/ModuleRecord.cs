using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm.Modules;

/// <summary>
/// 16.2.1.4 Abstract Module Records: a module's exports, its environment (a context whose slots
/// hold its bindings) and namespace object. Source text modules are cyclic module records;
/// CommonJS, JSON and built-in modules imported from ES modules are synthetic ones.
/// </summary>
internal abstract class ModuleRecord(Realm realm, string url)
{
    public Realm Realm { get; } = realm;
    /// <summary>The module's URL as node gives it (file:///path for files, node:name for built-ins).</summary>
    public string Url { get; } = url;
    /// <summary>[[Environment]]: set when the module is linked.</summary>
    public Context? Environment { get; protected set; }
    /// <summary>[[Namespace]], created on first request (16.2.1.10 GetModuleNamespace).</summary>
    internal ModuleNamespace? Namespace { get; set; }
    /// <summary>[[DeferredNamespace]]: the namespace import defer gives, which evaluates the module on first use.</summary>
    internal ModuleNamespace? DeferredNamespace { get; set; }

    /// <summary>GetExportedNames([exportStarSet])</summary>
    public abstract List<string> GetExportedNames(List<ModuleRecord>? exportStarSet = null);

    /// <summary>ResolveExport(exportName [, resolveSet]): null when not found, ResolvedBinding.Ambiguous on conflicts.</summary>
    public abstract ResolvedBinding? ResolveExport(string exportName, List<(ModuleRecord, string)>? resolveSet = null);

    /// <summary>The environment slot of a binding this module exports under its own name.</summary>
    public abstract int SlotOf(string bindingName);

    /// <summary>Link(): prepares the module (and its dependencies) for evaluation.</summary>
    public abstract void Link();

    /// <summary>Evaluate(): a promise for the evaluation of the module and its dependencies.</summary>
    public abstract JsPromise Evaluate();

    /// <summary>16.2.1.10 GetModuleNamespace ( module, phase ): the defer phase has a namespace of its own.</summary>
    public ModuleNamespace GetModuleNamespace(bool deferred = false)
    {
        // 2. If phase is defer, let namespace be module.[[DeferredNamespace]]; otherwise module.[[Namespace]].
        if (deferred) return DeferredNamespace ??= new ModuleNamespace(this, UnambiguousExportNames(), deferred: true);
        // 3. If namespace is empty, then
        if (Namespace is null)
        {
            // d. Set namespace to ModuleNamespaceCreate(module, unambiguousNames).
            Namespace = new ModuleNamespace(this, UnambiguousExportNames(), deferred: false);
        }
        return Namespace;
    }

    /// <summary>GetModuleNamespace steps 3.a-c: the exported names that resolve to one binding.</summary>
    private List<string> UnambiguousExportNames()
    {
        // a. Let exportedNames be module.GetExportedNames().
        var exportedNames = GetExportedNames();
        // b-c. The names that resolve to one binding.
        var unambiguousNames = new List<string>();
        foreach (var name in exportedNames)
        {
            var resolution = ResolveExport(name);
            if (resolution is not null && !ReferenceEquals(resolution, ResolvedBinding.Ambiguous)) unambiguousNames.Add(name);
        }
        return unambiguousNames;
    }

    /// <summary>The value of an exported binding (for the namespace's [[Get]]): a ReferenceError in its TDZ.</summary>
    internal JsValue ReadExport(string name)
    {
        var binding = ResolveExport(name)!;
        if (binding.IsNamespace) return binding.Module.GetModuleNamespace(binding.Deferred);
        return binding.Module.ReadBinding(binding.Module.SlotOf(binding.BindingName!), name);
    }

    /// <summary>GetBindingValue of this module's binding in <paramref name="slot"/>: a ReferenceError
    /// naming <paramref name="name"/> before the module is linked or the binding initialised.</summary>
    internal JsValue ReadBinding(int slot, string name)
    {
        var v = Environment is null ? JsValue.Hole : Environment.Slots[slot];
        if (v.IsHole) throw new JsException(ErrorKind.ReferenceError, $"Cannot access '{name}' before initialization");
        return v;
    }
}
