using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>[[Call]] of generator, async and async generator functions.</summary>
    private JsValue CallSpecialFunction(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args) => fn.Template.Kind switch
    {
        FunctionKind.Generator => StartGenerator(fn, thisArg, args),
        FunctionKind.AsyncGenerator => StartAsyncGenerator(fn, thisArg, args),
        _ => StartAsyncFunction(fn, thisArg, args),
    };

    /// <summary>19.2.1 eval(x): compiles and runs code in the global scope (direct eval is treated as indirect).</summary>
    internal JsValue PerformEval(Realm realm, JsValue x, bool strictCaller, bool direct)
    {
        if (!x.IsString) return x;
        return _engine.EvaluateScript(realm, x.String, "eval", strictCaller && direct);
    }
}
