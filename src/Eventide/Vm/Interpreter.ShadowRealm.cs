using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>
    /// ShadowRealm proposal 3.1.1 PerformShadowRealmEval ( sourceText, callerRealm, evalRealm ): indirect-eval
    /// semantics in <paramref name="evalRealm"/>; a syntax error is callerRealm's SyntaxError, any throw becomes
    /// callerRealm's TypeError, and the completion value crosses as a primitive or a wrapped function.
    /// </summary>
    internal JsValue PerformShadowRealmEval(string sourceText, Realm callerRealm, Realm evalRealm)
    {
        // 2. Parse as a Script; an error (or new.target, super in the body) is a SyntaxError.
        FunctionTemplate template;
        try
        {
            template = _engine.CompileIndirectEval(sourceText);
        }
        catch (JsException e) when (!e.HasValue)
        {
            throw callerRealm.Error(e.Kind, e.ErrorMessage);
        }
        // 3-13. The evaluation, in a context of evalRealm (GetShadowRealmContext: a new declarative scope over its global environment).
        JsValue result;
        try
        {
            result = RunIndirectEval(evalRealm, template);
        }
        catch (JsException e)
        {
            // 14. If result is an abrupt completion, throw a TypeError exception (a copy of the error's message).
            throw WrappedFunction.CrossingError(callerRealm, e, "ShadowRealm evaluate threw");
        }
        // 15. Return ? GetWrappedValue(callerRealm, result.[[Value]]).
        return WrappedFunction.GetWrappedValue(callerRealm, result);
    }

    /// <summary>The file the running script or module came from: what an import made from here resolves against.</summary>
    internal string ActiveReferrer() => CurrentFrame is { } f ? ImportReferrer(f, f.Template.Source?.Path ?? "<anonymous>") : "<anonymous>";
}
