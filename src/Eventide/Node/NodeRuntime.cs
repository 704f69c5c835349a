using Eventide.Host;

namespace Eventide.Node;

/// <summary>
/// node's runtime for an engine: node's globals (process, timers, the web APIs), require and
/// node's built-in modules, ES modules from files, and the host resources the host grants. What is
/// not in <see cref="Grants"/> stays out of reach: a built-in module that needs it throws node's
/// ERR_ACCESS_DENIED, as node's permission model does.
/// </summary>
/// <example>
/// <code>
/// var engine = new Engine(new EngineOptions
/// {
///     Runtime = new NodeRuntime
///     {
///         Grants = NodeGrants.Timers | NodeGrants.Modules | NodeGrants.FileSystem,
///         FileSystemRoot = "/srv/scripts",
///         Environment = new Dictionary&lt;string, string&gt; { ["MODE"] = "test" },
///     },
/// });
/// </code>
/// </example>
public sealed class NodeRuntime : RuntimeProfile
{
    /// <summary>What scripts may use (by default: timers, the web APIs and the built-in modules that reach nothing of the host).</summary>
    public NodeGrants Grants { get; set; } = NodeGrants.Timers | NodeGrants.WebApis | NodeGrants.Modules;

    /// <summary>process.env: only these variables (none by default; <see cref="ForThisProcess"/> passes the process's own).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; set; } = new Dictionary<string, string>();

    /// <summary>process.argv: by node's convention the runtime's path, then the script's, then its arguments.</summary>
    public IReadOnlyList<string> Arguments { get; set; } = [];

    /// <summary>The directory fs and module loading may reach, with everything below it (null: the whole file system); needs <see cref="NodeGrants.FileSystem"/>.</summary>
    public string? FileSystemRoot { get; set; }

    /// <summary>What process.stdin and fs.readFileSync(0) read (the process's standard input by default); a FileStream reads as node reads a file.</summary>
    public Stream? Stdin { get; set; }

    /// <summary>
    /// The engine's Stdout and Stderr writers are over this process's own standard output and error (the CLI's
    /// buffered writers): process.stdout.isTTY and tty.isatty then tell whether those are terminals.
    /// </summary>
    internal bool StdioIsConsole { get; set; }

    /// <summary>Told the path of every module file the program loads (require or import): eventide --watch watches them.</summary>
    internal Action<string>? ModuleLoaded { get; set; }

    /// <summary>
    /// The command that runs another eventide for child_process.fork: the program and the arguments
    /// before the module's path (null: this process's own executable, with the entry assembly when it runs under dotnet).
    /// </summary>
    public IReadOnlyList<string>? ForkCommand { get; set; }

    /// <summary>A global require() for scripts the host runs (as node -e and the REPL have; needs <see cref="NodeGrants.Modules"/>). A program's modules have their own.</summary>
    public bool GlobalRequire { get; set; } = true;

    /// <summary>Everything node gives a program: every grant, this process's environment variables and the whole file system (what the eventide command runs scripts with).</summary>
    public static NodeRuntime ForThisProcess(IReadOnlyList<string> arguments) => new()
    {
        Grants = NodeGrants.All,
        GlobalRequire = false,
        Arguments = arguments,
        Environment = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? ""),
    };

    internal override EngineRuntime Attach(Engine engine) => new NodeEngine(engine, this);
}

/// <summary>What a <see cref="NodeRuntime"/> lets scripts reach.</summary>
[Flags]
public enum NodeGrants
{
    /// <summary>Only the ECMAScript globals and console.</summary>
    None = 0,
    /// <summary>setTimeout, setInterval, setImmediate, queueMicrotask and their clear functions; node:timers.</summary>
    Timers = 1,
    /// <summary>The web APIs that reach nothing outside the engine: URL, TextEncoder/TextDecoder, EventTarget, AbortController, structuredClone, atob/btoa, performance, the WHATWG streams, Blob, Headers/Request/Response.</summary>
    WebApis = 2,
    /// <summary>require() and import of node's built-in modules that reach nothing of the host (events, util, path, buffer, stream, assert, url, zlib...).</summary>
    Modules = 4,
    /// <summary>The process global: argv, env (<see cref="NodeRuntime.Environment"/> only), exit codes, events, stdin/stdout/stderr, cwd; node:os.</summary>
    Process = 8,
    /// <summary>fs and fs/promises, and CommonJS and ES modules loaded from files (under <see cref="NodeRuntime.FileSystemRoot"/>).</summary>
    FileSystem = 16,
    /// <summary>net, http, dns and fetch.</summary>
    Network = 32,
    /// <summary>child_process.</summary>
    ChildProcesses = 64,
    /// <summary>Everything: what node gives a program.</summary>
    All = Timers | WebApis | Modules | Process | FileSystem | Network | ChildProcesses,
}
