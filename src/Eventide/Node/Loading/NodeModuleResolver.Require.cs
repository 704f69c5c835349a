using Eventide.Builtins;
using Eventide.Host;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Node.Loading;

/// <summary>require() of an ES module, as node 20.19 and later do it.</summary>
internal sealed partial class NodeModuleResolver
{
    /// <summary>
    /// require() of an ES module (node 20.19+): its graph loads, links and evaluates synchronously,
    /// unless a module in it has a top-level await (ERR_REQUIRE_ASYNC_MODULE). The result is the
    /// namespace, its "module.exports" export when it has one, or for a default export without
    /// __esModule a namespace that adds __esModule: true (so transpiled importers see the default).
    /// </summary>
    internal JsValue Require(string path, string source, string parentFile) => loader.InRealm(() =>
    {
        SourceTextModule module;
        try
        {
            module = LoadAndLink(source, path);
        }
        catch (JsSyntaxError e)
        {
            throw loader.ModuleSyntaxError(e);
        }
        if (HasPendingTopLevelAwait(module, new HashSet<ModuleRecord>(ReferenceEqualityComparer.Instance)))
            throw loader.NodeError("ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. "
                + $"To see where the top-level await comes from, use --experimental-print-required-tla.\n  From {parentFile} \n  Requiring {path} ", null);
        var promise = module.Evaluate();
        if (promise.State == PromiseState.Rejected)
        {
            promise.IsHandled = true;
            loader.Engine.TrackRejection(promise, RejectionOperation.Handle);
            throw new JsException(promise.Result);
        }
        var names = module.GetExportedNames();
        var ns = module.GetModuleNamespace();
        if (names.Contains("module.exports")) return ns.Get("module.exports");
        if (!names.Contains("default") || names.Contains("__esModule")) return (JsValue)ns;
        if (!_requireFacades.TryGetValue(module, out var facade))
        {
            var facadeModule = new SyntheticModule(Realm, module.Url, ["__esModule", .. names], m =>
            {
                m.SetExport("__esModule", true);
                foreach (var name in names) m.SetExport(name, ns.Get(name));
            });
            facadeModule.Link();
            facadeModule.Evaluate();
            _requireFacades[module] = facade = facadeModule.GetModuleNamespace();
        }
        return facade;
    });

    private readonly Dictionary<ModuleRecord, JsObject> _requireFacades = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether a module of the graph not yet evaluated has a top-level await.</summary>
    private static bool HasPendingTopLevelAwait(ModuleRecord module, HashSet<ModuleRecord> seen)
    {
        if (module is not SourceTextModule source || !seen.Add(module) || source.Status == ModuleStatus.Evaluated) return false;
        if (source.HasTopLevelAwait) return true;
        foreach (var child in source.LoadedModules.Values)
            if (HasPendingTopLevelAwait(child, seen)) return true;
        return false;
    }
}
