namespace Eventide.Runtime;

internal sealed partial class Realm
{
    /// <summary>%DisposableStack.prototype% and %AsyncDisposableStack.prototype%.</summary>
    public JsObject DisposableStackPrototype = null!;
    public JsObject AsyncDisposableStackPrototype = null!;
}
