using Acornima.Ast;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// The pre-pass of compilation: builds the scope tree, declares every binding (var hoisting,
/// lexical declarations per block), resolves identifier references and marks the bindings
/// that nested functions capture. Code generation then walks the same scopes.
/// </summary>
internal sealed class ScopeAnalyzer
{
    public Dictionary<Node, Scope> Scopes { get; } = new();
    /// <summary>The hidden binding holding a with statement's object.</summary>
    public const string WithObjectName = "%with";
    /// <summary>The hidden binding holding the vars sloppy direct eval declared (see <see cref="Scope.EvalVars"/>).</summary>
    public const string EvalVarsName = "%evalvars";
    public Dictionary<Node, FunctionInfo> Functions { get; } = new();

    private Scope _scope = null!;
    /// <summary>Set while analysing direct eval code: names the parser could not check are checked here.</summary>
    private EvalSite? _evalSite;

    public Scope AnalyzeScript(Script script)
    {
        var info = new FunctionInfo(script, null, false) { IsScript = true, Strict = script.Strict };
        var scope = EnterRootScope(script, info);
        // Script-level var/function names are global object properties; lexical ones are
        // global lexical bindings. Neither is a local, so the script scope declares nothing;
        // top-level blocks still get scopes of their own.
        VisitStatements(script.Body, hoistFunctions: false);
        return scope;
    }

    /// <summary>
    /// A node-style CommonJS module: the file is the body of a function whose parameters are
    /// <paramref name="parameterNames"/>, so top-level declarations are locals, not globals.
    /// </summary>
    public FunctionInfo AnalyzeModuleWrapper(Script script, IReadOnlyList<string> parameterNames)
    {
        var info = new FunctionInfo(script, null, false) { Strict = script.Strict };
        var scope = EnterRootScope(script, info);
        foreach (var name in parameterNames) scope.Declare(name, BindingKind.Param);
        _annexBBlocked = LexicallyDeclaredNames(script.Body);
        HoistVars(script, scope);
        _annexBBlocked = null;
        VisitStatements(script.Body, hoistFunctions: true);
        return info;
    }

    /// <summary>The binding that holds a module's default export when it has no name of its own (16.2.1.6.1 step 10).</summary>
    public const string DefaultExportName = "*default*";

    /// <summary>
    /// An ES module: its body is compiled as a generator (an async generator with top-level
    /// await) that creates the module environment and its functions, suspends, and runs the
    /// body when the module is evaluated. Every top-level binding lives in that environment's
    /// context, where importers read it; import bindings read the exporter's environment.
    /// </summary>
    public FunctionInfo AnalyzeModule(Module module, IReadOnlyList<Vm.Modules.ImportEntry> imports)
    {
        var info = new FunctionInfo(module, null, false) { Strict = true, IsModule = true };
        var scope = EnterRootScope(module, info);
        foreach (var entry in imports) scope.Declare(entry.LocalName, BindingKind.Import).Import = entry;
        HoistVars(module, scope);
        VisitStatements(module.Body, hoistFunctions: true);
        foreach (var b in scope.Ordered) if (b.Kind != BindingKind.Import) b.Captured = true;
        return info;
    }

    /// <summary>
    /// Direct eval code: analysed as an arrow-like function nested in the scope of the eval call,
    /// so it resolves the caller's bindings (all of which live in contexts, see HasDirectEval).
    /// Its lexical declarations are its own; strict eval code keeps its vars too, while sloppy eval
    /// code declares them (and its top-level functions) in the caller's variable environment
    /// (<see cref="EvalDeclarations"/>). Indirect eval passes the root scope of an empty script.
    /// </summary>
    public FunctionInfo AnalyzeDirectEval(Script script, Scope callSiteScope, bool strict, EvalSite site)
    {
        _evalSite = site;
        var info = new FunctionInfo(script, callSiteScope.Function, isArrow: true) { Strict = strict || script.Strict, IsEvalCode = true };
        Functions[script] = info;
        _scope = callSiteScope;
        var scope = PushScope(script, true, info);
        info.VarScope = scope;
        info.ParamScope = scope;
        if (info.Strict) HoistVars(script, scope);
        else
        {
            _sloppyEvalRoot = scope;
            EvalDeclarations = EvalDeclarations.Collect(script, callSiteScope);
        }
        VisitStatements(script.Body, hoistFunctions: true);
        return info;
    }

