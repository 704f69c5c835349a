using System.Text;
using Eventide.Host;
using Eventide.Node;
using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Cli;

/// <summary>The eventide command: runs a file as `node FILE.js` would.</summary>
public static class CommandLine
{
    private const int StackSize = 512 * 1024 * 1024;

    /// <summary>
    /// eventide explain FILE [--function NAME] [--bytecode]: generators and async functions as state
    /// machines, or (--bytecode) every function's compiled instructions.
    /// </summary>
    private static int Explain(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, name = null, html = null;
        bool bytecode = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--function" && i + 1 < args.Length) name = args[++i];
            else if (args[i] == "--bytecode") bytecode = true;
            else if (args[i] == "--html" && i + 1 < args.Length) html = args[++i];
            else if (args[i].StartsWith("--html=", StringComparison.Ordinal)) html = args[i]["--html=".Length..];
            else file = args[i];
        }
        if (file is null) { stderr.WriteLine(HelpText.Usage); return 9; }
        string path = Path.GetFullPath(file);
        if (!File.Exists(path)) { stderr.WriteLine($"Error: Cannot find module '{path}'"); return 1; }
        string source = File.ReadAllText(path);
        bool module = Eventide.Node.Loading.ModuleFormats.IsModuleEntry(path, source, new Eventide.Node.Loading.PackageScopes());
        try
        {
            if (html is not null)
            {
                Pictures.StateMachinePage.Write(html, path, Eventide.Compiling.StateMachineGraph.Build(source, path, name, module));
                return 0;
            }
            stdout.Write(bytecode
                ? Eventide.Compiling.StateMachineExplainer.ExplainBytecode(source, path, name, module)
                : Eventide.Compiling.StateMachineExplainer.Explain(source, path, name, module));
            return 0;
        }
        catch (JsSyntaxError e)
        {
            ErrorReporter.ReportSyntaxError(stdout, stderr, source, e);
            return 1;
        }
        catch (MemoryLimitExceededException)
        {
            // node aborts with this message (and SIGABRT's exit status) when the heap limit is hit.
            stdout.Flush();
            stderr.WriteLine("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
            return 134;
        }
    }

