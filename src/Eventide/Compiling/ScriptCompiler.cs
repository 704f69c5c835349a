using Acornima.Ast;
using Eventide.Runtime;
using Eventide.Vm.Modules;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>Compiles a parsed script: the top-level code and, on demand, every nested function.</summary>
internal sealed class ScriptCompiler
{
    internal ScopeAnalyzer Analyzer { get; } = new();
    internal SourceText Source { get; }
    internal HashSet<string> GlobalLexicalNames { get; } = new();
    /// <summary>Every function compiled, with its node (for tools such as explain).</summary>
    public List<(Node Node, FunctionTemplate Template)> Compiled { get; } = new();

    public ScriptCompiler(SourceText source) { Source = source; }

    /// <summary>Compiles a whole script (16.1.6 ScriptEvaluation's code part).</summary>
    public FunctionTemplate CompileScript(Script script)
    {
        var scope = Analyzer.AnalyzeScript(script);
        var info = Analyzer.Functions[script];
        var decls = CollectGlobalDeclarations(script);
        foreach (var n in decls.LexicalNames) GlobalLexicalNames.Add(n);

        var template = new FunctionTemplate { Name = "", Kind = FunctionKind.Script, Strict = script.Strict };
        var fc = new FunctionCompiler(this, info, template, scope);
        return fc.CompileScriptBody(script, decls);
    }

    private GlobalDeclarations CollectGlobalDeclarations(Script script)
    {
        var vars = new List<string>();
        var lex = new List<string>();
        var isConst = new List<bool>();
        var funcs = new List<(string, FunctionTemplate)>();
        foreach (var st in script.Body)
        {
            switch (st)
            {
                case VariableDeclaration { Kind: VariableDeclarationKind.Let or VariableDeclarationKind.Const } vd:
                    foreach (var d in vd.Declarations)
                    {
                        var names = new List<Identifier>();
                        ScopeAnalyzer.CollectBoundNames(d.Id, names);
                        foreach (var n in names) { lex.Add(n.Name); isConst.Add(vd.Kind == VariableDeclarationKind.Const); }
                    }
                    break;
                case ClassDeclaration { Id: not null } cd:
                    lex.Add(cd.Id.Name);
                    isConst.Add(false);
                    break;
            }
        }
        CollectVarNames(script, vars, topLevel: true, annexB: !script.Strict);
        return new GlobalDeclarations
        {
            VarNames = vars.Distinct().ToArray(),
            LexicalNames = lex.ToArray(),
            LexicalIsConst = isConst.ToArray(),
            Functions = funcs.ToArray(),
        };
    }

