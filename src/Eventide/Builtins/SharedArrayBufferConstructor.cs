using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.2.3 The SharedArrayBuffer Constructor and 25.2.4 its properties (one agent: a shared buffer is a buffer that never detaches).</summary>
internal static class SharedArrayBufferConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.SharedArrayBufferPrototype = proto;
        // 25.2.3.1 SharedArrayBuffer ( length [ , options ] )
        var ctor = realm.DefineConstructor("SharedArrayBuffer", 1, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor SharedArrayBuffer requires 'new'");
            long byteLength = ArrayBufferConstructor.ToByteLength(args.At(0));
            long max = ArrayBufferConstructor.GetArrayBufferMaxByteLengthOption(args.At(1));
            return ArrayBufferConstructor.AllocateArrayBuffer(realm, newTarget, byteLength, max, shared: true);
        }, proto);
        realm.SharedArrayBufferConstructor = ctor;
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        SharedArrayBufferPrototype.Setup(realm, proto);
    }
}
