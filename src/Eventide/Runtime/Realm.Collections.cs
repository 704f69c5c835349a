namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // Set up by the collection, JSON, Date and RegExp builtins.
    public JsObject MapPrototype = null!;
    public JsObject SetPrototype = null!;
    public JsObject MapIteratorPrototype = null!;
    public JsObject SetIteratorPrototype = null!;
    public JsObject WeakMapPrototype = null!;
    public JsObject WeakSetPrototype = null!;
    public JsObject WeakRefPrototype = null!;
    public JsObject FinalizationRegistryPrototype = null!;
    public JsObject DatePrototype = null!;
    public JsObject RegExpPrototype = null!;
    public JsFunction RegExpConstructor = null!;
    public JsObject RegExpStringIteratorPrototype = null!;
    /// <summary>The original %RegExp.prototype.exec%, so the common case can skip observable lookups.</summary>
    public JsFunction? RegExpExec;
}