    /// <summary>The root scope of sloppy eval code: its top-level functions are not its own bindings.</summary>
    private Scope? _sloppyEvalRoot;

    /// <summary>What sloppy eval code declares in its caller's variable environment (null otherwise).</summary>
    public EvalDeclarations? EvalDeclarations { get; private set; }

    /// <summary>
    /// The scope whose variable environment sloppy direct eval code at <paramref name="site"/>
    /// declares its vars in: the closest function's var scope, or its parameter scope for an eval in
    /// a parameter expression (10.2.11 step 20: those vars sit outside the parameters). Eval code
    /// passes through to its caller's; null is the global object.
    /// </summary>
    internal static Scope? VarScopeOfEval(Scope site)
    {
        for (var s = site; s is not null; s = s.Parent)
        {
            var fn = s.Function;
            if (fn.IsEvalCode && !fn.Strict) continue;
            if (fn.IsScript && s.Parent is null) return null;
            if (s == fn.VarScope || s == fn.ParamScope) return s;
        }
        return null;
    }

    /// <summary>The outermost scope of a script, CommonJS module or ES module: one scope for params, vars and lexicals.</summary>
    private Scope EnterRootScope(Node node, FunctionInfo info)
    {
        Functions[node] = info;
        var scope = new Scope(null, info, node, true);
        info.VarScope = scope;
        info.ParamScope = scope;
        Scopes[node] = scope;
        _scope = scope;
        return scope;
    }

    private Binding? Resolve(string name)
    {
        for (var s = _scope; s is not null; s = s.Parent)
            if (s.Bindings.TryGetValue(name, out var b)) return b;
        return null;
    }

    /// <summary>Analyses a function in isolation (e.g. the body of new Function).</summary>
    public FunctionInfo AnalyzeFunction(Node function)
    {
        _scope = new Scope(null, new FunctionInfo(function, null, false) { IsScript = true }, null, true);
        Visit(function);
        return Functions[function];
    }

    // ------------------------------------------------------------ helpers ----

    private Scope PushScope(Node node, bool isFunction = false, FunctionInfo? fn = null)
    {
        var s = new Scope(_scope, fn ?? _scope.Function, node, isFunction);
        Scopes[node] = s;
        _scope = s;
        return s;
    }

    private void PopScope() => _scope = _scope.Parent!;

    /// <summary>A use of <paramref name="name"/> at source <paramref name="offset"/> (-1: unknown; int.MaxValue: the
    /// name's own declaration, which is no use before it).</summary>
    private void Reference(string name, int offset = -1)
    {
        var fn = _scope.Function;
        if (_evalSite is { } site) CheckEvalReference(name, fn, site);
        if (name == "arguments" && !fn.NonArrow.IsScript && !fn.NonArrow.IsModule)
        {
            EnsureArguments();
            return;
        }
        for (var s = _scope; s is not null; s = s.Parent)
        {
            // A with object between here and the binding is consulted at run time.
            if (s.IsWith && s.Function != fn) s.Bindings[WithObjectName].Captured = true;
            if (s.Bindings.TryGetValue(name, out var b))
            {
                if (s.Function != fn) b.Captured = true;
                else if (offset < 0 || (offset <= b.DeclarationEnd && offset != int.MaxValue)) b.UsedBeforeDeclarationEnd = true;
                return;
            }
        }
    }

    /// <summary>
    /// Early errors of eval code that depend on its surroundings: a private name must be declared
    /// by an enclosing class; `arguments` is forbidden in eval inside a field initialiser
    /// (ContainsArguments, which does not look into non-arrow functions).
    /// </summary>
    private void CheckEvalReference(string name, FunctionInfo fn, EvalSite site)
    {
        if (name.StartsWith('#') && Resolve(name) is null)
            throw new CompileError(0, "SyntaxError", $"Private field '{name}' must be declared in an enclosing class");
        if (name == "arguments" && site.InClassFieldInitializer)
        {
            for (var f = fn; f is not null; f = f.Parent)
            {
                if (f.Node is Script) throw new CompileError(0, "SyntaxError", "'arguments' is not allowed in class field initializer or static initialization block");
                if (!f.IsArrow) return;
            }
        }
    }

