using Eventide.Builtins;
using Eventide.Host;
using Eventide.Node.Loading;
using Eventide.Runtime;

namespace Eventide.Node;

/// <summary>
/// node's runtime in one engine: the globals a <see cref="NodeRuntime"/> grants, its CommonJS and
/// ES module loading, the standard input, and the checks that keep ungranted host resources out of reach.
/// </summary>
internal sealed class NodeEngine(Engine engine, NodeRuntime options) : EngineRuntime
{
    public NodeRuntime Options { get; } = options;
    private readonly string? _root = options.FileSystemRoot is { } root ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) : null;

    private ModuleLoader? _modules;
    /// <summary>CommonJS modules of the main realm (require).</summary>
    public ModuleLoader Modules => _modules ??= new ModuleLoader(engine.Realm);

    /// <summary>The package.json scopes module loading has looked up (read once per directory).</summary>
    public PackageScopes PackageScopes { get; } = new();

    private Stdio.StandardInput? _standardInput;
    /// <summary>The standard input process.stdin and fs read, opened on first use.</summary>
    public Stdio.StandardInput StandardInput => _standardInput ??= new Stdio.StandardInput(engine);

    private NodeModuleResolver? _esResolver;
    /// <summary>The ES module resolver of the main realm (node's files).</summary>
    public NodeModuleResolver EsResolver
    {
        get
        {
            _ = engine.EsModules; // made with the engine's module loader
            return _esResolver!;
        }
    }

    public bool Grants(NodeGrants grant) => (Options.Grants & grant) == grant;

    internal override void InstallGlobals(Realm realm)
    {
        // node's `global` alias of globalThis (enumerable, as node defines it) and the tag that makes it print as "Object [global]".
        realm.GlobalObject.FastSet("global", realm.GlobalObject, PropertyFlags.Default);
        realm.GlobalObject.FastSet(WellKnownSymbols.ToStringTag, "global", PropertyFlags.Configurable);
        if (Grants(NodeGrants.Timers)) TimerFunctions.Setup(realm);
        if (Grants(NodeGrants.Process)) ProcessObject.Setup(realm);
        if (Grants(NodeGrants.WebApis)) WebGlobals.Setup(realm, network: Grants(NodeGrants.Network));
        if (Grants(NodeGrants.Modules) && Options.GlobalRequire)
        {
            // As in node -e and the REPL: require() relative to the working directory.
            realm.DefineMethod(realm.GlobalObject, "require", 1, (_, args) => Modules.RequireFromWorkingDirectory(Operations.ToString(args.At(0))));
        }
    }

    /// <summary>node's aborted operations reject with a DOMException named AbortError.</summary>
    internal override JsValue? CreateAbortError(Realm realm)
    {
        var domException = Modules.LoadBuiltinExports("internal/dom_exception").Object.Get("DOMException");
        return Operations.Construct(domException, ["The operation was aborted", "AbortError"]);
    }

    internal override bool DefinesLazyGlobal(string name) => WebGlobals.Defines(name);

    internal override ModuleResolver CreateModuleResolver(EsModuleLoader loader)
    {
        if (ReferenceEquals(loader.Realm, engine.Realm)) return _esResolver = new NodeModuleResolver(loader, Modules, PackageScopes);
        // Another realm (a ShadowRealm's) loads its own instances, CommonJS and built-ins included, under the main realm's rules.
        return new NodeModuleResolver(loader, new ModuleLoader(loader.Realm), PackageScopes) { JsFilesAreModules = EsResolver.JsFilesAreModules };
    }

    internal override JsValue RunMain(string source, string path)
    {
        // node knows the entry by its real file (node_modules/.bin/x links into the package).
        if (File.Exists(path)) path = FilePaths.RealPath(path);
        AdoptInheritedChannel();
        if (!ModuleFormats.IsModuleEntry(path, source, PackageScopes))
        {
            engine.Timeline?.ScriptStarts(engine.Loop.Now, "script", path, $"runs {path} to the end (synchronous code)");
            return Modules.RunMain(source, path);
        }
        engine.Timeline?.ScriptStarts(engine.Loop.Now, "module", path, $"loads and links {path} with its imports, then evaluates them (synchronous code, up to a top-level await)");
        EsResolver.RunMain(source, path);
        return JsValue.Undefined;
    }

    /// <summary>A child forked by child_process.fork: its end of the IPC channel becomes process.send and 'message'.</summary>
    private void AdoptInheritedChannel()
    {
        if (ChildProcess.IpcChannel.TakeInherited(engine.Realm) is not { } channel) return;
        var setup = Modules.LoadBuiltinExports("internal/ipc").AsObject?.Get("setupChild").AsFunction;
        setup?.Call(JsValue.Undefined, [channel.ToJs()]);
    }

    /// <summary>What a built-in module needs granted (Modules for every one), checked when a script requires or imports it.</summary>
    public void CheckBuiltin(Realm realm, string name)
    {
        var needed = name switch
        {
            "fs" or "fs/promises" => NodeGrants.FileSystem,
            "net" or "http" or "dns" or "dns/promises" or "_http_agent" or "_http_client" or "_http_server" => NodeGrants.Network,
            "child_process" => NodeGrants.ChildProcesses,
            "os" or "process" => NodeGrants.Process,
            "timers" or "timers/promises" => NodeGrants.Timers,
            _ => NodeGrants.None,
        };
        if (!Grants(NodeGrants.Modules | needed)) throw AccessDenied(realm, needed == NodeGrants.None ? NodeGrants.Modules : needed, $"node:{name}");
    }

    /// <summary>A file a script reads, writes or loads as a module: it needs FileSystem, and must be under the root when there is one.</summary>
    public void CheckPath(Realm realm, string path)
    {
        if (!Grants(NodeGrants.FileSystem)) throw AccessDenied(realm, NodeGrants.FileSystem, path);
        if (_root is null) return;
        // Links are followed first, so that none leads outside the root.
        string full = FilePaths.RealPath(Path.GetFullPath(path, ProcessObject.WorkingDirectory));
        if (full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return;
        throw AccessDenied(realm, NodeGrants.FileSystem, full);
    }

    /// <summary>node's permission model error: "Access to this API has been restricted", code ERR_ACCESS_DENIED, with the permission and resource.</summary>
    private static JsException AccessDenied(Realm realm, NodeGrants permission, string resource)
    {
        var error = realm.CreateError(ErrorKind.Error, "Access to this API has been restricted");
        error.CreateDataPropertyOrThrow("code", "ERR_ACCESS_DENIED");
        error.CreateDataPropertyOrThrow("permission", permission.ToString());
        error.CreateDataPropertyOrThrow("resource", resource);
        return new JsException(error);
    }
}

/// <summary>The node runtime's per-engine state, reached from an engine.</summary>
internal static class NodeEngineAccess
{
    extension(Engine engine)
    {
        /// <summary>The engine's node runtime (the engine was created with a <see cref="NodeRuntime"/>).</summary>
        internal NodeEngine Node => engine.Runtime as NodeEngine
            ?? throw new InvalidOperationException("This engine has no node runtime: create it with EngineOptions.Runtime = new NodeRuntime { ... }.");

        /// <summary>CommonJS modules of the main realm (require).</summary>
        internal ModuleLoader Modules => engine.Node.Modules;

        /// <summary>The package.json scopes module loading has looked up.</summary>
        internal PackageScopes PackageScopes => engine.Node.PackageScopes;

        /// <summary>The standard input process.stdin and fs read.</summary>
        internal Stdio.StandardInput StandardInput => engine.Node.StandardInput;
    }
}
