using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>
/// The ES module graph of a realm: each module loaded once per URL, its requests loaded through
/// the <see cref="Resolver"/> (the host's module source, or a runtime's: node's files), then
/// linked and evaluated by the module records themselves; import() as node schedules it.
/// </summary>
internal sealed partial class EsModuleLoader(Engine engine, Realm realm)
{
    private readonly Dictionary<string, ModuleRecord> _byUrl = new(StringComparer.Ordinal);

    internal Engine Engine => engine;
    internal Realm Realm => realm;

    /// <summary>Finds and loads what modules import (null: nothing can be imported).</summary>
    internal ModuleResolver? Resolver { get; set; }

    /// <summary>The main entry's evaluation (pending at the end of the loop: an unsettled top-level await).</summary>
    public JsPromise? MainEvaluation { get; private set; }

    /// <summary>
    /// Import attributes are checked as node checks them (off for test262's host, which takes any
    /// attribute key: its tests import with { test262: '' } and expect the graph to load).
    /// </summary>
    internal bool ChecksImportAttributes { get; set; } = true;

    /// <summary>Evaluates a linked entry module; a rejection then or later is an uncaught exception.</summary>
    internal void EvaluateMain(SourceTextModule module) => InRealm(() =>
    {
        var promise = module.Evaluate();
        MainEvaluation = promise;
        if (promise.State == PromiseState.Rejected)
        {
            promise.IsHandled = true;
            engine.TrackRejection(promise, RejectionOperation.Handle);
            throw new JsException(promise.Result);
        }
        // A later rejection (after a top-level await) is an uncaught exception, as in node.
        PromiseOperations.PerformPromiseThen(promise, new MainEvaluationSettled());
        return promise;
    });

    /// <summary>Runs host-driven module work (not inside a running script) with this loader's realm current.</summary>
    internal T InRealm<T>(Func<T> work)
    {
        var saved = Realm.Enter(realm);
        try { return work(); }
        finally { Realm.Restore(saved); }
    }

    /// <summary>
    /// HostLoadImportedModule for import(). node loads asynchronously: the specifier is resolved
    /// in a later job, a file is read in a later turn of the loop, so the importing code always
    /// runs to its end first. Then 16.2.1.8 ContinueDynamicImport: link, evaluate, and settle
    /// the import's promise with the namespace or the error.
    /// </summary>
    public void Import(string specifier, IReadOnlyList<KeyValuePair<string, string>> attributes, string referrer, PromiseCapability capability, ImportPhase phase = ImportPhase.Evaluation) =>
        engine.EnqueueJob(new ImportResolution(this, new ModuleRequest(specifier, attributes), referrer, capability, phase));

    private sealed class ImportResolution(EsModuleLoader loader, ModuleRequest request, string referrer, PromiseCapability capability, ImportPhase phase) : Job
    {
        internal override string Describe() => $"import('{request.Specifier}'): resolve";

        internal override void Run() => loader.ResolveThenLoad(request, referrer, capability, phase);
    }

    private void ResolveThenLoad(ModuleRequest request, string referrer, PromiseCapability capability, ImportPhase phase)
    {
        try
        {
            if (Resolver is null) { ContinueDynamicImport(request, referrer, capability, phase); return; }
            Resolver.ResolveForImport(request.Specifier, referrer, () => ContinueDynamicImport(request, referrer, capability, phase));
        }
        catch (JsException e)
        {
            capability.CallReject(e.GetValue(realm));
        }
        catch (JsSyntaxError e)
        {
            capability.CallReject(ModuleSyntaxError(e).GetValue(realm));
        }
    }

    /// <summary>16.2.1.8 ContinueDynamicImport, after the module (and its graph) is loaded.</summary>
    private void ContinueDynamicImport(ModuleRequest request, string referrer, PromiseCapability capability, ImportPhase phase)
    {
        try
        {
            var (module, _) = Load(request, referrer);
            ValidateAttributes(module, request.Attributes);
            // 2. If phase is source: reject with GetModuleSource()'s error (no module here has a source object).
            if (phase == ImportPhase.Source) throw SourceTextModule.ModuleSourceUnavailable(realm, request.Specifier);
            if (module is SourceTextModule source) LoadRequested(source);
            // 6. Link; an error rejects the import's promise.
            Link(module);
            if (phase == ImportPhase.Defer)
            {
                DeferredImport(module, capability);
                return;
            }
            // 7. Let evaluatePromise be module.Evaluate().
            var evaluation = module.Evaluate();
            // 8-11. onFulfilled resolves with GetModuleNamespace(module); onRejected rejects.
            PromiseOperations.PerformPromiseThen(evaluation, new DynamicImportSettled(module, capability, deferred: false));
        }
        catch (JsException e)
        {
            capability.CallReject(e.GetValue(realm));
        }
        catch (JsSyntaxError e)
        {
            capability.CallReject(ModuleSyntaxError(e).GetValue(realm));
        }
    }