    /// <summary>Names bound by a pattern (identifiers, destructuring, defaults, rest).</summary>
    public static void CollectBoundNames(Node? pattern, List<Identifier> names)
    {
        switch (pattern)
        {
            case Identifier id: names.Add(id); break;
            case ArrayPattern ap:
                foreach (var e in ap.Elements) CollectBoundNames(e, names);
                break;
            case ObjectPattern op:
                foreach (var p in op.Properties)
                {
                    if (p is RestElement r) CollectBoundNames(r.Argument, names);
                    else if (p is Property prop) CollectBoundNames(prop.Value, names);
                }
                break;
            case AssignmentPattern asg: CollectBoundNames(asg.Left, names); break;
            case RestElement rest: CollectBoundNames(rest.Argument, names); break;
        }
    }

    /// <summary>Hoists var declarations (and, inside functions, var-scoped function names) into <paramref name="target"/>.</summary>
    private void HoistVars(Node? node, Scope target)
    {
        CompileStack.EnsureSufficient();
        switch (node)
        {
            case null: return;
            case VariableDeclaration { Kind: VariableDeclarationKind.Var } vd:
                foreach (var d in vd.Declarations)
                {
                    var names = new List<Identifier>();
                    CollectBoundNames(d.Id, names);
                    foreach (var n in names) DeclareVar(target, n.Name);
                }
                return;
            case FunctionDeclaration or FunctionExpression or ArrowFunctionExpression or ClassDeclaration or ClassExpression:
                return;
            case Expression:
                return;
        }
        foreach (var child in node.ChildNodes)
        {
            if (child is FunctionDeclaration fd && node is not Program && node is not FunctionBody)
            {
                // Annex B.3.3: a block-level function in sloppy code also gets a var binding.
                if (!target.Function.Strict && fd.Id is not null && !fd.Async && !fd.Generator) DeclareVar(target, fd.Id.Name, annexB: true);
                continue;
            }
            HoistVars(child, target);
        }
    }

    private void DeclareVar(Scope target, string name, bool annexB = false)
    {
        if (target.Function.IsScript && target.Parent is null) return; // global var: a property of the global object
        if (annexB && (target.Bindings.ContainsKey(name) || _annexBBlocked?.Contains(name) == true)) return;
        target.Declare(name, BindingKind.Var);
    }

    /// <summary>
    /// B.3.2.1: a block function gets no var binding when a var of its name would clash with a
    /// lexical declaration of the function body's top level, or names a parameter (set while
    /// hoisting a body's vars).
    /// </summary>
    private HashSet<string>? _annexBBlocked;

    private static HashSet<string>? LexicallyDeclaredNames(in NodeList<Statement> body)
    {
        HashSet<string>? names = null;
        foreach (var st in body)
        {
            if (st is VariableDeclaration { Kind: not VariableDeclarationKind.Var } vd)
            {
                var ids = new List<Identifier>();
                foreach (var d in vd.Declarations) CollectBoundNames(d.Id, ids);
                foreach (var id in ids) (names ??= new()).Add(id.Name);
            }
            else if (st is ClassDeclaration { Id: { } cid }) (names ??= new()).Add(cid.Name);
        }
        return names;
    }

    /// <summary>Declares the lexical declarations directly inside a statement list.</summary>
    private void DeclareLexical(in NodeList<Statement> body, bool hoistFunctions)
    {
        bool isGlobal = _scope.Function.IsScript && _scope.Parent is null;
        foreach (var st in body) DeclareLexicalOne(st, hoistFunctions, isGlobal);
    }

