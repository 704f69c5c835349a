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
}
