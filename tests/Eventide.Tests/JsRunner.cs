using Eventide.Host;
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
        var engine = new Engine(new EngineOptions { Stdout = output, Stderr = errors, VirtualTime = virtualTime, FastLoop = fastLoop });
        engine.Execute(source, "test.js");
        engine.RunEventLoop();
        return output.ToString();
    }

    /// <summary>Runs a file as `node FILE` does (a CommonJS module, or an ES module by node's rules) and captures its stdout.</summary>
    public static string RunFile(string path, bool fastLoop = true, bool virtualTime = true)
    {
        var output = new StringWriter();
        var engine = new Engine(new EngineOptions { Stdout = output, Stderr = new StringWriter(), VirtualTime = virtualTime, FastLoop = fastLoop });
        engine.RunMain(File.ReadAllText(path), path);
        engine.RunEventLoop();
        return output.ToString();
    }

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