    private void DeclareLexicalOne(Node st, bool hoistFunctions, bool isGlobal)
    {
        switch (st)
        {
            case VariableDeclaration { Kind: VariableDeclarationKind.Let or VariableDeclarationKind.Const or VariableDeclarationKind.Using or VariableDeclarationKind.AwaitUsing } vd:
                if (isGlobal) return;
                foreach (var d in vd.Declarations)
                {
                    var names = new List<Identifier>();
                    CollectBoundNames(d.Id, names);
                    foreach (var n in names)
                    {
                        var b = _scope.Declare(n.Name, vd.Kind == VariableDeclarationKind.Let ? BindingKind.Let : BindingKind.Const);
                        b.DeclarationEnd = d.End;
                        b.BoundUnderFinally = d.Id is not Identifier || vd.Kind is VariableDeclarationKind.Using or VariableDeclarationKind.AwaitUsing;
                    }
                }
                break;
            case ClassDeclaration cd when cd.Id is not null:
                if (!isGlobal) _scope.Declare(cd.Id.Name, BindingKind.Class).DeclarationEnd = cd.End;
                break;
            case FunctionDeclaration fd when fd.Id is not null:
                if (isGlobal || _scope == _sloppyEvalRoot) return;
                if (hoistFunctions) DeclareVar(_scope, fd.Id.Name);
                else _scope.Declare(fd.Id.Name, BindingKind.Let).Kind = BindingKind.Function;
                break;
            case LabeledStatement ls:
                DeclareLexicalOne(ls.Body, hoistFunctions, isGlobal);
                break;
            case ExportNamedDeclaration { Declaration: not null } en:
                DeclareLexicalOne(en.Declaration, hoistFunctions, isGlobal);
                break;
            case ExportDefaultDeclaration ed:
                if (ed.Declaration is FunctionDeclaration { Id: not null } or ClassDeclaration { Id: not null })
                    DeclareLexicalOne(ed.Declaration, hoistFunctions, isGlobal);
                else if (ed.Declaration is FunctionDeclaration)
                    DeclareVar(_scope, DefaultExportName); // hoisted: instantiated with the environment
                else
                    _scope.Declare(DefaultExportName, BindingKind.Let).DeclarationEnd = ed.End;
                break;
        }
    }

    // ----------------------------------------------------------- visiting ----

    private void VisitStatements(in NodeList<Statement> body, bool hoistFunctions)
    {
        DeclareLexical(body, hoistFunctions);
        foreach (var st in body) Visit(st);
    }

    private void VisitFunction(Node node, Identifier? id, IReadOnlyList<Node> parameters, Node body, bool isArrow, bool isExpressionName)
    {
        var parentFn = _scope.Function;
        var info = new FunctionInfo(node, parentFn, isArrow);
        bool strict = parentFn.Strict || (body is FunctionBody fb && fb.Strict);
        info.Strict = strict;
        Functions[node] = info;

        var outer = _scope;
        // A named function expression binds its own name in a scope between outer and the function.
        if (isExpressionName && id is not null)
        {
            var nameScope = PushScope(id, false, info);
            nameScope.Declare(id.Name, BindingKind.FunctionSelf);
        }
        var fnScope = PushScope(node, true, info);
        info.VarScope = fnScope;
        info.ParamScope = fnScope;
        bool simpleParameters = parameters.All(p => p is Identifier);
        foreach (var p in parameters)
        {
            var names = new List<Identifier>();
            CollectBoundNames(p, names);
            foreach (var n in names)
            {
                var binding = fnScope.Declare(n.Name, BindingKind.Param);
                // With defaults or patterns, a parameter is in its TDZ until its own element is bound.
                if (!simpleParameters && binding.Kind == BindingKind.Param)
                {
                    binding.ParamTdz = true;
                    binding.DeclarationEnd = p.End;
                    binding.BoundUnderFinally = p is not (Identifier or AssignmentPattern { Left: Identifier } or RestElement { Argument: Identifier });
                }
            }
        }
        // Parameter expressions (defaults, computed keys) are evaluated in the parameter scope.
        foreach (var p in parameters) VisitPattern(p, declaring: true);

        if (body is FunctionBody block)
        {
            // 10.2.11 step 28: with parameter expressions the body's vars live in their own
            // environment, so closures in defaults see the parameters, not same-named vars.
            if (parameters.Any(ContainsExpression)) info.VarScope = PushScope(block, false, info);
            _annexBBlocked = LexicallyDeclaredNames(block.Body);
            foreach (var param in fnScope.Ordered)
                if (param.Kind == BindingKind.Param) (_annexBBlocked ??= new()).Add(param.Name);
            HoistVars(block, info.VarScope);
            _annexBBlocked = null;
            VisitStatements(block.Body, hoistFunctions: true);
        }
        else
        {
            Visit(body); // concise arrow body
        }
        _scope = outer;
    }

