using Eventide.Host;
using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>ES modules an embedding host supplies (EngineOptions.ModuleSource) and imports (Engine.Import).</summary>
public class EmbeddingModulesTests
{
    private static Engine NewEngine(IModuleSource source) =>
        new(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, Stderr = TextWriter.Null, ModuleSource = source, VirtualTime = true });

    /// <summary>A thrown error's property (errors reaching the host already carry their value).</summary>
    private static string Prop(JsException e, string name) => Assert.IsAssignableFrom<JsObject>(e.GetValue(null!).AsObject).Get(name).String;

    private static string Code(JsException e) => Prop(e, "code");

    [Fact]
    public void ImportReturnsTheNamespaceWithLiveBindings()
    {
        var modules = new InMemoryModuleSource()
            .Add("main.js", "import { count, bump } from './lib/counter.js'; bump(); bump(); export const seen = count; export { count, bump };")
            .Add("lib/counter.js", "export let count = 0; export function bump() { count++; }");
        var engine = NewEngine(modules);
        var ns = engine.Import("main.js");
        Assert.Equal(2, ns.Get("seen").Number);
        engine.Invoke(ns.Get("bump"));
        Assert.Equal(3, ns.Get("count").Number);
        Assert.Equal("[object Module]", engine.Evaluate("(ns) => Object.prototype.toString.call(ns)").AsFunction!.Call(JsValue.Undefined, [ns]).String);
        Assert.Same(ns, engine.Import("main.js"));
    }

    [Fact]
    public async Task TopLevelAwaitCompletesTheTaskWhenTheLoopRuns()
    {
        var modules = new InMemoryModuleSource()
            .Add("slow.js", "await new Promise(r => setTimeout(r, 50)); export const ready = 'after the timer';");
        var engine = NewEngine(modules);
        var task = engine.ImportAsync("slow.js");
        Assert.False(task.IsCompleted);
        engine.RunEventLoop();
        var ns = await task;
        Assert.Equal("after the timer", ns.Get("ready").String);
    }

    [Fact]
    public async Task ImportMetaAndDynamicImportUseTheHostsNames()
    {
        var modules = new InMemoryModuleSource()
            .Add("app/main.js", "export const url = import.meta.url; export const other = import.meta.resolve('./data.json'); export const lazy = import('./lazy.js').then(m => m.value);")
            .Add("app/lazy.js", "export const value = 'lazy';")
            .Add("app/data.json", "{\"n\": 7}");
        var engine = NewEngine(modules);
        var ns = engine.Import("app/main.js");
        Assert.Equal("app/main.js", ns.Get("url").String);
        Assert.Equal("app/data.json", ns.Get("other").String);
        var lazy = engine.ToTask(ns.Get("lazy"));
        engine.RunEventLoop();
        Assert.Equal("lazy", (await lazy).String);
        engine.Execute("var fromScript; import('app/data.json', { with: { type: 'json' } }).then(m => fromScript = m.default.n);");
        engine.RunEventLoop();
        Assert.Equal(7, engine.GetValue("fromScript").Number);
    }

    [Fact]
    public void ErrorsReachTheHostAsExceptions()
    {
        var modules = new InMemoryModuleSource()
            .Add("missing.js", "import './nowhere.js';")
            .Add("bad-syntax.js", "export const = 1;")
            .Add("throws.js", "throw new TypeError('at evaluation');")
            .Add("no-export.js", "import { nope } from './empty.js';")
            .Add("empty.js", "");
        var engine = NewEngine(modules);
        Assert.Equal("ERR_MODULE_NOT_FOUND", Code(Assert.ThrowsAny<JsException>(() => engine.Import("missing.js"))));
        Assert.Equal("ERR_MODULE_NOT_FOUND", Code(Assert.ThrowsAny<JsException>(() => engine.Import("unknown.js"))));
        Assert.NotNull(Assert.Throws<JsSyntaxError>(() => engine.Import("bad-syntax.js")));
        var thrown = Assert.ThrowsAny<JsException>(() => engine.Import("throws.js"));
        Assert.Equal("at evaluation", Prop(thrown, "message"));
        var link = Assert.ThrowsAny<JsException>(() => engine.Import("no-export.js"));
        Assert.Contains("does not provide an export named 'nope'", Prop(link, "message"));
    }

    [Fact]
    public void WithoutAModuleSourceTheHostImportsNothing()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        Assert.Throws<InvalidOperationException>(() => engine.Import("x.js"));
    }

    [Fact]
    public void FileSystemSourceStaysInsideItsRoot()
    {
        string dir = Directory.CreateTempSubdirectory("eventide-modules-").FullName;
        try
        {
            string root = Directory.CreateDirectory(Path.Combine(dir, "root")).FullName;
            File.WriteAllText(Path.Combine(dir, "secret.mjs"), "export const secret = 1;");
            File.WriteAllText(Path.Combine(root, "main.mjs"), "import { v } from './sub/v.mjs'; export const value = v; export const file = import.meta.filename;");
            Directory.CreateDirectory(Path.Combine(root, "sub"));
            File.WriteAllText(Path.Combine(root, "sub", "v.mjs"), "export const v = 'inside';");
            File.WriteAllText(Path.Combine(root, "escape.mjs"), "import '../secret.mjs';");
            File.CreateSymbolicLink(Path.Combine(root, "link.mjs"), Path.Combine(dir, "secret.mjs"));
            File.WriteAllText(Path.Combine(root, "via-link.mjs"), "import './link.mjs';");

            var engine = NewEngine(new FileSystemModuleSource(root));
            var ns = engine.Import("main.mjs");
            Assert.Equal("inside", ns.Get("value").String);
            Assert.Equal(Path.Combine(FilePaths.RealPath(root), "main.mjs"), ns.Get("file").String);
            Assert.Equal("ERR_MODULE_NOT_FOUND", Code(Assert.ThrowsAny<JsException>(() => engine.Import("escape.mjs"))));
            Assert.Equal("ERR_MODULE_NOT_FOUND", Code(Assert.ThrowsAny<JsException>(() => engine.Import("via-link.mjs"))));
            Assert.Equal("ERR_MODULE_NOT_FOUND", Code(Assert.ThrowsAny<JsException>(() => engine.Import("/etc/passwd"))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
