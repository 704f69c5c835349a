using System.Text.Json;
using System.Text.RegularExpressions;
using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm.Modules;

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
    /// <summary>The modules loaded from .json files (the format that needs with { type: 'json' }).</summary>
    private readonly HashSet<ModuleRecord> _jsonModules = new(ReferenceEqualityComparer.Instance);
    /// <summary>node's module jobs by (URL, type attribute): the error their attribute check threw, or null when it passed.</summary>
    private readonly Dictionary<(string Url, string Type), JsValue?> _attributeChecks = new();

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

    /// <summary>
    /// require() of an ES module (node 20.19+): its graph loads, links and evaluates synchronously,
    /// unless a module in it has a top-level await (ERR_REQUIRE_ASYNC_MODULE). The result is the
    /// namespace, its "module.exports" export when it has one, or for a default export without
    /// __esModule a namespace that adds __esModule: true (so transpiled importers see the default).
    /// </summary>
    internal JsValue Require(string path, string source, string parentFile) => InRealm(() =>
    {
        SourceTextModule module;
        try
        {
            module = LoadAndLink(source, path);
        }
        catch (JsSyntaxError e)
        {
            throw ModuleSyntaxError(e);
        }
        if (HasPendingTopLevelAwait(module, new HashSet<ModuleRecord>(ReferenceEqualityComparer.Instance)))
            throw NodeError("ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. "
                + $"To see where the top-level await comes from, use --experimental-print-required-tla.\n  From {parentFile} \n  Requiring {path} ", null);
        var promise = module.Evaluate();
        if (promise.State == PromiseState.Rejected)
        {
            promise.IsHandled = true;
            engine.TrackRejection(promise, RejectionOperation.Handle);
            throw new JsException(promise.Result);
        }
        var names = module.GetExportedNames();
        var ns = module.GetModuleNamespace();
        if (names.Contains("module.exports")) return ns.Get("module.exports");
        if (!names.Contains("default") || names.Contains("__esModule")) return (JsValue)ns;
        if (!_requireFacades.TryGetValue(module, out var facade))
        {
            var facadeModule = new SyntheticModule(realm, module.Url, ["__esModule", .. names], m =>
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

    /// <summary>
    /// Links a loaded graph. An import that does not resolve fails as in node: its stack starts
    /// with the importing file's line and carets under the name (node's decorated arrow), then
    /// "SyntaxError: ..." and node's internal frame, and nothing else is printed above it uncaught.
    /// </summary>
    private void Link(ModuleRecord module)
    {
        try
        {
            module.Link();
        }
        catch (JsException e) when (e.GetValue(realm).AsObject is JsError { LinkSite: var (source, start, end) } error)
        {
            var (line, column) = source.LineColumn(start);
            string carets = new string(' ', column - 1) + new string('^', Math.Max(1, end - start));
            string message = error.Get("message") is { IsString: true } m ? m.String : "";
            error.FastSet("stack", $"{source.Path}:{line}\n{source.LineText(line)}\n{carets}\nSyntaxError: {message}\n"
                + "    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)", PropertyFlags.Hidden);
            error.ReportedSite = "";
            throw;
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

    /// <summary>
    /// node 20's V8 still takes the deprecated "assert { type: 'json' }" for "with", warning on
    /// stderr; Acornima knows only "with", so each such clause is read as "with" (same offsets).
    /// </summary>
    private Acornima.Ast.Module ParseModuleAcceptingAssert(string source, string url)
    {
        while (true)
        {
            try
            {
                return ScriptParser.ParseModule(source, url);
            }
            catch (JsSyntaxError e) when (IsDeprecatedAssert(source, e.Offset))
            {
                engine.Err.Write($"(node:{Environment.ProcessId}) V8: {url}:{e.Line} 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead\n");
                if (!_warnedAssert) engine.Err.Write("(Use `node --trace-warnings ...` to show where the warning was created)\n");
                _warnedAssert = true;
                source = string.Concat(source.AsSpan(0, e.Offset), "with  ", source.AsSpan(e.Offset + 6));
            }
        }
    }

    private bool _warnedAssert;

    /// <summary>"assert" right after an import's module specifier string and before its "{".</summary>
    private static bool IsDeprecatedAssert(string source, int offset)
    {
        if (offset < 0 || !source.AsSpan(offset).StartsWith("assert", StringComparison.Ordinal)) return false;
        var before = source.AsSpan(0, offset).TrimEnd();
        var after = source.AsSpan(offset + 6).TrimStart();
        return before.Length > 0 && before[^1] is '\'' or '"' && after.Length > 0 && after[0] == '{';
    }

    /// <summary>Loads every module the graph below <paramref name="module"/> requests (HostLoadImportedModule, synchronously).</summary>
    private void LoadRequested(SourceTextModule module)
    {
        string referrer = HostSource is null ? new Uri(module.Url).LocalPath : module.Url;
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

    /// <summary>
    /// node 20 makes one module job per (URL, type attribute), "javascript" standing for no type,
    /// and checks the attributes (validateAttributes) when it makes it; a later import of the same
    /// pair reuses the job: no new check, and a failed check's very error again.
    /// </summary>
    private void ValidateAttributes(ModuleRecord module, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        string? type = null;
        foreach (var (key, value) in attributes)
            if (key == "type") type = value;
        var job = (module.Url, type ?? "javascript");
        if (!_attributeChecks.TryGetValue(job, out var failure))
        {
            failure = CheckAttributes(module, attributes, type)?.GetValue(realm);
            _attributeChecks[job] = failure;
        }
        if (failure is { } error) throw new JsException(error);
    }

    /// <summary>validateAttributes: only "type" is known; JSON needs type "json", and the other formats (module, CommonJS, built-in) take none.</summary>
    private JsException? CheckAttributes(ModuleRecord module, IReadOnlyList<KeyValuePair<string, string>> attributes, string? type)
    {
        foreach (var (key, value) in attributes)
            if (key != "type") return NodeError("ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", $"Import attribute \"{key}\" with value \"{value}\" is not supported", null);
        bool json = _jsonModules.Contains(module);
        if (type == (json ? "json" : null)) return null;
        if (type is null) return NodeError("ERR_IMPORT_ASSERTION_TYPE_MISSING", $"Module \"{module.Url}\" needs an import attribute of type \"json\"", null);
        if (type != "json") return NodeError("ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", $"Import attribute type \"{type}\" is unsupported", null);
        return NodeError("ERR_IMPORT_ASSERTION_TYPE_FAILED", $"Module \"{module.Url}\" is not of type \"json\"", null);
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
    private static bool LooksLikeModule(string source)
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
        if (specifier.StartsWith("file://", StringComparison.Ordinal)) path = new Uri(specifier).LocalPath;
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
            throw NodeError("ERR_INVALID_MODULE_SPECIFIER", $"Invalid module \"{specifier}\" imported from {referrer}", null);
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
        throw NodeError("ERR_MODULE_NOT_FOUND", $"Cannot find package '{name}' imported from {referrer}", null);
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

    /// <summary>
    /// A node error with its code (and url for module-not-found), thrown while loading: its stack
    /// is "Name [CODE]: message", the node:internal frame that throws it in node, then the script's
    /// frames (a require() call); uncaught, it shows node's internal throw site where we know it,
    /// never the last script throw.
    /// </summary>
    private JsException NodeError(string code, string message, string? path)
    {
        var kind = code.StartsWith("ERR_IMPORT_", StringComparison.Ordinal)
            || code is "ERR_INVALID_MODULE_SPECIFIER" or "ERR_PACKAGE_IMPORT_NOT_DEFINED" ? ErrorKind.TypeError : ErrorKind.Error;
        var (frame, site) = InternalThrow(code);
        var error = ErrorWithInternalFrame(kind, $"{(kind == ErrorKind.TypeError ? "TypeError" : "Error")} [{code}]", message, frame, site);
        error.CreateDataPropertyOrThrow("code", code);
        // node's error classes print their code in toString too: "Error [CODE]: message".
        _codeToString ??= new NativeFunction(realm, "toString", 0, (self, _) =>
            self.AsObject is JsObject o ? $"{Operations.ToString(o.Get("name"))} [{Operations.ToString(o.Get("code"))}]: {Operations.ToString(o.Get("message"))}" : "");
        error.FastSet("toString", _codeToString, PropertyFlags.Hidden);
        if (path is not null) error.CreateDataPropertyOrThrow("url", new Uri(path).AbsoluteUri);
        return new JsException(error);
    }

    /// <summary>
    /// A module's syntax error as scripts see it (import() rejects with it, require() throws it):
    /// uncaught, node shows the module's file, line and a caret above it.
    /// </summary>
    private JsException ModuleSyntaxError(JsSyntaxError e)
    {
        var lines = (e.SourceCode ?? "").Split('\n');
        string line = e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1].TrimEnd('\r') : "";
        string site = $"{e.Path}:{e.Line}\n{line}\n{new string(' ', Math.Max(0, e.Column - 1))}^\n\n";
        return new JsException(ErrorWithInternalFrame(ErrorKind.SyntaxError, "SyntaxError", e.Message,
            "compileSourceTextModule (node:internal/modules/esm/utils:346:16)", site));
    }

    /// <summary>An error whose stack is "header: message", node's internal frame, then the script's frames (of a require() call, say).</summary>
    private JsError ErrorWithInternalFrame(ErrorKind kind, string header, string message, string frame, string reportedSite)
    {
        var error = (JsError)realm.CreateError(kind, message);
        string captured = error.Get("stack") is { IsString: true } s ? s.String : "";
        int frames = captured.IndexOf("\n    at ", StringComparison.Ordinal);
        error.FastSet("stack", $"{header}: {message}\n    at {frame}{(frames < 0 ? "" : captured[frames..])}", PropertyFlags.Hidden);
        error.ReportedSite = reportedSite;
        return error;
    }

    private NativeFunction? _codeToString;

    /// <summary>Where node 20 throws each loading error: its node:internal frame, and the site it prints uncaught ("" where not kept here).</summary>
    private static (string Frame, string Site) InternalThrow(string code) => code switch
    {
        "ERR_MODULE_NOT_FOUND" => ("finalizeResolution (node:internal/modules/esm/resolve:283:11)",
            "node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n\n"),
        "ERR_REQUIRE_ASYNC_MODULE" => ("ModuleJobSync.runSync (node:internal/modules/esm/module_job:433:13)",
            "node:internal/modules/esm/module_job:433\n      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);\n      ^\n\n"),
        "ERR_UNSUPPORTED_DIR_IMPORT" => ("finalizeResolution (node:internal/modules/esm/resolve:263:11)", ""),
        "ERR_PACKAGE_PATH_NOT_EXPORTED" => ("exportsNotFound (node:internal/modules/esm/resolve:314:10)", ""),
        "ERR_PACKAGE_IMPORT_NOT_DEFINED" => ("importNotDefined (node:internal/modules/esm/resolve:300:10)", ""),
        "ERR_INVALID_MODULE_SPECIFIER" => ("parsePackageName (node:internal/modules/esm/resolve:733:11)", ""),
        _ => ("validateAttributes (node:internal/modules/esm/assert:89:15)", ""),
    };

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
