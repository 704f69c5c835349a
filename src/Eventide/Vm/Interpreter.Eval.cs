using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>19.2.1.1 PerformEval for a direct call: the code sees the caller's scope, this, new.target and home object.</summary>
    private JsValue PerformDirectEvalAt(Frame f, JsValue x, Scope callSiteScope)
    {
        if (!x.IsString) return x;
        var template = _engine.CompileDirectEval(x.String, callSiteScope, f.Template.Strict, EvalSiteOf(f));
        var fn = new ScriptFunction(f.Realm, template, f.Ctx, null)
        {
            LexicalThis = f.This,
            LexicalNewTarget = f.NewTargetValue,
            LexicalFunction = f.Function,
        };
        fn.HomeObject = HomeObjectOf(f);
        return fn.Call(f.This, []);
    }

    /// <summary>19.2.1.1 PerformEval for an indirect call: eval code over the global environment, this = the global object.</summary>
    internal JsValue PerformIndirectEval(Realm realm, JsValue x)
    {
        if (!x.IsString) return x;
        return RunIndirectEval(realm, _engine.CompileIndirectEval(x.String));
    }

    /// <summary>PerformEval steps 16-30 for indirect eval code: runs it over <paramref name="realm"/>'s global environment.</summary>
    internal JsValue RunIndirectEval(Realm realm, FunctionTemplate template)
    {
        var saved = Realm.Enter(realm);
        try
        {
            var fn = new ScriptFunction(realm, template, null, null) { LexicalThis = realm.GlobalObject };
            return fn.Call(realm.GlobalObject, []);
        }
        finally
        {
            Realm.Restore(saved);
        }
    }

    /// <summary>PerformEval steps 5-6: what the function around the call (skipping arrows and eval code) allows.</summary>
    private static EvalSite EvalSiteOf(Frame f)
    {
        var fn = f.Function;
        while (fn is not null && fn.Template.IsArrowLike) fn = fn.LexicalFunction;
        var kind = fn?.Template.Kind ?? FunctionKind.Script;
        bool inFunction = fn is not null && kind != FunctionKind.Script;
        return new EvalSite(
            AllowNewTarget: inFunction,
            AllowSuperProperty: HomeObjectOf(f) is not null,
            AllowSuperCall: kind == FunctionKind.DerivedConstructor,
            InClassFieldInitializer: kind == FunctionKind.ClassFieldInit);
    }
}
