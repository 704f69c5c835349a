using Acornima;
using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

internal sealed partial class FunctionCompiler
{
    // Optional chains: where each `?.` jumps when its base is nullish, with the stack depth then.
    private List<(Label Label, int Depth)>? _chainJumps;
    private int _chainBase;

    private void EmitExpression(Expression expr)
    {
        CompileStack.EnsureSufficient();
        switch (expr)
        {
            case Literal lit:
                EmitLiteral(lit);
                break;
            case Identifier id:
                if (id.Name == "undefined" && Resolve("undefined").Binding is null) { _b.Emit(OpCode.LoadUndefined); break; }
                Mark(id);
                EmitLoadName(id.Name, id.Start);
                break;
            case ThisExpression:
                _b.Emit(OpCode.LoadThis);
                break;
            case TemplateLiteral tl:
                EmitTemplateLiteral(tl);
                break;
            case ArrayExpression ae:
                EmitArrayLiteral(ae);
                break;
            case ObjectExpression oe:
                EmitObjectLiteral(oe);
                break;
            case FunctionExpression fe:
                EmitClosure(fe, fe.Id?.Name ?? "");
                break;
            case ArrowFunctionExpression af:
                EmitClosure(af, "");
                break;
            case ClassExpression ce:
                EmitClass(ce, ce.Id, ce.SuperClass, ce.Body, ce.Id?.Name ?? "");
                break;
            case UnaryExpression { Operator: Operator.Increment or Operator.Decrement } ue:
                EmitUpdate(ue);
                break;
            case UnaryExpression ue:
                EmitUnary(ue);
                break;
            case LogicalExpression le:
                EmitLogical(le);
                break;
            case BinaryExpression be:
                EmitBinary(be);
                break;
            case AssignmentExpression asg:
                EmitAssignment(asg);
                break;
            case ConditionalExpression ce:
                {
                    var elseL = new Label();
                    var end = new Label();
                    EmitCondition(ce.Test, elseL, jumpIfTrue: false);
                    int depth = _b.StackDepth;
                    EmitExpression(ce.Consequent);
                    _b.EmitJump(OpCode.Jump, end);
                    _b.Bind(elseL);
                    _b.StackDepth = depth;
                    EmitExpression(ce.Alternate);
                    _b.Bind(end);
                    break;
                }
            case SequenceExpression se:
                for (int i = 0; i < se.Expressions.Count; i++)
                {
                    EmitExpression(se.Expressions[i]);
                    if (i < se.Expressions.Count - 1) _b.Emit(OpCode.Pop);
                }
                break;
            case MemberExpression me:
                EmitMember(me);
                break;
            case CallExpression call:
                EmitCall(call);
                break;
            case NewExpression ne:
                EmitNew(ne);
                break;
            case ChainExpression chain:
                EmitChain(chain);
                break;
            case ParenthesizedExpression pe:
                EmitExpression(pe.Expression);
                break;
            case TaggedTemplateExpression tt:
                EmitTaggedTemplate(tt);
                break;
            case MetaProperty mp:
                if (mp.Meta.Name == "new") _b.Emit(OpCode.LoadNewTarget);
                else if (_owner.Module is { } site) _b.Emit(OpCode.LoadImportMeta, _b.Constant(site));
                else throw new CompileError(mp.Start, "SyntaxError", "Cannot use 'import.meta' outside a module");
                break;
            case YieldExpression ye:
                Mark(ye);
                if (ye.Argument is not null) EmitExpression(ye.Argument);
                else _b.Emit(OpCode.LoadUndefined);
                Mark(ye);
                if (ye.Delegate) _b.Emit(OpCode.YieldDelegate);
                else if (_template.Kind == FunctionKind.AsyncGenerator)
                {
                    // 27.6.3.8 Yield in an async generator: AsyncGeneratorYield(? Await(value)).
                    _b.Emit(OpCode.Await);
                    _b.Emit(OpCode.AsyncGeneratorYield);
                }
                else _b.Emit(OpCode.Yield);
                break;
            case AwaitExpression aw:
                Mark(aw);
                EmitExpression(aw.Argument);
                Mark(aw);
                _b.Emit(OpCode.Await);
                break;
            case SpreadElement sp:
                throw new CompileError(sp.Start, "SyntaxError", "Unexpected spread");
            case ImportExpression ie:
                // 13.3.10.1 EvaluateImportCall: the specifier, then the options.
                EmitExpression(ie.Source);
                if (ie.Options is not null) EmitExpression(ie.Options);
                else _b.Emit(OpCode.LoadUndefined);
                Mark(ie);
                _b.Emit(OpCode.DynamicImport, _b.Constant(new JsValue(Source.Path)), (int)(ie.Phase switch
                {
                    Acornima.Ast.ImportPhase.Source => ImportPhase.Source,
                    Acornima.Ast.ImportPhase.Defer => ImportPhase.Defer,
                    _ => ImportPhase.Evaluation,
                }));
                break;
            default:
                throw new CompileError(expr.Start, "SyntaxError", $"Unsupported expression: {expr.Type}");
        }
    }

    /// <summary>Emits an expression; an anonymous function or class gets <paramref name="name"/> (NamedEvaluation).</summary>
    private void EmitNamedExpression(Expression expr, string? name)
    {
        if (name is not null)
        {
            switch (expr)
            {
                case FunctionExpression { Id: null } fe:
                    EmitClosure(fe, name);
                    return;
                case ArrowFunctionExpression af:
                    EmitClosure(af, name);
                    return;
                case ClassExpression { Id: null } ce:
                    EmitClass(ce, null, ce.SuperClass, ce.Body, name);
                    return;
                case ParenthesizedExpression pe:
                    EmitNamedExpression(pe.Expression, name);
                    return;
            }
        }
        EmitExpression(expr);
    }

    private static bool IsAnonymousFunctionDefinition(Expression e) => e switch
    {
        FunctionExpression { Id: null } or ArrowFunctionExpression or ClassExpression { Id: null } => true,
        ParenthesizedExpression pe => IsAnonymousFunctionDefinition(pe.Expression),
        _ => false,
    };

