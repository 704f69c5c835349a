using Eventide.Host;
using Eventide.Runtime;

namespace Eventide;

/// <summary>Conversions of a <see cref="JsValue"/> to .NET without an engine at hand.</summary>
public static class JsValueExtensions
{
    /// <summary>The value as a .NET object by <see cref="Engine.ToClr(JsValue)"/>'s untyped rules (number → double, array → object?[], object → dictionary, host object → its .NET object).</summary>
    public static object? ToObject(this JsValue value) => Engine.ToClr(value);
}
