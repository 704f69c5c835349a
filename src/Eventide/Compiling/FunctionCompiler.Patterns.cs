using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>How a pattern binds: initialising a declaration, a var, or assigning to existing targets.</summary>
internal enum PatternMode { Init, VarInit, Assign }

internal sealed partial class FunctionCompiler
{
    // What the errors of the next top-level pattern name its value by (V8 names the initialiser of a
    // declaration or the right side of an assignment), and whether a pattern is being compiled.
    private string? _patternSubject;
    private ErrorSubject? _patternIterated;
    /// <summary>Where V8 places a declared array pattern's iteration (its errors, the caller's line of its @@iterator): the initialiser.</summary>
    private int? _patternIteratedAt;
    private bool _inPattern;

    /// <summary>Binds the initialiser's value to a declared or assigned pattern, naming it in errors.</summary>
    private void EmitPatternInitialization(Node target, PatternMode mode, Node? init, bool declaration)
    {
        if (target is ObjectPattern or ArrayPattern && init is not null)
        {
            _patternSubject = CallPrinter.Print(init);
            // An assigned array pattern reads its iterator unnamed, as in V8.
            _patternIterated = declaration && CallPrinter.NamesIteratedInitializer(init) ? CallPrinter.Iterated(init) : null;
            _patternIteratedAt = declaration ? init.Start : null;
        }
        // A pattern in an element's default value is a top-level pattern again.
        bool saved = _inPattern;
        _inPattern = false;
        EmitBindingInitialization(target, mode);
        _inPattern = saved;
        _patternSubject = null;
        _patternIterated = null;
        _patternIteratedAt = null;
    }

    /// <summary>Binds the value on top of the stack (consuming it) to a pattern (8.6.2 BindingInitialization / 13.15.5 DestructuringAssignmentEvaluation).</summary>
    private void EmitBindingInitialization(Node target, PatternMode mode)
    {
        CompileStack.EnsureSufficient();
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
                    _b.Emit(OpCode.StoreLocal, tmp);
                    EmitReferenceBase(me, out var kind);
                    if (kind == RefKind.Keyed) _b.Emit(OpCode.ToPropertyKey);
                    _b.Emit(OpCode.LoadLocal, tmp);
                    EmitReferenceSet(me, kind);
                    _b.Emit(OpCode.Pop);
                    FreeTemp(tmp);
                    return;
                }
            case AssignmentPattern ap:
                {
                    var has = new Label();
                    _b.EmitJump(OpCode.JumpIfNotUndefined, has);
                    _b.Emit(OpCode.Pop);
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
        bool nested = _inPattern;
        if (!nested && _patternIteratedAt is { } iteratedAt) _b.MarkPosition(iteratedAt);
        else Mark(arr);
        if (!nested && _patternIterated is { } iterated) _b.MarkErrorSubject(iterated);
        _patternSubject = null;
        _patternIterated = null;
        _patternIteratedAt = null;
        _inPattern = true;
        _b.Emit(OpCode.GetIterator);
        int iterReg = NewRegister();
        int kindReg = NewRegister(), valueReg = NewRegister();
        _b.Emit(OpCode.StoreLocal, iterReg);
        var fin = new ControlEntry(ControlEntryKind.Finally) { KindReg = kindReg, ValueReg = valueReg, FinallyLabel = new Label(), ContextDepth = _contextDepth };
        int depth = _b.StackDepth;
        int tryStart = _b.Position;
        _control.Add(fin);
        foreach (var el in arr.Elements)
        {
            if (el is RestElement rest)
            {
                var restPut = EmitEarlyTargetReference(rest.Argument, mode, out _);
                _b.Emit(OpCode.LoadLocal, iterReg);
                _b.Emit(OpCode.IteratorRestToArray);
                if (restPut is not null) restPut();
                else EmitBindingInitialization(rest.Argument, mode);
                continue;
            }
            Expression? defaultValue = null;
            var put = el is null ? null : EmitEarlyTargetReference(el, mode, out defaultValue);
            _b.Emit(OpCode.LoadLocal, iterReg);
            _b.Emit(OpCode.IteratorValueOrUndefined);
            if (el is null) _b.Emit(OpCode.Pop);
            else if (put is not null) { EmitDefaultValue(defaultValue, el); put(); }
            else EmitBindingInitialization(el, mode);
        }
        _control.Remove(fin);
        int tryEnd = _b.Position;
        _b.Emit(OpCode.LoadInt, CompletionKind.Normal);
        _b.Emit(OpCode.StoreLocal, kindReg);
        _b.Bind(fin.FinallyLabel!);
        _b.AddHandler(new HandlerEntry(tryStart, tryEnd, fin.FinallyLabel!.Position, HandlerKind.Finally, depth, fin.ContextDepth, kindReg, valueReg));
        _b.Emit(OpCode.IteratorCloseIfNotDone, kindReg, iterReg);
        _b.Emit(OpCode.EndFinally, kindReg, valueReg);
        EmitFinallyStubs(fin);
        _inPattern = nested;
    }

