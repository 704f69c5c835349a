using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

internal sealed partial class FunctionCompiler
{
    /// <summary>Holds the completion value of a script's last expression statement (for eval/evalScript).</summary>
    internal int CompletionRegister = -1;

    private void EmitStatement(Statement st)
    {
        CompileStack.EnsureSufficient();
        if (CompletionRegister >= 0 && ProducesUndefinedWhenEmpty(st)) EmitResetCompletion();
        switch (st)
        {
            case ExpressionStatement es:
                Mark(es);
                if (CompletionRegister >= 0)
                {
                    EmitExpression(es.Expression);
                    _b.Emit(OpCode.StoreLocal, CompletionRegister);
                }
                else EmitExpressionForEffect(es.Expression);
                break;
            case VariableDeclaration vd:
                EmitVariableDeclaration(vd);
                break;
            case FunctionDeclaration fd:
                // Created when its scope was entered. Annex B.3.3: sloppy block functions also
                // write the var binding of the same name when the declaration is evaluated.
                if (!Strict && fd.Id is not null && !_scope.IsFunctionScope && _scope.Node is not Script && !fd.Async && !fd.Generator)
                    EmitAnnexBFunctionCopy(fd.Id.Name);
                break;
            case ClassDeclaration cd:
                Mark(cd);
                EmitClass(cd, cd.Id, cd.SuperClass, cd.Body, cd.Id?.Name);
                EmitStoreName(cd.Id!.Name, init: true);
                break;
            case ReturnStatement rs:
                Mark(rs);
                if (rs.Argument is not null) EmitExpression(rs.Argument);
                else _b.Emit(OpCode.LoadUndefined);
                if (_template.Kind == FunctionKind.AsyncGenerator && rs.Argument is not null) { _b.Emit(OpCode.Await); }
                EmitReturn();
                break;
            case IfStatement ifs:
                EmitIf(ifs);
                break;
            case BlockStatement block:
                EmitBlock(block);
                break;
            case EmptyStatement:
                break;
            case ThrowStatement ts:
                Mark(ts);
                EmitExpression(ts.Argument);
                Mark(ts);
                _b.Emit(OpCode.Throw);
                break;
            case WhileStatement ws:
                EmitWhile(ws);
                break;
            case DoWhileStatement dw:
                EmitDoWhile(dw);
                break;
            case ForStatement fs:
                EmitFor(fs);
                break;
            case ForInStatement fi:
                EmitForIn(fi);
                break;
            case ForOfStatement fo:
                EmitForOf(fo);
                break;
            case TryStatement ts:
                EmitTry(ts);
                break;
            case SwitchStatement ss:
                EmitSwitch(ss);
                break;
            case LabeledStatement ls:
                EmitLabeled(ls);
                break;
            case BreakStatement bs:
                EmitBreak(bs.Label?.Name);
                break;
            case ContinueStatement cs:
                EmitContinue(cs.Label?.Name);
                break;
            case DebuggerStatement:
                _b.Emit(OpCode.Debugger);
                break;
            case ImportDeclaration or ExportAllDeclaration:
                break; // bound when the module is linked
            case ExportNamedDeclaration en:
                if (en.Declaration is not null) EmitStatement(en.Declaration);
                break;
            case ExportDefaultDeclaration ed:
                EmitExportDefault(ed);
                break;
            case WithStatement ws:
                EmitWith(ws);
                break;
            default:
                throw new CompileError(st.Start, "SyntaxError", $"Unsupported statement: {st.Type}");
        }
    }

    /// <summary>
    /// Statements whose completion is UpdateEmpty(result, undefined) (if, loops, switch, try, with):
    /// when the completion value is observable (scripts, eval code) it is reset to undefined as they
    /// start, so one that produces no value of its own, or breaks out empty, yields undefined.
    /// </summary>
    private static bool ProducesUndefinedWhenEmpty(Statement st) => st is IfStatement or WhileStatement or DoWhileStatement
        or ForStatement or ForInStatement or ForOfStatement or SwitchStatement or TryStatement or WithStatement;

