namespace Eventide.Runtime;

internal sealed partial class Realm
{
    /// <summary>Symbol.for('nodejs.util.inspect.custom'): objects customize their inspection with it.</summary>
    internal JsSymbol? InspectCustomSymbol;
    /// <summary>util.inspect as a function (passed to custom inspectors as their third argument).</summary>
    internal JsFunction? InspectFunction;
}