    private void EmitObjectPattern(ObjectPattern obj, PatternMode mode)
    {
        Mark(obj);
        bool nested = _inPattern;
        // V8 reports a null/undefined source as "Cannot destructure property 'a' of 'o'" at the top of
        // a pattern, but as the first property's read ("Cannot read properties of null (reading 'a')")
        // in a nested pattern or when that property has a default: there the read itself throws.
        string? firstKey = obj.Properties.Count > 0 && obj.Properties[0] is Property { Computed: false } first ? StaticKeyName(first.Key) : null;
        bool readThrows = nested || firstKey is not null && ((Property)obj.Properties[0]).Value is AssignmentPattern;
        _b.MarkErrorSubject(readThrows
            ? new ErrorSubject(ErrorSubjectKind.DestructureNested, null, firstKey)
            : new ErrorSubject(ErrorSubjectKind.Destructure, nested ? null : _patternSubject, firstKey));
        _patternSubject = null;
        _patternIterated = null;
        _inPattern = true;
        _b.Emit(OpCode.RequireObjectCoercible);
        try { EmitObjectPatternProperties(obj, mode); }
        finally { _inPattern = nested; }
    }

    private void EmitObjectPatternProperties(ObjectPattern obj, PatternMode mode)
    {
        bool hasRest = obj.Properties.Count > 0 && obj.Properties[^1] is RestElement;
        var keyRegs = new List<int>();
        var staticKeys = new List<string>();
        foreach (var node in obj.Properties)
        {
            if (node is RestElement rest)
            {
                // target = {} ; CopyDataProperties(target, source, excluded keys)
                _b.Emit(OpCode.NewObject, 0);
                _b.Emit(OpCode.Swap);
                foreach (var k in staticKeys) _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(k)));
                foreach (var r in keyRegs) _b.Emit(OpCode.LoadLocal, r);
                int n = staticKeys.Count + keyRegs.Count;
                _b.Emit(OpCode.CopyDataPropertiesExcluding, n);
                EmitBindingInitialization(rest.Argument, mode);
                foreach (var r in keyRegs) FreeTemp(r);
                return;
            }
            var p = (Property)node;
            if (mode == PatternMode.Assign && NeedsEarlyReference(p.Value))
            {
                EmitObjectPropertyToEarlyTarget(p, mode, hasRest, keyRegs, staticKeys);
                continue;
            }
            _b.Emit(OpCode.Dup);
            if (p.Computed)
            {
                EmitExpression(p.Key);
                _b.Emit(OpCode.ToPropertyKey);
                if (hasRest)
                {
                    int r = AllocTemp();
                    _b.Emit(OpCode.Dup);
                    _b.Emit(OpCode.StoreLocal, r);
                    keyRegs.Add(r);
                }
                _b.Emit(OpCode.GetKeyed, _b.NewKeyedCache());
            }
            else
            {
                string name = StaticKeyName(p.Key);
                if (hasRest) staticKeys.Add(name);
                _b.EmitGetNamed(name, _b.NewCache());
            }
            EmitBindingInitialization(p.Value, mode);
        }
        _b.Emit(OpCode.Pop);
    }

    /// <summary>
    /// 13.15.5.6 KeyedDestructuringAssignmentEvaluation for a target that is not a pattern: the
    /// source key, then the target's reference, then the read, the default and the put.
    /// source → source.
    /// </summary>
    private void EmitObjectPropertyToEarlyTarget(Property p, PatternMode mode, bool hasRest, List<int> keyRegs, List<string> staticKeys)
    {
        int keyReg = -1;
        string? name = null;
        if (p.Computed)
        {
            EmitExpression(p.Key);
            _b.Emit(OpCode.ToPropertyKey);
            keyReg = AllocTemp();
            _b.Emit(OpCode.StoreLocal, keyReg);
            if (hasRest) keyRegs.Add(keyReg);
        }
        else
        {
            name = StaticKeyName(p.Key);
            if (hasRest) staticKeys.Add(name);
        }
        int sourceReg = AllocTemp();
        _b.Emit(OpCode.Dup);
        _b.Emit(OpCode.StoreLocal, sourceReg);
        var put = EmitEarlyTargetReference(p.Value, mode, out var defaultValue)!;
        _b.Emit(OpCode.LoadLocal, sourceReg);
        if (keyReg >= 0)
        {
            _b.Emit(OpCode.LoadLocal, keyReg);
            _b.Emit(OpCode.GetKeyed, _b.NewKeyedCache());
        }
        else _b.EmitGetNamed(name!, _b.NewCache());
        EmitDefaultValue(defaultValue, p.Value);
        put();
        FreeTemp(sourceReg);
        if (keyReg >= 0 && !hasRest) FreeTemp(keyReg);
    }

    /// <summary>
    /// An assignment target (with or without a default) whose reference evaluation is observable: a
    /// member expression, or a name that may resolve on a with object. A plain name resolves statically.
    /// </summary>
    private bool NeedsEarlyReference(Node target)
    {
        if (target is AssignmentPattern ap) target = ap.Left;
        while (target is ParenthesizedExpression pe) target = pe.Expression;
        return target is MemberExpression || target is Identifier id && WithScopesFor(id.Name) is not null;
    }

    /// <summary>
    /// 13.15.5.5 step 1: in a destructuring assignment, a target that is not itself a pattern is
    /// evaluated (its reference) before the value is read. Pushes the reference and returns what
    /// puts the value into it afterwards (reference value → ); null when the target needs no early
    /// reference (a declaration, a pattern, or a name outside with scopes, whose resolution is static).
    /// </summary>
    private Action? EmitEarlyTargetReference(Node element, PatternMode mode, out Expression? defaultValue)
    {
        defaultValue = null;
        if (mode != PatternMode.Assign) return null;
        var target = element;
        if (target is AssignmentPattern ap) { target = ap.Left; defaultValue = ap.Right; }
        while (target is ParenthesizedExpression pe) target = pe.Expression;
        switch (target)
        {
            case MemberExpression me:
                EmitReferenceBase(me, out var kind);
                return () => { EmitReferenceSet(me, kind); _b.Emit(OpCode.Pop); };
            case Identifier id when WithScopesFor(id.Name) is { } withs:
                EmitResolveWithReference(withs, id.Name);
                return () => { EmitWithReferencePut(id.Name, id.Start); _b.Emit(OpCode.Pop); };
            case Identifier id:
                return () => EmitStoreName(id.Name);
            default:
                defaultValue = null;
                return null;
        }
    }

    /// <summary>value → value, or the default's value when it is undefined (named after an identifier target).</summary>
    private void EmitDefaultValue(Expression? defaultValue, Node element)
    {
        if (defaultValue is null) return;
        var has = new Label();
        _b.EmitJump(OpCode.JumpIfNotUndefined, has);
        _b.Emit(OpCode.Pop);
        EmitNamedExpression(defaultValue, ((AssignmentPattern)element).Left is Identifier id ? id.Name : null);
        _b.Bind(has);
    }
}
