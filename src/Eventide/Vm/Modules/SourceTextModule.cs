using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm.Modules;

internal enum ModuleStatus { New, Unlinked, Linking, Linked, Evaluating, EvaluatingAsync, Evaluated }

/// <summary>
/// 16.2.1.5 Cyclic Module Records and 16.2.1.6 Source Text Module Records. The module's code is
/// compiled as a generator function (an async generator when it has top-level await): calling it
/// is InitializeEnvironment's FunctionDeclarationInstantiation (the environment context, hoisted
/// functions, TDZ), after which it is suspended; resuming it is ExecuteModule. So a module with
/// top-level await suspends and resumes on the same frames and promise jobs as an async function.
/// </summary>
internal sealed partial class SourceTextModule : ModuleRecord
{
    private readonly FunctionTemplate _code;
    private readonly ModuleSyntax _syntax;
    private readonly IReadOnlyDictionary<string, int> _slots;

    public SourceTextModule(Realm realm, string url, FunctionTemplate code, ModuleSyntax syntax, IReadOnlyDictionary<string, int> slots)
        : base(realm, url)
    {
        _code = code;
        _syntax = syntax;
        _slots = slots;
    }

    public ModuleStatus Status { get; private set; } = ModuleStatus.Unlinked;
    /// <summary>[[EvaluationError]]: the throw completion of a failed evaluation.</summary>
    public JsValue? EvaluationError { get; private set; }
    public IReadOnlyList<string> RequestedModules => _syntax.RequestedModules;
    /// <summary>Each import with its attributes, for the host to check against the loaded module's format.</summary>
    public IReadOnlyList<ModuleRequest> ModuleRequests => _syntax.ModuleRequests;
    /// <summary>[[LoadedModules]]: each requested specifier's module, filled by the host before Link.</summary>
    public Dictionary<string, ModuleRecord> LoadedModules { get; } = new(StringComparer.Ordinal);
    public bool HasTopLevelAwait => _syntax.HasTopLevelAwait;
    /// <summary>HostGetImportMetaProperties/HostFinalizeImportMeta: the host fills import.meta.</summary>
    public Action<SourceTextModule, JsObject>? InitializeImportMeta { get; set; }
    private JsObject? _importMeta;

    /// <summary>13.3.12.1 import.meta: an object with a null prototype, made once per module.</summary>
    internal JsObject GetImportMeta()
    {
        if (_importMeta is null)
        {
            _importMeta = new JsObject(null);
            InitializeImportMeta?.Invoke(this, _importMeta);
        }
        return _importMeta;
    }

    private int _dfsIndex, _dfsAncestorIndex;
    private SourceTextModule? _cycleRoot;
    /// <summary>[[AsyncEvaluation]] as an order: 0 when false, else the order it became true in.</summary>
    private long _asyncEvaluationOrder;
    private static long s_asyncEvaluationCounter;
    private PromiseCapability? _topLevelCapability;
    private readonly List<SourceTextModule> _asyncParentModules = new();
    private int _pendingAsyncDependencies;
    /// <summary>The generator whose suspended frame holds the module's code and environment.</summary>
    private JsObject? _body;

    private bool AsyncEvaluation => _asyncEvaluationOrder > 0;

    public override int SlotOf(string bindingName) => _slots[bindingName];

    /// <summary>16.2.1.9 GetImportedModule ( referrer, specifier )</summary>
    private ModuleRecord GetImportedModule(string specifier) => LoadedModules[specifier];

    // ------------------------------------------------------------------ exports

    /// <summary>16.2.1.6.2 GetExportedNames ( [ exportStarSet ] )</summary>
    public override List<string> GetExportedNames(List<ModuleRecord>? exportStarSet = null)
    {
        // 1-2. If exportStarSet contains module, return an empty List (a cycle of star exports).
        exportStarSet ??= new();
        if (exportStarSet.Contains(this)) return [];
        // 3. Append module to exportStarSet.
        exportStarSet.Add(this);
        // 4. Let exportedNames be a new empty List.
        var exportedNames = new List<string>();
        // 5. For each ExportEntry Record e of module.[[LocalExportEntries]], append e.[[ExportName]].
        foreach (var e in _syntax.LocalExportEntries) exportedNames.Add(e.ExportName!);
        // 6. For each ExportEntry Record e of module.[[IndirectExportEntries]], append e.[[ExportName]].
        foreach (var e in _syntax.IndirectExportEntries) exportedNames.Add(e.ExportName!);
        // 7. For each ExportEntry Record e of module.[[StarExportEntries]], do
        foreach (var e in _syntax.StarExportEntries)
        {
            // a-b. Let starNames be requestedModule.GetExportedNames(exportStarSet).
            var starNames = GetImportedModule(e.ModuleRequest!).GetExportedNames(exportStarSet);
            // c. For each n of starNames: not "default" and not yet there.
            foreach (var n in starNames)
                if (n != "default" && !exportedNames.Contains(n)) exportedNames.Add(n);
        }
        // 8. Return exportedNames.
        return exportedNames;
    }

