using System.Reflection;
using Eventide.Compiling;
using Eventide.Host;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm;

using Eventide.Node.Url;

namespace Eventide.Node.Loading;

/// <summary>
/// CommonJS modules as node loads them: each file is the body of
/// function (exports, require, module, __filename, __dirname), cached by resolved filename
/// (so cycles see the partial exports), resolved like node (exact file, .js, .json, directory
/// with package.json "main" or index.js, node_modules up the tree), plus the built-in modules
/// util, events, timers, timers/promises and assert (JavaScript sources embedded in the library)
/// and path, os and tty (C#, in src/Eventide/Node).
/// </summary>
internal sealed partial class ModuleLoader(Realm realm)
{
    // One built-in a line: each module's work adds its own line.
    internal static readonly string[] BuiltinNames =
    [
        "_http_agent",
        "_http_client",
        "_http_common",
        "_http_incoming",
        "_http_outgoing",
        "_http_server",
        "assert",
        "assert/strict",
        "async_hooks",
        "buffer",
        "child_process",
        "crypto",
        "dns",
        "dns/promises",
        "events",
        "fs",
        "fs/promises",
        "http",
        "module",
        "net",
        "os",
        "path",
        "path/posix",
        "path/win32",
        "perf_hooks",
        "process",
        "querystring",
        "readline",
        "readline/promises",
        "repl",
        "string_decoder",
        "stream",
        "stream/promises",
        "stream/web",
        "timers",
        "timers/promises",
        "tty",
        "url",
        "util",
        "zlib",
    ];
    /// <summary>require.cache (node's Module._cache): modules by filename; scripts may read, delete or replace entries.</summary>
    private readonly JsObject _cache = new(null);
    private readonly Dictionary<string, JsValue> _builtins = new(StringComparer.Ordinal);
    private JsObject? _main;

    /// <summary>Runs the entry file (node's Module.runMain): module.id is ".".</summary>
    public JsValue RunMain(string source, string path)
    {
        path = FilePaths.RealPath(path);
        FunctionTemplate template;
        try
        {
            template = CompileModule(source, path, asSyntaxError: false);
        }
        catch (JsException e) when (!e.HasValue && e.Kind == ErrorKind.RangeError)
        {
            // Nesting too deep to compile: node fails inside its loader, whose frames it prints.
            var error = realm.CreateError(ErrorKind.RangeError, e.ErrorMessage);
            error.FastSet("stack", $"RangeError: {e.ErrorMessage}\n" + MainCompileFrames, PropertyFlags.Hidden);
            throw new JsException(error);
        }
        var module = CreateModule(".", path, parent: null);
        _main = module;
        _cache.Set(path, module, _cache);
        return Run(template, module, path);
    }

    private JsObject CreateModule(string id, string filename, JsObject? parent)
    {
        var module = realm.NewObject();
        module.CreateDataPropertyOrThrow("id", id);
        module.CreateDataPropertyOrThrow("path", Path.GetDirectoryName(filename) ?? ".");
        module.CreateDataPropertyOrThrow("exports", realm.NewObject());
        module.CreateDataPropertyOrThrow("filename", filename);
        module.CreateDataPropertyOrThrow("loaded", false);
        module.CreateDataPropertyOrThrow("children", realm.NewArray());
        if (parent?.Get("children").AsObject is JsArray siblings) siblings.Push(module);
        return module;
    }

    private JsValue Run(FunctionTemplate template, JsObject module, string filename)
    {
        var exports = module.Get("exports");
        var require = CreateRequire(module, filename);
        var wrapper = new ScriptFunction(realm, template, null, null);
        var result = wrapper.Call(exports, [exports, require, module, filename, Path.GetDirectoryName(filename) ?? "."]);
        module.Set("loaded", true, module);
        return result;
    }

    /// <summary>node:module: createRequire(filename or file URL) and the names of the built-in modules.</summary>
    private JsObject CreateModuleBuiltin()
    {
        var exports = realm.NewObject();
        realm.DefineMethod(exports, "createRequire", 1, (_, args) =>
        {
            var arg = args.At(0);
            string? filename = arg.IsString ? arg.String : null;
            if (filename is not null && filename.StartsWith("file://", StringComparison.Ordinal)) filename = FileUrls.ToPath(filename);
            if (filename is null || !Path.IsPathRooted(filename))
                throw CodedErrors.InvalidArgValue(realm, "filename", arg, "must be a file URL object, file URL string, or absolute path string");
            return CreateRequire(CreateModule(filename, filename, null), filename);
        });
        var names = realm.NewArray();
        foreach (var name in BuiltinNames) names.Push(name);
        exports.CreateDataPropertyOrThrow("builtinModules", names);
        realm.DefineMethod(exports, "isBuiltin", 1, (_, args) => args.At(0).IsString && ResolveBuiltin(args.At(0).String) is not null);
        return exports;
    }

