using Eventide.Builtins;
using System.Text;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm;

using Eventide.Node.Url;

namespace Eventide.Host;

/// <summary>
/// One JavaScript engine instance: a realm, the interpreter and the host (console, job queue,
/// event loop). Independent engines share nothing and may run on different threads.
/// </summary>
public sealed partial class Engine
{
    public EngineOptions Options { get; }
    public Realm Realm { get; }
    internal Interpreter Interpreter { get; }
    public TextWriter Out { get; }
    public TextWriter Err { get; }
    private Node.Stdio.StandardInput? _standardInput;
    /// <summary>The standard input process.stdin and fs read, opened on first use.</summary>
    internal Node.Stdio.StandardInput StandardInput => _standardInput ??= new Node.Stdio.StandardInput(this);

    /// <summary>Writes out what the host's stdout writer buffers (a closed pipe is not the script's error).</summary>
    internal void FlushStdout()
    {
        try { Out.Flush(); }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
    }

    public Engine(EngineOptions? options = null)
    {
        Options = options ?? new EngineOptions();
        Out = Options.Stdout ?? Console.Out;
        Err = Options.Stderr ?? Console.Error;
        Interpreter = new Interpreter(this, CreateCancellation(Options));
        if (Options.Timeline is { } timeline) Timeline = new Timeline(timeline, Out);
        Realm = new Realm(this);
    }

    /// <summary>A child forked by child_process.fork: its end of the IPC channel becomes process.send and 'message'.</summary>
    private void AdoptInheritedChannel()
    {
        if (Node.ChildProcess.IpcChannel.TakeInherited(Realm) is not { } channel) return;
        var setup = Modules.LoadBuiltinExports("internal/ipc").AsObject?.Get("setupChild").AsFunction;
        setup?.Call(JsValue.Undefined, [channel.ToJs()]);
    }

    /// <summary>The token the interpreter polls: the host's token, combined with a timer when TimeLimit is set
    /// (the limit counts from the engine's creation).</summary>
    private static CancellationToken CreateCancellation(EngineOptions options)
    {
        if (options.TimeLimit is not { } limit) return options.CancellationToken;
        var cts = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        cts.CancelAfter(limit);
        return cts.Token;
    }

    /// <summary>Parses, compiles and runs a script in the main realm; returns its completion value.</summary>
    public JsValue Execute(string source, string path = "<anonymous>")
    {
        using var entry = Enter();
        return EvaluateScript(Realm, source, path, false);
    }

    /// <summary>
    /// Runs a file the way node runs a CommonJS module: the source is the body of
    /// function (exports, require, module, __filename, __dirname) called with this = module.exports,
    /// so top-level declarations are module locals rather than globals.
    /// </summary>
    public JsValue RunMain(string source, string path)
    {
        using var entry = Enter();
        // node knows the entry by its real file (node_modules/.bin/x links into the package).
        if (File.Exists(path)) path = ModuleLoader.RealPath(path);
        AdoptInheritedChannel();
        if (!EsModuleLoader.IsModuleEntry(path, source, PackageScopes))
        {
            Timeline?.Note(Loop.Now, $"script: runs {path} to the end (synchronous code)");
            return Modules.RunMain(source, path);
        }
        Timeline?.Note(Loop.Now, $"module: loads and links {path} with its imports, then evaluates them (synchronous code, up to a top-level await)");
        EsModules.RunMain(source, path);
        return JsValue.Undefined;
    }

    /// <summary>13.3.10.1 EvaluateImportCall for import(specifier) in the file at <paramref name="referrer"/> (a path or file URL).</summary>
    internal JsValue ImportDynamically(Realm realm, string referrer, JsValue specifier, JsValue options)
    {
        // 9. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(realm);
        try
        {
            // 10. Let specifierString be Completion(ToString(specifier)); 11. IfAbruptRejectPromise.
            string specifierString = Operations.ToString(specifier);
            // 12. The import attributes of options.with (V8 in node 20 still falls back to options.assert).
            var attributes = ImportAttributesOf(options);
            // File URLs become paths for node's resolution; a host's module source knows its own names.
            string referrerPath = Options.ModuleSource is null && referrer.StartsWith("file://", StringComparison.Ordinal) ? FileUrls.ToPath(referrer)! : referrer;
            EsModules.Import(specifierString, attributes, referrerPath, capability);
        }
        catch (JsException e)
        {
            capability.CallReject(e.GetValue(realm));
        }
        // 18. Return promiseCapability.[[Promise]].
        return capability.Promise;
    }