    private static void CollectVarNames(Node node, List<string> vars, bool topLevel, bool annexB)
    {
        CompileStack.EnsureSufficient();
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case VariableDeclaration { Kind: VariableDeclarationKind.Var } vd:
                    foreach (var d in vd.Declarations)
                    {
                        var names = new List<Identifier>();
                        ScopeAnalyzer.CollectBoundNames(d.Id, names);
                        foreach (var n in names) vars.Add(n.Name);
                    }
                    break;
                case FunctionDeclaration fd:
                    if (annexB && fd.Id is not null && !topLevel && !fd.Async && !fd.Generator) vars.Add(fd.Id.Name); // Annex B.3.3, sloppy code only
                    break;
                case FunctionExpression or ArrowFunctionExpression or ClassDeclaration or ClassExpression:
                    break;
                case Expression:
                    break;
                default:
                    CollectVarNames(child, vars, false, annexB);
                    break;
            }
        }
    }

    /// <summary>
    /// Compiles the source of 20.2.1.1.1 CreateDynamicFunction, a script holding one parenthesized
    /// function expression whose name "anonymous" is not bound inside it.
    /// </summary>
    public FunctionTemplate CompileDynamicFunction(Script script, Node function)
    {
        Analyzer.DynamicFunction = function;
        return CompileScript(script);
    }

    /// <summary>The parameters node wraps every CommonJS module in.</summary>
    public static readonly string[] ModuleWrapperParameters = ["exports", "require", "module", "__filename", "__dirname"];

    /// <summary>Compiles a file as node does: the body of function (exports, require, module, __filename, __dirname),
    /// or of a function of <paramref name="parameters"/> (node's built-in modules get more).</summary>
    public FunctionTemplate CompileModuleWrapper(Script script, string[]? parameters = null)
    {
        parameters ??= ModuleWrapperParameters;
        var info = Analyzer.AnalyzeModuleWrapper(script, parameters);
        var scope = Analyzer.Scopes[script];
        var template = new FunctionTemplate { Name = "", Kind = FunctionKind.Normal, IsModuleWrapper = true };
        var fc = new FunctionCompiler(this, info, template, scope);
        return fc.CompileFunction(script, parameters.Select(n => (Node)new Identifier(n)).ToList(), script);
    }

    /// <summary>The module being compiled (import.meta refers to it); null for scripts.</summary>
    internal ModuleSite? Module { get; private set; }

    /// <summary>
    /// Compiles an ES module's code as a generator function (an async generator when it has
    /// top-level await) whose environment holds every top-level binding; returns it with the
    /// environment slot of each binding (what importers read).
    /// </summary>
    public (FunctionTemplate Code, Dictionary<string, int> Slots) CompileModule(Module module, ModuleSyntax syntax, ModuleSite site)
    {
        Module = site;
        var info = Analyzer.AnalyzeModule(module, syntax.ImportEntries);
        var scope = Analyzer.Scopes[module];
        var template = new FunctionTemplate { Name = "", Kind = syntax.HasTopLevelAwait ? FunctionKind.AsyncGenerator : FunctionKind.Generator, IsModule = true };
        var fc = new FunctionCompiler(this, info, template, scope);
        var code = fc.CompileFunction(module, [], module);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in scope.Ordered)
            if (b.Kind != BindingKind.Import) slots[b.Name] = b.Slot;
        return (code, slots);
    }

    /// <summary>Compiles direct eval code as an arrow-like function over the caller's scope.</summary>
    public FunctionTemplate CompileDirectEval(Script script, Scope callSiteScope, bool strict, EvalSite site)
    {
        var info = Analyzer.AnalyzeDirectEval(script, callSiteScope, strict, site);
        var scope = Analyzer.Scopes[script];
        var template = new FunctionTemplate { Name = "eval", Kind = FunctionKind.Arrow, IsEvalCode = true };
        var fc = new FunctionCompiler(this, info, template, scope);
        return fc.CompileEvalBody(script, Analyzer.EvalDeclarations);
    }

    /// <summary>Compiles indirect eval code: direct eval code whose caller is an empty global script.</summary>
    public FunctionTemplate CompileIndirectEval(Script script, bool strict) =>
        CompileDirectEval(script, new Scope(null, new FunctionInfo(script, null, false) { IsScript = true }, null, true), strict, default);

    /// <summary>Compiles a nested function, method, arrow, getter/setter or class constructor.</summary>
    internal FunctionTemplate CompileNested(Node fn, Scope parentScope, string? name, FunctionKind? kindOverride)
    {
        var info = Analyzer.Functions[fn];
        var scope = Analyzer.Scopes[fn];
        var template = new FunctionTemplate { Name = name ?? "" };
        IReadOnlyList<Node> parameters;
        Node body;
        switch (fn)
        {
            case FunctionExpression fe:
                parameters = fe.Params; body = fe.Body;
                template.Kind = fe.Async && fe.Generator ? FunctionKind.AsyncGenerator : fe.Generator ? FunctionKind.Generator : fe.Async ? FunctionKind.Async : FunctionKind.Normal;
                if (fe.Id is not null && name is null or "") template.Name = fe.Id.Name;
                break;
            case FunctionDeclaration fd:
                parameters = fd.Params; body = fd.Body;
                template.Kind = fd.Async && fd.Generator ? FunctionKind.AsyncGenerator : fd.Generator ? FunctionKind.Generator : fd.Async ? FunctionKind.Async : FunctionKind.Normal;
                break;
            case ArrowFunctionExpression af:
                parameters = af.Params; body = af.Body;
                template.Kind = af.Async ? FunctionKind.AsyncArrow : FunctionKind.Arrow;
                break;
            case StaticBlock sb:
                parameters = []; body = sb;
                template.Kind = FunctionKind.Method;
                var fcb = new FunctionCompiler(this, info, template, scope);
                return fcb.CompileStaticBlock(sb);
            default:
                throw new CompileError(fn.Start, "SyntaxError", $"Cannot compile {fn.Type} as a function");
        }
        if (kindOverride is { } k && !(k == FunctionKind.Method && template.Kind != FunctionKind.Normal))
            template.Kind = k;
        var fc = new FunctionCompiler(this, info, template, scope);
        var result = fc.CompileFunction(fn, parameters, body);
        Compiled.Add((fn, result));
        return result;
    }

    /// <summary>A field initialiser: a method returning the field's initial value (this = the instance).</summary>
    internal FunctionTemplate CompileFieldInitializer(Node field, Expression value, Scope parentScope, string? name)
    {
        var info = Analyzer.Functions[field];
        var scope = Analyzer.Scopes[field];
        var template = new FunctionTemplate { Name = name ?? "", Kind = FunctionKind.ClassFieldInit };
        var fc = new FunctionCompiler(this, info, template, scope);
        return fc.CompileExpressionBody(field, value, name);
    }

    /// <summary>14.7.14 step 14: the constructor a class without one gets.</summary>
    internal FunctionTemplate CompileDefaultConstructor(string name, FunctionKind kind, Node classNode, bool strict)
    {
        var template = new FunctionTemplate { Name = name, Kind = kind, Strict = true, Source = Source, SourceStart = classNode.Start, SourceEnd = classNode.End };
        var b = new BytecodeBuilder();
        if (kind == FunctionKind.DerivedConstructor)
        {
            template.NeedsArgumentsArray = true;
            b.Emit(OpCode.LoadRestArgs, 0);
            b.Emit(OpCode.SuperCallSpread);
            b.Emit(OpCode.Pop);
        }
        b.Emit(OpCode.LoadUndefined);
        b.Emit(OpCode.Return);
        b.Finish(template);
        if (BytecodeVerifier.Enabled) BytecodeVerifier.Verify(template, []);
        return template;
    }
}
