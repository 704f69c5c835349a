using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.2.5 Properties of the SharedArrayBuffer Prototype Object.</summary>
internal static class SharedArrayBufferPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 25.2.5.1 get SharedArrayBuffer.prototype.byteLength
        realm.DefineGetter(proto, "byteLength", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get SharedArrayBuffer.prototype.byteLength", shared: true).ByteLength);
        // 25.2.5.3 SharedArrayBuffer.prototype.grow ( newLength )
        realm.DefineMethod(proto, "grow", 1, (thisValue, args) =>
        {
            const string method = "SharedArrayBuffer.prototype.grow";
            var o = ArrayBufferConstructor.ThisBuffer(thisValue, method, shared: true);
            if (!o.IsResizable) throw ArrayBufferConstructor.IncompatibleReceiver(method, thisValue);
            double newByteLength = Operations.ToIntegerOrInfinity(args.At(0));
            if (newByteLength < 0 || newByteLength > 9007199254740991d) throw JsException.RangeError($"{method}: Invalid length parameter");
            if (newByteLength > o.MaxByteLength || newByteLength < o.ByteLength) throw JsException.RangeError($"{method}: Invalid length parameter");
            o.SetLength((int)newByteLength);
            return JsValue.Undefined;
        });
        // 25.2.5.4 get SharedArrayBuffer.prototype.growable
        realm.DefineGetter(proto, "growable", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get SharedArrayBuffer.prototype.growable", shared: true).IsResizable);
        // 25.2.5.5 get SharedArrayBuffer.prototype.maxByteLength
        realm.DefineGetter(proto, "maxByteLength", (thisValue, _) =>
        {
            var o = ArrayBufferConstructor.ThisBuffer(thisValue, "get SharedArrayBuffer.prototype.maxByteLength", shared: true);
            return o.IsResizable ? o.MaxByteLength : o.ByteLength;
        });
        // 25.2.5.6 SharedArrayBuffer.prototype.slice ( start, end )
        realm.DefineMethod(proto, "slice", 2, (thisValue, args) =>
            ArrayBufferConstructor.Slice(realm, ArrayBufferConstructor.ThisBuffer(thisValue, "SharedArrayBuffer.prototype.slice", shared: true), args, "SharedArrayBuffer.prototype.slice"));
        // 25.2.5.7 SharedArrayBuffer.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "SharedArrayBuffer", PropertyFlags.Configurable);
    }
}
