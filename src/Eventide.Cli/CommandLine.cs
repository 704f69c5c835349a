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

    private const string Usage = "usage: eventide [--virtual-time] [--trace] [--stack-size=N] [--max-old-space-size=MB] [--no-fast-loop] FILE.js [ARGS...]\n       eventide explain FILE.js [--function NAME] [--bytecode]";

    /// <summary>
    /// eventide explain FILE [--function NAME] [--bytecode]: generators and async functions as state
    /// machines, or (--bytecode) every function's compiled instructions.
    /// </summary>
    private static int Explain(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, name = null;
        bool bytecode = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--function" && i + 1 < args.Length) name = args[++i];
            else if (args[i] == "--bytecode") bytecode = true;
            else file = args[i];
        }
        if (file is null) { stderr.WriteLine(Usage); return 9; }
        string path = Path.GetFullPath(file);
        if (!File.Exists(path)) { stderr.WriteLine($"Error: Cannot find module '{path}'"); return 1; }
        string source = File.ReadAllText(path);
        bool module = Eventide.Node.Loading.ModuleFormats.IsModuleEntry(path, source, new Eventide.Node.Loading.PackageScopes());
        try
        {
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
    public static int Execute(string[] args, TextWriter stdout, TextWriter stderr, TimeSpan? timeLimit = null, bool stdioIsConsole = false)
    {
        if (args.Length > 0 && args[0] == "explain") return Explain(args[1..], stdout, stderr);
        var options = new EngineOptions { Stdout = stdout, Stderr = stderr, TimeLimit = timeLimit, FastLoop = Environment.GetEnvironmentVariable("EVENTIDE_FAST_LOOP") != "0" };
        string? file = null;
        var scriptArgs = new List<string>();
        foreach (var a in args)
        {
            if (file is not null) scriptArgs.Add(a); // everything after the file belongs to the script
            else if (a == "--virtual-time") options.VirtualTime = true;
            else if (a == "--trace") options.Timeline = stderr;
            else if (a == "--no-fast-loop") options.FastLoop = false;
            else if (a.StartsWith("--stack-size=", StringComparison.Ordinal)) options.MaxCallDepth = int.Parse(a["--stack-size=".Length..]);
            // node's heap limit in MB, here the bound on the managed heap (EngineOptions.MemoryLimit).
            else if (a.StartsWith("--max-old-space-size=", StringComparison.Ordinal)) options.MemoryLimit = long.Parse(a["--max-old-space-size=".Length..]) * 1024 * 1024;
            else if (a is "-h" or "--help") { stdout.WriteLine(Usage); return 0; }
            else file = a;
        }
        if (file is null)
        {
            stderr.WriteLine(Usage);
            return 9;
        }
        string path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            stderr.WriteLine($"Error: Cannot find module '{path}'");
            return 1;
        }
        string source = File.ReadAllText(path);
        // A program gets what node gives it: every grant, this process's environment and file system.
        var runtime = NodeRuntime.ForThisProcess([Environment.ProcessPath ?? "eventide", path, .. scriptArgs]);
        runtime.StdioIsConsole = stdioIsConsole;
        options.Runtime = runtime;
        var engine = new Engine(options);
        try
        {
            engine.RunMain(source, path);
            engine.RunEventLoop();
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
