namespace Eventide.Runtime;

internal sealed partial class Realm
{
    /// <summary>%Object.prototype.toString%, the fallback of Array.prototype.toString when join is not callable.</summary>
    public JsValue ObjectPrototypeToString;
}
