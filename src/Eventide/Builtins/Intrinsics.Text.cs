using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>String, Number, Math, BigInt, global number/URI functions.</summary>
    private static void SetupText(Realm realm)
    {
        GlobalFunctions.Setup(realm);
        StringConstructor.Setup(realm);
        NumberConstructor.Setup(realm);
        BigIntConstructor.Setup(realm);
        MathObject.Setup(realm);
    }
}
