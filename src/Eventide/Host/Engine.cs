using Eventide.Builtins;
using System.Text;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm;
using Eventide.Host;

namespace Eventide;

/// <summary>
/// One JavaScript engine instance: a realm, the interpreter and the host (console, job queue,
/// event loop), sandboxed: scripts see the ECMAScript globals and console, and what the
/// <see cref="EngineOptions.Runtime"/> adds. Independent engines share nothing and may run on different threads.
/// </summary>
public sealed partial class Engine
{
    /// <summary>The options the engine was created with.</summary>
    public EngineOptions Options { get; }
    internal Realm Realm { get; }
    internal Interpreter Interpreter { get; }
    internal TextWriter Out { get; }
    internal TextWriter Err { get; }
    /// <summary>The clocks and random sources scripts read (deterministic with EngineOptions.Deterministic).</summary>
    internal EngineClock Clock { get; }
    /// <summary>The runtime's part of this engine (null: the sandbox alone).</summary>
    internal EngineRuntime? Runtime { get; }

    /// <summary>Writes out what the host's stdout writer buffers (a closed pipe is not the script's error).</summary>
    internal void FlushStdout()
    {
        try { Out.Flush(); }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
    }

    /// <summary>Creates an engine: a realm with the ECMAScript globals and console, and what <see cref="EngineOptions.Runtime"/> grants.</summary>
    public Engine(EngineOptions? options = null)
    {
        Interpreter.WarmUpDispatchLoop();
        Options = options ?? new EngineOptions();
        Out = Options.Stdout ?? Console.Out;
        Err = Options.Stderr ?? Console.Error;
        Interpreter = new Interpreter(this, CreateCancellation(Options, out _timeLimit));
        Clock = new EngineClock(this, Options.Deterministic);
        if (Options.Timeline is not null || Options.TimelineRecording is not null) Timeline = new Timeline(this, Options.Timeline, Options.TimelineRecording);
        Runtime = Options.Runtime?.Attach(this);
        Realm = new Realm(this);
    }

