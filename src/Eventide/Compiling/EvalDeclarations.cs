using Acornima.Ast;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// 19.2.1.3 EvalDeclarationInstantiation for sloppy eval code, the part decided when it is
/// compiled: which names it declares in its caller's variable environment, and the SyntaxError
/// when one of them is a lexical binding between the call and that environment (steps 3.b-d).
/// What depends on the global object (steps 3.a, 8, 10) is checked when it runs.
/// </summary>
internal sealed class EvalDeclarations
{
    /// <summary>The variable environment's scope; null for the global object.</summary>
    public Scope? Target { get; private init; }
    /// <summary>Var names, in order (without the top-level function names).</summary>
    public List<string> VarNames { get; } = new();
    /// <summary>Top-level function declaration names, distinct (the last declaration wins).</summary>
    public List<string> FunctionNames { get; } = new();
    /// <summary>B.3.2.3: block-level functions that also get a var binding (skipped where it would clash).</summary>
    public List<string> AnnexBNames { get; } = new();

    public static EvalDeclarations Collect(Script script, Scope callSite)
    {
        var d = new EvalDeclarations { Target = ScopeAnalyzer.VarScopeOfEval(callSite) };
        var lexical = new HashSet<string>();
        foreach (var st in script.Body)
        {
            var fd = st as FunctionDeclaration ?? (st as LabeledStatement)?.Body as FunctionDeclaration;
            if (fd?.Id is { } id)
            {
                d.FunctionNames.Remove(id.Name);
                d.FunctionNames.Add(id.Name);
            }
            else if (st is VariableDeclaration { Kind: not VariableDeclarationKind.Var } vd)
            {
                var names = new List<Identifier>();
                foreach (var decl in vd.Declarations) ScopeAnalyzer.CollectBoundNames(decl.Id, names);
                foreach (var n in names) lexical.Add(n.Name);
            }
            else if (st is ClassDeclaration { Id: { } cid }) lexical.Add(cid.Name);
        }
        var annexB = new List<string>();
        d.CollectVars(script, annexB, topLevel: true);
        foreach (var name in d.FunctionNames) d.CheckNoLexicalConflict(callSite, name, soft: false);
        foreach (var name in d.VarNames) d.CheckNoLexicalConflict(callSite, name, soft: false);
        foreach (var name in annexB)
        {
            if (lexical.Contains(name) || d.FunctionNames.Contains(name) || d.VarNames.Contains(name) || d.AnnexBNames.Contains(name)) continue;
            if (d.CheckNoLexicalConflict(callSite, name, soft: true)) d.AnnexBNames.Add(name);
        }
        return d;
    }

    /// <summary>Every name declared by var, and (Annex B) by functions in blocks, outside nested functions.</summary>
    private void CollectVars(Node node, List<string> annexB, bool topLevel)
    {
        CompileStack.EnsureSufficient();
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case VariableDeclaration { Kind: VariableDeclarationKind.Var } vd:
                    var names = new List<Identifier>();
                    foreach (var decl in vd.Declarations) ScopeAnalyzer.CollectBoundNames(decl.Id, names);
                    foreach (var n in names)
                        if (!VarNames.Contains(n.Name) && !FunctionNames.Contains(n.Name)) VarNames.Add(n.Name);
                    break;
                case FunctionDeclaration fd:
                    if (!topLevel && fd.Id is not null && !fd.Async && !fd.Generator) annexB.Add(fd.Id.Name);
                    break;
                case LabeledStatement ls when topLevel && ls.Body is FunctionDeclaration:
                    break;
                case FunctionExpression or ArrowFunctionExpression or ClassDeclaration or ClassExpression or Expression:
                    break;
                default:
                    CollectVars(child, annexB, false);
                    break;
            }
        }
    }

    /// <summary>
    /// Steps 3.b-d: a var name may not be bound lexically in a scope between the call and the variable
    /// environment (B.3.4: a catch parameter may), nor at the top level of a sloppy function body.
    /// With <paramref name="soft"/> a clash returns false instead of throwing.
    /// </summary>
    private bool CheckNoLexicalConflict(Scope callSite, string name, bool soft)
    {
        for (var s = callSite; s is not null; s = s.Parent)
        {
            bool atTarget = s == Target;
            if (!s.IsWith && s.Bindings.TryGetValue(name, out var b) && b.Kind is not (BindingKind.Internal or BindingKind.PrivateName))
            {
                // The parameters of a function with parameter expressions sit between its body and
                // the environment an eval in those expressions declares in (10.2.11 step 20).
                bool parameterLevel = atTarget && s == s.Function.ParamScope && s.Function.VarScope != s;
                bool clash = atTarget
                    ? parameterLevel || b.Kind is BindingKind.Let or BindingKind.Const or BindingKind.Class
                    : b.Kind != BindingKind.CatchParam || soft;
                if (clash)
                {
                    if (soft) return false;
                    throw new CompileError(0, "SyntaxError", $"Identifier '{name}' has already been declared");
                }
            }
            if (atTarget) break;
        }
        return true;
    }

    /// <summary>The names declared in a variable environment that is not the global object, in declaration order.</summary>
    public IEnumerable<string> AllNames => FunctionNames.Concat(VarNames).Concat(AnnexBNames);
}

/// <summary>What sloppy eval code declares on the global object (19.2.1.3 with a global variable environment).</summary>
internal sealed class EvalGlobalDeclarations(string[] varNames, string[] functionNames, string[] annexBNames)
{
    public string[] VarNames { get; } = varNames;
    public string[] FunctionNames { get; } = functionNames;
    public string[] AnnexBNames { get; } = annexBNames;
}
