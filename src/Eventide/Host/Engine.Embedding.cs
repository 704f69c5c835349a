using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>The embedding surface: exchanging values and calling into scripts from .NET.</summary>
public sealed partial class Engine
{
    /// <summary>Evaluates a script and returns its completion value (e.g. <c>Evaluate("1 + 2")</c> is 3).</summary>
    public JsValue Evaluate(string source) => Execute(source, "<evaluate>");

    /// <summary>Defines or overwrites a global variable.</summary>
    public Engine SetValue(string name, JsValue value)
    {
        using var entry = Enter();
        Realm.GlobalObject.Set(name, value, Realm.GlobalObject);
        return this;
    }

    /// <summary>Defines a global with a .NET value converted by <see cref="FromClr"/>.</summary>
    public Engine SetValue(string name, object? value) => SetValue(name, FromClr(value));

    /// <summary>
    /// Defines a global function implemented in .NET. An exception it throws reaches the script as
    /// a JS Error with the exception's message; uncaught, it comes back to the host as a
    /// <see cref="JsException"/> whose InnerException is the original (see <see cref="ScriptErrorFor"/>).
    /// </summary>
    public Engine SetValue(string name, Func<JsValue[], JsValue> function) => SetValue(name, HostFunction(name, function));

    /// <summary>The value of a global variable (lexical declarations first, then the global object).</summary>
    public JsValue GetValue(string name)
    {
        using var entry = Enter();
        if (Realm.GlobalLexicals.TryGetValue(name, out var binding) && !binding.Value.IsHole) return binding.Value;
        return Realm.GlobalObject.Get(name);
    }

    /// <summary>Calls a global function by name with .NET arguments.</summary>
    public JsValue Invoke(string functionName, params object?[] args) => Invoke(GetValue(functionName), args);

    /// <summary>Calls a function value with .NET arguments (this = undefined).</summary>
    public JsValue Invoke(JsValue function, params object?[] args)
    {
        using var entry = Enter();
        if (function.AsFunction is not { } fn) throw new JsException(Realm.CreateError(ErrorKind.TypeError, $"{Operations.ToDisplay(function)} is not a function"));
        var jsArgs = args.Select(FromClr).ToArray();
        return fn.Call(JsValue.Undefined, jsArgs);
    }
}
