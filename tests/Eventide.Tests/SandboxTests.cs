using Eventide.Host;
using Eventide.Node;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>An engine is sandboxed by default; a NodeRuntime turns on exactly what it grants.</summary>
public class SandboxTests
{
    private static Engine NewEngine(NodeRuntime? runtime = null, StringWriter? output = null) =>
        new(new EngineOptions { Stdout = output ?? TextWriter.Null, Stderr = TextWriter.Null, VirtualTime = true, Runtime = runtime });

    private static string TypeOf(Engine engine, string name) => engine.Evaluate($"typeof {name}").String;

    /// <summary>The own global names a script sees that ECMAScript does not define.</summary>
    private static string[] HostGlobals(Engine engine)
    {
        var names = engine.Evaluate("Object.getOwnPropertyNames(globalThis).join(' ')").String.Split(' ');
        var bare = NewEngine().Evaluate("Object.getOwnPropertyNames(globalThis).join(' ')").String.Split(' ');
        return names.Except(bare).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void ADefaultEngineHasTheEcmaScriptGlobalsAndConsoleOnly()
    {
        var output = new StringWriter();
        var engine = NewEngine(output: output);
        foreach (var name in new[] { "process", "require", "setTimeout", "setImmediate", "queueMicrotask", "fetch", "URL", "Buffer", "global", "module" })
            Assert.Equal("undefined", TypeOf(engine, name));
        engine.Execute("console.log('still logs', { a: [1, 2] }); Promise.resolve(1).then(v => console.log('jobs run', v));");
        engine.RunEventLoop();
        Assert.Equal("still logs { a: [ 1, 2 ] }\njobs run 1\n", output.ToString());
        string globals = engine.Evaluate("Object.getOwnPropertyNames(globalThis).filter(n => !/^[A-Z]/.test(n)).sort().join()").String;
        Assert.Equal("console,decodeURI,decodeURIComponent,encodeURI,encodeURIComponent,escape,eval,globalThis,isFinite,isNaN,parseFloat,parseInt,undefined,unescape", globals);
    }

    [Fact]
    public void ADefaultEngineRunsNoProgramAndImportsNothing()
    {
        var engine = NewEngine();
        Assert.Throws<InvalidOperationException>(() => engine.RunMain("1", "/tmp/x.js"));
        engine.Execute("var code; import('node:fs').catch(e => { code = e.code; }); import('/etc/passwd').catch(e => { code += ' ' + e.code; });");
        engine.RunEventLoop();
        Assert.Equal("ERR_MODULE_NOT_FOUND ERR_MODULE_NOT_FOUND", engine.GetValue("code").String);
    }

    [Fact]
    public void EachGrantTurnsOnExactlyItsGlobals()
    {
        Assert.Equal(["clearImmediate", "clearInterval", "clearTimeout", "global", "queueMicrotask", "setImmediate", "setInterval", "setTimeout"],
            HostGlobals(NewEngine(new NodeRuntime { Grants = NodeGrants.Timers, GlobalRequire = false })));
        Assert.Equal(["global", "process"], HostGlobals(NewEngine(new NodeRuntime { Grants = NodeGrants.Process, GlobalRequire = false })));
        Assert.Equal(["global", "require"], HostGlobals(NewEngine(new NodeRuntime { Grants = NodeGrants.Modules })));
        var web = HostGlobals(NewEngine(new NodeRuntime { Grants = NodeGrants.WebApis }));
        Assert.Contains("URL", web);
        Assert.Contains("TextEncoder", web);
        Assert.Contains("AbortController", web);
        Assert.DoesNotContain("fetch", web);
        Assert.DoesNotContain("setTimeout", web);
        Assert.Contains("fetch", HostGlobals(NewEngine(new NodeRuntime { Grants = NodeGrants.WebApis | NodeGrants.Network })));
    }

    [Fact]
    public void NodesModulesLoadWithoutTheGlobalsTheHostDidNotGrant()
    {
        // Everything but the grants that add globals (timers, web APIs, process): node's own modules
        // must reach what they use through their bindings, not through globals a script may lack.
        var grants = NodeGrants.All & ~(NodeGrants.Timers | NodeGrants.WebApis | NodeGrants.Process);
        var failures = new List<string>();
        foreach (var name in Eventide.Node.Loading.ModuleLoader.BuiltinNames)
        {
            var engine = NewEngine(new NodeRuntime { Grants = grants, GlobalRequire = true });
            engine.Execute($"var failure = ''; try {{ require('node:{name}'); }} catch (e) {{ failure = String(e); }}");
            string failure = engine.GetValue("failure").String;
            if (failure.Contains("is not defined")) failures.Add($"{name}: {failure}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void TimersRunOnlyWhenGranted()
    {
        var output = new StringWriter();
        var engine = NewEngine(new NodeRuntime { Grants = NodeGrants.Timers }, output);
        engine.Execute("setTimeout(() => console.log('later'), 10); setImmediate(() => console.log('soon'));");
        engine.RunEventLoop();
        Assert.Equal("soon\nlater\n", output.ToString());
    }

    [Fact]
    public void ProcessEnvHoldsOnlyWhatTheHostPassed()
    {
        Environment.SetEnvironmentVariable("EVENTIDE_SANDBOX_SECRET", "hunter2");
        try
        {
            var engine = NewEngine(new NodeRuntime
            {
                Grants = NodeGrants.Process,
                Environment = new Dictionary<string, string> { ["MODE"] = "test" },
                Arguments = ["host", "script.js", "--flag"],
            });
            Assert.Equal("{\"MODE\":\"test\"}", engine.Evaluate("JSON.stringify(process.env)").String);
            Assert.Equal("host,script.js,--flag", engine.Evaluate("process.argv.join()").String);
            Assert.Equal("undefined", TypeOf(engine, "setTimeout"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EVENTIDE_SANDBOX_SECRET", null);
        }
    }

    [Fact]
    public void BuiltinsThatReachTheHostNeedTheirGrant()
    {
        var engine = NewEngine(new NodeRuntime { Grants = NodeGrants.Modules });
        Assert.Equal("/", engine.Evaluate("require('path').sep").String);
        Assert.Equal("function", engine.Evaluate("typeof require('events')").String);
        foreach (var (module, permission) in new[] { ("fs", "FileSystem"), ("node:fs/promises", "FileSystem"), ("child_process", "ChildProcesses"), ("net", "Network"), ("http", "Network"), ("os", "Process") })
        {
            var denied = engine.Evaluate($"try {{ require('{module}'); 'loaded' }} catch (e) {{ [e.code, e.permission, e.message].join('|') }}").String;
            Assert.Equal($"ERR_ACCESS_DENIED|{permission}|Access to this API has been restricted", denied);
        }
        engine.Execute("var code; import('node:child_process').catch(e => { code = e.code; });");
        engine.RunEventLoop();
        Assert.Equal("ERR_ACCESS_DENIED", engine.GetValue("code").String);
    }

    [Fact]
    public void FileAccessStaysUnderTheGrantedRoot()
    {
        string dir = Directory.CreateTempSubdirectory("eventide-sandbox").FullName;
        try
        {
            string root = Path.Combine(dir, "root");
            Directory.CreateDirectory(root);
            File.WriteAllText(Path.Combine(root, "inside.txt"), "inside");
            File.WriteAllText(Path.Combine(root, "lib.js"), "module.exports = 'lib';");
            File.WriteAllText(Path.Combine(dir, "secret.txt"), "secret");
            File.CreateSymbolicLink(Path.Combine(root, "link.txt"), Path.Combine(dir, "secret.txt"));
            var engine = NewEngine(new NodeRuntime { Grants = NodeGrants.Modules | NodeGrants.FileSystem, FileSystemRoot = root });
            engine.SetValue("root", root);
            Assert.Equal("inside", engine.Evaluate("require('fs').readFileSync(root + '/inside.txt', 'utf8')").String);
            Assert.Equal("lib", engine.Evaluate("require(root + '/lib.js')").String);
            engine.Execute("require('fs').writeFileSync(root + '/new.txt', 'written')");
            Assert.Equal("written", File.ReadAllText(Path.Combine(root, "new.txt")));
            foreach (var path in new[] { "root + '/../secret.txt'", "root + '/link.txt'", "'/etc/passwd'" })
            {
                var denied = engine.Evaluate($"try {{ require('fs').readFileSync({path}, 'utf8') }} catch (e) {{ e.code }}").String;
                Assert.Equal("ERR_ACCESS_DENIED", denied);
            }
            Assert.Equal("ERR_ACCESS_DENIED", engine.Evaluate("try { require(root + '/../secret.txt') } catch (e) { e.code }").String);
            engine.Execute("var result; require('fs').promises.readFile('/etc/hostname', 'utf8').then(() => { result = 'read' }, e => { result = e.code });");
            engine.RunEventLoop();
            Assert.Equal("ERR_ACCESS_DENIED", engine.GetValue("result").String);

            var noFiles = NewEngine(new NodeRuntime { Grants = NodeGrants.Modules });
            noFiles.SetValue("root", root);
            Assert.Equal("ERR_ACCESS_DENIED", noFiles.Evaluate("try { require(root + '/lib.js') } catch (e) { e.code }").String);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void HostCancellationsRejectWithAnAbortErrorInTheSandbox()
    {
        var engine = NewEngine();
        engine.SetValue("never", (Func<JsValue[], CancellationToken, Task<JsValue>>)((_, _) => Task.FromCanceled<JsValue>(new CancellationToken(canceled: true))));
        engine.Execute("var seen; never().catch(e => { seen = e.name + ': ' + e.message; });");
        engine.RunEventLoop();
        Assert.Equal("AbortError: The operation was aborted", engine.GetValue("seen").String);
    }
}
