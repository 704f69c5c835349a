using Eventide.Compiling;
using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>
/// The import-text proposal: `import s from './f.txt' with { type: 'text' }` gives the file's text.
/// node 20 rejects the type (ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED), so only a host that does not
/// check attributes as node does (the spec's host, test262) loads text modules.
/// </summary>
internal sealed partial class EsModuleLoader
{
    /// <summary>Text modules by URL: a module map entry is (URL, type), so a file can be both a module and a text.</summary>
    private readonly Dictionary<string, SyntheticModule> _textModules = new(StringComparer.Ordinal);

    /// <summary>HostLoadImportedModule for one request: a text module when it asks for type "text", else the module its specifier names.</summary>
    private (ModuleRecord Module, bool Fresh) Load(ModuleRequest request, string? referrer)
    {
        if (ChecksImportAttributes || TypeOf(request) != "text") return Load(request.Specifier, referrer);
        var (url, text) = Resolver?.ReadText(request.Specifier, referrer) ?? throw ModuleNotFound(request.Specifier, referrer);
        if (_textModules.TryGetValue(url, out var known)) return (known, false);
        // 16.2.1.8.x CreateTextModule(source): CreateDefaultExportSyntheticModule(source).
        var module = new SyntheticModule(realm, url, ["default"], m => m.SetExport("default", text));
        _textModules[url] = module;
        return (module, true);
    }

    private static string? TypeOf(ModuleRequest request)
    {
        foreach (var (key, value) in request.Attributes)
            if (key == "type") return value;
        return null;
    }
}