    /// <summary>15.1.2 ContainsExpression: a default value or a computed key in a parameter.</summary>
    private static bool ContainsExpression(Node? p) => p switch
    {
        AssignmentPattern => true,
        ArrayPattern arr => arr.Elements.Any(ContainsExpression),
        ObjectPattern obj => obj.Properties.Any(q => q is Property { Computed: true } || ContainsExpression(q is Property pp ? pp.Value : (q as RestElement)?.Argument)),
        RestElement re => ContainsExpression(re.Argument),
        _ => false,
    };

    /// <summary>A binding or assignment pattern; <paramref name="declaring"/>: its names are being declared (not uses).</summary>
    private void VisitPattern(Node? p, bool declaring = false)
    {
        CompileStack.EnsureSufficient();
        switch (p)
        {
            case null: return;
            case Identifier id: Reference(id.Name, declaring ? int.MaxValue : id.Start); return;
            case AssignmentPattern ap: VisitPattern(ap.Left, declaring); Visit(ap.Right); return;
            case ArrayPattern arr: foreach (var e in arr.Elements) VisitPattern(e, declaring); return;
            case ObjectPattern obj:
                foreach (var prop in obj.Properties)
                {
                    if (prop is RestElement r) VisitPattern(r.Argument, declaring);
                    else if (prop is Property pp)
                    {
                        if (pp.Computed) Visit(pp.Key);
                        VisitPattern(pp.Value, declaring);
                    }
                }
                return;
            case RestElement re: VisitPattern(re.Argument, declaring); return;
            default: Visit(p); return; // member expressions in assignment patterns
        }
    }

    /// <summary>The function of a CreateDynamicFunction source: named "anonymous" without binding that name.</summary>
    internal Node? DynamicFunction;

