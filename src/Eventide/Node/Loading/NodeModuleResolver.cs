using System.Text.Json;
using Eventide.Builtins;
using Eventide.Host;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;
using Eventide.Node.Url;

namespace Eventide.Node.Loading;

/// <summary>
/// ES modules as node 20 loads them: file URLs, explicit file names (no extension search),
/// packages through "exports" (import conditions) or "main", .mjs/.cjs, a package's "type"
/// and ESM syntax detection for .js, CommonJS and built-in modules as synthetic modules
/// (default = module.exports, plus the names their source assigns).
/// </summary>
internal sealed partial class NodeModuleResolver(EsModuleLoader loader, ModuleLoader commonJs, PackageScopes scopes) : ModuleResolver
{
    private static readonly string[] Conditions = ["import", "node", "default"];
    private Realm Realm => loader.Realm;

    /// <summary>Every .js file is an ES module, whatever package.json says (test262's module tests).</summary>
    internal bool JsFilesAreModules { get; set; }

    /// <summary>Runs the entry module: load its graph, link, evaluate (node's runEntryPointWithESMLoader).</summary>
    public void RunMain(string source, string path) => loader.EvaluateMain(LoadAndLink(source, path));

    /// <summary>Loads the module at <paramref name="path"/> and its graph, and links it (errors here are early errors).</summary>
    internal SourceTextModule LoadAndLink(string source, string path) => loader.InRealm(() =>
    {
        var module = LoadSourceText(source, path);
        loader.LoadRequested(module);
        loader.Link(module);
        return module;
    });

    internal override string ReferrerOf(ModuleRecord module) => FileUrls.ToPath(module.Url) ?? module.Url;

    internal override string ImportReferrer(string referrer) =>
        referrer.StartsWith("file://", StringComparison.Ordinal) ? FileUrls.ToPath(referrer) ?? referrer : referrer;

    /// <summary>node resolves import()'s specifier in a later job and reads the file in a later turn, so the importing code always runs to its end first.</summary>
    internal override void ResolveForImport(string specifier, string referrer, Action load)
    {
        string mapped = MapPackageImport(specifier, referrer);
        if (ModuleLoader.ResolveBuiltin(mapped) is not null) { load(); return; }
        Resolve(mapped, referrer);
        var later = new NativeFunction(Realm, "load", 0, (_, _) =>
        {
            load();
            return JsValue.Undefined;
        });
        loader.Engine.Loop.AddImmediate(Realm.ObjectPrototype, later, []);
    }

    internal override (ModuleRecord Module, bool Fresh)? LoadBuiltin(string specifier)
    {
        if (ModuleLoader.ResolveBuiltin(specifier) is not { } builtin) return null;
        string builtinUrl = "node:" + builtin;
        if (loader.TryGetLoaded(builtinUrl, out var cached)) return (cached, false);
        var exports = commonJs.LoadGrantedBuiltin(builtin);
        var names = exports.AsObject is JsObject o ? OwnExportNames(o) : [];
        var synthetic = new SyntheticModule(Realm, builtinUrl, ["default", .. names], m =>
        {
            m.SetExport("default", exports);
            foreach (var name in names) m.SetExport(name, exports.AsObject!.Get(name));
        });
        loader.Register(builtinUrl, synthetic);
        return (synthetic, true);
    }

    internal override (ModuleRecord Module, bool Fresh)? Load(string specifier, string? referrer)
    {
        referrer ??= Path.Combine(ProcessObject.WorkingDirectory, "[eval]");
        specifier = MapPackageImport(specifier, referrer);
        if (LoadBuiltin(specifier) is { } builtin) return builtin;
        string path = Resolve(specifier, referrer);
        loader.Engine.Node.CheckPath(Realm, path);
        // A relative or file: URL's ?query and #fragment make a module instance of their own, as URLs do in node.
        string url = new Uri(path).AbsoluteUri + UrlSuffix(specifier);
        if (loader.TryGetLoaded(url, out var known)) return (known, false);
        string source = File.ReadAllText(path);
        loader.Engine.Node.Options.ModuleLoaded?.Invoke(path);
        if (IsModuleFile(path, source)) return (LoadSourceText(source, path, url), true);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return (loader.JsonModule(source, url), true);
        // CommonJS: run by require() when evaluated; its names come from its source (cjs-module-lexer).
        var cjsNames = ModuleFormats.CommonJsExportNames(source);
        var cjs = new SyntheticModule(Realm, url, ["default", .. cjsNames], m =>
        {
            var exports = commonJs.RequireFile(path);
            m.SetExport("default", exports);
            if (exports.AsObject is JsObject eo)
                foreach (var name in cjsNames) m.SetExport(name, eo.Get(name));
        });
        loader.Register(url, cjs);
        return (cjs, true);
    }

