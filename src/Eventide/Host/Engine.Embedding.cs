using System.Numerics;
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

    /// <summary>Converts a .NET value: null, bool, numbers, string, BigInteger, JsValue, JsObject, delegates (async ones return promises),
    /// async sequences (async iterables, see <see cref="FromAsyncEnumerable{T}"/>), arrays and dictionaries.</summary>
    public JsValue FromClr(object? value) => value switch
    {
        null => JsValue.Null,
        JsValue v => v,
        JsObject o => o,
        string s => s,
        bool b => b,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        decimal m => (double)m,
        BigInteger bi => new JsBigInt(bi),
        Func<JsValue[], JsValue> fn => HostFunction("", fn),
        Func<JsValue[], Task<JsValue>> fn => HostAsyncFunction("", (args, _) => fn(args)),
        IAsyncEnumerable<JsValue> stream => FromAsyncEnumerable(stream),
        IAsyncEnumerable<object?> stream => FromAsyncEnumerable(stream),
        IAsyncEnumerable<int> stream => FromAsyncEnumerable(stream),
        IAsyncEnumerable<double> stream => FromAsyncEnumerable(stream),
        System.Collections.IDictionary dict => FromDictionary(dict),
        System.Collections.IEnumerable list => Realm.NewArray(list.Cast<object?>().Select(FromClr).ToArray()),
        _ => throw new ArgumentException($"Cannot convert {value.GetType().Name} to a JavaScript value"),
    };

    private JsObject FromDictionary(System.Collections.IDictionary dict)
    {
        var o = Realm.NewObject();
        foreach (System.Collections.DictionaryEntry e in dict) o.CreateDataProperty(Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", FromClr(e.Value));
        return o;
    }

    /// <summary>Converts a JavaScript value to .NET: undefined/null → null, numbers → double, arrays → object?[], objects → dictionaries.</summary>
    public static object? ToClr(JsValue value) => value.Type switch
    {
        JsType.Undefined or JsType.Null => null,
        JsType.Boolean => value.Boolean,
        JsType.Number => value.Number,
        JsType.String => value.String,
        JsType.BigInt => value.BigInt.Value,
        JsType.Symbol => value.Symbol,
        _ when value.Object is JsArray a => Enumerable.Range(0, (int)a.Length).Select(i => ToClr(a.Get(new PropertyKey((uint)i)))).ToArray(),
        _ when value.Object is JsFunction => value.Object,
        _ => value.Object.OwnPropertyKeys()
            .Where(k => k.IsString && value.Object.GetOwnProperty(k, out var d) && d.Enumerable)
            .ToDictionary(k => k.Name, k => ToClr(value.Object.Get(k))),
    };
}
