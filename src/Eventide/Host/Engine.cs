using System.Text;
using Eventide.Compiling;
using Eventide.Parsing;
using Eventide.Runtime;
using Eventide.Vm;

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

    public Engine(EngineOptions? options = null)
    {
        Options = options ?? new EngineOptions();
        Out = Options.Stdout ?? Console.Out;
        Err = Options.Stderr ?? Console.Error;
        Interpreter = new Interpreter(this, CreateCancellation(Options));
        if (Options.Timeline is { } timeline) Timeline = new Timeline(timeline, Out);
        Realm = new Realm(this);
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
    public JsValue Execute(string source, string path = "<anonymous>") => EvaluateScript(Realm, source, path, false);

    /// <summary>
    /// Runs a file the way node runs a CommonJS module: the source is the body of
    /// function (exports, require, module, __filename, __dirname) called with this = module.exports,
    /// so top-level declarations are module locals rather than globals.
    /// </summary>
    public JsValue RunMain(string source, string path)
    {
        var saved = Realm.Current;
        Realm.Current = Realm;
        Timeline?.Note(Loop.Now, $"script: runs {path} to the end (synchronous code)");
        try
        {
            return Modules.RunMain(source, path);
        }
        finally
        {
            Realm.Current = saved;
        }
    }

    private ModuleLoader? _modules;
    /// <summary>CommonJS modules of the main realm (require).</summary>
    internal ModuleLoader Modules => _modules ??= new ModuleLoader(this, Realm);

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
            var ast = ScriptParser.Parse(source, path, strict);
            var compiler = new ScriptCompiler(new SourceText(path, source));
            return compiler.CompileScript(ast);
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
            var ast = ScriptParser.ParseEval(source, strict, site.AllowNewTarget, site.AllowSuperProperty, site.AllowSuperCall);
            return new ScriptCompiler(new SourceText("eval", source)).CompileDirectEval(ast, callSiteScope, strict, site);
        }
        catch (JsSyntaxError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
        catch (CompileError e) { throw new JsException(ErrorKind.SyntaxError, e.Message); }
    }

    /// <summary>The current JavaScript call stack as node prints it under an error message.</summary>
    public string CaptureStackTrace(int maxFrames = 10) => CaptureStackTrace(maxFrames, null, out _);

    /// <summary>
    /// The stack as "    at ..." lines, at most <paramref name="maxFrames"/>. With a script function
    /// <paramref name="skipUntil"/>, frames up to and including its innermost call are left out, and
    /// all of them when it is not on the stack (V8's SKIP_UNTIL_SEEN: an error made by `new MyError`
    /// starts at MyError's caller). <paramref name="top"/> is the first frame reported.
    /// </summary>
    internal string CaptureStackTrace(int maxFrames, JsObject? skipUntil, out Frame? top)
    {
        top = null;
        var f = Interpreter.CurrentFrame;
        if (skipUntil is ScriptFunction target)
        {
            while (f is not null && !ReferenceEquals(f.Function, target)) f = f.Parent;
            f = f?.Parent;
        }
        var sb = new StringBuilder();
        for (int n = 0; f is not null && n < maxFrames; f = f.Parent, n++)
        {
            top ??= f;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append("    at ").Append(DescribeFrame(f));
        }
        return sb.ToString();
    }

    internal static string DescribeFrame(Frame f)
    {
        var t = f.Template;
        string location = "<anonymous>";
        if (t.Source is not null)
        {
            var (line, col) = t.Source.LineColumn(t.OffsetAt(Math.Max(0, f.Pc - 1)));
            location = $"{t.Source.Path}:{line}:{col}";
        }
        if (t.Kind == FunctionKind.Script || t.IsModuleWrapper) return $"Object.<anonymous> ({location})";
        string name = f.Function?.DebugName is { } dn && dn != "anonymous" ? dn : t.Name;
        if (!f.IsConstruct && MethodCallName(f, name) is { } method) return $"{method} ({location})";
        if (string.IsNullOrEmpty(name)) return location;
        if (f.IsConstruct) name = "new " + name;
        return $"{name} ({location})";
    }

    /// <summary>
    /// V8's AppendMethodCall for a frame whose receiver is an object or primitive (not the global
    /// object or undefined): "Type.name", "Type.name [as key]" when found under another key,
    /// "Type.key" or "Type.&lt;anonymous&gt;" for an unnamed function; null for a plain call.
    /// </summary>
    private static string? MethodCallName(Frame f, string functionName)
    {
        var receiver = f.This;
        // An arrow's frame holds its lexical this, not the call's receiver: shown as a plain call.
        if (receiver.IsNullish || receiver.IsHole || f.Function is not { } function || f.Template.IsArrowLike) return null;
        if (receiver.Ref is JsObject ro && ReferenceEquals(ro, f.Realm.GlobalObject)) return null;
        var holder = receiver.Ref as JsObject ?? f.Realm.PrototypeForPrimitive(receiver);
        string typeName = ReceiverTypeName(receiver, holder);
        string? methodName = MethodName(holder, function, functionName);
        if (functionName.Length == 0) return $"{typeName}.{methodName ?? "<anonymous>"}";
        // Accessors ("get x") and symbol-named methods ("[Symbol.iterator]") print without the type.
        bool plainName = !functionName.Contains(' ') && !functionName.StartsWith('[');
        string s = plainName && !functionName.StartsWith(typeName + ".", StringComparison.Ordinal) ? $"{typeName}.{functionName}" : functionName;
        if (methodName is not null && methodName != functionName && !functionName.EndsWith("." + methodName, StringComparison.Ordinal))
            s += $" [as {methodName}]";
        return s;
    }

    /// <summary>JSReceiver::GetConstructorName as V8's frames show it: a class names itself, other functions are "Function".</summary>
    private static string ReceiverTypeName(JsValue receiver, JsObject holder)
    {
        if (receiver.Ref is ScriptFunction { Template.IsClassConstructor: true } cls) return cls.DebugName;
        if (receiver.Ref is FunctionObject) return "Function";
        return Operations.ConstructorNameWithoutSideEffects(holder) is { Length: > 0 } n ? n : holder.ClassName;
    }

    /// <summary>The string key under which the receiver (or its prototypes) holds the function, if one does.</summary>
    private static string? MethodName(JsObject holder, FunctionObject function, string functionName)
    {
        string bare = functionName.StartsWith("get ") || functionName.StartsWith("set ") ? functionName[4..] : functionName;
        if (bare.Length > 0 && Holds(holder, bare, function)) return bare;
        for (JsObject? o = holder; o is not null and not ProxyLike; o = o.GetPrototypeOf())
        {
            int n = o.Shape.Count;
            for (int i = 0; i < n; i++)
                if (o.Shape.KeyAt(i) is { IsString: true } key && SlotHolds(o, i, function)) return key.Name;
        }
        return null;
    }

    private static bool Holds(JsObject holder, string key, FunctionObject function)
    {
        for (JsObject? o = holder; o is not null and not ProxyLike; o = o.GetPrototypeOf())
        {
            int slot = o.Shape.Lookup(key);
            if (slot >= 0) return SlotHolds(o, slot, function);
        }
        return false;
    }

    private static bool SlotHolds(JsObject o, int slot, FunctionObject function) => o.Slots[slot].Ref switch
    {
        Accessor a => ReferenceEquals(a.Getter, function) || ReferenceEquals(a.Setter, function),
        var v => ReferenceEquals(v, function),
    };
}
