using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

public sealed partial class Interpreter
{
    /// <summary>[[Call]] of generator, async and async generator functions.</summary>
    private JsValue CallSpecialFunction(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args) => fn.Template.Kind switch
    {
        FunctionKind.Generator => StartGenerator(fn, thisArg, args),
        FunctionKind.AsyncGenerator => StartAsyncGenerator(fn, thisArg, args),
        _ => StartAsyncFunction(fn, thisArg, args),
    };

    /// <summary>19.2.1.1 PerformEval for a direct call: the code sees the caller's scope, this and new.target.</summary>
    private JsValue PerformDirectEval(Frame f, JsValue x, Compiling.Scope callSiteScope)
    {
        if (!x.IsString) return x;
        // Sloppy eval at the top of a global script declares globals: that is global eval.
        if (f.Template.Kind == Compiling.FunctionKind.Script && !f.Template.Strict && callSiteScope.Parent is null)
            return _engine.EvaluateScript(f.Realm, x.String, "eval", false);
        var template = _engine.CompileDirectEval(x.String, callSiteScope, f.Template.Strict);
        var fn = new ScriptFunction(f.Realm, template, f.Ctx, null)
        {
            LexicalThis = f.This,
            LexicalNewTarget = f.NewTarget,
            LexicalFunction = f.Function,
        };
        fn.HomeObject = HomeObjectOf(f);
        return fn.Call(f.This, []);
    }

    /// <summary>19.2.1 eval(x): compiles and runs code in the global scope (direct eval is treated as indirect).</summary>
    internal JsValue PerformEval(Realm realm, JsValue x, bool strictCaller, bool direct)
    {
        if (!x.IsString) return x;
        return _engine.EvaluateScript(realm, x.String, "eval", strictCaller && direct);
    }
}
