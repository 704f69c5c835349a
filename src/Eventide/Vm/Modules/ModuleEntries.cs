using Eventide.Runtime;

namespace Eventide.Vm.Modules;

/// <summary>
/// 16.2.1.6 ImportEntry Record, and what it reads once its module is linked: the exporting
/// module and the environment slot of the binding (a live binding), or the namespace object.
/// The compiled code reads an import binding through its entry (LoadImport).
/// </summary>
internal sealed class ImportEntry(string moduleRequest, string? importName, string localName)
{
    public string ModuleRequest { get; } = moduleRequest;
    /// <summary>The name imported; null for a namespace import (import * as ns).</summary>
    public string? ImportName { get; } = importName;
    /// <summary>The import name of a source phase import (~source~): no module name can be written this way.</summary>
    public const string ModuleSource = "\0source";
    /// <summary>import defer * as ns: the binding holds the module's deferred namespace.</summary>
    public bool Deferred { get; init; }
    public string LocalName { get; } = localName;
    /// <summary>Where the imported name is written (start and end offsets in the module's source): a link error points there.</summary>
    public (int Start, int End) Site { get; init; } = (-1, -1);

    private ModuleRecord? _target;
    private int _slot;
    private JsValue _namespace;

    /// <summary>CreateImportBinding: the binding reads the target module's binding (16.2.1.6.4 step 7.d.iv).</summary>
    internal void BindTo(ModuleRecord target, int slot) { _target = target; _slot = slot; }

    /// <summary>An import bound to a namespace object (import * as ns, or a re-exported namespace).</summary>
    internal void BindToNamespace(JsObject ns) => _namespace = ns;

    /// <summary>GetBindingValue of the import binding: the exporter's current value, or a ReferenceError in its TDZ.</summary>
    internal JsValue Read()
    {
        return _target is null ? _namespace : _target.ReadBinding(_slot, LocalName);
    }
}

/// <summary>16.2.1.6 ExportEntry Record.</summary>
/// <param name="ExportName">The name exported; null for export * from.</param>
/// <param name="ModuleRequest">The module re-exported from; null for a local export.</param>
/// <param name="ImportName">The name re-exported; "*" for export * (as ns) from; null for a local export.</param>
/// <param name="LocalName">The local binding exported; null for a re-export.</param>
internal sealed record ExportEntry(string? ExportName, string? ModuleRequest, string? ImportName, string? LocalName)
{
    public const string All = "*";
    /// <summary>Where a re-exported name is written (start and end offsets in the module's source): a link error points there.</summary>
    public (int Start, int End) Site { get; init; } = (-1, -1);
}

/// <summary>16.2.1.5 ResolvedBinding Record: a module and the name of its binding, or its namespace.</summary>
internal sealed record ResolvedBinding(ModuleRecord Module, string? BindingName)
{
    /// <summary>A re-exported import defer namespace: the module's deferred namespace.</summary>
    public bool Deferred { get; init; }
    /// <summary>ResolveExport's "ambiguous" answer (conflicting star exports).</summary>
    public static readonly ResolvedBinding Ambiguous = new(null!, null);
    public bool IsNamespace => BindingName is null;
}
