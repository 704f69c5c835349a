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
    /// <summary>RegExp, created on first use (Builtins/Intrinsics.RegExp.cs): a regex literal, the
    /// constructor's global or a realm's reference to either creates it.</summary>
    internal LazyIntrinsic RegExp = null!;
    public JsObject RegExpPrototype { get => field ?? RegExp.Prototype; set; }
    public JsFunction RegExpConstructor { get => field ?? (JsFunction)RegExp.Value; set; }
    public JsObject RegExpStringIteratorPrototype = null!;
    /// <summary>The original %RegExp.prototype.exec%, so the common case can skip observable lookups.</summary>
    public JsFunction? RegExpExec;
    /// <summary>Whether RegExp.prototype and RegExp still hold what the builtins read (Builtins/RegExpIntact.cs).</summary>
    internal Builtins.RegExpIntact? RegExpIntact;
    /// <summary>The shape of an exec result (an array with index, input, groups), once one was built.</summary>
    internal Shape? RegExpResultShape;
}
