using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>ArrayBuffer, SharedArrayBuffer, DataView, %TypedArray% and its constructors, Atomics.</summary>
    private static void SetupBinary(Realm realm)
    {
        ArrayBufferConstructor.Setup(realm);
        SharedArrayBufferConstructor.Setup(realm);
        // DataView and Atomics are created on first use (LazyIntrinsic): few scripts use them, and
        // nothing in node's runtime reads them at start-up.
        realm.DataView = LazyIntrinsic.Define(realm.GlobalObject, "DataView", () => DataViewConstructor.Setup(realm));
        TypedArrayConstructor.Setup(realm);
        Uint8ArrayBase64.Setup(realm);
        LazyIntrinsic.Define(realm.GlobalObject, "Atomics", () => AtomicsObject.Setup(realm));
    }
}
