using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>Object constructor, Reflect, Proxy, Boolean, Function constructor.</summary>
    private static void SetupObjects(Realm realm)
    {
        ObjectConstructor.Setup(realm);
        FunctionConstructor.Setup(realm);
        BooleanConstructor.Setup(realm);
        ReflectObject.Setup(realm);
        ProxyObject.Setup(realm);
    }
}