    private void EmitResetCompletion()
    {
        _b.Emit(OpCode.LoadUndefined);
        _b.Emit(OpCode.StoreLocal, CompletionRegister);
    }

    /// <summary>14.11 The with statement: names inside consult the object first (see EmitWithLookups).</summary>
    private void EmitWith(WithStatement ws)
    {
        Mark(ws);
        EmitExpression(ws.Object);
        _b.Emit(OpCode.ToObject);
        var scope = _owner.Analyzer.Scopes[ws];
        EnterBlockScope(scope);
        StoreBinding(scope.Bindings[ScopeAnalyzer.WithObjectName]);
        EmitStatement(ws.Body);
        ExitBlockScope(scope);
    }

    private void EmitAnnexBFunctionCopy(string name)
    {
        var (inner, innerDepth) = Resolve(name);
        if (inner is null) return;
        // Find the var-scope binding (or global) of the same name, skipping the block binding.
        var varScope = _info.VarScope!;
        LoadBinding(inner, innerDepth, checkTdz: false);
        if (varScope.Bindings.TryGetValue(name, out var outer) && outer != inner && outer.Kind is BindingKind.Var or BindingKind.Function)
        {
            StoreBinding(outer);
        }
        else if (_owner.Analyzer.EvalDeclarations is { } evalDecls && _info.IsEvalCode && !Strict)
        {
            // Sloppy eval code: the var binding is in the caller's variable environment (B.3.2.3).
            if (!evalDecls.AnnexBNames.Contains(name)) _b.Emit(OpCode.Pop);
            else if (evalDecls.Target is null) _b.Emit(OpCode.StoreGlobal, _b.Name(name), 0);
            else if (evalDecls.Target.Bindings.TryGetValue(name, out var existing) && existing.Kind is not BindingKind.Internal) StoreBinding(existing);
            else
            {
                var holder = evalDecls.Target.EvalVars!;
                LoadBinding(holder, DepthOf(holder.Scope));
                _b.Emit(OpCode.Swap);
                _b.Emit(OpCode.SetNamed, _b.Name(name), _b.NewCache());
                _b.Emit(OpCode.Pop);
            }
        }
        else if (_info.IsScript && varScope.Parent is null && !IsGlobalLexical(name))
        {
            _b.Emit(OpCode.StoreGlobal, _b.Name(name), 0);
        }
        else _b.Emit(OpCode.Pop);
    }

    private void EmitVariableDeclaration(VariableDeclaration vd)
    {
        bool lexical = vd.Kind != VariableDeclarationKind.Var;
        foreach (var d in vd.Declarations)
        {
            Mark(d);
            if (d.Init is null)
            {
                if (!lexical) continue; // var x; does nothing at run time
                _b.Emit(OpCode.LoadUndefined);
                EmitBindingInitialization(d.Id, PatternMode.Init);
                continue;
            }
            EmitNamedExpression(d.Init, (d.Id as Identifier)?.Name);
            if (IsUsing(vd)) EmitAddDisposable(vd);
            EmitPatternInitialization(d.Id, lexical ? PatternMode.Init : PatternMode.VarInit, d.Init, declaration: true);
        }
    }

    private void EmitBlock(BlockStatement block)
    {
        if (!_owner.Analyzer.Scopes.TryGetValue(block, out var scope))
        {
            EmitStatementList(block.Body);
            return;
        }
        var labels = TakeLabels();
        var end = labels is not null ? new Label() : null;
        if (labels is not null) _control.Add(new ControlEntry(ControlEntryKind.Break) { Labels = labels, Target = end });
        EnterBlockScope(scope);
        HoistFunctionDeclarations(block.Body);
        EmitStatementList(block.Body);
        ExitBlockScope(scope);
        if (labels is not null)
        {
            _control.RemoveAt(_control.Count - 1);
            _b.Bind(end!);
        }
    }