    public static int Run(string[] args)
    {
        // The dispatch loop compiles on another core while this process starts the engine.
        Eventide.Vm.Interpreter.WarmUpDispatchLoop();
        int exitCode = 0;
        // A big thread stack: builtins that call back into JS nest .NET frames.
        var thread = new Thread(() => exitCode = RunOnThread(args), StackSize);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private static int RunOnThread(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StdoutFirstWriter(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 1 << 12) { AutoFlush = true }, stdout);
        try
        {
            return Execute(args, stdout, stderr, stdioIsConsole: true);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    /// <summary>Runs the command in-process; <paramref name="timeLimit"/> bounds the run (the fuzz host's hang check).</summary>
    /// <param name="stdioIsConsole">The writers are over this process's own standard output and error (NodeRuntime.StdioIsConsole).</param>
    /// <param name="stdin">Where a script read from stdin comes from (default: this process's standard input).</param>
    public static int Execute(string[] args, TextWriter stdout, TextWriter stderr, TimeSpan? timeLimit = null, bool stdioIsConsole = false, TextReader? stdin = null)
    {
        if (args.Length > 0 && args[0] == "explain") return Explain(args[1..], stdout, stderr);
        var options = new EngineOptions { Stdout = stdout, Stderr = stderr, TimeLimit = timeLimit, FastLoop = Environment.GetEnvironmentVariable("EVENTIDE_FAST_LOOP") != "0" };
        var cli = CliArguments.Parse(args, options, stderr, stdinIsTerminal: stdin is null && !Console.IsInputRedirected);
        if (cli.Error is { } error)
        {
            stderr.WriteLine($"eventide: {error}");
            return 9;
        }
        if (cli.Watch && cli.Entry == EntryKind.File) return new WatchMode(cli, WatchMode.WithoutWatchOptions(args, cli.File!), stdout).Run();
        switch (cli.Entry)
        {
            case EntryKind.Help: stdout.WriteLine(HelpText.Text); return 0;
            case EntryKind.Version: stdout.WriteLine(ErrorReporter.EventideVersion); return 0;
        }
        string source;
        string argv1;
        if (cli.Entry == EntryKind.File)
        {
            string path = Path.GetFullPath(cli.File!);
            if (!File.Exists(path))
            {
                stderr.WriteLine($"Error: Cannot find module '{path}'");
                return 1;
            }
            source = File.ReadAllText(path);
            argv1 = path;
        }
        else
        {
            source = cli.Entry switch
            {
                EntryKind.Eval => cli.Code!,
                EntryKind.Stdin => (stdin ?? new StreamReader(Console.OpenStandardInput())).ReadToEnd(),
                _ => "",
            };
            // node's argv[1] is the first script argument for -e/-p, "-" for stdin named so.
            argv1 = cli.Entry == EntryKind.Stdin && args.Contains("-") ? "-" : "";
        }
        // A program gets what node gives it: every grant, this process's environment and file system.
        var runtime = NodeRuntime.ForThisProcess(argv1.Length > 0
            ? [Environment.ProcessPath ?? "eventide", argv1, .. cli.ScriptArguments]
            : [Environment.ProcessPath ?? "eventide", .. cli.ScriptArguments]);
        runtime.StdioIsConsole = stdioIsConsole;
        // A run under eventide --watch tells the watcher which module files it loaded.
        if (Environment.GetEnvironmentVariable(WatchMode.ReportVariable) is { Length: > 0 } report)
            runtime.ModuleLoaded = loaded => File.AppendAllText(report, loaded + "\n");
        options.Runtime = runtime;
        // A timeline page shows what each job printed.
        if (options.TimelineRecording is { } printing) options.Stdout = new Pictures.RecordingWriter(stdout, printing);
        var engine = new Engine(options);
        if (cli.StackTraceLimit is { } limit) engine.Realm.GlobalObject.Get("Error").AsObject?.Set("stackTraceLimit", limit);
        int code = RunReporting(engine, stdout, stderr, source, () => RunEntry(engine, cli, source, argv1, stdout));
        if (cli.TracePage is { } page && options.TimelineRecording is { } recording) WriteTimeline(page, recording, stderr);
        return code;
    }

    private static void WriteTimeline(string page, TimelineRecording recording, TextWriter stderr)
    {
        try { Pictures.TimelinePage.Write(page, recording); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"eventide: cannot write the timeline to {page}: {e.Message}");
        }
    }

    private static void RunEntry(Engine engine, CliArguments cli, string source, string path, TextWriter stdout)
    {
        switch (cli.Entry)
        {
            case EntryKind.File:
                engine.RunMain(source, path);
                break;
            case EntryKind.Repl:
                Repl.Start(engine);
                break;
            default:
                // -i with -e: node starts the REPL, then runs the code (its output follows the first prompt).
                if (cli.Interactive) Repl.Start(engine);
                string name = cli.Entry == EntryKind.Eval ? "[eval]" : "[stdin]";
                bool module = cli.InputIsModule || (!cli.InputTypeGiven && Eventide.Node.Loading.ModuleFormats.LooksLikeModule(source));
                if (module && cli.Print) throw CodedErrors.Coded(engine.Realm, ErrorKind.Error, "ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input");
                var completion = engine.RunString(source, name, module);
                // node prints it as console.log would: a string as it is, anything else inspected.
                if (cli.Print) stdout.WriteLine(completion.IsString ? completion.String : Inspector.Inspect(engine.Realm, completion));
                break;
        }
        engine.RunEventLoop();
    }

    /// <summary>Runs <paramref name="run"/> and turns its outcome into node's exit code and stderr report.</summary>
    private static int RunReporting(Engine engine, TextWriter stdout, TextWriter stderr, string source, Action run)
    {
        try
        {
            run();
            return engine.ExitCode;
        }
        catch (ProcessExitException e)
        {
            engine.EmitExit(e.Code);
            return e.Code;
        }
        catch (JsSyntaxError e)
        {
            ErrorReporter.ReportSyntaxError(stdout, stderr, source, e);
            return 1;
        }
        catch (MemoryLimitExceededException)
        {
            // node aborts with this message (and SIGABRT's exit status) when the heap limit is hit.
            stdout.Flush();
            stderr.WriteLine("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
            return 134;
        }
        catch (JsException e)
        {
            stdout.Flush();
            ErrorReporter.ReportUncaught(engine, stderr, e);
            return 1;
        }
        catch (Exception e)
        {
            stdout.Flush();
            stderr.WriteLine($"eventide: internal error: {e.GetType().Name}: {e.Message}");
            return 70;
        }
        finally
        {
            Eventide.Node.Stdio.TerminalMode.Restore();
        }
    }
}