    /// <summary>import()'s second argument: the own enumerable string-valued properties of options.with (or options.assert), with V8's messages.</summary>
    private static List<KeyValuePair<string, string>> ImportAttributesOf(JsValue options)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        if (options.IsUndefined) return attributes;
        if (options.AsObject is not JsObject optionsObject)
            throw new JsException(ErrorKind.TypeError, "The second argument to import() must be an object");
        var with = optionsObject.Get("with");
        if (with.IsUndefined) with = optionsObject.Get("assert");
        if (with.IsUndefined) return attributes;
        if (with.AsObject is not JsObject withObject)
            throw new JsException(ErrorKind.TypeError, "The 'assert' option must be an object");
        foreach (var key in withObject.OwnPropertyKeys())
        {
            if (!key.IsString || !withObject.GetOwnProperty(key, out var d) || !d.Enumerable) continue;
            var value = withObject.Get(key);
            if (!value.IsString) throw new JsException(ErrorKind.TypeError, "Import assertion value must be a string");
            attributes.Add(new(key.Name, value.String));
        }
        return attributes;
    }

    private EsModuleLoader? _esModules;
    /// <summary>ES modules of the main realm (import).</summary>
    internal EsModuleLoader EsModules => _esModules ??= new EsModuleLoader(this, Realm, Modules);

    /// <summary>The package.json scopes module loading has looked up (read once per directory).</summary>
    internal PackageScopes PackageScopes { get; } = new();

    private ModuleLoader? _modules;
    /// <summary>CommonJS modules of the main realm (require).</summary>
    internal ModuleLoader Modules => _modules ??= new ModuleLoader(Realm);

    /// <summary>Runs a script in <paramref name="realm"/>. Syntax errors surface as <see cref="JsSyntaxError"/> at top level
    /// and as a JavaScript SyntaxError when code is already running (eval).</summary>
    internal JsValue EvaluateScript(Realm realm, string source, string path, bool strict)
    {
        var template = Compile(source, path, strict, inScript: Interpreter.CurrentFrame is not null);
        var saved = Realm.Current;
        Realm.Current = realm;
        try
        {
            return Interpreter.RunScript(template, realm);
        }
        finally
        {
            Realm.Current = saved;
        }
    }

    /// <summary>Compiles a script. Errors become a JS SyntaxError when raised from running code.</summary>
    internal FunctionTemplate Compile(string source, string path, bool strict, bool inScript)
    {
        try
        {
            return CompileStack.Run(source, () => new ScriptCompiler(new SourceText(path, source)).CompileScript(ScriptParser.Parse(source, path, strict)));
        }
        catch (JsSyntaxError e) when (inScript)
        {
            throw new JsException(ErrorKind.SyntaxError, e.Message);
        }
        catch (CompileError e)
        {
            if (inScript) throw new JsException(ErrorKind.SyntaxError, e.Message);
            var (line, col) = new SourceText(path, source).LineColumn(e.Offset);
            throw new JsSyntaxError(e.Message, path, line, col, e.Offset);
        }
    }

    /// <summary>Compiles direct eval code against the scope of its call site (errors become SyntaxError).</summary>
    internal FunctionTemplate CompileDirectEval(string source, Scope callSiteScope, bool strict, EvalSite site)
    {
        try
        {
            return CompileStack.Run(source, () => new ScriptCompiler(new SourceText("eval", source)).CompileDirectEval(
                ScriptParser.ParseEval(source, strict, site.AllowNewTarget, site.AllowSuperProperty, site.AllowSuperCall), callSiteScope, strict, site));
        }
        catch (JsSyntaxError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
        catch (CompileError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
    }

    /// <summary>The current JavaScript call stack as node prints it under an error message.</summary>
    public string CaptureStackTrace(int maxFrames = 10) => CallSite.Format(CaptureCallSites(maxFrames, null));

    /// <summary>
    /// The innermost <paramref name="maxFrames"/> frames of the stack. With a script function
    /// <paramref name="skipUntil"/>, frames up to and including its innermost call are left out, and
    /// all of them when it is not on the stack (V8's SKIP_UNTIL_SEEN: an error made by `new MyError`
    /// starts at MyError's caller).
    /// </summary>
    internal CallSite[] CaptureCallSites(int maxFrames, JsObject? skipUntil)
    {
        var f = Interpreter.CurrentFrame;
        if (skipUntil is ScriptFunction target)
        {
            while (f is not null && !ReferenceEquals(f.Function, target)) f = f.Parent;
            f = f?.Parent;
        }
        var sites = new List<CallSite>();
        Frame? bottom = null;
        for (; f is not null && sites.Count < maxFrames; f = f.Parent) sites.Add(new CallSite(bottom = f));
        if (bottom is { Parent: null } && ResumedPromise(bottom) is { } promise) AddAsyncCallSites(sites, promise, maxFrames);
        return sites.ToArray();
    }

    /// <summary>What a job-resumed frame settles: an async function's promise, an async generator's current request's.</summary>
    private static JsPromise? ResumedPromise(Frame bottom) => bottom.Owner switch
    {
        AsyncFunctionActivation activation => activation.Promise,
        AsyncGeneratorObject { Queue.Count: > 0 } generator => generator.Queue.Peek().Capability.Promise as JsPromise,
        _ => null,
    };

    /// <summary>
    /// V8's async stack trace: from an async function or generator resumed by a job, the chain of what waits on
    /// its promise (the promise's only reaction), innermost first: an awaiting async function as
    /// "at async f", a Promise.all/allSettled/any element as "at async Promise.all (index i)", and
    /// through then() to the promise it returned (or the promise it resolves, for a promise resolved with a promise).
    /// </summary>
    private static void AddAsyncCallSites(List<CallSite> sites, JsPromise? promise, int maxFrames)
    {
        while (sites.Count < maxFrames && promise is { State: PromiseState.Pending, FirstReaction: { } reaction, MoreReactions: null })
        {
            switch (reaction)
            {
                case AsyncFunctionActivation awaiting:
                    sites.Add(new CallSite(awaiting.Frame, isAsync: true));
                    promise = awaiting.Promise;
                    break;
                case ThenReaction then:
                    promise = then.ResolvedPromise ?? then.DerivedPromise;
                    break;
                default:
                    if (!PromiseCombinators.IsElementReaction(reaction, out var method, out int index, out var combined)) return;
                    sites.Add(CallSite.PromiseCombinator(method, index));
                    promise = combined;
                    break;
            }
        }
    }
}
