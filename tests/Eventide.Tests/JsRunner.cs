using Eventide.Host;
using Eventide.Node;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>Runs scripts on a fresh engine and captures what console.log printed.</summary>
public static class JsRunner
{
    /// <param name="fastLoop">false: every instruction takes the interpreter's general path (EngineOptions.FastLoop).</param>
    public static string Run(string source, bool virtualTime = true, bool fastLoop = true)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var engine = new Engine(new EngineOptions { Stdout = output, Stderr = errors, VirtualTime = virtualTime, FastLoop = fastLoop, Runtime = Node() });
        engine.Execute(source, "test.js");
        engine.RunEventLoop();
        return output.ToString();
    }

    /// <summary>Runs a file as `node FILE` does (a CommonJS module, or an ES module by node's rules) and captures its stdout.</summary>
    /// <remarks>The program reads NAME.stdin beside it as its standard input (node reads it as a file: `node NAME.js &lt; NAME.stdin`), or an empty one.</remarks>
    public static string RunFile(string path, bool fastLoop = true, bool virtualTime = true)
    {
        var output = new StringWriter();
        string stdinPath = Path.ChangeExtension(path, ".stdin");
        using Stream stdin = File.Exists(stdinPath) ? File.OpenRead(stdinPath) : Stream.Null;
        var engine = new Engine(new EngineOptions
        {
            Stdout = output, Stderr = new StringWriter(), VirtualTime = virtualTime, FastLoop = fastLoop, Runtime = Node(stdin),
            // A program waiting on I/O that never comes (a child that hangs) fails instead of hanging the suite.
            TimeLimit = TimeSpan.FromMinutes(2),
        });
        engine.RunMain(File.ReadAllText(path), path);
        engine.RunEventLoop();
        return output.ToString();
    }

    /// <summary>node's runtime with everything granted, as the eventide command runs programs (fork runs the CLI built beside the tests).</summary>
    public static NodeRuntime Node(Stream? stdin = null)
    {
        var runtime = NodeRuntime.ForThisProcess([]);
        runtime.Stdin = stdin;
        runtime.ForkCommand = ForkCommand;
        return runtime;
    }

    /// <summary>child_process.fork's command in tests: the eventide CLI built beside them, run by the dotnet host.</summary>
    public static IReadOnlyList<string> ForkCommand { get; } =
    [
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet",
        Path.Combine(AppContext.BaseDirectory, "eventide.dll"),
    ];

    /// <summary>Evaluates a script and returns its completion value.</summary>
    public static JsValue Eval(string source)
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        return engine.Execute(source, "test.js");
    }

    /// <summary>Runs a script that must throw; returns the thrown error's "name: message".</summary>
    public static string Throws(string source)
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var ex = Assert.Throws<JsException>(() => engine.Execute(source, "test.js"));
        var v = ex.GetValue(engine.Realm);
        return v.AsObject is JsObject o ? $"{Operations.ToString(o.Get("name"))}: {Operations.ToString(o.Get("message"))}" : Operations.ToString(v);
    }
}

/// <summary>Every function the test suite compiles goes through the bytecode verifier.</summary>
internal static class VerifyAllBytecode
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Enable() => Eventide.Compiling.BytecodeVerifier.Enabled = true;
}