    private void EmitIf(IfStatement ifs)
    {
        var labels = TakeLabels();
        var end = new Label();
        if (labels is not null) _control.Add(new ControlEntry(ControlEntryKind.Break) { Labels = labels, Target = end });
        var elseLabel = new Label();
        Mark(ifs.Test);
        EmitCondition(ifs.Test, elseLabel, jumpIfTrue: false);
        EmitStatement(ifs.Consequent);
        if (ifs.Alternate is not null)
        {
            _b.EmitJump(OpCode.Jump, end);
            _b.Bind(elseLabel);
            EmitStatement(ifs.Alternate);
        }
        else _b.Bind(elseLabel);
        if (labels is not null) _control.RemoveAt(_control.Count - 1);
        _b.Bind(end);
    }

    /// <summary>Evaluates a condition and jumps to <paramref name="target"/> when it is <paramref name="jumpIfTrue"/>.</summary>
    private void EmitCondition(Expression test, Label target, bool jumpIfTrue)
    {
        if (test is UnaryExpression { Operator: Acornima.Operator.LogicalNot } not)
        {
            EmitCondition(not.Argument, target, !jumpIfTrue);
            return;
        }
        EmitExpression(test);
        _b.EmitJump(jumpIfTrue ? OpCode.JumpIfTrue : OpCode.JumpIfFalse, target);
    }

    private (ControlEntry Break, ControlEntry Continue) PushLoop(Label breakLabel, Label continueLabel)
    {
        var labels = TakeLabels();
        var br = new ControlEntry(ControlEntryKind.Break) { Labels = labels, Target = breakLabel, AcceptsUnlabeled = true };
        var co = new ControlEntry(ControlEntryKind.Continue) { Labels = labels, Target = continueLabel, AcceptsUnlabeled = true };
        _control.Add(br);
        return (br, co);
    }

    private void EmitWhile(WhileStatement ws)
    {
        // The test sits below the body (entered once by a jump), so each iteration takes one
        // conditional jump back instead of a test-and-exit jump plus an unconditional one.
        var top = new Label();
        var test = new Label();
        var exit = new Label();
        var (br, co) = PushLoop(exit, test);
        _control.Add(co);
        _b.EmitJump(OpCode.Jump, test);
        _b.Bind(top);
        EmitStatement(ws.Body);
        _b.Bind(test);
        Mark(ws.Test);
        EmitCondition(ws.Test, top, jumpIfTrue: true);
        _control.Remove(co);
        _control.Remove(br);
        _b.Bind(exit);
    }

    private void EmitDoWhile(DoWhileStatement dw)
    {
        var top = new Label();
        var cont = new Label();
        var exit = new Label();
        var (br, co) = PushLoop(exit, cont);
        _control.Add(co);
        _b.Bind(top);
        EmitStatement(dw.Body);
        _b.Bind(cont);
        Mark(dw.Test);
        EmitCondition(dw.Test, top, jumpIfTrue: true);
        _control.Remove(co);
        _control.Remove(br);
        _b.Bind(exit);
    }

    private void EmitFor(ForStatement fs)
    {
        var scope = _owner.Analyzer.Scopes[fs];
        var labels = _pendingLabels;
        EnterBlockScope(scope);
        _pendingLabels = labels;
        // 14.7.4.2 ForLoopEvaluation: the head's using declarations are disposed of when the loop ends.
        if (IsUsing(fs.Init)) EmitDisposalScope(AsAwaitUsing(fs.Init), () => EmitForLoop(fs, scope));
        else EmitForLoop(fs, scope);
        ExitBlockScope(scope);
    }

    /// <summary>The for statement after its scope is entered: head declaration, test, body, update.</summary>
    private void EmitForLoop(ForStatement fs, Scope scope)
    {
        if (fs.Init is VariableDeclaration vd) EmitVariableDeclaration(vd);
        else if (fs.Init is Expression init)
        {
            EmitExpression(init);
            _b.Emit(OpCode.Pop);
        }
        bool perIteration = scope.HasContext && fs.Init is VariableDeclaration { Kind: not VariableDeclarationKind.Var };
        if (perIteration) _b.Emit(OpCode.CloneContext);
        var top = new Label();
        var cont = new Label();
        var test = new Label();
        var exit = new Label();
        var (br, co) = PushLoop(exit, cont);
        _control.Add(co);
        // As in while: the test below the body, entered once by a jump.
        if (fs.Test is not null) _b.EmitJump(OpCode.Jump, test);
        _b.Bind(top);
        EmitStatement(fs.Body);
        _b.Bind(cont);
        if (perIteration) _b.Emit(OpCode.CloneContext);
        if (fs.Update is not null)
        {
            Mark(fs.Update);
            EmitExpressionForEffect(fs.Update);
        }
        if (fs.Test is not null)
        {
            _b.Bind(test);
            Mark(fs.Test);
            EmitCondition(fs.Test, top, jumpIfTrue: true);
        }
        else _b.EmitJump(OpCode.Jump, top);
        _control.Remove(co);
        _control.Remove(br);
        _b.Bind(exit);
    }

