using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>
/// node's <c>process</c> global, the parts scripts use: nextTick, exit/exitCode, argv, env,
/// platform/version, hrtime, memoryUsage, stdin/stdout/stderr, emitWarning and on('exit' |
/// 'uncaughtException' | 'unhandledRejection' | 'warning'); the operating-system side is in ProcessObject.System.
/// </summary>
internal static partial class ProcessObject
{
    /// <summary>The node version Eventide matches (also printed under uncaught errors).</summary>
    public const string NodeVersion = "v20.20.2";

    public static void Setup(Realm realm)
    {
        var engine = realm.Engine;
        // node's process inherits from a `process` prototype whose own prototype node:events makes EventEmitter.prototype.
        var process = new ProcessInstance(new JsObject(realm.ObjectPrototype));
        realm.GlobalObject.FastSet("process", process, PropertyFlags.Hidden);
        engine.Process = process;

        DefineNextTick(realm, process);
        realm.DefineMethod(process, "exit", 1, (_, args) =>
        {
            int code = args.At(0).IsUndefined ? engine.ExitCode : (int)Operations.ToNumber(args.At(0));
            throw new ProcessExitException(code);
        });
        realm.DefineGetter(process, "exitCode", (_, _) => engine.ExitCodeSet ? engine.ExitCode : JsValue.Undefined,
            (_, args) => { engine.ExitCode = (int)Operations.ToNumber(args.At(0)); engine.ExitCodeSet = true; return JsValue.Undefined; },
            PropertyFlags.Configurable | PropertyFlags.Enumerable);
        SetupEvents(realm, process);
        OriginalCwd.AddOrUpdate(realm, realm.DefineMethod(process, "cwd", 0, (_, _) => WorkingDirectory));
        realm.DefineMethod(process, "uptime", 0, (_, _) => engine.Clock.Elapsed / 1000);
        var hrtime = realm.DefineMethod(process, "hrtime", 1, (_, args) =>
        {
            long ns = engine.Clock.Nanoseconds;
            long sec = ns / 1_000_000_000, nsec = ns % 1_000_000_000;
            if (!args.At(0).IsUndefined)
            {
                if (args.At(0).Ref is not JsArray prev) throw CodedErrors.InvalidArg(realm, "time", "an instance of Array", args.At(0));
                if (prev.Get("length") is var length && !(length.IsNumber && length.Number == 2))
                    throw CodedErrors.OutOfRange(realm, "time", "2", Operations.ToString(length));
                long prevNs = (long)Operations.ToNumber(prev.Get(new PropertyKey(0u))) * 1_000_000_000 + (long)Operations.ToNumber(prev.Get(new PropertyKey(1u)));
                long diff = ns - prevNs;
                sec = diff / 1_000_000_000;
                nsec = diff % 1_000_000_000;
            }
            return realm.NewArray([sec, nsec]);
        });
        realm.DefineMethod(hrtime, "bigint", 0, (_, _) => new JsBigInt(engine.Clock.Nanoseconds));
        var memoryUsage = realm.DefineMethod(process, "memoryUsage", 0, (_, _) =>
        {
            var usage = realm.NewObject();
            long heap = GC.GetTotalMemory(false);
            usage.CreateDataPropertyOrThrow("rss", (double)Environment.WorkingSet);
            usage.CreateDataPropertyOrThrow("heapTotal", (double)GC.GetGCMemoryInfo().HeapSizeBytes);
            usage.CreateDataPropertyOrThrow("heapUsed", (double)heap);
            usage.CreateDataPropertyOrThrow("external", 0);
            usage.CreateDataPropertyOrThrow("arrayBuffers", 0);
            return usage;
        });
        realm.DefineMethod(memoryUsage, "rss", 0, (_, _) => (double)Environment.WorkingSet);

        var argv = realm.NewArray();
        foreach (var a in engine.Node.Options.Arguments) argv.Push(a);
        process.FastSet("argv", argv, PropertyFlags.Default);
        process.FastSet("env", CreateEnv(realm, engine.Node.Options.Environment), PropertyFlags.Default);
        process.FastSet("platform", Platform(), PropertyFlags.Default);
        process.FastSet("arch", Arch(), PropertyFlags.Default);
        process.FastSet("version", NodeVersion, PropertyFlags.Default);
        process.FastSet("versions", CreateVersions(realm), PropertyFlags.Default);
        process.FastSet("pid", Environment.ProcessId, PropertyFlags.Default);
        process.FastSet("title", "eventide", PropertyFlags.Default);
        process.FastSet("stdout", CreateStream(realm, engine, () => engine.Out, 1), PropertyFlags.Default);
        DefineStdin(realm, process);
        process.FastSet("stderr", CreateStream(realm, engine, () => engine.Err, 2), PropertyFlags.Default);
        SetupWarnings(realm, process);
        SetupSystem(realm, process);
    }