    /// <summary>16.2.1.6.3 ResolveExport ( exportName [ , resolveSet ] )</summary>
    public override ResolvedBinding? ResolveExport(string exportName, List<(ModuleRecord, string)>? resolveSet = null)
    {
        resolveSet ??= new();
        // 2. For each Record r of resolveSet: the same module and name is a circular import request.
        foreach (var (m, n) in resolveSet)
            if (ReferenceEquals(m, this) && n == exportName) return null;
        // 3. Append the Record { [[Module]]: module, [[ExportName]]: exportName } to resolveSet.
        resolveSet.Add((this, exportName));
        // 4. For each ExportEntry Record e of module.[[LocalExportEntries]]: a local binding.
        foreach (var e in _syntax.LocalExportEntries)
        {
            if (e.ExportName != exportName) continue;
            // A re-exported namespace import (import * as ns; export { ns }) is that module's namespace.
            if (_syntax.ImportEntries.Find(i => i.LocalName == e.LocalName) is { ImportName: null } ns)
                return new ResolvedBinding(GetImportedModule(ns.ModuleRequest), null) { Deferred = ns.Deferred };
            return new ResolvedBinding(this, e.LocalName);
        }
        // 5. For each ExportEntry Record e of module.[[IndirectExportEntries]]: a re-export.
        foreach (var e in _syntax.IndirectExportEntries)
        {
            if (e.ExportName != exportName) continue;
            var importedModule = GetImportedModule(e.ModuleRequest!);
            // iii. export * as ns from: the namespace of the imported module.
            if (e.ImportName == ExportEntry.All) return new ResolvedBinding(importedModule, null);
            // iv. Return importedModule.ResolveExport(e.[[ImportName]], resolveSet).
            return importedModule.ResolveExport(e.ImportName!, resolveSet);
        }
        // 6. A default export is never provided by export *.
        if (exportName == "default") return null;
        // 7. Let starResolution be null.
        ResolvedBinding? starResolution = null;
        // 8. For each ExportEntry Record e of module.[[StarExportEntries]], do
        foreach (var e in _syntax.StarExportEntries)
        {
            var importedModule = GetImportedModule(e.ModuleRequest!);
            var resolution = importedModule.ResolveExport(exportName, resolveSet);
            // d. If resolution is ambiguous, return ambiguous.
            if (ReferenceEquals(resolution, ResolvedBinding.Ambiguous)) return resolution;
            if (resolution is null) continue;
            // e.i. If starResolution is null, set starResolution to resolution.
            if (starResolution is null) { starResolution = resolution; continue; }
            // e.ii. Two different bindings under one name are ambiguous.
            if (!ReferenceEquals(resolution.Module, starResolution.Module) || resolution.BindingName != starResolution.BindingName)
                return ResolvedBinding.Ambiguous;
        }
        // 9. Return starResolution.
        return starResolution;
    }

    // ------------------------------------------------------------------ linking

    /// <summary>16.2.1.5.1 Link ( )</summary>
    public override void Link()
    {
        // 1. Assert: module.[[Status]] is one of unlinked, linked, evaluating-async, or evaluated.
        // 2. Let stack be a new empty List.
        var stack = new List<SourceTextModule>();
        try
        {
            // 3. Let result be Completion(InnerModuleLinking(module, stack, 0)).
            InnerModuleLinking(this, stack, 0);
        }
        catch (JsException)
        {
            // 4. If result is an abrupt completion: every module on the stack goes back to unlinked.
            foreach (var m in stack) m.Status = ModuleStatus.Unlinked;
            throw;
        }
    }

    /// <summary>16.2.1.5.1.1 InnerModuleLinking ( module, stack, index )</summary>
    private static int InnerModuleLinking(ModuleRecord module, List<SourceTextModule> stack, int index)
    {
        // 1. If module is not a Cyclic Module Record, then: perform ? module.Link(); return index.
        if (module is not SourceTextModule m)
        {
            module.Link();
            return index;
        }
        // 2. If module.[[Status]] is one of linking, linked, evaluating-async, or evaluated, return index.
        if (m.Status is ModuleStatus.Linking or ModuleStatus.Linked or ModuleStatus.EvaluatingAsync or ModuleStatus.Evaluated) return index;
        // 4. Set module.[[Status]] to linking.
        m.Status = ModuleStatus.Linking;
        // 5-7. Set [[DFSIndex]] and [[DFSAncestorIndex]] to index; index + 1.
        m._dfsIndex = m._dfsAncestorIndex = index;
        index++;
        // 8. Append module to stack.
        stack.Add(m);
        // 9. For each String required of module.[[RequestedModules]], do
        foreach (var required in m.RequestedModules)
        {
            // a-b. Link the required module first.
            var requiredModule = m.GetImportedModule(required);
            index = InnerModuleLinking(requiredModule, stack, index);
            // c. If requiredModule is a Cyclic Module Record still linking, it is on our cycle.
            if (requiredModule is SourceTextModule r && r.Status == ModuleStatus.Linking)
                m._dfsAncestorIndex = Math.Min(m._dfsAncestorIndex, r._dfsAncestorIndex);
        }
        // 10. Perform ? module.InitializeEnvironment().
        m.InitializeEnvironment();
        // 13. If module.[[DFSAncestorIndex]] = module.[[DFSIndex]], the strongly connected component is linked.
        if (m._dfsAncestorIndex == m._dfsIndex)
        {
            while (true)
            {
                var requiredModule = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                requiredModule.Status = ModuleStatus.Linked;
                if (ReferenceEquals(requiredModule, m)) break;
            }
        }
        // 14. Return index.
        return index;
    }

