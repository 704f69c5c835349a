using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>Engine.Import: the host's import of a module from its module source.</summary>
internal sealed partial class EsModuleLoader
{
    /// <summary>
    /// Engine.Import: loads the graph below the module the host names, links it and starts its
    /// evaluation (16.2.1.5.3 Evaluate); the promise settles when the graph has run, top-level awaits included.
    /// </summary>
    internal (ModuleRecord Module, JsPromise Evaluation) ImportFromHost(string specifier) => InRealm(() =>
    {
        var (module, _) = Load(specifier, null);
        if (module is SourceTextModule sourceText) LoadRequested(sourceText);
        module.Link();
        return (module, module.Evaluate());
    });
}

/// <summary>Modules the embedding host supplies (<see cref="EngineOptions.ModuleSource"/>); a runtime's built-ins under names the source does not claim.</summary>
internal sealed class HostSourceResolver(EsModuleLoader loader, IModuleSource source, ModuleResolver? runtime) : ModuleResolver
{
    internal override (ModuleRecord Module, bool Fresh)? Load(string specifier, string? referrer)
    {
        string? name = source.Resolve(specifier, referrer);
        if (name is null) return runtime?.LoadBuiltin(specifier);
        if (loader.TryGetLoaded(name, out var known)) return (known, false);
        string text = source.Load(name);
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return (loader.JsonModule(text, name), true);
        return (loader.CompileModuleSource(text, name, meta => FillImportMeta(meta, name)), true);
    }

    internal override (string Url, string Text)? ReadText(string specifier, string? referrer) =>
        source.Resolve(specifier, referrer) is { } name ? (name, source.Load(name)) : null;

    /// <summary>A host source gives text: its bytes module is the text's UTF-8.</summary>
    internal override (string Url, byte[] Bytes)? ReadBytes(string specifier, string? referrer) =>
        ReadText(specifier, referrer) is var (url, text) ? (url, System.Text.Encoding.UTF8.GetBytes(text)) : null;

    /// <summary>import.meta of a host module: its name as url, resolve() through the host (filename and dirname for file URLs, as node).</summary>
    private void FillImportMeta(JsObject meta, string name)
    {
        if (Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            meta.CreateDataPropertyOrThrow("dirname", Path.GetDirectoryName(uri.LocalPath)!);
            meta.CreateDataPropertyOrThrow("filename", uri.LocalPath);
        }
        var resolve = new NativeFunction(loader.Realm, "resolve", 1, (_, args) =>
        {
            string specifier = Operations.ToString(args.At(0));
            return source.Resolve(specifier, name)
                ?? throw loader.NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{specifier}' imported from {name}", null);
        });
        meta.CreateDataPropertyOrThrow("resolve", resolve);
        meta.CreateDataPropertyOrThrow("url", name);
    }
}