    private JsFunction CreateRequire(JsObject module, string filename)
    {
        string dir = Path.GetDirectoryName(filename) ?? ".";
        // node's require is script of its own (node:internal/modules), not a builtin's line on stacks.
        var require = new NativeFunction(realm, "require", 1, (_, args) => Require(Operations.ToString(args.At(0)), dir, module, filename)).HiddenFromStacks();
        realm.DefineMethod(require, "resolve", 1, (_, args) =>
        {
            string request = Operations.ToString(args.At(0));
            return ResolveBuiltin(request) ?? (Resolve(request, dir) is { } found ? FilePaths.RealPath(found) : null) ?? throw NotFound(request, filename);
        });
        if (_main is not null) require.FastSet("main", _main, PropertyFlags.Default);
        require.FastSet("cache", _cache, PropertyFlags.Default);
        return require;
    }

    private JsValue Require(string request, string dir, JsObject? parent, string parentFile)
    {
        if (request.Length == 0) throw CodedErrors.InvalidArgValue(realm, "id", request, "must be a non-empty string");
        // PACKAGE_IMPORTS_RESOLVE: "#name" maps through the package scope's "imports".
        if (request.StartsWith('#'))
            request = PackageExports.ResolveImports(realm.Engine.PackageScopes.Find(dir), request, PackageExports.RequireConditions) ?? throw NotFound(request, parentFile);
        if (ResolveBuiltin(request) is { } builtin) return LoadGrantedBuiltin(builtin);
        string filename = FilePaths.RealPath(Resolve(request, dir) ?? throw NotFound(request, parentFile));
        realm.Engine.Node.CheckPath(realm, filename);
        if (_cache.Get(filename) is { IsObject: true } cached) return cached.Object.Get("exports");
        // require(esm), as node 20.19 and later do it: the ES module's graph runs synchronously.
        bool json = filename.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        string text = File.ReadAllText(filename);
        realm.Engine.Node.Options.ModuleLoaded?.Invoke(filename);
        if (!json && ModuleFormats.IsModuleEntry(filename, text, realm.Engine.PackageScopes)) return realm.Engine.Node.EsResolver.Require(filename, text, parentFile);
        var module = CreateModule(filename, filename, parent);
        _cache.Set(filename, module, _cache);
        try
        {
            if (json)
            {
                var parsed = Operations.Invoke(realm.GlobalObject.Get("JSON"), "parse", [text]);
                module.Set("exports", parsed, module);
                module.Set("loaded", true, module);
            }
            else
            {
                Run(CompileModule(text, filename, asSyntaxError: true), module, filename);
            }
        }
        catch
        {
            _cache.Delete(filename); // node forgets modules that failed to load
            throw;
        }
        return module.Get("exports");
    }

    /// <summary>The global require() of scripts the host runs: relative to the working directory, as node -e's.</summary>
    internal JsValue RequireFromWorkingDirectory(string request) =>
        Require(request, ProcessObject.WorkingDirectory, parent: null, Path.Combine(ProcessObject.WorkingDirectory, "[eval]"));

    /// <summary>"node:x" and the names of built-in modules; null for anything else.</summary>
    internal static string? ResolveBuiltin(string request)
    {
        string name = request.StartsWith("node:", StringComparison.Ordinal) ? request[5..] : request;
        return Array.IndexOf(BuiltinNames, name) >= 0 ? name : null;
    }

    /// <summary>A built-in module a script asked for: only when the runtime grants what it reaches (NodeEngine.CheckBuiltin).</summary>
    internal JsValue LoadGrantedBuiltin(string name)
    {
        realm.Engine.Node.CheckBuiltin(realm, name);
        return LoadBuiltin(name);
    }

    /// <summary>A built-in module's exports (for import from ES modules, and internal/* modules for the web globals).</summary>
    internal JsValue LoadBuiltinExports(string name) => LoadBuiltin(name);

    /// <summary>require() of a resolved CommonJS file from an ES module: cached with the other CommonJS modules.</summary>
    internal JsValue RequireFile(string filename) =>
        Require(filename, Path.GetDirectoryName(filename) ?? ".", parent: null, filename);

