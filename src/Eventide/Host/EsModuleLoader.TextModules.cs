using Eventide.Compiling;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Host;

/// <summary>
/// The import-text and import-bytes proposals: `import s from './f.txt' with { type: 'text' }` gives
/// the file's text, `type: 'bytes'` a Uint8Array over an immutable ArrayBuffer of its bytes. node 20
/// rejects both types (ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED), so only a host that does not check
/// attributes as node does (the spec's host, test262) loads them.
/// </summary>
internal sealed partial class EsModuleLoader
{
    /// <summary>Text and bytes modules by (URL, type): a module map entry is (URL, type), so a file can be a module, a text and bytes.</summary>
    private readonly Dictionary<(string, string), SyntheticModule> _dataModules = new();

    /// <summary>HostLoadImportedModule for one request: a text or bytes module when it asks for that type, else the module its specifier names.</summary>
    private (ModuleRecord Module, bool Fresh) Load(ModuleRequest request, string? referrer)
    {
        string? type = ChecksImportAttributes ? null : TypeOf(request);
        if (type is not ("text" or "bytes")) return Load(request.Specifier, referrer);
        string url;
        JsValue value;
        if (type == "text")
        {
            (url, var text) = Resolver?.ReadText(request.Specifier, referrer) ?? throw ModuleNotFound(request.Specifier, referrer);
            if (_dataModules.TryGetValue((url, type), out var known)) return (known, false);
            // 16.2.1.8.x CreateTextModule(source): CreateDefaultExportSyntheticModule(source).
            value = text;
        }
        else
        {
            (url, var bytes) = Resolver?.ReadBytes(request.Specifier, referrer) ?? throw ModuleNotFound(request.Specifier, referrer);
            if (_dataModules.TryGetValue((url, type), out var known)) return (known, false);
            // CreateBytesModule(bytes): a Uint8Array whose buffer is immutable.
            var buffer = new JsArrayBuffer(realm.ArrayBufferPrototype, bytes, immutable: true);
            value = new JsTypedArray(realm.TypedArrayPrototypes[(int)ElementType.Uint8], ElementType.Uint8, buffer, 0, bytes.Length);
        }
        var module = new SyntheticModule(realm, url, ["default"], m => m.SetExport("default", value));
        _dataModules[(url, type)] = module;
        return (module, true);
    }

    private static string? TypeOf(ModuleRequest request)
    {
        foreach (var (key, value) in request.Attributes)
            if (key == "type") return value;
        return null;
    }
}