    /// <summary>ContinueDynamicImport step 6.d for import.defer(): only the module's asynchronous dependencies
    /// are evaluated now; the promise resolves with its deferred namespace once they all are.</summary>
    private static void DeferredImport(ModuleRecord module, PromiseCapability capability)
    {
        // i. Let evaluationList be GatherAsynchronousTransitiveDependencies(module).
        var evaluationList = SourceTextModule.GatherAsynchronousTransitiveDependencies(module);
        // iii. If evaluationList is empty: resolve with GetModuleNamespace(module, defer) now.
        if (evaluationList.Count == 0)
        {
            capability.CallResolve(module.GetModuleNamespace(deferred: true));
            return;
        }
        // iv-vi. evaluatePromise is SafePerformPromiseAll of dep.Evaluate() for each dep: the first rejection
        // rejects, and the namespace comes once every evaluation fulfilled.
        var settled = new DynamicImportSettled(module, capability, deferred: true) { Remaining = evaluationList.Count };
        foreach (var dependency in evaluationList) PromiseOperations.PerformPromiseThen(dependency.Evaluate(), settled);
    }

    private sealed class DynamicImportSettled(ModuleRecord module, PromiseCapability capability, bool deferred) : PromiseReaction
    {
        /// <summary>How many evaluations must still fulfil (import.defer waits for several).</summary>
        public int Remaining { get; set; } = 1;

        public override string Describe(bool fulfilled) => $"import{(deferred ? ".defer" : "")}() of {module.Url} {Outcome(fulfilled)}";

        public override void OnSettled(bool fulfilled, JsValue value)
        {
            if (!fulfilled) capability.CallReject(value); // a second rejection finds the promise settled
            else if (--Remaining == 0) capability.CallResolve(module.GetModuleNamespace(deferred));
        }
    }

    private sealed class MainEvaluationSettled : PromiseReaction
    {
        public override string Describe(bool fulfilled) => $"main module evaluation {Outcome(fulfilled)}";

        public override void OnSettled(bool fulfilled, JsValue value)
        {
            if (!fulfilled) throw new JsException(value);
        }
    }

    // ------------------------------------------------------------------ loading

    /// <summary>Parses and compiles the module known as <paramref name="url"/> (once: later loads find it by url).</summary>
    internal SourceTextModule CompileModuleSource(string source, string url, Action<JsObject> fillImportMeta)
    {
        if (_byUrl.TryGetValue(url, out var existing)) return (SourceTextModule)existing;
        var site = new ModuleSite();
        var sourceText = new SourceText(url, source);
        ModuleSyntax syntax;
        FunctionTemplate code;
        Dictionary<string, int> slots;
        try
        {
            (syntax, code, slots) = CompileStack.Run(source, () =>
            {
                var ast = ParseModuleAcceptingAssert(source, url);
                var s = ModuleSyntax.From(ast);
                var (c, sl) = new ScriptCompiler(sourceText).CompileModule(ast, s, site);
                return (s, c, sl);
            });
        }
        catch (CompileError e)
        {
            var (line, col) = sourceText.LineColumn(e.Offset);
            throw new JsSyntaxError(e.Message, url, line, col, e.Offset) { SourceCode = source };
        }
        catch (JsSyntaxError e) when (e.SourceCode is null)
        {
            throw new JsSyntaxError(e.Message, e.Path, e.Line, e.Column, e.Offset) { SourceCode = source };
        }
        var module = new SourceTextModule(realm, url, code, syntax, slots) { InitializeImportMeta = (_, meta) => fillImportMeta(meta) };
        site.Module = module;
        _byUrl[url] = module;
        return module;
    }

    /// <summary>Loads every module the graph below <paramref name="module"/> requests (HostLoadImportedModule, synchronously).</summary>
    internal void LoadRequested(SourceTextModule module)
    {
        string referrer = Resolver?.ReferrerOf(module) ?? module.Url;
        foreach (var request in module.ModuleRequests)
        {
            if (module.LoadedModules.TryGetValue(request.Specifier, out var known))
            {
                ValidateAttributes(known, request.Attributes);
                continue;
            }
            var (loaded, fresh) = Load(request, referrer);
            module.LoadedModules[request.Specifier] = loaded;
            ValidateAttributes(loaded, request.Attributes);
            if (fresh && loaded is SourceTextModule child) LoadRequested(child);
        }
    }

    private (ModuleRecord Module, bool Fresh) Load(string specifier, string? referrer) =>
        Resolver?.Load(specifier, referrer) ?? throw ModuleNotFound(specifier, referrer);

    private JsException ModuleNotFound(string specifier, string? referrer) =>
        NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{specifier}'" + (referrer is null ? "" : $" imported from {referrer}"), null);

    /// <summary>The module already loaded as <paramref name="url"/>.</summary>
    internal bool TryGetLoaded(string url, out ModuleRecord module) => _byUrl.TryGetValue(url, out module!);

    /// <summary>Records a module loaded as <paramref name="url"/> (later loads of the URL find it).</summary>
    internal void Register(string url, ModuleRecord module) => _byUrl[url] = module;

    /// <summary>A JSON module, parsed when loaded: invalid JSON fails the import before anything is evaluated.</summary>
    internal SyntheticModule JsonModule(string source, string url)
    {
        var value = Operations.Invoke(realm.GlobalObject.Get("JSON"), "parse", [source]);
        var json = new SyntheticModule(realm, url, ["default"], m => m.SetExport("default", value));
        _byUrl[url] = json;
        _jsonModules.Add(json);
        return json;
    }
}