    private JsValue LoadBuiltin(string name)
    {
        if (_builtins.TryGetValue(name, out var loaded)) return loaded;
        JsValue exports = name switch
        {
            "process" => realm.GlobalObject.Get("process"),
            "module" => CreateModuleBuiltin(),
            "assert/strict" => LoadBuiltin("assert").AsObject!.Get("strict"),
            "path" => Node.PathModule.Get(realm),
            "path/posix" => Node.PathModule.Get(realm).Get("posix"),
            "path/win32" => Node.PathModule.Get(realm).Get("win32"),
            "os" => Node.OsModule.Create(realm),
            "tty" => Node.TtyModule.Create(realm),
            _ => RunBuiltinSource(name),
        };
        _builtins[name] = exports;
        return exports;
    }

    /// <summary>A built-in module also gets node's process, whether or not the script has one (<see cref="ProcessObject.ForBuiltins"/>).</summary>
    private static readonly string[] BuiltinWrapperParameters = [.. ScriptCompiler.ModuleWrapperParameters, "process"];

    private JsValue RunBuiltinSource(string name)
    {
        string resource = $"Eventide.Modules.{name.Replace('/', '_')}.js";
        using var stream = typeof(ModuleLoader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"built-in module source {resource} is missing");
        string source = new StreamReader(stream).ReadToEnd();
        string filename = $"node:{name}";
        var module = CreateModule(filename, filename, null);
        var exports = module.Get("exports");
        // Built-in modules may require each other and the native part of util.
        var require = new NativeFunction(realm, "require", 1, (_, args) =>
        {
            string request = Operations.ToString(args.At(0));
            // internal/* (native bindings and JavaScript internals) are reachable from built-ins only, never from scripts.
            if (request.StartsWith("internal/", StringComparison.Ordinal)) return InternalBinding(request) ?? LoadBuiltin(request);
            return LoadBuiltin(ResolveBuiltin(request) ?? throw new InvalidOperationException($"built-in {name} requires {request}"));
        }).HiddenFromStacks();
        var wrapper = new ScriptFunction(realm, CompileModule(source, filename, asSyntaxError: false, BuiltinWrapperParameters), null, null);
        _builtins[name] = exports; // cycles between built-ins see the partial exports
        wrapper.Call(exports, [exports, require, module, filename, ".", ProcessObject.ForBuiltins(realm)]);
        return module.Get("exports");
    }

    private readonly Dictionary<string, JsObject> _bindings = new(StringComparer.Ordinal);

    /// <summary>The native halves of built-in modules (node's internalBinding), one per loader.</summary>
    private JsObject? InternalBinding(string name)
    {
        if (_bindings.TryGetValue(name, out var binding)) return binding;
        binding = name switch
        {
            "internal/web_binding" => Node.WebBinding.Get(realm),
            "internal/timers" => Node.TimerFunctions.Functions(realm),
            "internal/url_binding" => Node.Url.UrlBinding.Create(realm),
            "internal/fetch_binding" => Node.Http.FetchBinding.Create(realm),
            "internal/http_head" => Node.Http.HttpHeadParser.Create(realm),
            "internal/child_process" => Node.ChildProcess.ChildProcessBinding.Create(realm),
            "internal/crypto" => Node.Crypto.CryptoBinding.Create(realm),
            "internal/util" => UtilModule.Get(realm),
            "internal/async_context" => AsyncContextModule.Create(realm),
            "internal/fs" => Node.Fs.FsBinding.Create(realm),
            "internal/buffer" => Node.BufferBinding.Create(realm),
            "internal/zlib" => Node.Zlib.ZlibBinding.Create(realm),
            "internal/dns" => Node.Dns.DnsBinding.Create(realm),
            "internal/net" => Node.Net.NetBinding.Create(realm),
            "internal/stdin_binding" => Node.Stdio.StdinBinding.Create(realm),
            "internal/repl_binding" => Node.Repl.ReplBinding.Create(realm),
            _ => null,
        };
        if (binding is null) return null;
        HideFromStacks(binding);
        _bindings[name] = binding;
        return binding;
    }

    /// <summary>A binding's functions are the modules' internals, which node's stacks show as its own script frames: not as builtins' lines.</summary>
    private static void HideFromStacks(JsObject binding)
    {
        for (int i = 0; i < binding.Shape.Count; i++)
            if (binding.Slots[i].RawRef is NativeFunction native) native.HiddenFromStacks();
    }

