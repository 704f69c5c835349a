namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // DisposableStack and AsyncDisposableStack are created on first use (Builtins/Intrinsics.Disposal.cs).
    internal LazyIntrinsic DisposableStack = null!;
    internal LazyIntrinsic AsyncDisposableStack = null!;

    /// <summary>%DisposableStack.prototype% and %AsyncDisposableStack.prototype%, set by their setup, which the first read runs.</summary>
    public JsObject DisposableStackPrototype { get => field ?? DisposableStack.Prototype; set; }
    public JsObject AsyncDisposableStackPrototype { get => field ?? AsyncDisposableStack.Prototype; set; }
}