    /// <summary>Binds the value on the stack to a for-in/of left side (declaration or assignment target).</summary>
    private void EmitForBinding(Node left)
    {
        if (left is VariableDeclaration vd)
        {
            var target = vd.Declarations[0].Id;
            // V8 names a for-in/of declaration's value by its internal variable, ".for".
            if (target is ObjectPattern) _patternSubject = ".for";
            if (IsUsing(vd)) EmitAddDisposable(vd);
            EmitBindingInitialization(target, vd.Kind == VariableDeclarationKind.Var ? PatternMode.VarInit : PatternMode.Init);
            _patternSubject = null;
        }
        else EmitBindingInitialization(left, PatternMode.Assign);
    }

    private void EmitForIn(ForInStatement fi)
    {
        var scope = _owner.Analyzer.Scopes[fi];
        // var x = init in for-in (Annex B) evaluates the initialiser first.
        if (fi.Left is VariableDeclaration { Kind: VariableDeclarationKind.Var } vdi && vdi.Declarations[0].Init is { } vinit)
        {
            EmitNamedExpression(vinit, (vdi.Declarations[0].Id as Identifier)?.Name);
            EmitBindingInitialization(vdi.Declarations[0].Id, PatternMode.VarInit);
        }
        var labels = TakeLabels();
        Mark(fi.Right);
        EmitExpressionInLoopHeadScope(fi.Right, scope);
        _b.Emit(OpCode.ForInPrepare);
        int enumReg = AllocTemp();
        _b.Emit(OpCode.StoreLocal, enumReg);
        var top = new Label();
        var cont = new Label();
        var exit = new Label();
        _pendingLabels = labels;
        var (br, co) = PushLoop(exit, cont);
        _b.Bind(top);
        _b.Emit(OpCode.LoadLocal, enumReg);
        _b.EmitJump(OpCode.ForInNext, exit); // enum → key (or jump, popping enum)
        EnterBlockScope(scope, initTdz: !BindsSingleName(fi.Left));
        _control.Add(co);
        EmitForBinding(fi.Left);
        EmitStatement(fi.Body);
        _b.Bind(cont);
        _control.Remove(co);
        ExitBlockScope(scope);
        _b.EmitJump(OpCode.Jump, top);
        _control.Remove(br);
        _b.Bind(exit);
        _b.StackDepth = _b.StackDepth; // ForInNext's exit path pops the enumerator
        FreeTemp(enumReg);
    }

    /// <summary>The right side of for-in/of is evaluated with the loop's lexical names in TDZ (14.7.5.6).</summary>
    private void EmitExpressionInLoopHeadScope(Expression expr, Scope loopScope)
    {
        if (loopScope.Ordered.Count == 0 || !loopScope.Ordered.Any(b => b.NeedsTdz))
        {
            EmitExpression(expr);
            return;
        }
        EnterBlockScope(loopScope);
        EmitExpression(expr);
        ExitBlockScope(loopScope);
        // Bindings get fresh storage per iteration; reset allocation so EnterBlockScope reallocates.
    }

    /// <summary>A for-in/of head declaring one plain name (`const x`), initialised at once each iteration.</summary>
    private static bool BindsSingleName(Node left) =>
        left is VariableDeclaration { Declarations: [{ Id: Identifier }] };

