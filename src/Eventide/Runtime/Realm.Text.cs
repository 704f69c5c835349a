namespace Eventide.Runtime;

internal sealed partial class Realm
{
    // Set up by the String, Number, BigInt and Math builtins.
    public JsObject StringIteratorPrototype = null!;
    public JsFunction StringConstructor = null!;
    public JsFunction NumberConstructor = null!;
    public JsFunction BigIntConstructor = null!;
    /// <summary>RegExp.$1 and the other legacy statics: this realm's last successful match.</summary>
    internal readonly Builtins.RegExpLegacyStatics RegExpStatics = new();
}
