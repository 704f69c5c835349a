using System.Text.Json;
using System.Text.RegularExpressions;
using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;

using Eventide.Node.Url;

namespace Eventide.Host;

/// <summary>
/// ES modules as node 20 loads them: file URLs, explicit file names (no extension search),
/// packages through "exports" (import conditions) or "main", .mjs/.cjs, a package's "type"
/// and ESM syntax detection for .js, CommonJS and built-in modules as synthetic modules
/// (default = module.exports, plus the names their source assigns), each module loaded once
/// per URL. The loaded graph is linked and evaluated by the module records themselves.
/// </summary>
internal sealed partial class EsModuleLoader(Engine engine, Realm realm, ModuleLoader commonJs)
{
    private static readonly string[] Conditions = ["import", "node", "default"];
    private readonly Dictionary<string, ModuleRecord> _byUrl = new(StringComparer.Ordinal);

    /// <summary>The main entry's evaluation (pending at the end of the loop: an unsettled top-level await).</summary>
    public JsPromise? MainEvaluation { get; private set; }

    /// <summary>Whether node would run the entry file as an ES module (a .js file by its package scope's "type").</summary>
    public static bool IsModuleEntry(string path, string source, PackageScopes scopes)
    {
        if (path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase)) return true;
        if (path.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase)) return false;
        if (!path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && Path.HasExtension(path)) return false;
        return scopes.OfFile(path)?.Type switch
        {
            "module" => true,
            "commonjs" => false,
            _ => LooksLikeModule(source),
        };
    }

    /// <summary>Every .js file is an ES module, whatever package.json says (test262's module tests).</summary>
    internal bool JsFilesAreModules { get; set; }

    /// <summary>
    /// Import attributes are checked as node checks them (off for test262's host, which takes any
    /// attribute key: its tests import with { test262: '' } and expect the graph to load).
    /// </summary>
    internal bool ChecksImportAttributes { get; set; } = true;

    /// <summary>Runs the entry module: load its graph, link, evaluate (node's runEntryPointWithESMLoader).</summary>
    public void RunMain(string source, string path) => EvaluateMain(LoadAndLink(source, path));

    /// <summary>Loads the module at <paramref name="path"/> and its graph, and links it (errors here are early errors).</summary>
    internal SourceTextModule LoadAndLink(string source, string path) => InRealm(() =>
    {
        var module = LoadSourceText(source, path);
        LoadRequested(module);
        Link(module);
        return module;
    });

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
    private T InRealm<T>(Func<T> work)
    {
        var saved = Realm.Current;
        Realm.Current = realm;
        try { return work(); }
        finally { Realm.Current = saved; }
    }

    /// <summary>
    /// HostLoadImportedModule for import(). node loads asynchronously: the specifier is resolved
    /// in a later job, a file is read in a later turn of the loop, so the importing code always
    /// runs to its end first. Then 16.2.1.8 ContinueDynamicImport: link, evaluate, and settle
    /// the import's promise with the namespace or the error.
    /// </summary>
    public void Import(string specifier, IReadOnlyList<KeyValuePair<string, string>> attributes, string referrer, PromiseCapability capability) =>
        engine.EnqueueJob(new ImportResolution(this, new ModuleRequest(specifier, attributes), referrer, capability));

    private sealed class ImportResolution(EsModuleLoader loader, ModuleRequest request, string referrer, PromiseCapability capability) : Job
    {
        internal override string Describe() => $"import('{request.Specifier}'): resolve";

        internal override void Run() => loader.ResolveThenLoad(request, referrer, capability);
    }

    private void ResolveThenLoad(ModuleRequest request, string referrer, PromiseCapability capability)
    {
        if (HostSource is not null) { ContinueDynamicImport(request, referrer, capability); return; }
        try
        {
            string mapped = MapPackageImport(request.Specifier, referrer);
            if (ModuleLoader.ResolveBuiltin(mapped) is not null) { ContinueDynamicImport(request, referrer, capability); return; }
            Resolve(mapped, referrer);
            var load = new NativeFunction(realm, "load", 0, (_, _) =>
            {
                ContinueDynamicImport(request, referrer, capability);
                return JsValue.Undefined;
            });
            engine.Loop.AddImmediate(realm.ObjectPrototype, load, []);
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
    private void ContinueDynamicImport(ModuleRequest request, string referrer, PromiseCapability capability)
    {
        try
        {
            var (module, _) = Load(request.Specifier, referrer);
            ValidateAttributes(module, request.Attributes);
            if (module is SourceTextModule source) LoadRequested(source);
            // 6. Link; an error rejects the import's promise.
            Link(module);
            // 7. Let evaluatePromise be module.Evaluate().
            var evaluation = module.Evaluate();
            // 8-11. onFulfilled resolves with GetModuleNamespace(module); onRejected rejects.
            PromiseOperations.PerformPromiseThen(evaluation, new DynamicImportSettled(module, capability));
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

    private sealed class DynamicImportSettled(ModuleRecord module, PromiseCapability capability) : PromiseReaction
    {
        public override string Describe(bool fulfilled) => $"import() of {module.Url} {Outcome(fulfilled)}";

        public override void OnSettled(bool fulfilled, JsValue value)
        {
            if (fulfilled) capability.CallResolve(module.GetModuleNamespace());
            else capability.CallReject(value);
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

    /// <summary>The module in the file at <paramref name="path"/>, known as <paramref name="url"/> (the file's URL, or with a ?query).</summary>
    private SourceTextModule LoadSourceText(string source, string path, string? url = null)
    {
        string moduleUrl = url ?? new Uri(path).AbsoluteUri;
        return CompileModuleSource(source, moduleUrl, meta => FillImportMeta(meta, path, moduleUrl));
    }

    /// <summary>Parses and compiles the module known as <paramref name="url"/> (once: later loads find it by url).</summary>
    private SourceTextModule CompileModuleSource(string source, string url, Action<JsObject> fillImportMeta)
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
    private void LoadRequested(SourceTextModule module)
    {
        string referrer = HostSource is null ? FileUrls.ToPath(module.Url)! : module.Url;
        foreach (var request in module.ModuleRequests)
        {
            if (module.LoadedModules.TryGetValue(request.Specifier, out var known))
            {
                ValidateAttributes(known, request.Attributes);
                continue;
            }
            var (loaded, fresh) = Load(request.Specifier, referrer);
            module.LoadedModules[request.Specifier] = loaded;
            ValidateAttributes(loaded, request.Attributes);
            if (fresh && loaded is SourceTextModule child) LoadRequested(child);
        }
    }

    private (ModuleRecord Module, bool Fresh) Load(string specifier, string referrer)
    {
        if (HostSource is not null && LoadFromHost(specifier, referrer) is { } hosted) return hosted;
        specifier = MapPackageImport(specifier, referrer);
        if (ModuleLoader.ResolveBuiltin(specifier) is { } builtin)
        {
            string builtinUrl = "node:" + builtin;
            if (_byUrl.TryGetValue(builtinUrl, out var cached)) return (cached, false);
            var exports = commonJs.LoadBuiltinExports(builtin);
            var names = exports.AsObject is JsObject o ? OwnExportNames(o) : [];
            var synthetic = new SyntheticModule(realm, builtinUrl, ["default", .. names], m =>
            {
                m.SetExport("default", exports);
                foreach (var name in names) m.SetExport(name, exports.AsObject!.Get(name));
            });
            _byUrl[builtinUrl] = synthetic;
            return (synthetic, true);
        }
        string path = Resolve(specifier, referrer);
        // A relative or file: URL's ?query and #fragment make a module instance of their own, as URLs do in node.
        string url = new Uri(path).AbsoluteUri + UrlSuffix(specifier);
        if (_byUrl.TryGetValue(url, out var known)) return (known, false);
        string source = File.ReadAllText(path);
        if (IsModuleFile(path, source)) return (LoadSourceText(source, path, url), true);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return (JsonModule(source, url), true);
        }
        // CommonJS: run by require() when evaluated; its names come from its source (cjs-module-lexer).
        var cjsNames = CommonJsExportNames(source);
        var cjs = new SyntheticModule(realm, url, ["default", .. cjsNames], m =>
        {
            var exports = commonJs.RequireFile(path);
            m.SetExport("default", exports);
            if (exports.AsObject is JsObject eo)
                foreach (var name in cjsNames) m.SetExport(name, eo.Get(name));
        });
        _byUrl[url] = cjs;
        return (cjs, true);
    }

    /// <summary>A JSON module, parsed when loaded: invalid JSON fails the import before anything is evaluated.</summary>
    private SyntheticModule JsonModule(string source, string url)
    {
        var value = Operations.Invoke(realm.GlobalObject.Get("JSON"), "parse", [source]);
        var json = new SyntheticModule(realm, url, ["default"], m => m.SetExport("default", value));
        _byUrl[url] = json;
        _jsonModules.Add(json);
        return json;
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
        (JsFilesAreModules && path.EndsWith(".js", StringComparison.OrdinalIgnoreCase)) || (Path.HasExtension(path) && IsModuleEntry(path, source, engine.PackageScopes));

    /// <summary>node 20's syntax detection: an ambiguous .js file that only parses as a module is one.</summary>
    internal static bool LooksLikeModule(string source)
    {
        if (!ModuleSyntaxHint().IsMatch(source)) return false;
        try
        {
            ScriptParser.Parse(source, "detect", commonJs: true);
            return false;
        }
        catch (JsSyntaxError)
        {
            try
            {
                ScriptParser.ParseModule(source, "detect");
                return true;
            }
            catch (JsSyntaxError)
            {
                return false;
            }
        }
    }

    [GeneratedRegex(@"\b(import|export|await)\b")]
    private static partial Regex ModuleSyntaxHint();

    /// <summary>The names a CommonJS module's source gives its exports (what cjs-module-lexer finds).</summary>
    private static List<string> CommonJsExportNames(string source)
    {
        var names = new List<string>();
        foreach (Match m in CjsExportAssignment().Matches(source)) names.Add(m.Groups[1].Value);
        foreach (Match m in CjsDefineProperty().Matches(source)) names.Add(m.Groups[1].Value);
        foreach (Match m in CjsObjectLiteral().Matches(source))
            foreach (var part in m.Groups[1].Value.Split(','))
            {
                var name = part.Split(':')[0].Trim();
                if (IdentifierName().IsMatch(name)) names.Add(name);
            }
        names.Remove("default");
        return names.Distinct().ToList();
    }

    [GeneratedRegex(@"(?:\bmodule\.)?\bexports\.([A-Za-z_$][\w$]*)\s*=[^=]")]
    private static partial Regex CjsExportAssignment();
    [GeneratedRegex(@"Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*['""]([A-Za-z_$][\w$]*)['""]")]
    private static partial Regex CjsDefineProperty();
    [GeneratedRegex(@"\bmodule\.exports\s*=\s*\{([^{}]*)\}")]
    private static partial Regex CjsObjectLiteral();
    [GeneratedRegex(@"^[A-Za-z_$][\w$]*$")]
    private static partial Regex IdentifierName();

    // --------------------------------------------------------------- resolution

    /// <summary>PACKAGE_IMPORTS_RESOLVE: "#name" through the package scope's "imports" (a file, a package or a built-in).</summary>
    private string MapPackageImport(string specifier, string referrer)
    {
        if (!specifier.StartsWith('#')) return specifier;
        var scope = engine.PackageScopes.OfFile(referrer);
        var target = PackageExports.ResolveImports(scope, specifier, Conditions)
            ?? throw NodeError("ERR_PACKAGE_IMPORT_NOT_DEFINED", $"Package import specifier \"{specifier}\" is not defined"
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
            path = FileUrls.ToPath(specifier) ?? throw NodeError("ERR_INVALID_FILE_URL_HOST", $"File URL host must be \"localhost\" or empty on {ProcessObject.Platform()}", null);
        else if (IsRelativeOrFileUrl(specifier))
            path = Path.GetFullPath(Path.Combine(referrerDir, Uri.UnescapeDataString(specifier[..^UrlSuffix(specifier).Length])));
        if (path is not null)
        {
            if (Directory.Exists(path)) throw NodeError("ERR_UNSUPPORTED_DIR_IMPORT", $"Directory import '{path}' is not supported resolving ES modules imported from {referrer}", path);
            if (!File.Exists(path)) throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{path}' imported from {referrer}", path);
            return path;
        }
        return ResolvePackage(specifier, referrerDir, referrer);
    }

    private string ResolvePackage(string specifier, string fromDir, string referrer)
    {
        if (PackageExports.SplitRequest(specifier) is not var (name, subpath))
            throw NodeError("ERR_INVALID_MODULE_SPECIFIER", $"Invalid module \"{specifier}\" is not a valid package name imported from {referrer}", null);
        for (var dir = new DirectoryInfo(fromDir); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "node_modules") continue;
            string packageDir = Path.Combine(dir.FullName, "node_modules", name);
            if (!Directory.Exists(packageDir)) continue;
            if (PackageExports.Read(packageDir) is { } exports)
            {
                string? target = PackageExports.Resolve(packageDir, exports, subpath, Conditions);
                if (target is null || !File.Exists(target))
                    throw NodeError("ERR_PACKAGE_PATH_NOT_EXPORTED", subpath == "."
                        ? $"No \"exports\" main defined in {Path.Combine(packageDir, "package.json")}"
                        : $"Package subpath '{subpath}' is not defined by \"exports\" in {Path.Combine(packageDir, "package.json")} imported from {referrer}", null);
                return target;
            }
            if (subpath != ".")
            {
                string file = Path.GetFullPath(Path.Combine(packageDir, subpath));
                if (File.Exists(file)) return file;
                throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find module '{file}' imported from {referrer}", file);
            }
            // legacyMainResolve: "main" and index.js.
            foreach (var candidate in LegacyMainCandidates(packageDir))
                if (File.Exists(candidate)) return candidate;
            throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find package '{packageDir}' imported from {referrer}", null);
        }
        throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find package '{name}' imported from {referrer}", null, packageLookup: true);
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
        var resolve = new NativeFunction(realm, "resolve", 1, (_, args) =>
        {
            string specifier = Operations.ToString(args.At(0));
            if (ModuleLoader.ResolveBuiltin(specifier) is { } b) return "node:" + b;
            return new Uri(Resolve(specifier, path)).AbsoluteUri + UrlSuffix(specifier);
        });
        meta.CreateDataPropertyOrThrow("resolve", resolve);
        meta.CreateDataPropertyOrThrow("url", url);
    }
}