    private static string? _workingDirectory;

    /// <summary>The working directory, cached as node caches it (process.chdir refreshes it): asking the system costs a call each time.</summary>
    private static void DefineNextTick(Realm realm, JsObject process) =>
        realm.DefineMethod(process, "nextTick", 1, (_, args) =>
        {
            if (args.At(0).Ref is not JsFunction callback) throw CodedErrors.InvalidArgType(realm, "callback", "function", args.At(0));
            realm.Engine.EnqueueTick(callback, args.Length > 1 ? args[1..].ToArray() : []);
            return JsValue.Undefined;
        });

    internal static string WorkingDirectory
    {
        get => _workingDirectory ??= Environment.CurrentDirectory;
        private set => _workingDirectory = value;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, JsFunction> OriginalCwd = new();

    /// <summary>process.cwd() as path.resolve asks it: a script may have replaced the function.</summary>
    internal static string CurrentDirectory(Realm realm)
    {
        if (realm.GlobalObject.Get("process").AsObject is not { } process) return WorkingDirectory;
        var cwd = process.Get("cwd");
        if (OriginalCwd.TryGetValue(realm, out var original) && ReferenceEquals(cwd.AsFunction, original)) return WorkingDirectory;
        return cwd.AsFunction is { } replaced ? Operations.ToString(replaced.Call(process, [])) : WorkingDirectory;
    }

    /// <summary>
    /// Whether fd 0, 1 or 2 is a terminal (tty.isatty): only when the engine writes to the real console
    /// and that console is not redirected.
    /// </summary>
    internal static bool IsTerminal(Engine engine, int fd) => fd switch
    {
        0 => engine.Node.Options.Stdin is null && !Console.IsInputRedirected,
        1 => (engine.Options.Stdout is null || engine.Node.Options.StdioIsConsole) && !Console.IsOutputRedirected,
        2 => (engine.Options.Stderr is null || engine.Node.Options.StdioIsConsole) && !Console.IsErrorRedirected,
        _ => false,
    };

    /// <summary>
    /// process.stdin, made on first use as node makes it (internal/stdin: a Readable over fd 0), so a
    /// script that never reads its input opens nothing.
    /// </summary>
    private static void DefineStdin(Realm realm, JsObject process)
    {
        var getter = new NativeFunction(realm, "get stdin", 0, (_, _) =>
        {
            var stdin = realm.Engine.Modules.LoadBuiltinExports("internal/stdin");
            process.DefinePropertyOrThrow("stdin", PropertyDescriptor.Data(stdin, PropertyFlags.Default));
            return stdin;
        });
        process.FastSetAccessor("stdin", getter, null, PropertyFlags.Configurable | PropertyFlags.Enumerable);
    }

    private static JsObject CreateStream(Realm realm, Engine engine, Func<TextWriter> writer, int fd)
    {
        var stream = realm.NewObject();
        realm.DefineMethod(stream, "write", 1, (_, args) =>
        {
            writer().Write(Operations.ToString(args.At(0)));
            if (args.At(args.Length - 1).Ref is JsFunction done && args.Length > 1) done.Call(JsValue.Undefined, []);
            return true;
        });
        stream.FastSet("fd", fd, PropertyFlags.Default);
        if (IsTerminal(engine, fd))
        {
            // A terminal's stream (node's tty.WriteStream): isTTY and the window size.
            stream.FastSet("isTTY", true, PropertyFlags.Default);
            stream.FastSet("columns", ConsoleSize(() => Console.WindowWidth), PropertyFlags.Default);
            stream.FastSet("rows", ConsoleSize(() => Console.WindowHeight), PropertyFlags.Default);
        }
        return stream;
    }

    private static int ConsoleSize(Func<int> read)
    {
        try { return read(); }
        catch (IOException) { return 0; }
    }

    /// <summary>process.env: the variables the host passed in (NodeRuntime.Environment), as strings.</summary>
    private static JsObject CreateEnv(Realm realm, IReadOnlyDictionary<string, string> variables)
    {
        var env = realm.NewObject();
        foreach (var (name, value) in variables) env.CreateDataPropertyOrThrow(name, value);
        return env;
    }

    internal static string Platform() =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
}

/// <summary>The process object: node prints it as "process".</summary>
internal sealed class ProcessInstance(JsObject prototype) : JsObject(prototype)
{
    internal override string ClassName => "process";
}

/// <summary>process.exit(code): unwinds everything (no JS catch or finally runs), like node.</summary>
public sealed class ProcessExitException(int code) : UncatchableException($"process.exit({code})")
{
    /// <summary>The exit code process.exit() was called with (or process.exitCode).</summary>
    public int Code { get; } = code;
}