    /// <summary>node's Module._resolveFilename for paths and packages.</summary>
    private string? Resolve(string request, string fromDir)
    {
        bool isPath = request.StartsWith("./", StringComparison.Ordinal) || request.StartsWith("../", StringComparison.Ordinal)
            || request is "." or ".." || Path.IsPathRooted(request);
        if (isPath) return ResolveFileOrDirectory(Path.GetFullPath(Path.Combine(fromDir, request)));
        var split = PackageExports.SplitRequest(request);
        for (var dir = new DirectoryInfo(fromDir); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "node_modules") continue;
            // LOAD_PACKAGE_EXPORTS: a package with "exports" exposes only what they name.
            if (split is var (name, subpath) && Path.Combine(dir.FullName, "node_modules", name) is var packageDir
                && PackageExports.Read(packageDir) is { } exports)
            {
                string? target = PackageExports.Resolve(packageDir, exports, subpath);
                if (target is null) throw NotExported(packageDir, subpath);
                return ResolveFile(target);
            }
            if (ResolveFileOrDirectory(Path.Combine(dir.FullName, "node_modules", request)) is { } found) return found;
        }
        return null;
    }

    /// <summary>node: ERR_PACKAGE_PATH_NOT_EXPORTED for a subpath the package's "exports" do not name.</summary>
    private JsException NotExported(string packageDir, string subpath)
    {
        string package = Path.Combine(packageDir, "package.json");
        string message = subpath == "." ? $"No \"exports\" main defined in {package}"
            : $"Package subpath '{subpath}' is not defined by \"exports\" in {package}";
        return CodedErrors.Coded(realm, ErrorKind.Error, "ERR_PACKAGE_PATH_NOT_EXPORTED", message);
    }

    private static string? ResolveFileOrDirectory(string path) =>
        ResolveFile(path) ?? ResolveDirectory(path);

    private static string? ResolveFile(string path)
    {
        if (File.Exists(path)) return path;
        if (File.Exists(path + ".js")) return path + ".js";
        if (File.Exists(path + ".json")) return path + ".json";
        return null;
    }

    private static string? ResolveDirectory(string path)
    {
        if (!Directory.Exists(path)) return null;
        string package = Path.Combine(path, "package.json");
        if (File.Exists(package) && ReadMain(package) is { Length: > 0 } main)
        {
            string target = Path.GetFullPath(Path.Combine(path, main));
            if ((ResolveFile(target) ?? ResolveIndex(target)) is { } found) return found;
        }
        return ResolveIndex(path);
    }

    private static string? ResolveIndex(string dir)
    {
        foreach (var index in new[] { "index.js", "index.json" })
        {
            string candidate = Path.Combine(dir, index);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string? ReadMain(string packageJson)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(packageJson));
            return doc.RootElement.TryGetProperty("main", out var main) && main.ValueKind == System.Text.Json.JsonValueKind.String ? main.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>node: "Cannot find module 'x'\nRequire stack:\n- parent", code MODULE_NOT_FOUND.</summary>
    private JsException NotFound(string request, string parentFile)
    {
        var error = realm.CreateError(ErrorKind.Error, $"Cannot find module '{request}'\nRequire stack:\n- {parentFile}");
        error.CreateDataPropertyOrThrow("code", "MODULE_NOT_FOUND");
        var stack = realm.NewArray();
        stack.Push(parentFile);
        error.CreateDataPropertyOrThrow("requireStack", stack);
        return new JsException(error);
    }

    private const string MainCompileFrames =
        "    at wrapSafe (node:internal/modules/cjs/loader:1464:18)\n" +
        "    at Module._compile (node:internal/modules/cjs/loader:1495:20)\n" +
        "    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n" +
        "    at Module.load (node:internal/modules/cjs/loader:1266:32)\n" +
        "    at Module._load (node:internal/modules/cjs/loader:1091:12)\n" +
        "    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n" +
        "    at node:internal/main/run_main_module:28:49";

    private static FunctionTemplate CompileModule(string source, string path, bool asSyntaxError, string[]? parameters = null)
    {
        try
        {
            return CompileStack.Run(source, () => new ScriptCompiler(new SourceText(path, source)).CompileModuleWrapper(ScriptParser.Parse(source, path, strict: false, commonJs: true), parameters));
        }
        catch (CompileError e)
        {
            var (line, col) = new SourceText(path, source).LineColumn(e.Offset);
            if (asSyntaxError) throw new JsException(ErrorKind.SyntaxError, $"{e.Message} ({path}:{line}:{col})");
            throw new JsSyntaxError(e.Message, path, line, col, e.Offset);
        }
        catch (JsSyntaxError e) when (asSyntaxError)
        {
            throw new JsException(ErrorKind.SyntaxError, $"{e.Message} ({path}:{e.Line}:{e.Column})");
        }
    }
}
