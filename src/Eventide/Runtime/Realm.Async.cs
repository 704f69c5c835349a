namespace Eventide.Runtime;

public sealed partial class Realm
{
    /// <summary>%Promise% and %Promise.prototype%.</summary>
    public FunctionObject PromiseConstructor = null!;
    public JsObject PromisePrototype = null!;
    /// <summary>%AsyncIteratorPrototype% and %AsyncFromSyncIteratorPrototype%.</summary>
    public JsObject AsyncIteratorPrototype = null!;
    public JsObject AsyncFromSyncIteratorPrototype = null!;
}
