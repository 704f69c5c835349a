using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;

/// <summary>How a pattern binds: initialising a declaration, a var, or assigning to existing targets.</summary>
public enum PatternMode { Init, VarInit, Assign }

public sealed partial class FunctionCompiler
{
    // What the errors of the next top-level pattern name its value by (V8 names the initialiser of a
    // declaration or the right side of an assignment), and whether a pattern is being compiled.
    private string? _patternSubject;
    private ErrorSubject? _patternIterated;
    private bool _inPattern;

    /// <summary>Binds the initialiser's value to a declared or assigned pattern, naming it in errors.</summary>
    private void EmitPatternInitialization(Node target, PatternMode mode, Node? init, bool declaration)
    {
        if (target is ObjectPattern or ArrayPattern && init is not null)
        {
            _patternSubject = CallPrinter.Print(init);
            // An assigned array pattern reads its iterator unnamed, as in V8.
            _patternIterated = declaration ? CallPrinter.Iterated(init) : null;
        }
        EmitBindingInitialization(target, mode);
        _patternSubject = null;
        _patternIterated = null;
    }

    /// <summary>Binds the value on top of the stack (consuming it) to a pattern (8.6.2 BindingInitialization / 13.15.5 DestructuringAssignmentEvaluation).</summary>
    private void EmitBindingInitialization(Node target, PatternMode mode)
    {
        switch (target)
        {
            case Identifier id:
                // var initialisers are plain assignments (they may land on a with object).
                EmitStoreName(id.Name, init: mode == PatternMode.Init);
                return;
            case ParenthesizedExpression pe:
                EmitBindingInitialization(pe.Expression, mode);
                return;
            case MemberExpression me:
                {
                    int tmp = AllocTemp();
                    _b.Emit(OpCode.StoreLocal, tmp, -1);
                    EmitReferenceBase(me, out var kind);
                    if (kind == RefKind.Keyed) _b.Emit(OpCode.ToPropertyKey, 0);
                    _b.Emit(OpCode.LoadLocal, tmp, 1);
                    EmitReferenceSet(me, kind);
                    _b.Emit(OpCode.Pop, -1);
                    FreeTemp(tmp);
                    return;
                }
            case AssignmentPattern ap:
                {
                    var has = new Label();
                    _b.EmitJump(OpCode.JumpIfNotUndefined, has, 0);
                    _b.Emit(OpCode.Pop, -1);
                    EmitNamedExpression(ap.Right, (ap.Left as Identifier)?.Name);
                    _b.Bind(has);
                    EmitBindingInitialization(ap.Left, mode);
                    return;
                }
            case ArrayPattern arr:
                EmitArrayPattern(arr, mode);
                return;
            case ObjectPattern obj:
                EmitObjectPattern(obj, mode);
                return;
            case RestElement re:
                EmitBindingInitialization(re.Argument, mode);
                return;
            default:
                throw new CompileError(target.Start, "SyntaxError", "Invalid destructuring target");
        }
    }

    private void EmitArrayPattern(ArrayPattern arr, PatternMode mode)
    {
        Mark(arr);
        bool nested = _inPattern;
        if (!nested && _patternIterated is { } iterated) _b.MarkErrorSubject(iterated);
        _patternSubject = null;
        _patternIterated = null;
        _inPattern = true;
        _b.Emit(OpCode.GetIterator, 0);
        int iterReg = NewRegister();
        int kindReg = NewRegister(), valueReg = NewRegister();
        _b.Emit(OpCode.StoreLocal, iterReg, -1);
        var fin = new ControlEntry(ControlEntryKind.Finally) { KindReg = kindReg, ValueReg = valueReg, FinallyLabel = new Label(), ContextDepth = _contextDepth };
        int depth = _b.StackDepth;
        int tryStart = _b.Position;
        _control.Add(fin);
        foreach (var el in arr.Elements)
        {
            if (el is RestElement rest)
            {
                _b.Emit(OpCode.LoadLocal, iterReg, 1);
                _b.Emit(OpCode.IteratorRestToArray, 0);
                EmitBindingInitialization(rest.Argument, mode);
                continue;
            }
            _b.Emit(OpCode.LoadLocal, iterReg, 1);
            _b.Emit(OpCode.IteratorValueOrUndefined, 0);
            if (el is null) _b.Emit(OpCode.Pop, -1);
            else EmitBindingInitialization(el, mode);
        }
        _control.Remove(fin);
        int tryEnd = _b.Position;
        _b.Emit(OpCode.LoadInt, CompletionKind.Normal, 1);
        _b.Emit(OpCode.StoreLocal, kindReg, -1);
        _b.Bind(fin.FinallyLabel!);
        _b.AddHandler(new HandlerEntry(tryStart, tryEnd, fin.FinallyLabel!.Position, HandlerKind.Finally, depth, fin.ContextDepth, kindReg, valueReg));
        _b.Emit(OpCode.IteratorCloseIfNotDone, kindReg, iterReg, 0);
        _b.Emit(OpCode.EndFinally, kindReg, valueReg, 0);
        EmitFinallyStubs(fin);
        _inPattern = nested;
    }

    private void EmitObjectPattern(ObjectPattern obj, PatternMode mode)
    {
        Mark(obj);
        bool nested = _inPattern;
        string? firstKey = obj.Properties.Count > 0 && obj.Properties[0] is Property { Computed: false } first ? StaticKeyName(first.Key) : null;
        _b.MarkErrorSubject(nested && firstKey is not null
            ? new ErrorSubject(ErrorSubjectKind.DestructureNested, null, firstKey)
            : new ErrorSubject(ErrorSubjectKind.Destructure, nested ? null : _patternSubject, firstKey));
        _patternSubject = null;
        _patternIterated = null;
        _inPattern = true;
        _b.Emit(OpCode.RequireObjectCoercible, 0);
        bool hasRest = obj.Properties.Count > 0 && obj.Properties[^1] is RestElement;
        var keyRegs = new List<int>();
        var staticKeys = new List<string>();
        foreach (var node in obj.Properties)
        {
            if (node is RestElement rest)
            {
                // target = {} ; CopyDataProperties(target, source, excluded keys)
                _b.Emit(OpCode.NewObject, 1);
                _b.Emit(OpCode.Swap, 0);
                foreach (var k in staticKeys) _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(k)), 1);
                foreach (var r in keyRegs) _b.Emit(OpCode.LoadLocal, r, 1);
                int n = staticKeys.Count + keyRegs.Count;
                _b.Emit(OpCode.CopyDataPropertiesExcluding, n, -n - 1);
                EmitBindingInitialization(rest.Argument, mode);
                foreach (var r in keyRegs) FreeTemp(r);
                _inPattern = nested;
                return;
            }
            var p = (Property)node;
            _b.Emit(OpCode.Dup, 1);
            if (p.Computed)
            {
                EmitExpression(p.Key);
                _b.Emit(OpCode.ToPropertyKey, 0);
                if (hasRest)
                {
                    int r = AllocTemp();
                    _b.Emit(OpCode.Dup, 1);
                    _b.Emit(OpCode.StoreLocal, r, -1);
                    keyRegs.Add(r);
                }
                _b.Emit(OpCode.GetKeyed, -1);
            }
            else
            {
                string name = StaticKeyName(p.Key);
                if (hasRest) staticKeys.Add(name);
                _b.Emit(OpCode.GetNamed, _b.Name(name), _b.NewCache(), 0);
            }
            EmitBindingInitialization(p.Value, mode);
        }
        _b.Emit(OpCode.Pop, -1);
        _inPattern = nested;
    }
}
