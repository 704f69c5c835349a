using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>
    /// 19.2.1.3 EvalDeclarationInstantiation step 16 in a function's variable environment: the var
    /// binding sloppy eval code declares is a deletable property of the function's eval var object
    /// (made on first use), initialised to undefined unless it exists already.
    /// </summary>
    private static JsValue DeclareEvalVar(JsValue holder, PropertyKey name)
    {
        var vars = holder.Ref as JsObject ?? new JsObject(null);
        if (!vars.HasOwnProperty(name)) vars.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Default));
        return vars;
    }

    /// <summary>19.2.1.3 EvalDeclarationInstantiation when the variable environment is the global one.</summary>
    private static void EvalGlobalDeclarationInstantiation(Realm realm, EvalGlobalDeclarations d)
    {
        var global = realm.GlobalObject;
        // 3.a. No var may shadow a global lexical declaration.
        foreach (var name in d.FunctionNames.Concat(d.VarNames))
            if (realm.GlobalLexicals.ContainsKey(name)) throw new JsException(ErrorKind.SyntaxError, $"Identifier '{name}' has already been declared");
        // 8.a.iv.1 CanDeclareGlobalFunction.
        foreach (var name in d.FunctionNames)
            if (!CanDeclareGlobalFunction(global, name)) throw new JsException(ErrorKind.TypeError, $"Cannot redefine property: {name}");
        // 10.a.i.2 CanDeclareGlobalVar.
        foreach (var name in d.VarNames)
            if (!CanDeclareGlobalVar(global, name)) throw new JsException(ErrorKind.TypeError, $"Cannot add property {name}, object is not extensible");
        // B.3.2.3: a block function's var binding, where it can be made.
        foreach (var name in d.AnnexBNames)
            if (!realm.GlobalLexicals.ContainsKey(name) && CanDeclareGlobalVar(global, name)) CreateGlobalVarBinding(global, name);
        // 17. CreateGlobalFunctionBinding(fn, undefined, true): the body then assigns the closure.
        foreach (var name in d.FunctionNames)
        {
            if (!global.GetOwnProperty(name, out var existing) || existing.Configurable)
                global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Default));
        }
        // 18. CreateGlobalVarBinding(vn, true).
        foreach (var name in d.VarNames) CreateGlobalVarBinding(global, name);
    }

    /// <summary>9.1.1.4.16 CanDeclareGlobalFunction</summary>
    private static bool CanDeclareGlobalFunction(JsObject global, string name)
    {
        if (!global.GetOwnProperty(name, out var existing)) return global.IsExtensible();
        return existing.Configurable || (!existing.IsAccessor && existing.Writable && existing.Enumerable);
    }

    /// <summary>9.1.1.4.15 CanDeclareGlobalVar</summary>
    private static bool CanDeclareGlobalVar(JsObject global, string name) => global.HasOwnProperty(name) || global.IsExtensible();

    /// <summary>9.1.1.4.17 CreateGlobalVarBinding with D = true (a deletable var made by eval).</summary>
    private static void CreateGlobalVarBinding(JsObject global, string name)
    {
        if (!global.HasOwnProperty(name) && global.IsExtensible())
            global.DefinePropertyOrThrow(name, PropertyDescriptor.Data(JsValue.Undefined, PropertyFlags.Default));
    }
}
