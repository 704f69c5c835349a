using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// Creates every intrinsic of a realm, in dependency order (9.3.2 CreateIntrinsics). Each group
/// lives in its own partial file (Intrinsics.Group.cs) so its builtins are wired in one place.
/// </summary>
internal static partial class Intrinsics
{
    public static void Setup(Realm realm)
    {
        ObjectPrototype.Setup(realm);
        FunctionPrototype.Setup(realm);
        ErrorConstructors.Setup(realm);
        IteratorPrototype.Setup(realm);
        SymbolConstructor.Setup(realm);
        SetupObjects(realm);
        SetupArrays(realm);
        SetupIterators(realm);
        SetupBinary(realm);
        SetupText(realm);
        SetupCollections(realm);
        SetupTemporal(realm);
        SetupRegExp(realm);
        SetupAsync(realm);
        SetupDisposal(realm);
        SetupShadowRealm(realm);
        DynamicFunctionConstructors.Setup(realm);
        GlobalObject.Setup(realm);
        if (!realm.IsShadowRealm) SetupHost(realm);
    }
}