    private void Visit(Node? node)
    {
        CompileStack.EnsureSufficient();
        switch (node)
        {
            case null:
                return;
            case Identifier id:
                Reference(id.Name, id.Start);
                return;
            case FunctionDeclaration fd:
                VisitFunction(fd, fd.Id, fd.Params, fd.Body, false, false);
                return;
            case FunctionExpression fe:
                VisitFunction(fe, fe.Id, fe.Params, fe.Body, false, !ReferenceEquals(fe, DynamicFunction));
                return;
            case ArrowFunctionExpression af:
                VisitFunction(af, null, af.Params, af.Body, true, false);
                return;
            case ThisExpression:
                _scope.Function.UsesThis = true;
                for (var f = _scope.Function; f.IsArrow && f.Parent is not null; f = f.Parent) f.Parent.UsesThis = true;
                return;
            case BlockStatement block when block is not FunctionBody:
                if (block is StaticBlock sb)
                {
                    VisitStaticBlock(sb);
                    return;
                }
                PushScope(block);
                HoistVarsFunctionsInBlock(block);
                VisitStatements(block.Body, hoistFunctions: false);
                PopScope();
                return;
            case ForStatement fs:
                PushScope(fs).IsLoopHead = true;
                if (fs.Init is VariableDeclaration vd0) DeclareLexicalOne(vd0, false, false);
                Visit(fs.Init); Visit(fs.Test); Visit(fs.Update); Visit(fs.Body);
                PopScope();
                return;
            case ForInStatement fi:
                VisitForInOf(fi, fi.Left, fi.Right, fi.Body);
                return;
            case ForOfStatement fo:
                VisitForInOf(fo, fo.Left, fo.Right, fo.Body);
                return;
            case SwitchStatement ss:
                Visit(ss.Discriminant);
                PushScope(ss);
                foreach (var c in ss.Cases) DeclareLexical(c.Consequent, false);
                foreach (var c in ss.Cases) { Visit(c.Test); foreach (var st in c.Consequent) Visit(st); }
                PopScope();
                return;
            case CatchClause cc:
                PushScope(cc);
                if (cc.Param is not null)
                {
                    var names = new List<Identifier>();
                    CollectBoundNames(cc.Param, names);
                    foreach (var n in names) _scope.Declare(n.Name, BindingKind.CatchParam);
                    VisitPattern(cc.Param, declaring: true);
                }
                Visit(cc.Body);
                PopScope();
                return;
            case ClassDeclaration cd:
                VisitClass(cd, cd.Id, cd.SuperClass, cd.Body);
                return;
            case ClassExpression ce:
                VisitClass(ce, ce.Id, ce.SuperClass, ce.Body);
                return;
            case VariableDeclaration vd:
                foreach (var d in vd.Declarations) { VisitPattern(d.Id, declaring: true); Visit(d.Init); }
                return;
            case MemberExpression me:
                Visit(me.Object);
                if (me.Computed) Visit(me.Property);
                else if (me.Property is PrivateIdentifier mp) Reference("#" + mp.Name);
                return;
            case BinaryExpression { Left: PrivateIdentifier bp } bin:
                Reference("#" + bp.Name);
                Visit(bin.Right);
                return;
            case BinaryExpression { Left: BinaryExpression or LogicalExpression } or LogicalExpression { Left: BinaryExpression or LogicalExpression }:
                VisitOperatorChain((Expression)node);
                return;
            case Property p:
                if (p.Computed) Visit(p.Key);
                if (p.Shorthand && p.Value is Identifier sid) Reference(sid.Name, sid.Start);
                else Visit(p.Value);
                return;
            case LabeledStatement ls:
                Visit(ls.Body);
                return;
            case WithStatement ws:
                Visit(ws.Object);
                var withScope = PushScope(ws);
                withScope.IsWith = true;
                withScope.Declare(WithObjectName, BindingKind.Internal);
                Visit(ws.Body);
                PopScope();
                return;
            case BreakStatement or ContinueStatement or MetaProperty or PrivateIdentifier or Literal:
                return;
            case ImportDeclaration or ExportAllDeclaration:
                return;
            case ExportNamedDeclaration en:
                if (en.Declaration is not null) Visit(en.Declaration);
                else if (en.Source is null)
                    foreach (var spec in en.Specifiers) if (spec.Local is Identifier local) Reference(local.Name);
                return;
            case ExportDefaultDeclaration ed:
                Visit(ed.Declaration);
                return;
            case CallExpression { Callee: Identifier { Name: "eval" }, Optional: false } call:
                for (var f = _scope.Function; f is not null; f = f.Parent) f.HasDirectEval = true;
                // Sloppy eval code may add vars to this variable environment: give it their object.
                if (!_scope.Function.Strict && VarScopeOfEval(_scope) is { EvalVars: null } evalTarget)
                {
                    evalTarget.EvalVars = evalTarget.Declare(EvalVarsName, BindingKind.Internal);
                    evalTarget.EvalVars.Captured = true;
                }
                Reference("eval");
                // Eval code may mention arguments; make sure the binding exists.
                EnsureArguments();
                foreach (var a in call.Arguments) Visit(a);
                return;
            case AssignmentExpression ae:
                VisitPattern(ae.Left);
                Visit(ae.Right);
                return;
            case Super:
                _scope.Function.UsesThis = true;
                for (var f = _scope.Function; f.IsArrow && f.Parent is not null; f = f.Parent) f.Parent.UsesThis = true;
                return;
        }
        foreach (var child in node.ChildNodes) Visit(child);
    }

    /// <summary>
    /// A left-deep chain of binary or logical operators (generated code concatenates thousands of
    /// terms, which node accepts) is walked with a list rather than one recursion per operator.
    /// </summary>
    private void VisitOperatorChain(Expression chain)
    {
        var rights = new List<Expression>();
        var e = chain;
        while (true)
        {
            if (e is BinaryExpression { Left: not PrivateIdentifier } b) { rights.Add(b.Right); e = b.Left; }
            else if (e is LogicalExpression l) { rights.Add(l.Right); e = l.Left; }
            else break;
        }
        Visit(e);
        for (int i = rights.Count - 1; i >= 0; i--) Visit(rights[i]);
    }

