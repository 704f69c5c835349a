using Acornima;
using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;

public sealed partial class FunctionCompiler
{
    // Optional chains: where each `?.` jumps when its base is nullish, with the stack depth then.
    private List<(Label Label, int Depth)>? _chainJumps;
    private int _chainBase;

    private void EmitExpression(Expression expr)
    {
        switch (expr)
        {
            case Literal lit:
                EmitLiteral(lit);
                break;
            case Identifier id:
                if (id.Name == "undefined" && Resolve("undefined").Binding is null) { _b.Emit(OpCode.LoadUndefined, 1); break; }
                Mark(id);
                EmitLoadName(id.Name, id.Start);
                break;
            case ThisExpression:
                _b.Emit(OpCode.LoadThis, 1);
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
                    _b.EmitJump(OpCode.Jump, end, 0);
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
                    if (i < se.Expressions.Count - 1) _b.Emit(OpCode.Pop, -1);
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
                if (mp.Meta.Name == "new") _b.Emit(OpCode.LoadNewTarget, 1);
                else throw new CompileError(mp.Start, "SyntaxError", "Cannot use 'import.meta' outside a module");
                break;
            case YieldExpression ye:
                Mark(ye);
                if (ye.Argument is not null) EmitExpression(ye.Argument);
                else _b.Emit(OpCode.LoadUndefined, 1);
                Mark(ye);
                if (ye.Delegate) _b.Emit(OpCode.YieldDelegate, 0);
                else if (_template.Kind == FunctionKind.AsyncGenerator)
                {
                    // 27.6.3.8 Yield in an async generator: AsyncGeneratorYield(? Await(value)).
                    _b.Emit(OpCode.Await, 0);
                    _b.Emit(OpCode.AsyncGeneratorYield, 0);
                }
                else _b.Emit(OpCode.Yield, 0);
                break;
            case AwaitExpression aw:
                Mark(aw);
                EmitExpression(aw.Argument);
                Mark(aw);
                _b.Emit(OpCode.Await, 0);
                break;
            case SpreadElement sp:
                throw new CompileError(sp.Start, "SyntaxError", "Unexpected spread");
            case ImportExpression ie:
                throw new CompileError(ie.Start, "SyntaxError", "import() is not supported");
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
            case NullLiteral: _b.Emit(OpCode.LoadNull, 1); break;
            case BooleanLiteral bl: _b.Emit(bl.Value ? OpCode.LoadTrue : OpCode.LoadFalse, 1); break;
            case NumericLiteral nl: EmitNumber(nl.Value); break;
            case StringLiteral sl: _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(sl.Value)), 1); break;
            case BigIntLiteral bi: _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(new JsBigInt(bi.Value))), 1); break;
            case RegExpLiteral re:
                Mark(re);
                _b.Emit(OpCode.NewRegExp, _b.Constant(new JsValue(re.RegExp.Pattern)), _b.Constant(new JsValue(re.RegExp.Flags)), 1);
                break;
            default: throw new CompileError(lit.Start, "SyntaxError", "Unknown literal");
        }
    }

    private void EmitNumber(double v)
    {
        if (v == (int)v && !(v == 0 && double.IsNegative(v))) _b.Emit(OpCode.LoadInt, (int)v, 1);
        else _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(v)), 1);
    }

    private void EmitTemplateLiteral(TemplateLiteral tl)
    {
        var first = tl.Quasis[0].Value.Cooked ?? "";
        _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(first)), 1);
        for (int i = 0; i < tl.Expressions.Count; i++)
        {
            EmitExpression(tl.Expressions[i]);
            _b.Emit(OpCode.ToStringOp, 0);
            _b.Emit(OpCode.Add, -1);
            var q = tl.Quasis[i + 1].Value.Cooked ?? "";
            if (q.Length > 0)
            {
                _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(q)), 1);
                _b.Emit(OpCode.Add, -1);
            }
        }
    }

    private void EmitArrayLiteral(ArrayExpression ae)
    {
        _b.Emit(OpCode.NewArray, ae.Elements.Count, 1);
        foreach (var el in ae.Elements)
        {
            switch (el)
            {
                case null: _b.Emit(OpCode.ArrayPushHole, 0); break;
                case SpreadElement sp:
                    EmitExpression(sp.Argument);
                    Mark(sp);
                    _b.MarkErrorSubject(CallPrinter.Iterated(sp.Argument));
                    _b.Emit(OpCode.ArraySpread, -1);
                    break;
                default:
                    EmitExpression(el);
                    _b.Emit(OpCode.ArrayPush, -1);
                    break;
            }
        }
    }

    /// <summary>Pushes a property key: a constant for identifiers/literals, or the computed value as a key.</summary>
    private void EmitPropertyKey(Expression key, bool computed)
    {
        if (!computed)
        {
            _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(StaticKeyName(key))), 1);
            return;
        }
        EmitExpression(key);
        _b.Emit(OpCode.ToPropertyKey, 0);
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
        _b.Emit(OpCode.NewObject, 1);
        foreach (var node in oe.Properties)
        {
            if (node is SpreadElement sp)
            {
                EmitExpression(sp.Argument);
                _b.Emit(OpCode.CopyDataProperties, -1);
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
                _b.Emit(OpCode.DefineMethod, k, 1, -2);
                continue;
            }
            if (!p.Computed && !p.Shorthand && StaticKeyName(p.Key) == "__proto__" && p.Key is not Literal { Raw: null })
            {
                EmitExpression(value);
                _b.Emit(OpCode.SetProtoLiteral, -1);
                continue;
            }
            if (!p.Computed)
            {
                string name = StaticKeyName(p.Key);
                EmitNamedExpression(value, name);
                _b.Emit(OpCode.DefineNamedField, _b.Name(name), _b.NewCache(), -1);
            }
            else
            {
                EmitPropertyKey(p.Key, true);
                if (IsAnonymousFunctionDefinition(value))
                {
                    EmitNamedExpression(value, "");
                    _b.Emit(OpCode.SetFunctionName, -1, 0);
                }
                else EmitExpression(value);
                _b.Emit(OpCode.DefineField, -2);
            }
        }
    }

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
            case Operator.TypeOf when ue.Argument is Identifier id && Resolve(id.Name).Binding is null && WithScopesFor(id.Name) is null:
                _b.Emit(OpCode.LoadGlobalOrUndefined, _b.Name(id.Name), _b.NewCache(), 1);
                _b.Emit(OpCode.TypeOf, 0);
                return;
            case Operator.Delete:
                EmitDelete(ue.Argument);
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
        }, ue.Operator == Operator.Void ? -1 : 0);
        if (ue.Operator == Operator.Void) _b.Emit(OpCode.LoadUndefined, 1);
    }

    private void EmitDelete(Expression arg)
    {
        switch (arg)
        {
            case ParenthesizedExpression pe:
                EmitDelete(pe.Expression);
                return;
            case MemberExpression { Object: Super } sme:
                // super.x in delete: evaluate the key, then throw ReferenceError (13.5.1.2).
                if (sme.Computed) { EmitExpression(sme.Property); _b.Emit(OpCode.Pop, -1); }
                _b.Emit(OpCode.ThrowError, (int)ErrorKind.ReferenceError, _b.Constant(new JsValue("Unsupported reference to 'super'")), 0);
                _b.Emit(OpCode.LoadTrue, 1);
                return;
            case MemberExpression me:
                EmitExpression(me.Object);
                Mark(me);
                if (me.Computed)
                {
                    EmitExpression(me.Property);
                    _b.Emit(OpCode.DeleteKeyed, Strict ? 1 : 0, -1);
                }
                else _b.Emit(OpCode.DeleteNamed, _b.Name(((Identifier)me.Property).Name), Strict ? 1 : 0, 0);
                return;
            case ChainExpression ce:
                EmitChainWith(ce, () => EmitDelete(ce.Expression));
                return;
            case Identifier id:
                EmitDeleteName(id.Name);
                return;
            default:
                EmitExpression(arg);
                _b.Emit(OpCode.Pop, -1);
                _b.Emit(OpCode.LoadTrue, 1);
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
            EmitWithLookups(withs, name, () =>
            {
                _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(name)), 1);
                _b.Emit(OpCode.DeleteKeyed, 0, -1);
            }, end);
        }
        if (Resolve(name).Binding is null)
        {
            _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(name)), 1);
            _b.Emit(OpCode.DeleteKeyed, 2, 0); // 2: name → bool, on the global object
        }
        else _b.Emit(OpCode.LoadFalse, 1);
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
            _b.Emit(OpCode.HasPrivate, -1);
            return;
        }
        EmitExpression(be.Left);
        EmitExpression(be.Right);
        Mark(be);
        _b.Emit(BinaryOp(be.Operator), -1);
    }

    private void EmitLogical(LogicalExpression le)
    {
        var end = new Label();
        EmitExpression(le.Left);
        var op = le.Operator switch
        {
            Operator.LogicalAnd => OpCode.JumpIfFalseKeep,
            Operator.LogicalOr => OpCode.JumpIfTrueKeep,
            _ => OpCode.JumpIfNotNullishKeep,
        };
        _b.EmitJump(op, end, -1);
        EmitExpression(le.Right);
        _b.Bind(end);
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
                when (ue.Argument is ParenthesizedExpression p ? p.Expression : ue.Argument) is Identifier id:
                // x++ / ++x as a statement: the old or new value is not needed.
                EmitLoadName(id.Name, id.Start);
                _b.Emit(OpCode.ToNumeric, 0);
                _b.Emit(ue.Operator == Operator.Increment ? OpCode.Inc : OpCode.Dec, 0);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            case AssignmentExpression { Operator: Operator.Assignment } asg
                when (asg.Left is ParenthesizedExpression lp ? lp.Expression : asg.Left) is Identifier id:
                EmitNamedExpression(asg.Right, id.Name);
                Mark(asg);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            default:
                EmitExpression(e);
                _b.Emit(OpCode.Pop, -1);
                return;
        }
    }

    private void EmitUpdate(UnaryExpression ue)
    {
        var op = ue.Operator == Operator.Increment ? OpCode.Inc : OpCode.Dec;
        bool prefix = ue.Prefix;
        var target = ue.Argument is ParenthesizedExpression pe ? pe.Expression : ue.Argument;
        switch (target)
        {
            case Identifier id:
                EmitLoadName(id.Name, id.Start);
                _b.Emit(OpCode.ToNumeric, 0);
                if (!prefix) _b.Emit(OpCode.Dup, 1);
                _b.Emit(op, 0);
                if (prefix) _b.Emit(OpCode.Dup, 1);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            case MemberExpression me:
                EmitReferenceBase(me, out var kind);
                EmitReferenceGetKeep(me, kind);     // base… old
                _b.Emit(OpCode.ToNumeric, 0);
                if (!prefix)
                {
                    // keep old below the reference
                    _b.Emit(OpCode.Dup, 1);
                    _b.Emit(kind == RefKind.Named || kind == RefKind.SuperNamed || kind == RefKind.Private ? OpCode.Rot3 : OpCode.Rot4, 0);
                }
                _b.Emit(op, 0);
                EmitReferenceSet(me, kind);         // → new
                if (!prefix) _b.Emit(OpCode.Pop, -1);
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
            _b.Emit(OpCode.LoadThis, 1);
            if (me.Computed)
            {
                EmitExpression(me.Property);
                _b.Emit(OpCode.ToPropertyKey, 0);
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
    private void EmitReferenceGetKeep(MemberExpression me, RefKind kind)
    {
        switch (kind)
        {
            case RefKind.Named:
                _b.Emit(OpCode.Dup, 1);
                Mark(me);
                _b.Emit(OpCode.GetNamed, _b.Name(((Identifier)me.Property).Name), _b.NewCache(), 0);
                break;
            case RefKind.Keyed:
                _b.Emit(OpCode.ToPropertyKey, 0);
                _b.Emit(OpCode.Dup2, 2);
                Mark(me);
                _b.Emit(OpCode.GetKeyed, -1);
                break;
            case RefKind.SuperNamed:
                _b.Emit(OpCode.Dup, 1);
                _b.Emit(OpCode.GetSuperNamed, _b.Name(((Identifier)me.Property).Name), 0);
                break;
            case RefKind.SuperKeyed:
                _b.Emit(OpCode.Dup2, 2);
                _b.Emit(OpCode.GetSuperKeyed, -1);
                break;
            case RefKind.Private:
                _b.Emit(OpCode.Dup, 1);
                EmitLoadName("#" + ((PrivateIdentifier)me.Property).Name);
                Mark(me);
                _b.Emit(OpCode.GetPrivate, -1);
                break;
        }
    }

    /// <summary>base… value → value: stores into the reference.</summary>
    private void EmitReferenceSet(MemberExpression me, RefKind kind)
    {
        Mark(me);
        switch (kind)
        {
            case RefKind.Named:
                _b.Emit(OpCode.SetNamed, _b.Name(((Identifier)me.Property).Name), _b.NewCache(), -1);
                break;
            case RefKind.Keyed:
                _b.Emit(OpCode.SetKeyed, -2);
                break;
            case RefKind.SuperNamed:
                _b.Emit(OpCode.SetSuperNamed, _b.Name(((Identifier)me.Property).Name), -1);
                break;
            case RefKind.SuperKeyed:
                _b.Emit(OpCode.SetSuperKeyed, -2);
                break;
            case RefKind.Private:
                EmitLoadName("#" + ((PrivateIdentifier)me.Property).Name);
                _b.Emit(OpCode.SetPrivate, -2);
                break;
        }
    }

    private void EmitMember(MemberExpression me)
    {
        if (me.Object is Super)
        {
            _b.Emit(OpCode.LoadThis, 1);
            if (me.Computed)
            {
                EmitExpression(me.Property);
                _b.Emit(OpCode.ToPropertyKey, 0);
                _b.Emit(OpCode.GetSuperKeyed, -1);
            }
            else _b.Emit(OpCode.GetSuperNamed, _b.Name(((Identifier)me.Property).Name), 0);
            return;
        }
        EmitExpression(me.Object);
        if (me.Optional) EmitOptionalJump();
        if (me.Property is PrivateIdentifier pid)
        {
            EmitLoadName("#" + pid.Name);
            Mark(me);
            _b.Emit(OpCode.GetPrivate, -1);
            return;
        }
        if (me.Computed)
        {
            EmitExpression(me.Property);
            Mark(me);
            _b.Emit(OpCode.GetKeyed, -1);
        }
        else
        {
            Mark(me.Property);
            _b.Emit(OpCode.GetNamed, _b.Name(((Identifier)me.Property).Name), _b.NewCache(), 0);
        }
    }

    private void EmitOptionalJump()
    {
        var l = new Label();
        (_chainJumps ??= new()).Add((l, _b.StackDepth));
        _b.EmitJump(OpCode.JumpIfNullish, l, 0);
    }

    private void EmitChain(ChainExpression chain) => EmitChainWith(chain, () => EmitExpression(chain.Expression));

    private void EmitChainWith(ChainExpression chain, Action body)
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
        _b.EmitJump(OpCode.Jump, end, 0);
        foreach (var (label, depth) in jumps)
        {
            _b.Bind(label);
            _b.StackDepth = depth;
            for (int i = depth; i > resultDepth - 1; i--) _b.Emit(OpCode.Pop, -1);
            _b.Emit(OpCode.LoadUndefined, 1);
            _b.EmitJump(OpCode.Jump, end, 0);
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

    /// <summary>Pushes arguments; returns the count, or -1 when they were gathered into one array (spread).</summary>
    private int EmitArguments(in NodeList<Expression> args)
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
            _b.MarkErrorSubject(new ErrorSubject(ErrorSubjectKind.SpreadArgument, CallPrinter.Print(((SpreadElement)args[0]).Argument)));
            _b.Emit(OpCode.SpreadArgs, 0);
            return -1;
        }
        _b.Emit(OpCode.NewArray, args.Count, 1);
        foreach (var a in args)
        {
            if (a is SpreadElement sp)
            {
                EmitExpression(sp.Argument);
                _b.MarkErrorSubject(new ErrorSubject(ErrorSubjectKind.SpreadArgument, CallPrinter.Print(sp.Argument)));
                _b.Emit(OpCode.ArraySpread, -1);
            }
            else
            {
                EmitExpression(a);
                _b.Emit(OpCode.ArrayPush, -1);
            }
        }
        return -1;
    }

    private void EmitCall(CallExpression call)
    {
        var callee = call.Callee is ParenthesizedExpression { Expression: MemberExpression pme } ? pme : call.Callee;
        if (callee is Super)
        {
            int n = EmitArguments(call.Arguments);
            Mark(call);
            if (n < 0) _b.Emit(OpCode.SuperCallSpread, 0);
            else _b.Emit(OpCode.SuperCall, n, 1 - n);
            return;
        }
        // Push function and this.
        switch (callee)
        {
            case MemberExpression { Object: Super } sme:
                _b.Emit(OpCode.LoadThis, 1);
                if (sme.Computed)
                {
                    EmitExpression(sme.Property);
                    _b.Emit(OpCode.ToPropertyKey, 0);
                    _b.Emit(OpCode.GetSuperKeyed, -1);
                }
                else _b.Emit(OpCode.GetSuperNamed, _b.Name(((Identifier)sme.Property).Name), 0);
                _b.Emit(OpCode.LoadThis, 1);
                break;
            case MemberExpression me:
                EmitExpression(me.Object);
                if (me.Optional) EmitOptionalJump();
                if (me.Property is PrivateIdentifier pid)
                {
                    _b.Emit(OpCode.Dup, 1);
                    EmitLoadName("#" + pid.Name);
                    Mark(me);
                    _b.Emit(OpCode.GetPrivate, -1);
                    _b.Emit(OpCode.Swap, 0);
                }
                else if (me.Computed)
                {
                    EmitExpression(me.Property);
                    Mark(me);
                    _b.Emit(OpCode.GetKeyedKeep, 0);
                }
                else
                {
                    Mark(me.Property);
                    _b.Emit(OpCode.GetNamedKeep, _b.Name(((Identifier)me.Property).Name), _b.NewCache(), 1);
                }
                break;
            case Identifier cid when WithScopesFor(cid.Name) is { } withs:
                {
                    // A function found on a with object is called with that object as this.
                    var end = new Label();
                    int depth = _b.StackDepth;
                    EmitWithLookups(withs, cid.Name, () => _b.Emit(OpCode.GetNamedKeep, _b.Name(cid.Name), _b.NewCache(), 1), end);
                    EmitLoadNameStatic(cid.Name);
                    _b.Emit(OpCode.LoadUndefined, 1);
                    _b.Bind(end);
                    _b.StackDepth = depth + 2;
                    break;
                }
            default:
                EmitExpression(callee);
                _b.Emit(OpCode.LoadUndefined, 1);
                break;
        }
        if (call.Optional)
        {
            // f?.(): if f is nullish the whole chain is undefined. f sits below this.
            _b.Emit(OpCode.Swap, 0);
            EmitOptionalJump();
            _b.Emit(OpCode.Swap, 0);
        }
        int argc = EmitArguments(call.Arguments);
        int position = CallPosition(call, callee);
        _b.MarkPosition(position);
        if (position != call.Start) _b.MarkCalleeStart(call.Start);
        MarkPrintedCallee(call.Callee, call.Start);
        bool directEval = callee is Identifier { Name: "eval" };
        if (argc < 0) _b.Emit(OpCode.CallSpread, -2);
        else if (directEval) _b.Emit(OpCode.CallEval, argc, _b.UniqueConstant(_scope), -argc - 1);
        else _b.Emit(OpCode.Call, argc, -argc - 1);
    }

    /// <summary>
    /// A callee that is not a plain name or member chain in the source, e.g. (void 0) or an IIFE's
    /// function, is named in "is not a function" as V8 prints it back; others are quoted from the source.
    /// </summary>
    private void MarkPrintedCallee(Node callee, int parenAt)
    {
        bool parenthesized = parenAt >= 0 && parenAt < Source.Text.Length && Source.Text[parenAt] == '(';
        if (callee is Identifier or MemberExpression or Super && !parenthesized) return;
        _b.MarkErrorSubject(new ErrorSubject(ErrorSubjectKind.Callee, CallPrinter.Print(callee)));
    }

    /// <summary>
    /// Where V8 places a call in stack frames and error reports: o.m() at the name m, o[k]() at its
    /// parenthesis, any other call at its start.
    /// </summary>
    private int CallPosition(CallExpression call, Node callee)
    {
        if (callee is not MemberExpression me) return call.Start;
        if (!me.Computed) return me.Property.Start;
        int paren = Source.Text.IndexOf('(', call.Callee.End, call.End - call.Callee.End);
        return paren >= 0 ? paren : call.Start;
    }

    private void EmitNew(NewExpression ne)
    {
        EmitExpression(ne.Callee);
        int argc = EmitArguments(ne.Arguments);
        Mark(ne);
        MarkPrintedCallee(ne.Callee, ne.Callee.Start - 1);
        if (argc < 0) _b.Emit(OpCode.NewSpread, -1);
        else _b.Emit(OpCode.New, argc, -argc);
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
                    _b.Emit(OpCode.GetKeyedKeep, 0);
                }
                else _b.Emit(OpCode.GetNamedKeep, _b.Name(((Identifier)me.Property).Name), _b.NewCache(), 1);
                break;
            default:
                EmitExpression(tt.Tag);
                _b.Emit(OpCode.LoadUndefined, 1);
                break;
        }
        var quasis = tt.Quasi.Quasis;
        var site = new TemplateSite(quasis.Select(q => q.Value.Cooked).ToArray(), quasis.Select(q => q.Value.Raw).ToArray());
        _b.Emit(OpCode.GetTemplateObject, _b.UniqueConstant(site), 1);
        foreach (var e in tt.Quasi.Expressions) EmitExpression(e);
        Mark(tt);
        _b.Emit(OpCode.Call, tt.Quasi.Expressions.Count + 1, -tt.Quasi.Expressions.Count - 2);
    }

    // ------------------------------------------------------------ assignment ----

    private void EmitAssignment(AssignmentExpression asg)
    {
        var left = asg.Left is ParenthesizedExpression pe ? pe.Expression : asg.Left;
        if (asg.Operator == Operator.Assignment)
        {
            switch (left)
            {
                case Identifier id:
                    EmitNamedExpression(asg.Right, id.Name);
                    _b.Emit(OpCode.Dup, 1);
                    Mark(asg);
                    EmitStoreName(id.Name, offset: id.Start);
                    return;
                case MemberExpression me:
                    EmitReferenceBase(me, out var kind);
                    if (kind == RefKind.Keyed) _b.Emit(OpCode.ToPropertyKey, 0);
                    EmitExpression(asg.Right);
                    EmitReferenceSet(me, kind);
                    return;
                default:
                    // Destructuring assignment: the expression's value is the right-hand side.
                    EmitExpression(asg.Right);
                    _b.Emit(OpCode.Dup, 1);
                    EmitPatternInitialization(left, PatternMode.Assign, asg.Right, declaration: false);
                    return;
            }
        }

        bool logical = asg.Operator is Operator.LogicalAndAssignment or Operator.LogicalOrAssignment or Operator.NullishCoalescingAssignment;
        var jumpOp = asg.Operator switch
        {
            Operator.LogicalAndAssignment => OpCode.JumpIfFalseKeep,
            Operator.LogicalOrAssignment => OpCode.JumpIfTrueKeep,
            _ => OpCode.JumpIfNotNullishKeep,
        };
        switch (left)
        {
            case Identifier id:
                EmitLoadName(id.Name, id.Start);
                if (logical)
                {
                    var end = new Label();
                    _b.EmitJump(jumpOp, end, -1);
                    EmitNamedExpression(asg.Right, id.Name);
                    _b.Emit(OpCode.Dup, 1);
                    EmitStoreName(id.Name, offset: id.Start);
                    _b.Bind(end);
                    return;
                }
                EmitExpression(asg.Right);
                Mark(asg);
                _b.Emit(BinaryOp(asg.Operator), -1);
                _b.Emit(OpCode.Dup, 1);
                EmitStoreName(id.Name, offset: id.Start);
                return;
            case MemberExpression me:
                EmitReferenceBase(me, out var kind);
                EmitReferenceGetKeep(me, kind);
                if (logical)
                {
                    var keep = new Label();
                    var end = new Label();
                    int depthWithValue = _b.StackDepth;
                    _b.EmitJump(jumpOp, keep, -1);
                    EmitExpression(asg.Right);
                    EmitReferenceSet(me, kind);
                    _b.EmitJump(OpCode.Jump, end, 0);
                    _b.Bind(keep);
                    _b.StackDepth = depthWithValue;
                    // base… value → value
                    int baseCount = kind is RefKind.Keyed or RefKind.SuperKeyed ? 2 : 1;
                    for (int i = 0; i < baseCount; i++) { _b.Emit(OpCode.Swap, 0); _b.Emit(OpCode.Pop, -1); }
                    _b.Bind(end);
                    return;
                }
                EmitExpression(asg.Right);
                Mark(asg);
                _b.Emit(BinaryOp(asg.Operator), -1);
                EmitReferenceSet(me, kind);
                return;
            default:
                throw new CompileError(asg.Start, "SyntaxError", "Invalid left-hand side in assignment");
        }
    }
}