    internal override (string Url, string Text)? ReadText(string specifier, string? referrer)
    {
        var (url, path) = ResolveFile(specifier, referrer);
        return (url, File.ReadAllText(path));
    }

    internal override (string Url, byte[] Bytes)? ReadBytes(string specifier, string? referrer)
    {
        var (url, path) = ResolveFile(specifier, referrer);
        return (url, File.ReadAllBytes(path));
    }

    /// <summary>The file a text or bytes module's specifier names (checked against the engine's grants), and its URL.</summary>
    private (string Url, string Path) ResolveFile(string specifier, string? referrer)
    {
        referrer ??= Path.Combine(ProcessObject.WorkingDirectory, "[eval]");
        string path = Resolve(MapPackageImport(specifier, referrer), referrer);
        loader.Engine.Node.CheckPath(Realm, path);
        return (new Uri(path).AbsoluteUri + UrlSuffix(specifier), path);
    }

    /// <summary>The module in the file at <paramref name="path"/>, known as <paramref name="url"/> (the file's URL, or with a ?query).</summary>
    private SourceTextModule LoadSourceText(string source, string path, string? url = null)
    {
        string moduleUrl = url ?? new Uri(path).AbsoluteUri;
        return loader.CompileModuleSource(source, moduleUrl, meta => FillImportMeta(meta, path, moduleUrl));
    }

    private static List<string> OwnExportNames(JsObject exports)
    {
        var names = new List<string>();
        foreach (var key in exports.OwnPropertyKeys())
            if (key.IsString && key.Name != "default") names.Add(key.Name);
        return names;
    }

    /// <summary>An imported file is an ES module by the entry's rules; only a file with an extension can be one.</summary>
    private bool IsModuleFile(string path, string source) =>
        (JsFilesAreModules && path.EndsWith(".js", StringComparison.OrdinalIgnoreCase)) || (Path.HasExtension(path) && ModuleFormats.IsModuleEntry(path, source, scopes));

    // --------------------------------------------------------------- resolution

    /// <summary>PACKAGE_IMPORTS_RESOLVE: "#name" through the package scope's "imports" (a file, a package or a built-in).</summary>
    private string MapPackageImport(string specifier, string referrer)
    {
        if (!specifier.StartsWith('#')) return specifier;
        var scope = scopes.OfFile(referrer);
        var target = PackageExports.ResolveImports(scope, specifier, Conditions)
            ?? throw loader.NodeError("ERR_PACKAGE_IMPORT_NOT_DEFINED", $"Package import specifier \"{specifier}\" is not defined"
                + (scope is null ? "" : $" in package {scope.PackageJson}") + $" imported from {referrer}", null);
        return Path.IsPathRooted(target) ? new Uri(target).AbsoluteUri : target;
    }

    /// <summary>The "?query#fragment" of a relative or file: URL specifier ("" for packages and built-ins).</summary>
    private static string UrlSuffix(string specifier)
    {
        if (!IsRelativeOrFileUrl(specifier)) return "";
        int at = specifier.IndexOfAny(['?', '#']);
        return at < 0 ? "" : specifier[at..];
    }

    private static bool IsRelativeOrFileUrl(string specifier) =>
        specifier.StartsWith("file://", StringComparison.Ordinal) || specifier.StartsWith("./", StringComparison.Ordinal)
        || specifier.StartsWith("../", StringComparison.Ordinal) || specifier.StartsWith('/') || specifier is "." or "..";

