using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.3.2 The DataView Constructor.</summary>
internal static class DataViewConstructor
{
    /// <summary>Creates %DataView.prototype% and returns the constructor (installed on first use, see Intrinsics.Binary).</summary>
    public static JsFunction Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.DataViewPrototype = proto;
        // 25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )
        var ctor = realm.DefineConstructor("DataView", 1, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor DataView requires 'new'");
            if (args.At(0).Ref is not JsArrayBuffer buffer) throw JsException.TypeError("First argument to DataView constructor must be an ArrayBuffer");
            double offset = Operations.ToIntegerOrInfinity(args.At(1));
            if (offset < 0 || offset > 9007199254740991d) throw JsException.RangeError($"Start offset {NumberConversions.ToString(offset)} is outside the bounds of the buffer");
            if (buffer.IsDetached) throw Detached("DataView");
            long bufferByteLength = buffer.ByteLength;
            if (offset > bufferByteLength) throw JsException.RangeError($"Start offset {NumberConversions.ToString(offset)} is outside the bounds of the buffer");
            var byteLengthArg = args.At(2);
            long viewByteLength;
            if (byteLengthArg.IsUndefined) viewByteLength = buffer.IsResizable ? -1 : bufferByteLength - (long)offset;
            else
            {
                double requested = Operations.ToIntegerOrInfinity(byteLengthArg);
                if (requested < 0 || requested > 9007199254740991d || offset + requested > bufferByteLength)
                    throw JsException.RangeError($"Invalid DataView length {NumberConversions.ToString(requested)}");
                viewByteLength = (long)requested;
            }
            var prototype = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.DataViewPrototype);
            // The prototype lookup ran user code: the buffer may have been detached or resized.
            if (buffer.IsDetached) throw Detached("DataView");
            bufferByteLength = buffer.ByteLength;
            if (offset > bufferByteLength) throw JsException.RangeError($"Start offset {NumberConversions.ToString(offset)} is outside the bounds of the buffer");
            if (!byteLengthArg.IsUndefined && offset + viewByteLength > bufferByteLength)
                throw JsException.RangeError($"Invalid DataView length {viewByteLength}");
            return new JsDataView(prototype, buffer, (int)offset, (int)viewByteLength);
        }, proto, global: false);
        DataViewPrototype.Setup(realm, proto);
        return ctor;
    }

    /// <summary>V8's TypeError for an operation on a detached (or out-of-bounds) buffer.</summary>
    internal static JsException Detached(string method) => JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");
}
