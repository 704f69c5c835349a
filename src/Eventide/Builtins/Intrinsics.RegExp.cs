using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>RegExp, created on first use (LazyIntrinsic): the first regex literal, or the first read of the global.</summary>
    private static void SetupRegExp(Realm realm)
    {
        realm.RegExp = LazyIntrinsic.Define(realm.GlobalObject, "RegExp", () => RegExpConstructor.Setup(realm));
        // Regex literals evaluate to a fresh RegExp object (13.2.7.3).
        realm.RegExpFactory = (pattern, flags) =>
        {
            var o = new JsRegExp(realm.RegExpPrototype);
            o.Initialize(pattern, flags);
            return o;
        };
    }
}
