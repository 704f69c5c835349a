namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // Set up by the Iterator builtins (27.1.3 Iterator objects, iterator helpers).
    public JsFunction IteratorConstructor = null!;
    public JsObject IteratorHelperPrototype = null!;
    public JsObject WrapForValidIteratorPrototype = null!;
    /// <summary>The original %IteratorHelperPrototype%.next: iterator records over helpers step them without result objects.</summary>
    public JsFunction? IteratorHelperNext;
}