    /// <summary>The token the interpreter polls: the host's token, combined with a timer when TimeLimit is set
    /// (the limit counts from the engine's creation).</summary>
    private static CancellationToken CreateCancellation(EngineOptions options, out CancellationTokenSource? cts)
    {
        cts = null;
        if (options.TimeLimit is not { } limit) return options.CancellationToken;
        cts = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
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
    /// Runs a program's entry file as the engine's runtime runs programs: node runs a CommonJS module
    /// as the body of function (exports, require, module, __filename, __dirname) called with
    /// this = module.exports, and an ES module (.mjs, "type": "module", or ESM syntax) as a module graph.
    /// Needs a runtime (<see cref="EngineOptions.Runtime"/>).
    /// </summary>
    public JsValue RunMain(string source, string path)
    {
        using var entry = Enter();
        var runtime = Runtime ?? throw new InvalidOperationException("RunMain runs a program in a runtime: set EngineOptions.Runtime (e.g. new NodeRuntime { ... }).");
        return runtime.RunMain(source, path);
    }

    /// <summary>13.3.10.1 EvaluateImportCall for import(specifier) in the file at <paramref name="referrer"/> (a path or file URL).</summary>
    internal JsValue ImportDynamically(Realm realm, string referrer, JsValue specifier, JsValue options, ImportPhase phase = ImportPhase.Evaluation)
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
            var modules = EsModulesFor(realm);
            string referrerName = modules.Resolver?.ImportReferrer(referrer) ?? referrer;
            modules.Import(specifierString, attributes, referrerName, capability, phase);
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
    /// <summary>ES modules of the main realm (import): from the host's module source, else the runtime's.</summary>
    internal EsModuleLoader EsModules => _esModules ??= CreateEsModuleLoader();

    /// <summary>The module map of <paramref name="realm"/>: each realm (a ShadowRealm's, $262.createRealm's) loads its own instances.</summary>
    internal EsModuleLoader EsModulesFor(Realm realm) =>
        ReferenceEquals(realm, Realm) ? EsModules : realm.OwnModules ??= CreateEsModuleLoader(realm, EsModules.ChecksImportAttributes);

    private EsModuleLoader CreateEsModuleLoader() => CreateEsModuleLoader(Realm, checksImportAttributes: true);

    private EsModuleLoader CreateEsModuleLoader(Realm realm, bool checksImportAttributes)
    {
        var loader = new EsModuleLoader(this, realm) { ChecksImportAttributes = checksImportAttributes };
        var runtime = Runtime?.CreateModuleResolver(loader);
        loader.Resolver = Options.ModuleSource is { } source ? new HostSourceResolver(loader, source, runtime) : runtime;
        return loader;
    }

    /// <summary>Runs a script in <paramref name="realm"/>. Syntax errors surface as <see cref="JsSyntaxError"/> at top level
    /// and as a JavaScript SyntaxError when code is already running (eval).</summary>
    internal JsValue EvaluateScript(Realm realm, string source, string path, bool strict)
    {
        var template = Compile(source, path, strict, inScript: Interpreter.CurrentFrame is not null);
        var saved = Realm.Enter(realm);
        try
        {
            return Interpreter.RunScript(template, realm);
        }
        finally
        {
            Realm.Restore(saved);
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
            var text = EvalSource(source);
            return CompileStack.Run(source, () => new ScriptCompiler(text).CompileDirectEval(
                ScriptParser.ParseEval(source, strict, site.AllowNewTarget, site.AllowSuperProperty, site.AllowSuperCall), callSiteScope, strict, site));
        }
        catch (JsSyntaxError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
        catch (CompileError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
    }

    /// <summary>Eval code's source, with where the running frame made it (its stack lines show that origin).</summary>
    private SourceText EvalSource(string source) => new("eval", source) { EvalOrigin = CallSite.EvalOriginOf(Interpreter.CurrentFrame) };

    /// <summary>Compiles indirect eval code (19.2.1.1 with direct = false; errors become SyntaxError).</summary>
    internal FunctionTemplate CompileIndirectEval(string source)
    {
        try
        {
            var text = EvalSource(source);
            return CompileStack.Run(source, () => new ScriptCompiler(text).CompileIndirectEval(
                ScriptParser.ParseEval(source, false, false, false, false), false));
        }
        catch (JsSyntaxError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
        catch (CompileError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
    }

    /// <summary>The current JavaScript call stack as node prints it under an error message.</summary>
    internal string CaptureStackTrace(int maxFrames = 10) => CallSite.Format(CaptureCallSites(maxFrames, null));

    /// <summary>
    /// The innermost <paramref name="maxFrames"/> frames of the stack. With a script function
    /// <paramref name="skipUntil"/>, frames up to and including its innermost call are left out, and
    /// all of them when it is not on the stack (V8's SKIP_UNTIL_SEEN: an error made by `new MyError`
    /// starts at MyError's caller).
    /// </summary>
    internal CallSite[] CaptureCallSites(int maxFrames, JsObject? skipUntil) =>
        // A builtin that is not on the stack (an error made from .NET, not by `new Error`) skips nothing.
        CollectCallSites(maxFrames, skipUntil) ?? CollectCallSites(maxFrames, null)!;

    /// <summary><see cref="CaptureCallSites"/>'s walk; null when <paramref name="skipUntil"/> is a builtin the stack is not calling.</summary>
    private CallSite[]? CollectCallSites(int maxFrames, JsObject? skipUntil)
    {
        var sites = new List<CallSite>();
        Frame? bottom = null;
        bool skipping = skipUntil is ScriptFunction or NativeFunction;
        foreach (var (site, frame) in Interpreter.CallSites())
        {
            if (sites.Count >= maxFrames) break;
            if (skipping)
            {
                skipping = !site.IsCallOf(skipUntil!);
                continue;
            }
            if (frame is not null) bottom = frame;
            // Builtins that make errors or stacks are not on them (V8 skips its own error constructor's frame).
            if (site.IsBuiltin && site.Builtin is NativeFunction { HiddenFromStackTraces: true }) continue;
            sites.Add(site);
        }
        if (skipping && skipUntil is NativeFunction) return null;
        if (bottom is { Parent: null } && ResumedPromise(bottom) is { } promise) AddAsyncCallSites(sites, promise, maxFrames);
        return sites.ToArray();
    }

    /// <summary>What a job-resumed frame settles: an async function's promise, an async generator's current request's.</summary>
    private static JsPromise? ResumedPromise(Frame bottom) => bottom.Owner switch
    {
        JsPromise promise => promise, // an async function's frame
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
        while (sites.Count < maxFrames && promise?.OnlyReaction is { } reaction)
        {
            switch (reaction)
            {
                case Frame awaiting: // an async function's await
                    sites.Add(new CallSite(awaiting, isAsync: true));
                    promise = awaiting.Owner as JsPromise;
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
