using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>ArrayBuffer, SharedArrayBuffer, DataView, %TypedArray% and its constructors, Atomics.</summary>
    private static void SetupBinary(Realm realm)
    {
        ArrayBufferConstructor.Setup(realm);
        SharedArrayBufferConstructor.Setup(realm);
        DataViewConstructor.Setup(realm);
        TypedArrayConstructor.Setup(realm);
        Uint8ArrayBase64.Setup(realm);
        AtomicsObject.Setup(realm);
    }
}