    /// <summary>node's ESM resolve: a file URL or path as given, or a package through node_modules.</summary>
    private string Resolve(string specifier, string referrer)
    {
        string referrerDir = Path.GetDirectoryName(referrer)!;
        string? path = null;
        if (specifier.StartsWith("file://", StringComparison.Ordinal))
            path = FileUrls.ToPath(specifier) ?? throw loader.NodeError("ERR_INVALID_FILE_URL_HOST", $"File URL host must be \"localhost\" or empty on {ProcessObject.Platform()}", null);
        else if (IsRelativeOrFileUrl(specifier))
            path = Path.GetFullPath(Path.Combine(referrerDir, Uri.UnescapeDataString(specifier[..^UrlSuffix(specifier).Length])));
        if (path is not null)
        {
            if (Directory.Exists(path)) throw loader.NodeError("ERR_UNSUPPORTED_DIR_IMPORT", $"Directory import '{path}' is not supported resolving ES modules imported from {referrer}", path);
            if (!File.Exists(path)) throw loader.NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{path}' imported from {referrer}", path);
            return path;
        }
        return ResolvePackage(specifier, referrerDir, referrer);
    }

    private string ResolvePackage(string specifier, string fromDir, string referrer)
    {
        if (PackageExports.SplitRequest(specifier) is not var (name, subpath))
            throw loader.NodeError("ERR_INVALID_MODULE_SPECIFIER", $"Invalid module \"{specifier}\" is not a valid package name imported from {referrer}", null);
        for (var dir = new DirectoryInfo(fromDir); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "node_modules") continue;
            string packageDir = Path.Combine(dir.FullName, "node_modules", name);
            if (!Directory.Exists(packageDir)) continue;
            if (PackageExports.Read(packageDir) is { } exports)
            {
                string? target = PackageExports.Resolve(packageDir, exports, subpath, Conditions);
                if (target is null || !File.Exists(target))
                    throw loader.NodeError("ERR_PACKAGE_PATH_NOT_EXPORTED", subpath == "."
                        ? $"No \"exports\" main defined in {Path.Combine(packageDir, "package.json")}"
                        : $"Package subpath '{subpath}' is not defined by \"exports\" in {Path.Combine(packageDir, "package.json")} imported from {referrer}", null);
                return target;
            }
            if (subpath != ".")
            {
                string file = Path.GetFullPath(Path.Combine(packageDir, subpath));
                if (File.Exists(file)) return file;
                throw loader.NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{file}' imported from {referrer}", file);
            }
            // legacyMainResolve: "main" and index.js.
            foreach (var candidate in LegacyMainCandidates(packageDir))
                if (File.Exists(candidate)) return candidate;
            throw loader.NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find package '{packageDir}' imported from {referrer}", null);
        }
        throw loader.NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find package '{name}' imported from {referrer}", null, packageLookup: true);
    }

    private static IEnumerable<string> LegacyMainCandidates(string packageDir)
    {
        string? main = null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(packageDir, "package.json")));
            if (doc.RootElement.TryGetProperty("main", out var m) && m.ValueKind == JsonValueKind.String) main = m.GetString();
        }
        catch (Exception e) when (e is JsonException or IOException) { }
        if (main is not null)
        {
            string full = Path.GetFullPath(Path.Combine(packageDir, main));
            foreach (var suffix in new[] { "", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node" }) yield return full + suffix;
        }
        foreach (var index in new[] { "index.js", "index.json", "index.node" }) yield return Path.Combine(packageDir, index);
    }

    // -------------------------------------------------------------- import.meta

    /// <summary>node's import.meta: dirname, filename, resolve(specifier) and url.</summary>
    private void FillImportMeta(JsObject meta, string path, string url)
    {
        meta.CreateDataPropertyOrThrow("dirname", Path.GetDirectoryName(path)!);
        meta.CreateDataPropertyOrThrow("filename", path);
        var resolve = new NativeFunction(Realm, "resolve", 1, (_, args) =>
        {
            string specifier = Operations.ToString(args.At(0));
            if (ModuleLoader.ResolveBuiltin(specifier) is { } b) return "node:" + b;
            return new Uri(Resolve(specifier, path)).AbsoluteUri + UrlSuffix(specifier);
        });
        meta.CreateDataPropertyOrThrow("resolve", resolve);
        meta.CreateDataPropertyOrThrow("url", url);
    }
}