    private void EmitLiteral(Literal lit)
    {
        switch (lit)
        {
            case NullLiteral: _b.Emit(OpCode.LoadNull); break;
            case BooleanLiteral bl: _b.Emit(bl.Value ? OpCode.LoadTrue : OpCode.LoadFalse); break;
            case NumericLiteral nl: EmitNumber(nl.Value); break;
            case StringLiteral sl: _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(sl.Value))); break;
            case BigIntLiteral bi: _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(new JsBigInt(bi.Value)))); break;
            case RegExpLiteral re:
                Mark(re);
                _b.Emit(OpCode.NewRegExp, _b.Constant(new JsValue(re.RegExp.Pattern)), _b.Constant(new JsValue(re.RegExp.Flags)));
                break;
            default: throw new CompileError(lit.Start, "SyntaxError", "Unknown literal");
        }
    }

    private void EmitNumber(double v)
    {
        if (v == (int)v && !(v == 0 && double.IsNegative(v))) _b.Emit(OpCode.LoadInt, (int)v);
        else _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(v)));
    }

    private void EmitTemplateLiteral(TemplateLiteral tl)
    {
        var first = tl.Quasis[0].Value.Cooked ?? "";
        _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(first)));
        for (int i = 0; i < tl.Expressions.Count; i++)
        {
            EmitExpression(tl.Expressions[i]);
            _b.Emit(OpCode.ToStringOp);
            _b.Emit(OpCode.Add);
            var q = tl.Quasis[i + 1].Value.Cooked ?? "";
            if (q.Length > 0)
            {
                _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(q)));
                _b.Emit(OpCode.Add);
            }
        }
    }

    private void EmitArrayLiteral(ArrayExpression ae)
    {
        _b.Emit(OpCode.NewArray, ae.Elements.Count);
        foreach (var el in ae.Elements)
        {
            switch (el)
            {
                case null: _b.Emit(OpCode.ArrayPushHole); break;
                case SpreadElement sp:
                    EmitExpression(sp.Argument);
                    _b.MarkPosition(sp.Argument.Start); // V8 places the iteration at the spread's operand
                    _b.MarkErrorSubject(CallPrinter.Iterated(sp.Argument));
                    _b.Emit(OpCode.ArraySpread);
                    break;
                default:
                    EmitExpression(el);
                    _b.Emit(OpCode.ArrayPush);
                    break;
            }
        }
    }

    /// <summary>Pushes a property key: a constant for identifiers/literals, or the computed value as a key.</summary>
    private void EmitPropertyKey(Expression key, bool computed)
    {
        if (!computed)
        {
            _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(StaticKeyName(key))));
            return;
        }
        EmitExpression(key);
        _b.Emit(OpCode.ToPropertyKey);
    }

    private static string StaticKeyName(Expression key) => key switch
    {
        Identifier id => id.Name,
        StringLiteral s => s.Value,
        NumericLiteral n => NumberConversions.ToString(n.Value),
        BigIntLiteral b => b.Value.ToString(),
        Literal l => l.Raw,
        _ => throw new CompileError(key.Start, "SyntaxError", "Unexpected property key"),
    };

    private void EmitObjectLiteral(ObjectExpression oe)
    {
        _b.Emit(OpCode.NewObject, LiteralSlots(oe));
        foreach (var node in oe.Properties)
        {
            if (node is SpreadElement sp)
            {
                EmitExpression(sp.Argument);
                _b.Emit(OpCode.CopyDataProperties);
                continue;
            }
            var p = (Property)node;
            var value = (Expression)p.Value;
            if (p.Kind is PropertyKind.Get or PropertyKind.Set || p.Method)
            {
                EmitPropertyKey(p.Key, p.Computed);
                var kind = p.Kind == PropertyKind.Get ? FunctionKind.Getter : p.Kind == PropertyKind.Set ? FunctionKind.Setter : (FunctionKind?)null;
                EmitClosure(value, p.Computed ? "" : StaticKeyName(p.Key), kind ?? MethodKind((FunctionExpression)value), p);
                int k = p.Kind == PropertyKind.Get ? 1 : p.Kind == PropertyKind.Set ? 2 : 0;
                _b.Emit(OpCode.DefineMethod, k, 1);
                continue;
            }
            if (IsProtoSetter(p))
            {
                EmitExpression(value);
                _b.Emit(OpCode.SetProtoLiteral);
                continue;
            }
            if (!p.Computed)
            {
                string name = StaticKeyName(p.Key);
                EmitNamedExpression(value, name);
                _b.Emit(OpCode.DefineNamedField, _b.Name(name), _b.NewCache());
            }
            else
            {
                EmitPropertyKey(p.Key, true);
                if (IsAnonymousFunctionDefinition(value))
                {
                    EmitNamedExpression(value, "");
                    _b.Emit(OpCode.SetFunctionName, -1);
                }
                else EmitExpression(value);
                _b.Emit(OpCode.DefineField);
            }
        }
    }

    /// <summary>The slots an object literal's own properties take (spreads add an unknown number; a
    /// getter and setter pair shares one): the object is allocated with that room, so defining them
    /// never grows its storage.</summary>
    private static int LiteralSlots(ObjectExpression oe)
    {
        const int MaxPredicted = 64;
        int n = 0;
        foreach (var node in oe.Properties)
            if (node is Property p && !IsProtoSetter(p)) n++;
        return Math.Min(n, MaxPredicted);
    }

    /// <summary>`__proto__: v` in a literal sets the prototype (B.3.1) instead of defining a property.</summary>
    private static bool IsProtoSetter(Property p) =>
        p.Kind == PropertyKind.Init && !p.Method && !p.Computed && !p.Shorthand
        && StaticKeyName(p.Key) == "__proto__" && p.Key is not Literal { Raw: null };

    private static FunctionKind MethodKind(FunctionExpression fe) =>
        fe.Async && fe.Generator ? FunctionKind.AsyncGenerator
        : fe.Generator ? FunctionKind.Generator
        : fe.Async ? FunctionKind.Async
        : FunctionKind.Method;

    // ------------------------------------------------------------ operators ----

    private void EmitUnary(UnaryExpression ue)
    {
        switch (ue.Operator)
        {
            case Operator.TypeOf when ue.Argument is Identifier id && Resolve(id.Name).Binding is null:
                // typeof of an unresolvable reference is "undefined", after any with/eval var objects.
                var typeofEnd = new Label();
                int typeofDepth = _b.StackDepth;
                if (WithScopesFor(id.Name) is { } typeofWiths)
                    EmitWithLookups(typeofWiths, id.Name, _ => _b.Emit(OpCode.GetNamed, _b.Name(id.Name), _b.NewCache()), typeofEnd);
                _b.Emit(OpCode.LoadGlobalOrUndefined, _b.Name(id.Name), _b.NewCache());
                _b.Bind(typeofEnd);
                _b.StackDepth = typeofDepth + 1;
                _b.Emit(OpCode.TypeOf);
                return;
            case Operator.Delete:
                EmitDelete(ue.Argument);
                return;
            case Operator.UnaryNegation when ue.Argument is NumericLiteral negated:
                // -5, -1.5, -0: one constant, so `x * -1` fuses like `x * 2` (negating a literal cannot throw).
                EmitNumber(-negated.Value);
                return;
        }
        EmitExpression(ue.Argument);
        Mark(ue);
        _b.Emit(ue.Operator switch
        {
            Operator.TypeOf => OpCode.TypeOf,
            Operator.UnaryNegation => OpCode.Neg,
            Operator.UnaryPlus => OpCode.Plus,
            Operator.LogicalNot => OpCode.Not,
            Operator.BitwiseNot => OpCode.BitNot,
            Operator.Void => OpCode.Pop,
            _ => throw new CompileError(ue.Start, "SyntaxError", "Unknown unary operator"),
        });
        if (ue.Operator == Operator.Void) _b.Emit(OpCode.LoadUndefined);
    }

    private void EmitDelete(Expression arg)
    {
        switch (arg)
        {
            case ParenthesizedExpression pe:
                EmitDelete(pe.Expression);
                return;
            case MemberExpression { Object: Super } sme:
                // super.x in delete: this binding, then the key, then ReferenceError (13.5.1.2, 13.3.7.1).
                _b.Emit(OpCode.LoadThis);
                _b.Emit(OpCode.Pop);
                if (sme.Computed) { EmitExpression(sme.Property); _b.Emit(OpCode.Pop); }
                _b.Emit(OpCode.ThrowError, (int)ErrorKind.ReferenceError, _b.Constant(new JsValue("Unsupported reference to 'super'")));
                _b.Emit(OpCode.LoadTrue);
                return;
            case MemberExpression me:
                EmitExpression(me.Object);
                if (me.Optional) EmitOptionalJump();
                Mark(me);
                if (me.Computed)
                {
                    EmitExpression(me.Property);
                    _b.Emit(OpCode.DeleteKeyed, Strict ? 1 : 0);
                }
                else _b.Emit(OpCode.DeleteNamed, _b.Name(((Identifier)me.Property).Name), Strict ? 1 : 0);
                return;
            case ChainExpression ce:
                // 13.5.1.2: delete a?.b is true when the chain short-circuits.
                EmitChainWith(ce, () => EmitDelete(ce.Expression), OpCode.LoadTrue);
                return;
            case Identifier id:
                EmitDeleteName(id.Name);
                return;
            default:
                EmitExpression(arg);
                _b.Emit(OpCode.Pop);
                _b.Emit(OpCode.LoadTrue);
                return;
        }
    }

    /// <summary>13.5.1.2 delete IdentifierReference (sloppy only): with objects first, then bindings (never deletable), then the global object.</summary>
    private void EmitDeleteName(string name)
    {
        var end = new Label();
        int depth = _b.StackDepth;
        if (WithScopesFor(name) is { } withs)
        {
            EmitWithLookups(withs, name, _ =>
            {
                _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(name)));
                _b.Emit(OpCode.DeleteKeyed, 0);
            }, end);
        }
        if (Resolve(name).Binding is null)
        {
            _b.Emit(OpCode.DeleteGlobal, _b.Name(name));
        }
        else _b.Emit(OpCode.LoadFalse);
        _b.Bind(end);
        _b.StackDepth = depth + 1;
    }

    private static OpCode BinaryOp(Operator op) => op switch
    {
        Operator.Addition or Operator.AdditionAssignment => OpCode.Add,
        Operator.Subtraction or Operator.SubtractionAssignment => OpCode.Sub,
        Operator.Multiplication or Operator.MultiplicationAssignment => OpCode.Mul,
        Operator.Division or Operator.DivisionAssignment => OpCode.Div,
        Operator.Remainder or Operator.RemainderAssignment => OpCode.Mod,
        Operator.Exponentiation or Operator.ExponentiationAssignment => OpCode.Exp,
        Operator.BitwiseAnd or Operator.BitwiseAndAssignment => OpCode.BitAnd,
        Operator.BitwiseOr or Operator.BitwiseOrAssignment => OpCode.BitOr,
        Operator.BitwiseXor or Operator.BitwiseXorAssignment => OpCode.BitXor,
        Operator.LeftShift or Operator.LeftShiftAssignment => OpCode.Shl,
        Operator.RightShift or Operator.RightShiftAssignment => OpCode.Shr,
        Operator.UnsignedRightShift or Operator.UnsignedRightShiftAssignment => OpCode.UShr,
        Operator.Equality => OpCode.Eq,
        Operator.Inequality => OpCode.Ne,
        Operator.StrictEquality => OpCode.StrictEq,
        Operator.StrictInequality => OpCode.StrictNe,
        Operator.LessThan => OpCode.Lt,
        Operator.LessThanOrEqual => OpCode.Le,
        Operator.GreaterThan => OpCode.Gt,
        Operator.GreaterThanOrEqual => OpCode.Ge,
        Operator.InstanceOf => OpCode.InstanceOf,
        Operator.In => OpCode.In,
        _ => throw new InvalidOperationException($"not a binary operator: {op}"),
    };

    private void EmitBinary(BinaryExpression be)
    {
        if (be.Operator == Operator.In && be.Left is PrivateIdentifier pid)
        {
            EmitExpression(be.Right);
            EmitLoadName("#" + pid.Name);
            _b.Emit(OpCode.HasPrivate);
            return;
        }
        if (be.Left is BinaryExpression or LogicalExpression) { EmitOperatorChain(be); return; }
        EmitExpression(be.Left);
        EmitExpression(be.Right);
        MarkOperator(be);
        _b.Emit(BinaryOp(be.Operator));
    }

    /// <summary>V8 places a binary operation's errors at its operator: the first token after the
    /// left operand (and the parentheses closing it).</summary>
    private void MarkOperator(BinaryExpression be) => _b.MarkPosition(OperatorAfter(be.Left, be.Right.Start, be.Start));

    /// <summary>Where an assignment to <paramref name="me"/> has its operator (=, +=, ||=...): V8 marks a failed store there.</summary>
    private int AssignmentOperator(AssignmentExpression asg, MemberExpression me) => OperatorAfter(asg.Left, asg.Right.Start, me.Start);

    /// <summary>Where the operator after <paramref name="operand"/> starts (past spaces and closing parentheses), or <paramref name="fallback"/> when there is none before <paramref name="limit"/>.</summary>
    private int OperatorAfter(Node operand, int limit, int fallback)
    {
        var text = Source.Text;
        int i = operand.End;
        while (i < limit && (char.IsWhiteSpace(text[i]) || text[i] == ')')) i++;
        return i < limit ? i : fallback;
    }

    private void EmitLogical(LogicalExpression le)
    {
        if (le.Left is BinaryExpression or LogicalExpression) { EmitOperatorChain(le); return; }
        EmitExpression(le.Left);
        EmitLogicalRight(le);
    }

    /// <summary>The jump past the right operand when the left decides, then the right operand.</summary>
    private void EmitLogicalRight(LogicalExpression le)
    {
        var end = new Label();
        var op = le.Operator switch
        {
            Operator.LogicalAnd => OpCode.JumpIfFalseKeep,
            Operator.LogicalOr => OpCode.JumpIfTrueKeep,
            _ => OpCode.JumpIfNotNullishKeep,
        };
        _b.EmitJump(op, end);
        EmitExpression(le.Right);
        _b.Bind(end);
    }

    /// <summary>
    /// A left-deep chain of binary and logical operators (generated code concatenates thousands of
    /// terms, which node accepts) is emitted from a list rather than one recursion per operator.
    /// </summary>
    private void EmitOperatorChain(Expression chain)
    {
        var spine = new List<Expression>();
        var e = chain;
        while (e is BinaryExpression { Left: not PrivateIdentifier } or LogicalExpression)
        {
            spine.Add(e);
            e = e is BinaryExpression b ? b.Left : ((LogicalExpression)e).Left;
        }
        EmitExpression(e);
        for (int i = spine.Count - 1; i >= 0; i--)
        {
            if (spine[i] is LogicalExpression le) { EmitLogicalRight(le); continue; }
            var be = (BinaryExpression)spine[i];
            EmitExpression(be.Right);
            MarkOperator(be);
            _b.Emit(BinaryOp(be.Operator));
        }
    }

    /// <summary>
    /// Evaluates an expression whose value is discarded. Assignments and updates of a name then
    /// store without first duplicating the value they would otherwise produce.
    /// </summary>
    private void EmitExpressionForEffect(Expression e)
    {
        var inner = e is ParenthesizedExpression pe ? pe.Expression : e;
        switch (inner)
        {
            case UnaryExpression { Operator: Operator.Increment or Operator.Decrement } ue
                when (ue.Argument is ParenthesizedExpression p ? p.Expression : ue.Argument) is Identifier id && WithScopesFor(id.Name) is null:
                // x++ / ++x as a statement: the old or new value is not needed.
                EmitLoadName(id.Name, id.Start);
                _b.Emit(OpCode.ToNumeric);
                _b.Emit(ue.Operator == Operator.Increment ? OpCode.Inc : OpCode.Dec);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            case AssignmentExpression { Operator: Operator.Assignment } asg
                when (asg.Left is ParenthesizedExpression lp ? lp.Expression : asg.Left) is Identifier id && WithScopesFor(id.Name) is null:
                EmitNamedExpression(asg.Right, NameForAssignedFunction(asg));
                Mark(asg);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            case AssignmentExpression asg
                when !IsLogicalAssignment(asg.Operator) && (asg.Left is ParenthesizedExpression lp ? lp.Expression : asg.Left) is Identifier id && WithScopesFor(id.Name) is null:
                // x op= y as a statement: stored without keeping a copy of the result.
                EmitCompoundToName(asg, id, keepResult: false);
                return;
            case UnaryExpression { Operator: Operator.Increment or Operator.Decrement, Prefix: false } ue
                when (ue.Argument is ParenthesizedExpression p ? p.Expression : ue.Argument) is MemberExpression:
                // o.x++ / o[k]++ as a statement: the old value is not needed, so it runs as ++o.x.
                EmitUpdate(ue, prefix: true);
                _b.Emit(OpCode.Pop);
                return;
            default:
                EmitExpression(e);
                _b.Emit(OpCode.Pop);
                return;
        }
    }

    private void EmitUpdate(UnaryExpression ue) => EmitUpdate(ue, ue.Prefix);

    /// <remarks><paramref name="prefix"/>: leave the new value (++x), else the old one (x++).</remarks>
    private void EmitUpdate(UnaryExpression ue, bool prefix)
    {
        var op = ue.Operator == Operator.Increment ? OpCode.Inc : OpCode.Dec;
        var target = ue.Argument is ParenthesizedExpression pe ? pe.Expression : ue.Argument;
        switch (target)
        {
            case Identifier id when WithScopesFor(id.Name) is { } withs:
                EmitResolveWithReference(withs, id.Name);
                EmitWithReferenceGet(id.Name, id.Start);   // ref old
                _b.Emit(OpCode.ToNumeric);
                if (!prefix) { _b.Emit(OpCode.Dup); _b.Emit(OpCode.Rot3); }
                _b.Emit(op);
                EmitWithReferencePut(id.Name, id.Start);
                if (!prefix) _b.Emit(OpCode.Pop);
                return;
            case Identifier id:
                EmitLoadName(id.Name, id.Start);
                _b.Emit(OpCode.ToNumeric);
                if (!prefix) _b.Emit(OpCode.Dup);
                _b.Emit(op);
                if (prefix) _b.Emit(OpCode.Dup);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            case MemberExpression me:
                EmitReferenceBase(me, out var kind);
                EmitReferenceGetKeep(me, kind, ue.Prefix ? ue.Start : null); // base… old
                _b.Emit(OpCode.ToNumeric);
                if (!prefix)
                {
                    // keep old below the reference
                    _b.Emit(OpCode.Dup);
                    _b.Emit(kind switch { RefKind.Keyed => OpCode.Rot4, RefKind.SuperKeyed => OpCode.Rot5, _ => OpCode.Rot3 });
                }
                _b.Emit(op);
                // As the source reads (a statement's o.x++ runs as ++o.x): a postfix operator; a prefix update's property, or its closing bracket.
                EmitReferenceSet(me, kind, !ue.Prefix ? OperatorAfter(ue.Argument, ue.End, me.Start) : me.Computed ? me.End - 1 : me.Property.Start); // → new
                if (!prefix) _b.Emit(OpCode.Pop);
                return;
            default:
                throw new CompileError(ue.Start, "SyntaxError", "Invalid left-hand side expression in postfix operation");
        }
    }

    // ------------------------------------------------------------ references ----

    private enum RefKind { Named, Keyed, SuperNamed, SuperKeyed, Private }

    /// <summary>Pushes what a member reference needs before get/set: object (and key).</summary>
    private void EmitReferenceBase(MemberExpression me, out RefKind kind)
    {
        if (me.Object is Super)
        {
            _b.Emit(OpCode.LoadThis);
            if (me.Computed)
            {
                // 13.3.7.3 MakeSuperPropertyReference takes the super base now; the key's
                // ToPropertyKey waits for GetValue or PutValue (after the right-hand side).
                EmitExpression(me.Property);
                _b.Emit(OpCode.LoadSuperBase);
                kind = RefKind.SuperKeyed;
            }
            else kind = RefKind.SuperNamed;
            return;
        }
        EmitExpression(me.Object);
        if (me.Property is PrivateIdentifier) { kind = RefKind.Private; return; }
        if (me.Computed)
        {
            EmitExpression(me.Property);
            kind = RefKind.Keyed;
            return;
        }
        kind = RefKind.Named;
    }

    /// <summary>With the base on the stack, pushes the current value while keeping the base: base… → base… value.</summary>
    /// <remarks>A failed read points where V8's does: a named reference's object (or <paramref name="namedAt"/>,
    /// a prefix update's operator), a computed one's key.</remarks>
    private void EmitReferenceGetKeep(MemberExpression me, RefKind kind, int? namedAt = null)
    {
        switch (kind)
        {
            case RefKind.Named:
                _b.Emit(OpCode.Dup);
                _b.MarkPosition(namedAt ?? me.Start);
                _b.EmitGetNamed(((Identifier)me.Property).Name, _b.NewCache());
                break;
            case RefKind.Keyed:
                _b.MarkPosition(me.Property.Start);
                _b.Emit(OpCode.ReferenceKey);
                _b.Emit(OpCode.Dup2);
                _b.Emit(OpCode.GetKeyed, _b.NewKeyedCache());
                break;
            case RefKind.SuperNamed:
                _b.Emit(OpCode.Dup);
                _b.Emit(OpCode.GetSuperNamed, _b.Name(((Identifier)me.Property).Name));
                break;
            case RefKind.SuperKeyed:
                // this key base: the key becomes a property key once, under the base.
                _b.Emit(OpCode.Swap);
                _b.Emit(OpCode.ToPropertyKey);
                _b.Emit(OpCode.Swap);
                _b.Emit(OpCode.Dup3);
                _b.Emit(OpCode.GetSuperKeyed);
                break;
            case RefKind.Private:
                _b.Emit(OpCode.Dup);
                EmitLoadName("#" + ((PrivateIdentifier)me.Property).Name);
                Mark(me);
                _b.Emit(OpCode.GetPrivate);
                break;
        }
    }

    /// <summary>base… value → value: stores into the reference. A failed store's error points where V8's
    /// does (<paramref name="at"/>): the assignment's or postfix update's operator, a prefix update's property or closing bracket.</summary>
    private void EmitReferenceSet(MemberExpression me, RefKind kind, int? at = null)
    {
        _b.MarkPosition(at ?? me.Start);
        switch (kind)
        {
            case RefKind.Named:
                _b.Emit(OpCode.SetNamed, _b.Name(((Identifier)me.Property).Name), _b.NewCache());
                break;
            case RefKind.Keyed:
                _b.Emit(OpCode.SetKeyed);
                break;
            case RefKind.SuperNamed:
                _b.Emit(OpCode.SetSuperNamed, _b.Name(((Identifier)me.Property).Name));
                break;
            case RefKind.SuperKeyed:
                _b.Emit(OpCode.SetSuperKeyed);
                break;
            case RefKind.Private:
                EmitLoadName("#" + ((PrivateIdentifier)me.Property).Name);
                _b.Emit(OpCode.SetPrivate);
                break;
        }
    }

    private void EmitMember(MemberExpression me)
    {
        if (me.Object is Super)
        {
            _b.Emit(OpCode.LoadThis);
            if (me.Computed)
            {
                EmitExpression(me.Property);
                _b.Emit(OpCode.LoadSuperBase);
                _b.Emit(OpCode.GetSuperKeyed);
            }
            else _b.Emit(OpCode.GetSuperNamed, _b.Name(((Identifier)me.Property).Name));
            return;
        }
        EmitObjectAndProperty(me, keepObject: false);
    }

    /// <summary>
    /// The object, then the property read from it; with <paramref name="keepObject"/> the object
    /// stays above the value (a method callee: the function, then this).
    /// </summary>
    private void EmitObjectAndProperty(MemberExpression me, bool keepObject)
    {
        EmitExpression(me.Object);
        if (me.Optional) EmitOptionalJump();
        if (me.Property is PrivateIdentifier pid)
        {
            if (keepObject) _b.Emit(OpCode.Dup);
            EmitLoadName("#" + pid.Name);
            Mark(me);
            _b.Emit(OpCode.GetPrivate);
            if (keepObject) _b.Emit(OpCode.Swap);
        }
        else if (me.Computed)
        {
            EmitExpression(me.Property);
            // V8 places a computed access at its '['.
            int bracket = Source.Text.IndexOf('[', me.Object.End, me.Property.Start - me.Object.End);
            _b.MarkPosition(bracket >= 0 ? bracket : me.Start);
            _b.Emit(keepObject ? OpCode.GetKeyedKeep : OpCode.GetKeyed, _b.NewKeyedCache());
        }
        else
        {
            Mark(me.Property);
            if (keepObject) _b.Emit(OpCode.GetNamedKeep, _b.Name(((Identifier)me.Property).Name), _b.NewCache());
            else _b.EmitGetNamed(((Identifier)me.Property).Name, _b.NewCache());
        }
    }

    private void EmitOptionalJump()
    {
        var l = new Label();
        (_chainJumps ??= new()).Add((l, _b.StackDepth));
        _b.EmitJump(OpCode.JumpIfNullish, l);
    }

    private void EmitChain(ChainExpression chain) => EmitChainWith(chain, () => EmitExpression(chain.Expression));

    private void EmitChainWith(ChainExpression chain, Action body, OpCode shortCircuitValue = OpCode.LoadUndefined)
    {
        var savedJumps = _chainJumps;
        var savedBase = _chainBase;
        _chainJumps = new();
        _chainBase = _b.StackDepth;
        body();
        var jumps = _chainJumps;
        _chainJumps = savedJumps;
        _chainBase = savedBase;
        if (jumps.Count == 0) return;
        var end = new Label();
        int resultDepth = _b.StackDepth;
        _b.EmitJump(OpCode.Jump, end);
        foreach (var (label, depth) in jumps)
        {
            _b.Bind(label);
            _b.StackDepth = depth;
            for (int i = depth; i > resultDepth - 1; i--) _b.Emit(OpCode.Pop);
            _b.Emit(shortCircuitValue);
            _b.EmitJump(OpCode.Jump, end);
        }
        _b.Bind(end);
        _b.StackDepth = resultDepth;
    }

    // ----------------------------------------------------------------- calls ----

    private bool HasSpread(in NodeList<Expression> args)
    {
        foreach (var a in args) if (a is SpreadElement) return true;
        return false;
    }

    /// <summary>Pushes the arguments (or, with a spread, one array of them: -1 returned); V8 places a spread's
    /// iteration at the call's <paramref name="position"/>.</summary>
    private int EmitArguments(in NodeList<Expression> args, int position)
    {
        if (!HasSpread(args))
        {
            foreach (var a in args) EmitExpression(a);
            return args.Count;
        }
        if (args.Count == 1)
        {
            // f(...x): the only argument list is x's elements; no intermediate array when x is one.
            EmitExpression(((SpreadElement)args[0]).Argument);
            _b.MarkPosition(position);
            _b.MarkErrorSubject(new ErrorSubject(ErrorSubjectKind.SpreadArgument, CallPrinter.Print(((SpreadElement)args[0]).Argument)));
            _b.Emit(OpCode.SpreadArgs);
            return -1;
        }
        _b.Emit(OpCode.NewArray, args.Count);
        foreach (var a in args)
        {
            if (a is SpreadElement sp)
            {
                EmitExpression(sp.Argument);
                _b.MarkPosition(position);
                _b.MarkErrorSubject(new ErrorSubject(ErrorSubjectKind.SpreadArgument, CallPrinter.Print(sp.Argument)));
                _b.Emit(OpCode.ArraySpread);
            }
            else
            {
                EmitExpression(a);
                _b.Emit(OpCode.ArrayPush);
            }
        }
        return -1;
    }

    private void EmitCall(CallExpression call)
    {
        var callee = call.Callee is ParenthesizedExpression { Expression: MemberExpression pme } ? pme : call.Callee;
        if (callee is Super)
        {
            int n = EmitArguments(call.Arguments, call.Start);
            Mark(call);
            if (n < 0) _b.Emit(OpCode.SuperCallSpread);
            else _b.Emit(OpCode.SuperCall, n);
            return;
        }
        // Push function and this. (a?.b)() calls with this = a (a parenthesised chain is still a
        // reference); when it short-circuits, the nullish base is the callee and the call throws.
        if ((call.Callee is ParenthesizedExpression pc ? pc.Expression : call.Callee) is ChainExpression { Expression: MemberExpression { Object: not Super } cme } pce)
            EmitChainWith(pce, () => EmitCalleeMember(cme));
        else switch (callee)
        {
            case MemberExpression { Object: Super } sme:
                _b.Emit(OpCode.LoadThis);
                if (sme.Computed)
                {
                    EmitExpression(sme.Property);
                    _b.Emit(OpCode.LoadSuperBase);
                    _b.Emit(OpCode.GetSuperKeyed);
                }
                else _b.Emit(OpCode.GetSuperNamed, _b.Name(((Identifier)sme.Property).Name));
                _b.Emit(OpCode.LoadThis);
                break;
            case MemberExpression me:
                EmitCalleeMember(me);
                break;
            case Identifier cid when WithScopesFor(cid.Name) is { } withs:
                {
                    // A function found on a with object is called with that object as this.
                    var end = new Label();
                    int depth = _b.StackDepth;
                    EmitWithLookups(withs, cid.Name, isEvalVars =>
                    {
                        if (isEvalVars)
                        {
                            // A var eval declared is called with this undefined, like any binding.
                            _b.Emit(OpCode.GetNamedKeep, _b.Name(cid.Name), _b.NewCache());
                            _b.Emit(OpCode.Pop);
                            _b.Emit(OpCode.LoadUndefined);
                            return;
                        }
                        _b.Emit(OpCode.Dup);
                        _b.Emit(OpCode.WithGetBinding, _b.Name(cid.Name), Strict ? 1 : 0);
                        _b.Emit(OpCode.Swap);
                    }, end);
                    EmitLoadNameStatic(cid.Name);
                    _b.Emit(OpCode.LoadUndefined);
                    _b.Bind(end);
                    _b.StackDepth = depth + 2;
                    break;
                }
            default:
                EmitExpression(callee);
                _b.Emit(OpCode.LoadUndefined);
                break;
        }
        if (call.Optional)
        {
            // f?.(): if f is nullish the whole chain is undefined. f sits below this.
            _b.Emit(OpCode.Swap);
            EmitOptionalJump();
            _b.Emit(OpCode.Swap);
        }
        int position = CallPosition(call, callee);
        int argc = EmitArguments(call.Arguments, position);
        _b.MarkPosition(position);
        if (position != call.Start) _b.MarkCalleeStart(call.Start);
        MarkPrintedCallee(call.Callee, call.Start);
        // eval?.(x) is an optional call, hence indirect (13.3.9.1 EvaluateCall).
        bool directEval = callee is Identifier { Name: "eval" } && !call.Optional;
        if (argc < 0 && directEval) _b.Emit(OpCode.CallEvalSpread, _b.UniqueConstant(_scope));
        else if (argc < 0) _b.Emit(OpCode.CallSpread);
        else if (directEval) _b.Emit(OpCode.CallEval, argc, _b.UniqueConstant(_scope));
        else _b.Emit(OpCode.Call, argc);
    }

    /// <summary>A method callee: pushes the function, then its object as this.</summary>
    private void EmitCalleeMember(MemberExpression me) => EmitObjectAndProperty(me, keepObject: true);

    /// <summary>
    /// A callee that is not a plain name or member chain in the source, e.g. (void 0) or an IIFE's
    /// function, is named in "is not a function" as V8 prints it back; others are quoted from the source.
    /// </summary>
    private void MarkPrintedCallee(Node callee, int parenAt)
    {
        bool parenthesized = parenAt >= 0 && parenAt < Source.Text.Length && Source.Text[parenAt] == '(';
        // A name or a member chain of names is quoted from the source when the call fails (CalleeText); a chain
        // through a call's result or from a literal is printed as V8 prints it ("o.f(...).x", "[1,2].map(...).y").
        if (callee is Identifier or MemberExpression or Super && !parenthesized && !ChainNeedsPrinter(callee)) return;
        _b.MarkErrorSubject(new ErrorSubject(ErrorSubjectKind.Callee, CallPrinter.Print(callee)));
    }

    /// <summary>A member chain that does not read as its source: a call's result or a literal along it.</summary>
    private static bool ChainNeedsPrinter(Node node) => node switch
    {
        Identifier or ThisExpression or Super => false,
        MemberExpression me => ChainNeedsPrinter(me.Object),
        ChainExpression ce => ChainNeedsPrinter(ce.Expression),
        _ => true,
    };

    /// <summary>
    /// Where V8 places a call in stack frames and error reports: o.m() at the name m, o[k]() at its
    /// parenthesis, any other call at its start.
    /// </summary>
    private int CallPosition(CallExpression call, Node callee)
    {
        // V8's: f() at f, o.m() at m, anything else (o[k](), g()(), (0, f)(), f?.()) at the arguments' parenthesis.
        if (callee is MemberExpression { Computed: false } me) return me.Property.Start;
        if (callee is Identifier && call.Callee.Start == call.Start && !call.Optional) return call.Start;
        int paren = Source.Text.IndexOf('(', call.Callee.End, call.End - call.Callee.End);
        return paren >= 0 ? paren : call.Start;
    }

    private void EmitNew(NewExpression ne)
    {
        EmitExpression(ne.Callee);
        int argc = EmitArguments(ne.Arguments, ne.Start);
        Mark(ne);
        MarkPrintedCallee(ne.Callee, ne.Callee.Start - 1);
        if (argc < 0) _b.Emit(OpCode.NewSpread);
        else _b.Emit(OpCode.New, argc);
    }

    private void EmitTaggedTemplate(TaggedTemplateExpression tt)
    {
        switch (tt.Tag)
        {
            case MemberExpression me when me.Object is not Super:
                EmitExpression(me.Object);
                if (me.Computed)
                {
                    EmitExpression(me.Property);
                    _b.Emit(OpCode.GetKeyedKeep, _b.NewKeyedCache());
                }
                else _b.Emit(OpCode.GetNamedKeep, _b.Name(((Identifier)me.Property).Name), _b.NewCache());
                break;
            default:
                EmitExpression(tt.Tag);
                _b.Emit(OpCode.LoadUndefined);
                break;
        }
        var quasis = tt.Quasi.Quasis;
        var site = new TemplateSite(quasis.Select(q => q.Value.Cooked).ToArray(), quasis.Select(q => q.Value.Raw).ToArray());
        _b.Emit(OpCode.GetTemplateObject, _b.UniqueConstant(site));
        foreach (var e in tt.Quasi.Expressions) EmitExpression(e);
        _b.MarkPosition(tt.Quasi.Start); // V8 places the tag's call at the template
        _b.Emit(OpCode.Call, tt.Quasi.Expressions.Count + 1);
    }

    // ------------------------------------------------------------ assignment ----

    /// <summary>13.15.2: an anonymous function assigned to a name takes it, unless the name is parenthesised (IsIdentifierRef).</summary>
    // 13.15.2 step 1.c: only an IdentifierRef names the function; a parenthesised one, `(fn) = function(){}`,
    // is not one (the parser drops the parentheses from a target, so they show as a later start).
    private static string? NameForAssignedFunction(AssignmentExpression asg) =>
        asg.Left is Identifier id && id.Start == asg.Start ? id.Name : null;

    private void EmitAssignment(AssignmentExpression asg)
    {
        var left = asg.Left is ParenthesizedExpression pe ? pe.Expression : asg.Left;
        if (asg.Operator == Operator.Assignment)
        {
            switch (left)
            {
                case Identifier id when WithScopesFor(id.Name) is { } withs:
                    EmitResolveWithReference(withs, id.Name);
                    EmitNamedExpression(asg.Right, NameForAssignedFunction(asg));
                    Mark(asg);
                    EmitWithReferencePut(id.Name, id.Start);
                    return;
                case Identifier id:
                    EmitNamedExpression(asg.Right, NameForAssignedFunction(asg));
                    _b.Emit(OpCode.Dup);
                    Mark(asg);
                    EmitStoreName(id.Name, offset: id.Start);
                    return;
                case MemberExpression { Computed: true, Object: Identifier o, Property: Identifier k } me
                    when TryDeferrableRegister(o, out int objReg) && TryDeferrableRegister(k, out int keyReg) && !MayAssignLocals(asg.Right):
                    // o[k] = v of two locals the right-hand side cannot assign: read where PutValue needs
                    // them instead of pushed first (one instruction, as V8's StaKeyedProperty r, r).
                    EmitExpression(asg.Right);
                    _b.MarkPosition(AssignmentOperator(asg, me));
                    _b.Emit(OpCode.SetKeyedLocals, objReg, keyReg);
                    return;
                case MemberExpression me:
                    // 13.15.2: a computed key's ToPropertyKey happens in PutValue, after the right-hand side.
                    EmitReferenceBase(me, out var kind);
                    EmitExpression(asg.Right);
                    EmitReferenceSet(me, kind, AssignmentOperator(asg, me));
                    return;
                default:
                    // Destructuring assignment: the expression's value is the right-hand side.
                    EmitExpression(asg.Right);
                    _b.Emit(OpCode.Dup);
                    EmitPatternInitialization(left, PatternMode.Assign, asg.Right, declaration: false);
                    return;
            }
        }

        bool logical = IsLogicalAssignment(asg.Operator);
        var jumpOp = asg.Operator switch
        {
            Operator.LogicalAndAssignment => OpCode.JumpIfFalseKeep,
            Operator.LogicalOrAssignment => OpCode.JumpIfTrueKeep,
            _ => OpCode.JumpIfNotNullishKeep,
        };
        switch (left)
        {
            case Identifier id when WithScopesFor(id.Name) is { } withs:
                {
                    EmitResolveWithReference(withs, id.Name);
                    EmitWithReferenceGet(id.Name, id.Start);     // ref value
                    if (logical)
                    {
                        var keep = new Label();
                        var end = new Label();
                        int depthWithValue = _b.StackDepth;
                        _b.EmitJump(jumpOp, keep);
                        EmitNamedExpression(asg.Right, NameForAssignedFunction(asg));
                        EmitWithReferencePut(id.Name, id.Start);
                        _b.EmitJump(OpCode.Jump, end);
                        _b.Bind(keep);
                        _b.StackDepth = depthWithValue;
                        _b.Emit(OpCode.Swap);
                        _b.Emit(OpCode.Pop);
                        _b.Bind(end);
                        return;
                    }
                    EmitExpression(asg.Right);
                    Mark(asg);
                    _b.Emit(BinaryOp(asg.Operator));
                    EmitWithReferencePut(id.Name, id.Start);
                    return;
                }
            case Identifier id when !logical:
                EmitCompoundToName(asg, id, keepResult: true);
                return;
            case Identifier id:
                {
                    EmitLoadName(id.Name, id.Start);
                    var end = new Label();
                    _b.EmitJump(jumpOp, end);
                    EmitNamedExpression(asg.Right, NameForAssignedFunction(asg));
                    _b.Emit(OpCode.Dup);
                    EmitStoreName(id.Name, offset: id.Start);
                    _b.Bind(end);
                    return;
                }
            case MemberExpression me:
                EmitReferenceBase(me, out var kind);
                EmitReferenceGetKeep(me, kind);
                if (logical)
                {
                    var keep = new Label();
                    var end = new Label();
                    int depthWithValue = _b.StackDepth;
                    _b.EmitJump(jumpOp, keep);
                    EmitExpression(asg.Right);
                    EmitReferenceSet(me, kind, AssignmentOperator(asg, me));
                    _b.EmitJump(OpCode.Jump, end);
                    _b.Bind(keep);
                    _b.StackDepth = depthWithValue;
                    // base… value → value
                    int baseCount = kind switch { RefKind.Keyed => 2, RefKind.SuperKeyed => 3, _ => 1 };
                    for (int i = 0; i < baseCount; i++) { _b.Emit(OpCode.Swap); _b.Emit(OpCode.Pop); }
                    _b.Bind(end);
                    return;
                }
                EmitExpression(asg.Right);
                Mark(asg);
                _b.Emit(BinaryOp(asg.Operator));
                EmitReferenceSet(me, kind, AssignmentOperator(asg, me));
                return;
            default:
                throw new CompileError(asg.Start, "SyntaxError", "Invalid left-hand side in assignment");
        }
    }

    private static bool IsLogicalAssignment(Operator op) =>
        op is Operator.LogicalAndAssignment or Operator.LogicalOrAssignment or Operator.NullishCoalescingAssignment;

    /// <summary>x op= y for a name outside any with scope; <paramref name="keepResult"/> leaves the result on the stack.</summary>
    private void EmitCompoundToName(AssignmentExpression asg, Identifier id, bool keepResult)
    {
        EmitLoadName(id.Name, id.Start);
        EmitExpression(asg.Right);
        Mark(asg);
        _b.Emit(BinaryOp(asg.Operator));
        if (keepResult) _b.Emit(OpCode.Dup);
        EmitStoreName(id.Name, offset: id.Start);
    }
}
