using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Vm.Modules;

using Eventide.Node.Url;

namespace Eventide.Host;

/// <summary>Modules the embedding host supplies (<see cref="EngineOptions.ModuleSource"/>) instead of node's files.</summary>
internal sealed partial class EsModuleLoader
{
    private IModuleSource? HostSource => engine.Options.ModuleSource;

    /// <summary>
    /// Engine.Import: loads the graph below the module the host names, links it and starts its
    /// evaluation (16.2.1.5.3 Evaluate); the promise settles when the graph has run, top-level awaits included.
    /// </summary>
    internal (ModuleRecord Module, JsPromise Evaluation) ImportFromHost(string specifier) => InRealm(() =>
    {
        var module = LoadFromHost(specifier, null)?.Module
            ?? throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{specifier}'", null);
        if (module is SourceTextModule sourceText) LoadRequested(sourceText);
        module.Link();
        return (module, module.Evaluate());
    });

    /// <summary>HostLoadImportedModule through the host's source; null for a built-in name the host does not claim.</summary>
    private (ModuleRecord Module, bool Fresh)? LoadFromHost(string specifier, string? referrer)
    {
        var host = HostSource!;
        string? name = host.Resolve(specifier, referrer);
        if (name is null)
        {
            if (ModuleLoader.ResolveBuiltin(specifier) is not null) return null;
            throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{specifier}'" + (referrer is null ? "" : $" imported from {referrer}"), null);
        }
        if (_byUrl.TryGetValue(name, out var known)) return (known, false);
        string source = host.Load(name);
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return (JsonModule(source, name), true);
        return (CompileModuleSource(source, name, meta => FillHostImportMeta(meta, name)), true);
    }

    /// <summary>import.meta of a host module: its name as url, resolve() through the host (filename and dirname for file URLs, as node).</summary>
    private void FillHostImportMeta(JsObject meta, string name)
    {
        if (name.StartsWith("file://", StringComparison.Ordinal))
        {
            string path = FileUrls.ToPath(name)!;
            meta.CreateDataPropertyOrThrow("dirname", Path.GetDirectoryName(path)!);
            meta.CreateDataPropertyOrThrow("filename", path);
        }
        var resolve = new NativeFunction(realm, "resolve", 1, (_, args) =>
        {
            string specifier = Operations.ToString(args.At(0));
            return HostSource!.Resolve(specifier, name)
                ?? throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{specifier}' imported from {name}", null);
        });
        meta.CreateDataPropertyOrThrow("resolve", resolve);
        meta.CreateDataPropertyOrThrow("url", name);
    }
}