    private void EmitForOf(ForOfStatement fo)
    {
        var scope = _owner.Analyzer.Scopes[fo];
        var labels = TakeLabels();
        Mark(fo.Right);
        EmitExpressionInLoopHeadScope(fo.Right, scope);
        _b.MarkPosition(fo.Right.Start); // V8 places the iteration's errors at the iterable
        if (!fo.Await) _b.MarkErrorSubject(CallPrinter.Iterated(fo.Right));
        _b.Emit(fo.Await ? OpCode.GetAsyncIterator : OpCode.GetIterator);
        int iterReg = AllocTemp();
        _b.Emit(OpCode.StoreLocal, iterReg);
        int kindReg = NewRegister(), valueReg = NewRegister();

        var top = new Label();
        var cont = new Label();
        var exit = new Label();
        var finallyLabel = new Label();
        _pendingLabels = labels;
        var (br, co) = PushLoop(exit, cont);
        var fin = new ControlEntry(ControlEntryKind.Finally) { KindReg = kindReg, ValueReg = valueReg, FinallyLabel = finallyLabel, ContextDepth = _contextDepth };
        _control.Add(fin);

        _b.Bind(top);
        _b.Emit(OpCode.LoadLocal, iterReg);
        if (fo.Await)
        {
            // 14.7.5.7 ForIn/OfBodyEvaluation, async: next(), Await, then done/value.
            _b.Emit(OpCode.LoadLocal, iterReg);
            _b.Emit(OpCode.AsyncIteratorNext);
            // V8 places the loop's await (as async stack traces show it) at the binding.
            Mark(fo.Left is VariableDeclaration { Declarations: [var declarator] } ? declarator.Id : fo.Left);
            _b.Emit(OpCode.Await);
            _b.EmitJump(OpCode.AsyncIteratorComplete, exit); // iter result → value, or jump when done
        }
        else _b.EmitJump(OpCode.IteratorStep, exit); // iter → value, or jump when done
        int tryStart = _b.Position;
        int depthAtTry = _b.StackDepth - 1;
        EnterBlockScope(scope, initTdz: !BindsSingleName(fo.Left));
        _control.Add(co);
        // 14.7.5.7 ForIn/OfBodyEvaluation step 6.k: each iteration's using binding is disposed of after its body.
        if (IsUsing(fo.Left)) EmitDisposalScope(AsAwaitUsing(fo.Left), () => EmitStatement(fo.Body), prologue: () => EmitForBinding(fo.Left));
        else
        {
            EmitForBinding(fo.Left);
            EmitStatement(fo.Body);
        }
        _b.Bind(cont);
        _control.Remove(co);
        ExitBlockScope(scope);
        int tryEnd = _b.Position;
        _b.EmitJump(OpCode.Jump, top);
        _control.Remove(fin);

        _b.Bind(finallyLabel);
        _b.AddHandler(new HandlerEntry(tryStart, tryEnd, finallyLabel.Position, HandlerKind.Finally, depthAtTry, fin.ContextDepth, kindReg, valueReg));
        if (fo.Await) EmitAsyncIteratorClose(kindReg, iterReg);
        else _b.Emit(OpCode.IteratorCloseIfNotDone, kindReg, iterReg);
        _b.Emit(OpCode.EndFinally, kindReg, valueReg);
        EmitFinallyStubs(fin);
        _control.Remove(br);
        _b.Bind(exit);
        FreeTemp(iterReg);
    }

    /// <summary>
    /// 7.4.13 AsyncIteratorClose for an abrupt exit from for await: call return(), await its
    /// result, check it is an object. When the loop exits by a throw, that throw wins over any
    /// error here (errors of return() and of the await are swallowed).
    /// </summary>
    private void EmitAsyncIteratorClose(int kindReg, int iterReg)
    {
        var skip = new Label();
        int depth = _b.StackDepth;
        _b.EmitJump(OpCode.AsyncIteratorCloseCall, skip, kindReg, iterReg);
        int awaitPc = _b.Position;
        _b.Emit(OpCode.Await);
        int afterAwait = _b.Position;
        _b.Emit(OpCode.AsyncIteratorCloseCheck, kindReg);
        _b.EmitJump(OpCode.Jump, skip);
        _b.AddHandler(new HandlerEntry(awaitPc, afterAwait, _b.Position, HandlerKind.Catch, depth, _contextDepth, 0, 0));
        _b.StackDepth = depth + 1; // the caught error
        _b.Emit(OpCode.AsyncIteratorCloseRethrow, kindReg);
        _b.Bind(skip);
    }