    /// <summary>`arguments` (or a direct eval, which may mention it): resolved in the closest non-arrow function, which creates the object unless it binds the name itself.</summary>
    private void EnsureArguments()
    {
        var fn = _scope.Function;
        var owner = fn.NonArrow;
        if (owner.IsScript || owner.IsModule) return;
        for (var s = _scope; s is not null; s = s.Parent)
        {
            if (s.IsWith && s.Function != fn) s.Bindings[WithObjectName].Captured = true;
            if (s.Bindings.TryGetValue("arguments", out var b))
            {
                if (s.Function != fn) b.Captured = true;
                // 10.2.11 steps 15-18: a var named "arguments" does not stop the object's creation
                // (only a parameter, function or lexical name does); it is the same binding (step 27).
                if (b.Kind == BindingKind.Var && s == owner.ParamScope)
                {
                    b.Kind = BindingKind.Arguments;
                    owner.UsesArguments = true;
                }
                // With parameter expressions the body's var starts with the object's value (step 28.f.i).
                else if (b.Kind == BindingKind.Var && s.Function == owner && !owner.ParamScope!.Bindings.ContainsKey("arguments"))
                {
                    owner.UsesArguments = true;
                    owner.ParamScope.Declare("arguments", BindingKind.Arguments);
                }
                return;
            }
            if (s == owner.ParamScope) break;
        }
        owner.UsesArguments = true;
        var ab = owner.ParamScope!.Declare("arguments", BindingKind.Arguments);
        if (owner != fn) ab.Captured = true;
    }

    private void HoistVarsFunctionsInBlock(BlockStatement block)
    {
        // Block-level function declarations are hoisted to the top of their block (let-like binding).
    }

    private void VisitForInOf(Node loop, Node left, Node right, Node body)
    {
        PushScope(loop).IsLoopHead = true;
        if (left is VariableDeclaration { Kind: not VariableDeclarationKind.Var } vd)
        {
            DeclareLexicalOne(vd, false, false);
            // The head expression runs with the loop's bindings in TDZ (14.7.5.6 step 2), so they
            // count as initialised only after it: `for (let x of [x])` must throw.
            foreach (var b in _scope.Ordered) b.DeclarationEnd = right.End;
        }
        Visit(right);
        if (left is VariableDeclaration decl)
            foreach (var d in decl.Declarations) { VisitPattern(d.Id, declaring: true); Visit(d.Init); }
        else VisitPattern(left);
        Visit(body);
        PopScope();
    }

    private void VisitStaticBlock(StaticBlock sb)
    {
        // A static block is evaluated like the body of a method with this = the class.
        var info = new FunctionInfo(sb, _scope.Function, false) { Strict = true };
        Functions[sb] = info;
        var outer = _scope;
        var s = PushScope(sb, true, info);
        info.VarScope = s;
        info.ParamScope = s;
        HoistVars(sb, s);
        VisitStatements(sb.Body, hoistFunctions: true);
        _scope = outer;
    }

    private void VisitClass(Node node, Identifier? id, Expression? superClass, ClassBody body)
    {
        // The class scope holds the inner (immutable) class name binding and private names.
        var scope = PushScope(node);
        if (id is not null)
        {
            var b = scope.Declare(id.Name, BindingKind.Class);
            b.ImmutableClassInner = true;
        }
        foreach (var el in body.Body)
        {
            if (el is ClassProperty cp && cp.Key is PrivateIdentifier pid)
                scope.Declare("#" + pid.Name, BindingKind.PrivateName).Captured = true;
        }
        Visit(superClass);
        foreach (var el in body.Body)
        {
            switch (el)
            {
                case MethodDefinition md:
                    if (md.Computed) Visit(md.Key);
                    Visit(md.Value);
                    break;
                case PropertyDefinition pd:
                    if (pd.Computed) Visit(pd.Key);
                    if (pd.Value is not null) VisitFieldInitializer(pd, pd.Value);
                    break;
                case AccessorProperty ap:
                    if (ap.Computed) Visit(ap.Key);
                    if (ap.Value is not null) VisitFieldInitializer(ap, ap.Value);
                    break;
                case StaticBlock sb:
                    VisitStaticBlock(sb);
                    break;
            }
        }
        PopScope();
    }

    /// <summary>A field initialiser is a tiny method of its own (this = the instance).</summary>
    private void VisitFieldInitializer(Node field, Expression value)
    {
        var info = new FunctionInfo(field, _scope.Function, false) { Strict = true };
        Functions[field] = info;
        var outer = _scope;
        var s = PushScope(field, true, info);
        info.VarScope = s;
        info.ParamScope = s;
        Visit(value);
        _scope = outer;
    }
}
