using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// Compiles one function (or a script) to a <see cref="FunctionTemplate"/>. Statements,
/// expressions, patterns and classes live in the other parts of this partial class.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private readonly ScriptCompiler _owner;
    private readonly FunctionInfo _info;
    private readonly FunctionTemplate _template;
    private readonly BytecodeBuilder _b = new();
    private Scope _scope;
    private int _registerCount;
    private readonly Stack<int> _freeTemps = new();
    /// <summary>Registers the function may read before writing them (they start undefined or as an
    /// argument): parameters, vars, functions; temporaries and lexical bindings are written first.</summary>
    private readonly List<int> _undefinedAtEntry = new();
    /// <summary>Break/continue targets, finally boundaries and pushed contexts, innermost last.</summary>
    private readonly List<ControlEntry> _control = new();
    private int _contextDepth;
    private int _returnRegister = -1;
    private List<string>? _pendingLabels;

    internal FunctionCompiler(ScriptCompiler owner, FunctionInfo info, FunctionTemplate template, Scope scope)
    {
        _owner = owner;
        _info = info;
        _template = template;
        _scope = scope;
    }

    private SourceText Source => _owner.Source;
    private bool Strict => _info.Strict;

    // ------------------------------------------------------------ registers ----

    private int NewRegister() => _registerCount++;

    private int AllocTemp() => _freeTemps.Count > 0 ? _freeTemps.Pop() : _registerCount++;

    private void FreeTemp(int r) => _freeTemps.Push(r);

    // ------------------------------------------------------ scope handling ----

    /// <summary>Gives every binding of a scope its storage: a context slot if captured, else a register.</summary>
    private void AllocateScope(Scope scope)
    {
        if (scope.Allocated) return;
        scope.Allocated = true;
        int slots = 0;
        foreach (var b in scope.Ordered)
        {
            if (b.Register < 0 && b.Slot < 0)
            {
                if (b.Captured || _info.HasDirectEval) b.Slot = slots++;
                else
                {
                    b.Register = NewRegister();
                    if (!b.NeedsTdz || b.Kind == BindingKind.Param) _undefinedAtEntry.Add(b.Register);
                }
            }
            if (b.Kind is not (BindingKind.Internal or BindingKind.PrivateName))
                _template.Variables.Add((b.Name, b.Captured || _info.HasDirectEval ? "context" : "register"));
        }
        scope.ContextSlots = slots;
    }

    /// <summary>Enters a block scope: allocates its bindings, pushes a context if needed, initialises TDZ.</summary>
    /// <remarks><paramref name="initTdz"/>: False when the caller initialises every binding before anything can
    /// read it (a for-in/of head binding a single name), so the hole store would be dead.</remarks>
    private void EnterBlockScope(Scope scope, bool initTdz = true)
    {
        AllocateScope(scope);
        _scope = scope;
        if (scope.HasContext)
        {
            _b.Emit(OpCode.PushContext, scope.ContextSlots);
            _contextDepth++;
            _control.Add(new ControlEntry(ControlEntryKind.Context));
        }
        if (initTdz) InitTdz(scope);
    }

    private void ExitBlockScope(Scope scope)
    {
        if (scope.HasContext)
        {
            _b.Emit(OpCode.PopContext);
            _contextDepth--;
            _control.RemoveAt(_control.Count - 1);
        }
        _scope = scope.Parent!;
    }

    private void InitTdz(Scope scope)
    {
        foreach (var b in scope.Ordered)
        {
            if (!StartsAsHole(b)) continue;
            _b.Emit(OpCode.LoadHole);
            StoreBinding(b);
        }
    }

    /// <summary>
    /// True when a TDZ binding's storage must hold the hole from its scope's entry: it lives in a context
    /// (closures may read it early), some use of it may come before its declaration has run (see
    /// <see cref="Binding.UsedBeforeDeclarationEnd"/>), or its scope is a block. A block's store stays even when
    /// no check reads it: a block may be entered many times (a loop's body), and the store also drops the
    /// previous entry's value, which the GC would otherwise keep alive until the declaration runs again (a loop
    /// building big arrays: +1.5% GC work in bench/programs/strings-arrays.js). At a function body's top level,
    /// entered once per call, the dead store is dropped: two instructions on every call of a function with a
    /// const in its body. Such a binding is initialised at every use the analysis saw, so no use of it is checked
    /// either, even where the code generator does not know the use's position (a destructuring assignment's target).
    /// </summary>
    private static bool StartsAsHole(Binding b) =>
        b.NeedsTdz && (b.InContext || b.UsedBeforeDeclarationEnd || b.BoundUnderFinally || b.DeclarationEnd == int.MaxValue
            || !(b.Scope.IsFunctionScope || b.Scope.Node is FunctionBody) || b.Scope.Function.IsModule || b.Scope.Function.IsEvalCode);

    private (Binding? Binding, int Depth) Resolve(string name)
    {
        int depth = 0;
        for (var s = _scope; s is not null; s = s.Parent)
        {
            if (s.Bindings.TryGetValue(name, out var b))
            {
                if (s.Function != _info && !b.InContext && b.Kind != BindingKind.FunctionSelf)
                    throw new InvalidOperationException($"compiler bug: '{name}' is used by a nested function but was not marked captured");
                return (b, depth);
            }
            if (s.HasContext) depth++;
        }
        return (null, 0);
    }

    /// <summary>
    /// True when a reference at <paramref name="offset"/> certainly sees <paramref name="b"/> initialised:
    /// it is in the same function, after the declaration (code in a block runs in order, and a
    /// switch's cases are the one place where a later statement can run without an earlier one),
    /// or in a closure created after the declaration (see <see cref="IsCreatedAfter"/>).
    /// </summary>
    private bool IsCertainlyInitialized(Binding b, int offset)
    {
        if (b.Scope.Node is SwitchStatement) return false;
        return b.Scope.Function == _info ? offset > b.DeclarationEnd : IsCreatedAfter(b);
    }

    /// <summary>
    /// The function being compiled runs only after its closure is created, so a binding of an outer
    /// function that was initialised when that closure was made stays so: true when every function
    /// between here and the binding's is an expression, arrow, method or class element (not a
    /// declaration: those are created at their scope's entry, before any let of it runs) and the
    /// outermost of them starts after the declaration. Eval code is never assumed.
    /// </summary>
    private bool IsCreatedAfter(Binding b)
    {
        for (var fn = _info; fn.Parent is { } parent; fn = parent)
        {
            if (fn.IsEvalCode || fn.Node is FunctionDeclaration) return false;
            if (parent == b.Scope.Function) return fn.Node.Start > b.DeclarationEnd;
        }
        return false;
    }

    private void LoadBinding(Binding b, int depth, bool checkTdz = true)
    {
        if (b.Import is { } import)
        {
            _b.Emit(OpCode.LoadImport, _b.Constant(import));
            return;
        }
        int nameK = _b.Name(b.Name);
        if (b.InContext)
        {
            if (b.NeedsTdz && checkTdz) _b.Emit(OpCode.LoadCtxChecked, depth, b.Slot, nameK);
            else _b.Emit(OpCode.LoadCtx, depth, b.Slot);
        }
        else
        {
            if (checkTdz && StartsAsHole(b)) _b.Emit(OpCode.LoadLocalChecked, b.Register, nameK);
            else _b.Emit(OpCode.LoadLocal, b.Register);
        }
    }

    /// <summary>Stores the value on top of the stack (popping it) into a binding of the current scope chain.</summary>
    private void StoreBinding(Binding b)
    {
        int depth = 0;
        for (var s = _scope; s is not null && s != b.Scope; s = s.Parent)
            if (s.HasContext) depth++;
        StoreBinding(b, depth);
    }

    private void StoreBinding(Binding b, int depth)
    {
        if (b.InContext) _b.Emit(OpCode.StoreCtx, depth, b.Slot);
        else _b.Emit(OpCode.StoreLocal, b.Register);
    }

    /// <summary>
    /// The with scopes, and the objects of vars sloppy direct eval declared, between the current
    /// scope and where <paramref name="name"/> resolves, innermost first.
    /// </summary>
    private List<DynamicScope>? WithScopesFor(string name)
    {
        List<DynamicScope>? result = null;
        int depth = 0;
        for (var s = _scope; s is not null; s = s.Parent)
        {
            if (s.Bindings.ContainsKey(name) && !s.IsWith) break;
            if (s.IsWith) (result ??= new()).Add(new(s.Bindings[ScopeAnalyzer.WithObjectName], depth, false));
            else if (s.EvalVars is { } evalVars) (result ??= new()).Add(new(evalVars, depth, true));
            if (s.HasContext) depth++;
        }
        return result;
    }

    /// <summary>A scope whose names are only known at run time: a with object, or the vars sloppy eval declared.</summary>
    private readonly record struct DynamicScope(Binding Holder, int Depth, bool IsEvalVars);

    /// <summary>
    /// For each enclosing with object (or eval var object): if it has <paramref name="name"/> (and it is
    /// not unscopable), run <paramref name="onHit"/> with the object on the stack and jump to <paramref name="end"/>.
    /// The argument of <paramref name="onHit"/> tells an eval var object (which is no this value) from a with object.
    /// </summary>
    private void EmitWithLookups(List<DynamicScope> withs, string name, Action<bool> onHit, Label end)
    {
        foreach (var (w, depth, isEvalVars) in withs)
        {
            var miss = new Label();
            LoadBinding(w, depth);
            _b.Emit(isEvalVars ? OpCode.EvalVarHas : OpCode.WithHas, _b.Name(name));   // obj → obj bool
            _b.EmitJump(OpCode.JumpIfFalse, miss);
            onHit(isEvalVars);
            _b.EmitJump(OpCode.Jump, end);
            _b.Bind(miss);
            _b.Emit(OpCode.Pop);
        }
    }

    /// <summary>Loads the value of an identifier reference at source offset <paramref name="offset"/> (-1: unknown).</summary>
    private void EmitLoadName(string name, int offset = -1)
    {
        if (WithScopesFor(name) is { } withs)
        {
            var end = new Label();
            int depth = _b.StackDepth;
            EmitWithLookups(withs, name, isEvalVars =>
            {
                if (isEvalVars) _b.Emit(OpCode.GetNamed, _b.Name(name), _b.NewCache());
                else _b.Emit(OpCode.WithGetBinding, _b.Name(name), Strict ? 1 : 0);
            }, end);
            EmitLoadNameStatic(name, offset);
            _b.Bind(end);
            _b.StackDepth = depth + 1;
            return;
        }
        EmitLoadNameStatic(name, offset);
    }

    /// <summary>
    /// 9.4.2 ResolveBinding inside with scopes, done once before the rest of an assignment runs:
    /// pushes the with object that has <paramref name="name"/>, or undefined when the name is a
    /// static binding (a local or the global). <see cref="EmitWithReferenceGet"/> and
    /// <see cref="EmitWithReferencePut"/> then use that reference even if the binding changes meanwhile.
    /// </summary>
    private void EmitResolveWithReference(List<DynamicScope> withs, string name)
    {
        var end = new Label();
        int depth = _b.StackDepth;
        EmitWithLookups(withs, name, _ => { }, end);
        _b.Emit(OpCode.LoadUndefined);
        _b.Bind(end);
        _b.StackDepth = depth + 1;
    }

    /// <summary>ref → ref value: GetValue of a reference from <see cref="EmitResolveWithReference"/>.</summary>
    private void EmitWithReferenceGet(string name, int offset)
    {
        var isStatic = new Label();
        var end = new Label();
        int depth = _b.StackDepth;
        _b.EmitJump(OpCode.JumpIfNullish, isStatic);
        _b.Emit(OpCode.Dup);
        _b.Emit(OpCode.WithGetBinding, _b.Name(name), Strict ? 1 : 0);
        _b.EmitJump(OpCode.Jump, end);
        _b.Bind(isStatic);
        _b.StackDepth = depth;
        EmitLoadNameStatic(name, offset);
        _b.Bind(end);
        _b.StackDepth = depth + 1;
    }

    /// <summary>ref value → value: PutValue into a reference from <see cref="EmitResolveWithReference"/>.</summary>
    private void EmitWithReferencePut(string name, int offset)
    {
        var isStatic = new Label();
        var end = new Label();
        int depth = _b.StackDepth;
        _b.Emit(OpCode.Swap);                                               // value ref
        _b.EmitJump(OpCode.JumpIfNullish, isStatic);
        _b.Emit(OpCode.Swap);                                               // ref value
        _b.Emit(OpCode.WithSetBinding, _b.Name(name), Strict ? 1 : 0);      // value
        _b.EmitJump(OpCode.Jump, end);
        _b.Bind(isStatic);
        _b.StackDepth = depth;
        _b.Emit(OpCode.Pop);
        _b.Emit(OpCode.Dup);
        EmitStoreNameStatic(name, false, offset);
        _b.Bind(end);
        _b.StackDepth = depth - 1;
    }

    private void EmitLoadNameStatic(string name, int offset = -1)
    {
        var (b, depth) = Resolve(name);
        if (b is not null)
        {
            if (b.Kind == BindingKind.FunctionSelf && !b.InContext) { _b.Emit(OpCode.LoadFunction); return; }
            LoadBinding(b, depth, checkTdz: offset < 0 || !IsCertainlyInitialized(b, offset));
            return;
        }
        if (name == "undefined") { _b.Emit(OpCode.LoadGlobal, _b.Name(name), _b.NewCache()); return; }
        _b.Emit(OpCode.LoadGlobal, _b.Name(name), _b.NewCache());
    }

    /// <summary>Assigns the value on top of the stack to an identifier (popping it). For declarations, <paramref name="init"/> skips TDZ and const checks.</summary>
    private void EmitStoreName(string name, bool init = false, int offset = -1)
    {
        if (!init && WithScopesFor(name) is { } withs)
        {
            // value → (with hit) value obj → obj value → SetNamed → value → pop
            var end = new Label();
            int depth = _b.StackDepth;
            EmitWithLookups(withs, name, _ =>
            {
                _b.Emit(OpCode.Swap);
                _b.Emit(OpCode.SetNamed, _b.Name(name), _b.NewCache());
                _b.Emit(OpCode.Pop);
            }, end);
            _b.StackDepth = depth;
            EmitStoreNameStatic(name, init, offset);
            _b.Bind(end);
            _b.StackDepth = depth - 1;
            return;
        }
        EmitStoreNameStatic(name, init, offset);
    }

    private void EmitStoreNameStatic(string name, bool init, int offset = -1)
    {
        var (b, depth) = Resolve(name);
        if (b is null)
        {
            if (init && _info.IsScript && IsGlobalLexical(name))
            {
                _b.Emit(OpCode.InitGlobalLexical, _b.Name(name));
                return;
            }
            _b.Emit(OpCode.StoreGlobal, _b.Name(name), Strict ? 1 : 0);
            return;
        }
        if (!init)
        {
            if (b.Kind == BindingKind.FunctionSelf)
            {
                if (Strict) { _b.Emit(OpCode.Pop); _b.Emit(OpCode.ThrowConstAssign, _b.Name(name)); }
                else _b.Emit(OpCode.Pop);
                return;
            }
            if (b.NeedsTdz && !(offset >= 0 && IsCertainlyInitialized(b, offset)))
            {
                if (b.InContext) _b.Emit(OpCode.CheckCtxInit, depth, b.Slot, _b.Name(name));
                else if (StartsAsHole(b)) _b.Emit(OpCode.CheckLocalInit, b.Register, _b.Name(name));
            }
            if (b.IsConst)
            {
                _b.Emit(OpCode.Pop);
                _b.Emit(OpCode.ThrowConstAssign, _b.Name(name));
                return;
            }
        }
        StoreBinding(b, depth);
    }

    private bool IsGlobalLexical(string name) => _owner.GlobalLexicalNames.Contains(name);

    // ------------------------------------------------------------ positions ----

    private void Mark(Node node) => _b.MarkPosition(node.Start);

    // ------------------------------------------------------ function bodies ----

    /// <summary>Compiles a function node (declaration, expression, arrow, method) into its template.</summary>
    internal FunctionTemplate CompileFunction(Node node, IReadOnlyList<Node> parameters, Node body)
    {
        var fnScope = _scope;
        _template.Strict = Strict;
        _template.Source = Source;
        _template.SourceStart = node.Start;
        _template.SourceEnd = node.End;

        bool simpleParams = true;
        foreach (var p in parameters) if (p is not Identifier) { simpleParams = false; break; }
        _template.HasNonSimpleParameterList = !simpleParams;
        // Duplicate simple parameter names (sloppy): the last one wins; use the argument array path.
        if (simpleParams && parameters.Count != parameters.Select(p => ((Identifier)p).Name).Distinct().Count()) simpleParams = false;

        // Registers 0..n-1 receive the arguments directly when parameters are simple.
        if (simpleParams)
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                var b = fnScope.Bindings[((Identifier)parameters[i]).Name];
                b.Register = NewRegister();
                _undefinedAtEntry.Add(b.Register);
            }
            _template.DirectParamCount = parameters.Count;
        }
        // 10.4.4.7 CreateMappedArgumentsObject: sloppy functions with simple parameters alias
        // arguments[i] and the parameters, so those parameters live in the context.
        bool mapped = simpleParams && !Strict && _info.UsesArguments && !_template.IsArrowLike && parameters.Count > 0
            && fnScope.Bindings.TryGetValue("arguments", out var ab) && ab.Kind == BindingKind.Arguments;
        if (mapped)
            foreach (var p in parameters) fnScope.Bindings[((Identifier)p).Name].Captured = true;
        AllocateScope(fnScope);
        if (simpleParams)
        {
            foreach (var p in parameters)
            {
                var b = fnScope.Bindings[((Identifier)p).Name];
                if ((b.Captured || _info.HasDirectEval) && b.Slot < 0) b.Slot = fnScope.ContextSlots++;
            }
        }
        _template.ContextSlots = fnScope.ContextSlots;
        _template.Length = ExpectedArgumentCount(parameters);
        if (mapped) _template.MappedParameterSlots = parameters.Select(p => fnScope.Bindings[((Identifier)p).Name].Slot).ToArray();
        EmitFunctionContexts(fnScope);
        // Captured simple parameters: copied from their registers into the context at entry.
        if (simpleParams)
        {
            foreach (var p in parameters)
            {
                var b = fnScope.Bindings[((Identifier)p).Name];
                if (b.Slot < 0) continue;
                _b.Emit(OpCode.LoadLocal, b.Register);
                _b.Emit(OpCode.StoreCtx, 0, b.Slot);
            }
        }

        if (_info.UsesArguments && fnScope.Bindings.TryGetValue("arguments", out var argsBinding) && argsBinding.Kind == BindingKind.Arguments)
        {
            _template.NeedsArgumentsArray = true;
            _b.Emit(OpCode.CreateArguments);
            StoreBinding(argsBinding, 0);
        }

        InitTdz(fnScope);

        if (!simpleParams)
        {
            _template.NeedsArgumentsArray = true;
            for (int i = 0; i < parameters.Count; i++)
            {
                var p = parameters[i];
                if (p is RestElement rest)
                {
                    _b.Emit(OpCode.LoadRestArgs, i);
                    EmitBindingInitialization(rest.Argument, PatternMode.Init);
                }
                else
                {
                    _b.Emit(OpCode.LoadArg, i);
                    EmitBindingInitialization(p, PatternMode.Init);
                }
            }
        }

        // The body's own var scope (parameter expressions): each var named like a parameter starts
        // with the parameter's value (10.2.11 step 28.f.i).
        if (body is FunctionBody vbody && _info.VarScope != fnScope && _owner.Analyzer.Scopes.TryGetValue(vbody, out var varScope))
        {
            EnterBlockScope(varScope);
            foreach (var v in varScope.Ordered)
            {
                if (v.Kind != BindingKind.Var || !fnScope.Bindings.TryGetValue(v.Name, out var param)) continue;
                int depth = varScope.HasContext ? 1 : 0;
                LoadBinding(param, depth, checkTdz: false);
                StoreBinding(v, 0);
            }
        }

        // Hoisted function declarations are created before the body runs.
        if (body is FunctionBody fbody) HoistFunctionDeclarations(fbody.Body);
        else if (body is Program moduleBody) HoistFunctionDeclarations(moduleBody.Body);

        if (_template.IsGenerator) _b.Emit(OpCode.InitialYield);

        if (body is FunctionBody block)
        {
            EmitStatementList(block.Body);
            EmitReturnUndefined();
        }
        else if (body is Program program)
        {
            EmitStatementList(program.Body);
            EmitReturnUndefined();
        }
        else
        {
            EmitExpression((Expression)body);
            _b.Emit(OpCode.Return);
        }
        return Finish();
    }

    /// <summary>The implicit `return undefined` at a body's end, as one instruction.</summary>
    private void EmitReturnUndefined()
    {
        // It pushes undefined (the tracked depth must leave room for it: frames have no slack).
        _b.StackDepth += 1;
        _b.StackDepth -= 1;
        _b.Emit(OpCode.ReturnUndefined);
    }

    /// <summary>Function entry: the self-name context of a named function expression, then the function's own context.</summary>
    private void EmitFunctionContexts(Scope fnScope)
    {
        if (fnScope.Parent is { } nameScope && nameScope.Node is Identifier && nameScope.Function == _info)
        {
            AllocateScope(nameScope);
            if (nameScope.HasContext)
            {
                _b.Emit(OpCode.PushContext, nameScope.ContextSlots);
                _b.Emit(OpCode.LoadFunction);
                _b.Emit(OpCode.StoreCtx, 0, 0);
                _contextDepth++;
            }
        }
        if (fnScope.HasContext)
        {
            _b.Emit(OpCode.PushContext, fnScope.ContextSlots);
            _contextDepth++;
        }
    }

    /// <summary>A script: global declarations, then the statements; returns the completion value.</summary>
    internal FunctionTemplate CompileScriptBody(Script script, GlobalDeclarations decls)
    {
        var scope = _scope;
        _template.Strict = Strict;
        _template.Source = Source;
        _template.SourceStart = script.Start;
        _template.SourceEnd = script.End;
        AllocateScope(scope);
        CompletionRegister = NewRegister();
        _undefinedAtEntry.Add(CompletionRegister);
        var fns = new List<(string, FunctionTemplate)>();
        foreach (var st in script.Body)
        {
            var fd = st as FunctionDeclaration ?? (st as LabeledStatement)?.Body as FunctionDeclaration;
            if (fd?.Id is null) continue;
            fns.Add((fd.Id.Name, _owner.CompileNested(fd, _scope, fd.Id.Name, null)));
        }
        decls.Functions = fns.ToArray();
        _b.Emit(OpCode.DeclareGlobals, _b.UniqueConstant(decls));
        foreach (var st in script.Body) EmitStatement(st);
        _b.Emit(OpCode.LoadLocal, CompletionRegister);
        _b.Emit(OpCode.Return);
        return Finish();
    }

    /// <summary>Direct eval code: statements of an arrow-like body whose result is the completion value.</summary>
    internal FunctionTemplate CompileEvalBody(Script script, EvalDeclarations? declarations)
    {
        _template.Strict = Strict;
        _template.Source = Source;
        _template.SourceStart = script.Start;
        _template.SourceEnd = script.End;
        AllocateScope(_scope);
        EmitFunctionContexts(_scope);
        InitTdz(_scope);
        CompletionRegister = NewRegister();
        _undefinedAtEntry.Add(CompletionRegister);
        if (declarations is not null) EmitEvalDeclarationInstantiation(declarations);
        HoistFunctionDeclarations(script.Body, inCallerVarScope: declarations is not null);
        foreach (var st in script.Body) EmitStatement(st);
        _b.Emit(OpCode.LoadLocal, CompletionRegister);
        _b.Emit(OpCode.Return);
        return Finish();
    }

    /// <summary>
    /// 19.2.1.3 EvalDeclarationInstantiation of sloppy eval code, its run-time part: on the global
    /// object (with its checks), or in the caller's eval var object for the names its variable
    /// environment does not bind already.
    /// </summary>
    private void EmitEvalDeclarationInstantiation(EvalDeclarations d)
    {
        if (d.Target is null)
        {
            _b.Emit(OpCode.DeclareEvalGlobals, _b.UniqueConstant(new EvalGlobalDeclarations([.. d.VarNames], [.. d.FunctionNames], [.. d.AnnexBNames])));
            return;
        }
        var names = d.AllNames.Where(n => !d.Target.Bindings.ContainsKey(n)).ToList();
        if (names.Count == 0) return;
        var holder = d.Target.EvalVars!;
        int depth = DepthOf(holder.Scope);
        LoadBinding(holder, depth);
        foreach (var name in names) _b.Emit(OpCode.DeclareEvalVar, _b.Name(name));
        StoreBinding(holder, depth);
    }

    /// <summary>How many contexts up from the current scope <paramref name="target"/>'s context is.</summary>
    private int DepthOf(Scope target)
    {
        int depth = 0;
        for (var s = _scope; s is not null && s != target; s = s.Parent)
            if (s.HasContext) depth++;
        return depth;
    }

    /// <summary>A class field initialiser body: evaluates one expression (named after the field).</summary>
    internal FunctionTemplate CompileExpressionBody(Node node, Expression value, string? name)
    {
        _template.Strict = true;
        _template.Source = Source;
        _template.SourceStart = node.Start;
        _template.SourceEnd = node.End;
        AllocateScope(_scope);
        EmitFunctionContexts(_scope);
        InitTdz(_scope);
        EmitNamedExpression(value, name);
        _b.Emit(OpCode.Return);
        return Finish();
    }

    /// <summary>A class static block, run once with this = the class.</summary>
    internal FunctionTemplate CompileStaticBlock(StaticBlock sb)
    {
        _template.Strict = true;
        _template.Source = Source;
        _template.SourceStart = sb.Start;
        _template.SourceEnd = sb.End;
        AllocateScope(_scope);
        EmitFunctionContexts(_scope);
        InitTdz(_scope);
        HoistFunctionDeclarations(sb.Body);
        EmitStatementList(sb.Body);
        _b.Emit(OpCode.LoadUndefined);
        _b.Emit(OpCode.Return);
        return Finish();
    }

    internal FunctionTemplate Finish()
    {
        _b.Finish(_template);
        _template.LocalCount = _registerCount;
        if (BytecodeVerifier.Enabled) BytecodeVerifier.Verify(_template, _undefinedAtEntry);
        return _template;
    }

    private static int ExpectedArgumentCount(IReadOnlyList<Node> parameters)
    {
        int n = 0;
        foreach (var p in parameters)
        {
            if (p is AssignmentPattern or RestElement) break;
            n++;
        }
        return n;
    }

    /// <summary>
    /// Creates closures for the function declarations of a statement list and binds them. With
    /// <paramref name="inCallerVarScope"/> (sloppy eval code) they are assignments to the names
    /// EvalDeclarationInstantiation declared in the caller's variable environment.
    /// </summary>
    private void HoistFunctionDeclarations(in NodeList<Statement> body, bool inCallerVarScope = false)
    {
        foreach (var st in body)
        {
            var fd = st switch
            {
                FunctionDeclaration d => d,
                LabeledStatement { Body: FunctionDeclaration d } => d,
                ExportNamedDeclaration { Declaration: FunctionDeclaration d } => d,
                ExportDefaultDeclaration { Declaration: FunctionDeclaration d } => d,
                _ => null,
            };
            if (fd is null) continue;
            // export default function () {}: bound as *default*, named "default" (16.2.1.6.4 step 22).
            EmitClosure(fd, fd.Id?.Name ?? "default");
            EmitStoreName(fd.Id?.Name ?? ScopeAnalyzer.DefaultExportName, init: !inCallerVarScope);
        }
    }

    /// <summary>Compiles a nested function and emits MakeClosure for it.</summary>
    private FunctionTemplate EmitClosure(Node fn, string? name, FunctionKind? kindOverride = null, Node? sourceNode = null)
    {
        var t = _owner.CompileNested(fn, _scope, name, kindOverride);
        // Methods, getters and setters: Function.prototype.toString shows the whole definition.
        if (sourceNode is not null) SetSourceRange(t, sourceNode);
        _b.Emit(OpCode.MakeClosure, _b.UniqueConstant(t));
        return t;
    }

    /// <summary>The source text of a method is its MethodDefinition, without a leading "static" (15.4, 15.7).</summary>
    private void SetSourceRange(FunctionTemplate t, Node definition)
    {
        int start = definition.Start;
        if (definition is MethodDefinition { Static: true })
        {
            var text = Source.Text;
            start += "static".Length;
            while (start < definition.End)
            {
                if (char.IsWhiteSpace(text[start])) start++;
                else if (string.CompareOrdinal(text, start, "/*", 0, 2) == 0) { int e = text.IndexOf("*/", start + 2, StringComparison.Ordinal); start = e < 0 ? definition.End : e + 2; }
                else if (string.CompareOrdinal(text, start, "//", 0, 2) == 0) { int e = text.IndexOf('\n', start); start = e < 0 ? definition.End : e + 1; }
                else break;
            }
        }
        t.SourceStart = start;
        t.SourceEnd = definition.End;
    }

    // --------------------------------------------------------------- control ----

    private enum ControlEntryKind { Context, Break, Continue, Finally }

    private sealed class ControlEntry(ControlEntryKind kind)
    {
        public ControlEntryKind Kind { get; } = kind;
        public List<string>? Labels;
        public Label? Target;
        /// <summary>true for unlabeled-break targets (loops and switch), false for labeled blocks.</summary>
        public bool AcceptsUnlabeled;
        // Finally boundary
        public int KindReg, ValueReg;
        public Label? FinallyLabel;
        public int ContextDepth;
        public List<(Label Stub, int ControlIndex, Func<ControlEntry, bool> IsTarget, bool IsReturn)>? Pending;
    }

    private List<string>? TakeLabels()
    {
        var l = _pendingLabels;
        _pendingLabels = null;
        return l;
    }

    /// <summary>Emits a jump to the break/continue target, leaving contexts and finally blocks on the way.</summary>
    private void EmitJumpThroughControl(int fromIndex, Func<ControlEntry, bool> isTarget, bool isReturn)
    {
        for (int i = fromIndex; i >= 0; i--)
        {
            var e = _control[i];
            if (!isReturn && isTarget(e))
            {
                _b.EmitJump(OpCode.Jump, e.Target!);
                return;
            }
            switch (e.Kind)
            {
                case ControlEntryKind.Context:
                    _b.Emit(OpCode.PopContext);
                    break;
                case ControlEntryKind.Finally:
                    var stub = new Label();
                    (e.Pending ??= new()).Add((stub, i - 1, isTarget, isReturn));
                    _b.EmitJump(OpCode.LoadLabel, stub);
                    _b.Emit(OpCode.StoreLocal, e.ValueReg);
                    _b.Emit(OpCode.LoadInt, CompletionKind.Jump);
                    _b.Emit(OpCode.StoreLocal, e.KindReg);
                    _b.EmitJump(OpCode.Jump, e.FinallyLabel!);
                    return;
            }
        }
        if (isReturn)
        {
            _b.Emit(OpCode.LoadLocal, _returnRegister);
            _b.Emit(OpCode.Return);
            return;
        }
        throw new InvalidOperationException("jump target not found");
    }

    /// <summary>After a finally block: the code that continues each break/return routed through it.</summary>
    private void EmitFinallyStubs(ControlEntry e)
    {
        if (e.Pending is null) return;
        // Normal completion falls through EndFinally: it must skip the stubs.
        var after = new Label();
        _b.EmitJump(OpCode.Jump, after);
        for (int k = 0; k < e.Pending.Count; k++)
        {
            var (stub, index, isTarget, isReturn) = e.Pending[k];
            _b.Bind(stub);
            EmitJumpThroughControl(index, isTarget, isReturn);
        }
        _b.Bind(after);
    }
}