    private void EmitTry(TryStatement ts)
    {
        var labels = TakeLabels();
        var end = new Label();
        ControlEntry? labelEntry = null;
        if (labels is not null)
        {
            labelEntry = new ControlEntry(ControlEntryKind.Break) { Labels = labels, Target = end };
            _control.Add(labelEntry);
        }
        ControlEntry? fin = null;
        int tryStartOuter = _b.Position;
        int depth = _b.StackDepth;
        if (ts.Finalizer is not null)
        {
            fin = new ControlEntry(ControlEntryKind.Finally)
            {
                KindReg = NewRegister(), ValueReg = NewRegister(), FinallyLabel = new Label(), ContextDepth = _contextDepth,
            };
            _control.Add(fin);
        }

        int tryStart = _b.Position;
        EmitBlock(ts.Block);
        int tryEnd = _b.Position;
        if (ts.Handler is not null)
        {
            var afterCatch = new Label();
            _b.EmitJump(OpCode.Jump, afterCatch);
            int catchPc = _b.Position;
            _b.AddHandler(new HandlerEntry(tryStart, tryEnd, catchPc, HandlerKind.Catch, depth, _contextDepth, -1, -1));
            _b.StackDepth = depth + 1; // the exception
            var cc = ts.Handler;
            var catchScope = _owner.Analyzer.Scopes[cc];
            EnterBlockScope(catchScope);
            if (cc.Param is not null) EmitBindingInitialization(cc.Param, PatternMode.Init);
            else _b.Emit(OpCode.Pop);
            // 14.15.3: the try statement's value is the catch block's, or undefined.
            if (CompletionRegister >= 0) EmitResetCompletion();
            EmitBlock(cc.Body);
            ExitBlockScope(catchScope);
            _b.Bind(afterCatch);
        }
        if (fin is not null)
        {
            int protectedEnd = _b.Position;
            _control.Remove(fin);
            _b.Emit(OpCode.LoadInt, CompletionKind.Normal);
            _b.Emit(OpCode.StoreLocal, fin.KindReg);
            _b.Bind(fin.FinallyLabel!);
            _b.AddHandler(new HandlerEntry(tryStartOuter, protectedEnd, fin.FinallyLabel!.Position, HandlerKind.Finally, depth, fin.ContextDepth, fin.KindReg, fin.ValueReg));
            // A finally block that completes normally leaves the completion value of the try/catch.
            int savedCompletion = -1;
            if (CompletionRegister >= 0)
            {
                savedCompletion = NewRegister();
                _b.Emit(OpCode.LoadLocal, CompletionRegister);
                _b.Emit(OpCode.StoreLocal, savedCompletion);
                // One that breaks or continues carries its own value (14.15.3: UpdateEmpty(F, undefined)).
                EmitResetCompletion();
            }
            EmitBlock(ts.Finalizer!);
            if (savedCompletion >= 0)
            {
                _b.Emit(OpCode.LoadLocal, savedCompletion);
                _b.Emit(OpCode.StoreLocal, CompletionRegister);
            }
            _b.Emit(OpCode.EndFinally, fin.KindReg, fin.ValueReg);
            EmitFinallyStubs(fin);
        }
        if (labelEntry is not null) _control.Remove(labelEntry);
        _b.Bind(end);
    }