    /// <summary>16.2.1.7.2 GetModuleSource ( ): a JavaScript module has no source phase representation.</summary>
    internal static JsException ModuleSourceUnavailable(Realm realm, string specifier) =>
        new(realm.CreateError(ErrorKind.SyntaxError, $"Source phase import object is not available for the requested module '{specifier}'"));

    /// <summary>16.2.1.6.4 InitializeEnvironment ( )</summary>
    private void InitializeEnvironment()
    {
        // 1. For each ExportEntry Record e of module.[[IndirectExportEntries]]: it must resolve.
        foreach (var e in _syntax.IndirectExportEntries)
        {
            var resolution = ResolveExport(e.ExportName!);
            if (resolution is null || ReferenceEquals(resolution, ResolvedBinding.Ambiguous))
                throw UnresolvedImport(e.ModuleRequest!, e.ImportName!, resolution, e.Site);
        }
        // 7. For each ImportEntry Record in of module.[[ImportEntries]], do
        foreach (var entry in _syntax.ImportEntries)
        {
            // a. Let importedModule be GetImportedModule(module, in.[[ModuleRequest]]).
            var importedModule = GetImportedModule(entry.ModuleRequest);
            // b. If in.[[ImportName]] is namespace-object: the binding holds the namespace.
            if (entry.ImportName is null)
            {
                entry.BindToNamespace(importedModule.GetModuleNamespace(entry.Deferred));
                continue;
            }
            // A source phase import: GetModuleSource() of a Source Text Module Record (16.2.1.7.2) throws a SyntaxError,
            // and no other kind of module here has a module source either.
            if (entry.ImportName == ImportEntry.ModuleSource) throw ModuleSourceUnavailable(Realm, entry.ModuleRequest);
            // c.i. Let resolution be importedModule.ResolveExport(in.[[ImportName]]).
            var resolution = importedModule.ResolveExport(entry.ImportName);
            // c.ii. If resolution is either null or ambiguous, throw a SyntaxError exception.
            if (resolution is null || ReferenceEquals(resolution, ResolvedBinding.Ambiguous))
                throw UnresolvedImport(entry.ModuleRequest, entry.ImportName, resolution, entry.Site);
            // c.iii. A re-exported namespace: the binding holds that namespace.
            if (resolution.IsNamespace) entry.BindToNamespace(resolution.Module.GetModuleNamespace(resolution.Deferred));
            // c.iv. Else CreateImportBinding: a live view of the exporting module's binding.
            else entry.BindTo(resolution.Module, resolution.Module.SlotOf(resolution.BindingName!));
        }
        // 8-24. The environment, its vars, TDZ bindings and hoisted functions: the generator's
        // FunctionDeclarationInstantiation, run to its initial suspension.
        var interpreter = Realm.Engine.Interpreter;
        var fn = new ScriptFunction(Realm, _code, null, null);
        _body = interpreter.CallFunction(fn, JsValue.Undefined, []).AsObject!;
        Environment = SuspendedFrame()!.Ctx;
    }

    private Frame? SuspendedFrame() => _body switch
    {
        GeneratorObject g => g.Frame,
        AsyncGeneratorObject ag => ag.Frame,
        _ => null,
    };

    /// <summary>node's SyntaxError for an import or re-export that does not resolve, knowing where the name is written.</summary>
    private JsException UnresolvedImport(string request, string name, ResolvedBinding? resolution, (int Start, int End) site)
    {
        var error = (JsError)Realm.CreateError(ErrorKind.SyntaxError, ReferenceEquals(resolution, ResolvedBinding.Ambiguous)
            ? $"The requested module '{request}' contains conflicting star exports for name '{name}'"
            : $"The requested module '{request}' does not provide an export named '{name}'");
        if (_code.Source is { } source && site.Start >= 0) error.LinkSite = (source, site.Start, site.End);
        return new JsException(error);
    }
}
