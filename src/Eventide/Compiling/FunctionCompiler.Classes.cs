using Acornima.Ast;
using Eventide.Runtime;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

internal sealed partial class FunctionCompiler
{
    /// <summary>15.7.14 ClassDefinitionEvaluation: leaves the constructor on the stack.</summary>
    private void EmitClass(Node node, Identifier? id, Expression? superClass, ClassBody body, string? name)
    {
        Mark(node);
        var classScope = _owner.Analyzer.Scopes[node];
        EnterBlockScope(classScope);

        // Private names are created fresh for each evaluation of the class.
        foreach (var b in classScope.Ordered)
        {
            if (b.Kind != BindingKind.PrivateName) continue;
            _b.Emit(OpCode.NewPrivateName, _b.Constant(new JsValue(b.Name)));
            StoreBinding(b);
        }

        if (superClass is not null) EmitExpression(superClass);

        MethodDefinition? ctorDef = null;
        foreach (var el in body.Body)
            if (el is MethodDefinition { Kind: PropertyKind.Constructor } md) ctorDef = md;

        var ct = new ClassTemplate { Name = name ?? "", HasHeritage = superClass is not null };
        var ctorKind = superClass is not null ? FunctionKind.DerivedConstructor : FunctionKind.ClassConstructor;
        ct.Constructor = ctorDef is not null
            ? _owner.CompileNested(ctorDef.Value, _scope, name ?? "", ctorKind)
            : _owner.CompileDefaultConstructor(name ?? "", ctorKind, node, Strict);
        // A class's source text is the whole class (Function.prototype.toString).
        ct.Constructor.SourceStart = node.Start;
        ct.Constructor.SourceEnd = node.End;
        _b.Emit(OpCode.MakeClass, _b.UniqueConstant(ct), superClass is not null ? 1 : 0);
        // stack: F proto

        foreach (var el in body.Body)
        {
            switch (el)
            {
                case MethodDefinition { Kind: PropertyKind.Constructor }:
                    break;
                case MethodDefinition md:
                    EmitClassMethod(md);
                    break;
                case PropertyDefinition pd:
                    EmitClassField(pd, pd.Key, pd.Computed, pd.Static, pd.Value);
                    break;
                case StaticBlock sb:
                    _b.Emit(OpCode.LoadUndefined);
                    EmitClosure(sb, "", FunctionKind.Method);
                    _b.Emit(OpCode.AddField, 2);
                    break;
                case AccessorProperty ap:
                    throw new CompileError(ap.Start, "SyntaxError", "Class auto-accessors are not supported");
            }
        }
        _b.Emit(OpCode.Pop);                 // F
        // The inner name is bound before static fields and blocks run (15.7.14 step 27).
        if (id is not null && classScope.Bindings.TryGetValue(id.Name, out var inner))
        {
            _b.Emit(OpCode.Dup);
            StoreBinding(inner);
        }
        _b.Emit(OpCode.RunStaticInitializers);
        ExitBlockScope(classScope);
    }

    private void EmitClassMethod(MethodDefinition md)
    {
        // stack: F proto → (target on top) F proto target
        if (md.Static) { _b.Emit(OpCode.Swap); _b.Emit(OpCode.Dup); }
        else _b.Emit(OpCode.Dup);
        var fnKind = md.Kind == PropertyKind.Get ? FunctionKind.Getter : md.Kind == PropertyKind.Set ? FunctionKind.Setter : MethodKind(md.Value);
        int k = md.Kind == PropertyKind.Get ? 1 : md.Kind == PropertyKind.Set ? 2 : 0;
        if (md.Key is PrivateIdentifier pid)
        {
            EmitClosure(md.Value, "#" + pid.Name, fnKind, md);
            EmitLoadName("#" + pid.Name);
            _b.Emit(OpCode.DefinePrivateMethod, k, md.Static ? 1 : 0);
        }
        else
        {
            EmitPropertyKey(md.Key, md.Computed);
            EmitClosure(md.Value, md.Computed ? "" : StaticKeyName(md.Key), fnKind, md);
            _b.Emit(OpCode.DefineMethod, k, 0);
        }
        _b.Emit(OpCode.Pop);
        if (md.Static) _b.Emit(OpCode.Swap);
    }

    private void EmitClassField(Node field, Expression key, bool computed, bool isStatic, Expression? value)
    {
        // stack: F proto → key initializer → AddField → F proto
        string? staticName = null;
        if (key is PrivateIdentifier pid)
        {
            EmitLoadName("#" + pid.Name);
            staticName = "#" + pid.Name;
        }
        else if (computed) EmitPropertyKey(key, true);
        else
        {
            staticName = StaticKeyName(key);
            _b.Emit(OpCode.LoadConst, _b.Constant(new JsValue(staticName)));
        }
        if (value is null) _b.Emit(OpCode.LoadUndefined);
        else
        {
            var t = _owner.CompileFieldInitializer(field, value, _scope, staticName);
            _b.Emit(OpCode.MakeClosure, _b.UniqueConstant(t));
        }
        _b.Emit(OpCode.AddField, isStatic ? 1 : 0);
    }
}