    private void EmitSwitch(SwitchStatement ss)
    {
        var labels = TakeLabels();
        Mark(ss.Discriminant);
        EmitExpression(ss.Discriminant);
        int disc = AllocTemp();
        _b.Emit(OpCode.StoreLocal, disc);
        var scope = _owner.Analyzer.Scopes[ss];
        EnterBlockScope(scope);
        foreach (var c in ss.Cases) HoistFunctionDeclarations(c.Consequent);
        var exit = new Label();
        var br = new ControlEntry(ControlEntryKind.Break) { Labels = labels, Target = exit, AcceptsUnlabeled = true };
        _control.Add(br);
        var caseLabels = new Label[ss.Cases.Count];
        int defaultIndex = -1;
        for (int i = 0; i < ss.Cases.Count; i++)
        {
            caseLabels[i] = new Label();
            var c = ss.Cases[i];
            if (c.Test is null) { defaultIndex = i; continue; }
            _b.Emit(OpCode.LoadLocal, disc);
            Mark(c.Test);
            EmitExpression(c.Test);
            _b.Emit(OpCode.StrictEq);
            _b.EmitJump(OpCode.JumpIfTrue, caseLabels[i]);
        }
        _b.EmitJump(OpCode.Jump, defaultIndex >= 0 ? caseLabels[defaultIndex] : exit);
        for (int i = 0; i < ss.Cases.Count; i++)
        {
            _b.Bind(caseLabels[i]);
            foreach (var st in ss.Cases[i].Consequent) EmitStatement(st);
        }
        _control.Remove(br);
        _b.Bind(exit);
        ExitBlockScope(scope);
        FreeTemp(disc);
    }

    private void EmitLabeled(LabeledStatement ls)
    {
        (_pendingLabels ??= new()).Add(ls.Label.Name);
        switch (ls.Body)
        {
            case WhileStatement or DoWhileStatement or ForStatement or ForInStatement or ForOfStatement
                or BlockStatement or IfStatement or TryStatement or SwitchStatement or LabeledStatement:
                EmitStatement(ls.Body);
                break;
            default:
                var labels = TakeLabels();
                var end = new Label();
                var e = new ControlEntry(ControlEntryKind.Break) { Labels = labels, Target = end };
                _control.Add(e);
                EmitStatement(ls.Body);
                _control.Remove(e);
                _b.Bind(end);
                break;
        }
        _pendingLabels = null;
    }

    private void EmitBreak(string? label)
    {
        EmitJumpThroughControl(_control.Count - 1,
            e => e.Kind == ControlEntryKind.Break && (label is null ? e.AcceptsUnlabeled : e.Labels?.Contains(label) == true),
            isReturn: false);
    }

    private void EmitContinue(string? label)
    {
        EmitJumpThroughControl(_control.Count - 1,
            e => e.Kind == ControlEntryKind.Continue && (label is null || e.Labels?.Contains(label) == true),
            isReturn: false);
    }

    /// <summary>Returns the value on the stack, running enclosing finally blocks first.</summary>
    private void EmitReturn()
    {
        bool crossesFinally = _control.Any(e => e.Kind == ControlEntryKind.Finally);
        if (!crossesFinally)
        {
            _b.Emit(OpCode.Return);
            return;
        }
        if (_returnRegister < 0) _returnRegister = NewRegister();
        _b.Emit(OpCode.StoreLocal, _returnRegister);
        EmitJumpThroughControl(_control.Count - 1, _ => false, isReturn: true);
    }

    /// <summary>16.2.3.7 export default: a declaration, or an expression bound as *default*.</summary>
    private void EmitExportDefault(ExportDefaultDeclaration ed)
    {
        switch (ed.Declaration)
        {
            case FunctionDeclaration:
                return; // hoisted with the module environment
            case ClassDeclaration { Id: not null } cd:
                EmitStatement(cd);
                return;
            case ClassDeclaration cd:
                Mark(cd);
                EmitClass(cd, null, cd.SuperClass, cd.Body, "default");
                break;
            default:
                // NamedEvaluation with "default" for anonymous function definitions.
                EmitNamedExpression((Expression)ed.Declaration, "default");
                break;
        }
        EmitStoreName(ScopeAnalyzer.DefaultExportName, init: true);
    }
}

/// <summary>A compile-time error with the source offset it refers to.</summary>
internal sealed class CompileError(int offset, string errorType, string message) : Exception(message)
{
    public int Offset { get; } = offset;
    public string ErrorType { get; } = errorType;
}
