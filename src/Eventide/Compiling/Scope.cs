using Acornima.Ast;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

internal enum BindingKind : byte { Var, Let, Const, Class, Function, Param, CatchParam, Arguments, FunctionSelf, PrivateName, Internal, Import }

/// <summary>A declared name and where it lives: a frame register or a context slot.</summary>
internal sealed class Binding(string name, BindingKind kind, Scope scope)
{
    public string Name { get; } = name;
    public BindingKind Kind { get; set; } = kind;
    public Scope Scope { get; } = scope;
    /// <summary>Referenced from a nested function: must live in a context, not a register.</summary>
    public bool Captured { get; set; }
    public int Register { get; set; } = -1;
    public int Slot { get; set; } = -1;
    public bool NeedsTdz => Kind is BindingKind.Let or BindingKind.Const or BindingKind.Class || ParamTdz;
    /// <summary>A parameter of a function with parameter expressions: uninitialised until its own
    /// parameter is bound (10.2.11 step 25: IteratorBindingInitialization runs in order).</summary>
    public bool ParamTdz { get; set; }
    public bool IsConst => Kind is BindingKind.Const or BindingKind.Import || (Kind == BindingKind.Class && ImmutableClassInner);
    /// <summary>An import binding: where it reads from, filled in when its module is linked.</summary>
    public Vm.Modules.ImportEntry? Import { get; set; }
    public bool ImmutableClassInner { get; set; }
    public bool InContext => Slot >= 0;
    /// <summary>Source offset where a let/const/class declaration ends (it is initialised from there on).</summary>
    public int DeclarationEnd { get; set; } = int.MaxValue;
    /// <summary>Named in its own function where it may be uninitialised (at or before <see cref="DeclarationEnd"/>,
    /// or somewhere unknown): only then can a TDZ check read its register, which must start as a hole.</summary>
    public bool UsedBeforeDeclarationEnd { get; set; }
    /// <summary>Bound by a destructuring pattern or a using declaration: stored inside code with a finally (iterator
    /// close, disposal), whose paths the bytecode verifier's definite-assignment check does not tell apart, so its
    /// register keeps the hole from its scope's entry.</summary>
    public bool BoundUnderFinally { get; set; }
}

/// <summary>A lexical scope (function body, block, loop head, catch clause, class body).</summary>
internal sealed class Scope(Scope? parent, FunctionInfo function, Node? node, bool isFunctionScope)
{
    public Scope? Parent { get; } = parent;
    public FunctionInfo Function { get; } = function;
    public Node? Node { get; } = node;
    public bool IsFunctionScope { get; } = isFunctionScope;
    public Dictionary<string, Binding> Bindings { get; } = new();
    public List<Binding> Ordered { get; } = new();
    /// <summary>Number of context slots (0 when nothing here is captured and no context is needed).</summary>
    public int ContextSlots { get; set; }
    public bool HasContext => ContextSlots > 0;
    /// <summary>The body scope of a with statement: names may resolve to the object's properties.</summary>
    public bool IsWith { get; set; }
    /// <summary>
    /// The hidden binding holding the object where sloppy direct eval code declares the vars this
    /// scope's variable environment did not declare itself (19.2.1.3 step 16); names that pass
    /// through this scope consult it first. Null unless the function contains a sloppy direct eval.
    /// </summary>
    public Binding? EvalVars { get; set; }
    /// <summary>A per-iteration loop scope (for (let ...)).</summary>
    public bool IsLoopHead { get; set; }
    /// <summary>Storage was assigned (a scope may be entered more than once, e.g. a loop head).</summary>
    public bool Allocated { get; set; }

    public Binding Declare(string name, BindingKind kind)
    {
        if (Bindings.TryGetValue(name, out var existing))
        {
            // Redeclaration rules were checked by the parser; a function declaration replaces a var.
            if (kind == BindingKind.Function && existing.Kind is BindingKind.Var or BindingKind.Param) { }
            return existing;
        }
        var b = new Binding(name, kind, this);
        Bindings[name] = b;
        Ordered.Add(b);
        return b;
    }

    public Binding? Find(string name) => Bindings.GetValueOrDefault(name);
}

/// <summary>Facts about one function gathered before code generation.</summary>
internal sealed class FunctionInfo(Node node, FunctionInfo? parent, bool isArrow)
{
    public Node Node { get; } = node;
    public FunctionInfo? Parent { get; } = parent;
    public bool IsArrow { get; } = isArrow;
    public Scope? VarScope { get; set; }
    /// <summary>The scope holding parameters (distinct from VarScope when parameters have expressions).</summary>
    public Scope? ParamScope { get; set; }
    public bool UsesArguments { get; set; }
    public bool UsesThis { get; set; }
    public bool HasDirectEval { get; set; }
    public bool Strict { get; set; }
    public bool IsScript { get; set; }
    /// <summary>Direct or indirect eval code (an arrow-like function over the caller's scope).</summary>
    public bool IsEvalCode { get; set; }
    /// <summary>The body of an ES module (its top-level bindings form the module environment).</summary>
    public bool IsModule { get; set; }

    /// <summary>The closest non-arrow function (where this/arguments/new.target come from).</summary>
    public FunctionInfo NonArrow => IsArrow && Parent is not null ? Parent.NonArrow : this;
}
