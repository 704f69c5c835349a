using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 25.4 The Atomics Object. Engines on other threads may share a block (agents): the operations run
/// inside the process-wide critical section of <see cref="AtomicsWaiterLists"/>, which also holds the
/// waiter lists that wait and notify use across engines.
/// </summary>
internal static class AtomicsObject
{
    private enum Op { Add, And, Exchange, Or, Sub, Xor }

    /// <summary>Creates the Atomics object (installed on first use, see Intrinsics.Binary).</summary>
    public static JsObject Setup(Realm realm)
    {
        var atomics = new JsObject(realm.ObjectPrototype);
        ReadModifyWrite(realm, atomics, "add", Op.Add);
        ReadModifyWrite(realm, atomics, "and", Op.And);
        ReadModifyWrite(realm, atomics, "exchange", Op.Exchange);
        ReadModifyWrite(realm, atomics, "or", Op.Or);
        ReadModifyWrite(realm, atomics, "sub", Op.Sub);
        ReadModifyWrite(realm, atomics, "xor", Op.Xor);
        // 25.4.6 Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue )
        realm.DefineMethod(atomics, "compareExchange", 4, (_, args) =>
        {
            var ta = ValidateIntegerTypedArray(args.At(0), waitable: false, write: true);
            int byteIndex = ValidateAtomicAccess(ta, args.At(1));
            var expected = ToIntegerValue(ta, args.At(2));
            var replacement = ToIntegerValue(ta, args.At(3));
            Revalidate(ta, byteIndex);
            var data = ta.Buffer.Data!;
            lock (AtomicsWaiterLists.CriticalSection)
            {
                var old = ElementTypes.Read(data, byteIndex, ta.Type);
                // Compared as raw bytes: the expected value converted to the element type.
                if (JsValue.SameValue(old, ElementTypes.Normalize(ta.Type, expected))) ElementTypes.Write(data, byteIndex, ta.Type, replacement);
                return old;
            }
        });
        // 25.4.8 Atomics.isLockFree ( size )
        realm.DefineMethod(atomics, "isLockFree", 1, (_, args) => Operations.ToIntegerOrInfinity(args.At(0)) is 1 or 2 or 4 or 8);
        // 25.4.9 Atomics.load ( typedArray, index )
        realm.DefineMethod(atomics, "load", 2, (_, args) =>
        {
            var ta = ValidateIntegerTypedArray(args.At(0), waitable: false);
            int byteIndex = ValidateAtomicAccess(ta, args.At(1));
            Revalidate(ta, byteIndex);
            lock (AtomicsWaiterLists.CriticalSection) return ElementTypes.Read(ta.Buffer.Data!, byteIndex, ta.Type);
        });
        AtomicsPause.Define(realm, atomics);
        // 25.4.11 Atomics.store ( typedArray, index, value )
        realm.DefineMethod(atomics, "store", 3, (_, args) =>
        {
            var ta = ValidateIntegerTypedArray(args.At(0), waitable: false, write: true);
            int byteIndex = ValidateAtomicAccess(ta, args.At(1));
            var v = ToIntegerValue(ta, args.At(2));
            Revalidate(ta, byteIndex);
            lock (AtomicsWaiterLists.CriticalSection) ElementTypes.Write(ta.Buffer.Data!, byteIndex, ta.Type, v);
            return v;
        });
        // 25.4.13 Atomics.wait ( typedArray, index, value, timeout )
        realm.DefineMethod(atomics, "wait", 4, (_, args) => DoWait(realm, args, async: false));
        // 25.4.14 Atomics.waitAsync ( typedArray, index, value, timeout )
        realm.DefineMethod(atomics, "waitAsync", 4, (_, args) => DoWait(realm, args, async: true));
        // 25.4.15 Atomics.notify ( typedArray, index, count )
        realm.DefineMethod(atomics, "notify", 3, (_, args) =>
        {
            // 1-2. ValidateIntegerTypedArray(typedArray, true); ValidateAtomicAccess(taRecord, index).
            var ta = ValidateIntegerTypedArray(args.At(0), waitable: true);
            int byteIndex = ValidateAtomicAccess(ta, args.At(1));
            // 3. If count is undefined, let c be +∞; else let c be max(? ToIntegerOrInfinity(count), 0).
            double c = args.At(2).IsUndefined ? double.PositiveInfinity : Math.Max(Operations.ToIntegerOrInfinity(args.At(2)), 0);
            // 6. If IsSharedArrayBuffer(buffer) is false, return +0𝔽.
            if (!ta.Buffer.IsShared) return 0;
            return AtomicsWaiterLists.Notify(realm, ta.Buffer.Data!, byteIndex, c);
        });
        atomics.FastSet(WellKnownSymbols.ToStringTag, "Atomics", PropertyFlags.Configurable);
        return atomics;
    }

    /// <summary>25.4.3.1 ValidateIntegerTypedArray</summary>
    private static JsTypedArray ValidateIntegerTypedArray(JsValue value, bool waitable, bool write = false)
    {
        if (value.Ref is not JsTypedArray ta)
            throw JsException.TypeError($"{ArrayPrototype.DescribeValue(value)} is not {(waitable ? "an int32 or BigInt64" : "an integer")} typed array.");
        if (write && ta.IsImmutable) throw ArrayBufferPrototype.Immutable("Atomics operation");
        if (ta.IsOutOfBounds) throw TypedArrayOperations.Detached("Atomics operation");
        bool ok = waitable
            ? ta.Type is ElementType.Int32 or ElementType.BigInt64
            : ta.Type is not (ElementType.Uint8Clamped or ElementType.Float16 or ElementType.Float32 or ElementType.Float64);
        if (!ok) throw JsException.TypeError($"[object {ElementTypes.ArrayName(ta.Type)}] is not {(waitable ? "an int32 or BigInt64" : "an integer")} typed array.");
        return ta;
    }

    /// <summary>25.4.3.2 ValidateAtomicAccess: the byte index of the element in the buffer.</summary>
    private static int ValidateAtomicAccess(JsTypedArray ta, JsValue requestIndex)
    {
        int length = ta.Length;
        double accessIndex = Operations.ToIntegerOrInfinity(requestIndex);
        if (accessIndex < 0 || accessIndex >= length) throw JsException.RangeError("Invalid atomic access index");
        return (int)accessIndex * ta.ElementSize + ta.ByteOffset;
    }

    /// <summary>25.4.3.4 RevalidateAtomicAccess: the conversions may have detached or shrunk the buffer.</summary>
    private static void Revalidate(JsTypedArray ta, int byteIndex)
    {
        if (ta.IsOutOfBounds) throw TypedArrayOperations.Detached("Atomics operation");
        if (byteIndex >= ta.ByteOffset + ta.ByteLength) throw JsException.RangeError("Invalid atomic access index");
    }

    /// <summary>ToBigInt, or ToIntegerOrInfinity as a Number, by content type.</summary>
    private static JsValue ToIntegerValue(JsTypedArray ta, JsValue value) =>
        ta.IsBigInt ? BigIntConstructor.ToBigInt(value) : Operations.ToIntegerOrInfinity(value) + 0.0;

    /// <summary>25.4.3.17 AtomicReadModifyWrite, for one of the six operations.</summary>
    private static void ReadModifyWrite(Realm realm, JsObject atomics, string name, Op op) =>
        realm.DefineMethod(atomics, name, 3, (_, args) =>
        {
            var ta = ValidateIntegerTypedArray(args.At(0), waitable: false, write: true);
            int byteIndex = ValidateAtomicAccess(ta, args.At(1));
            var v = ToIntegerValue(ta, args.At(2));
            Revalidate(ta, byteIndex);
            var data = ta.Buffer.Data!;
            lock (AtomicsWaiterLists.CriticalSection)
            {
                var old = ElementTypes.Read(data, byteIndex, ta.Type);
                JsValue result;
                if (ta.IsBigInt)
                    result = new JsBigInt(new BigInteger(Apply(op, ElementTypes.ToBigUint64(old.BigInt.Value), ElementTypes.ToBigUint64(v.BigInt.Value))));
                else
                    result = (double)(uint)Apply(op, (uint)(long)old.Number, (uint)Operations.DoubleToInt32(v.Number));
                ElementTypes.Write(data, byteIndex, ta.Type, result);
                return old;
            }
        });

    /// <summary>The operation on two's complement bits (the write keeps the element's low bits).</summary>
    private static ulong Apply(Op op, ulong a, ulong b) => op switch
    {
        Op.Add => a + b,
        Op.And => a & b,
        Op.Exchange => b,
        Op.Or => a | b,
        Op.Sub => a - b,
        _ => a ^ b,
    };

    /// <summary>25.4.3.14 DoWait: a sync wait blocks this thread until another agent notifies it, or it times out.</summary>
    private static JsValue DoWait(Realm realm, ReadOnlySpan<JsValue> args, bool async)
    {
        var ta = ValidateIntegerTypedArray(args.At(0), waitable: true);
        if (!ta.Buffer.IsShared) throw JsException.TypeError($"[object {ElementTypes.ArrayName(ta.Type)}] is not a shared typed array.");
        int byteIndex = ValidateAtomicAccess(ta, args.At(1));
        JsValue v = ta.IsBigInt
            ? new JsBigInt(new BigInteger((long)ElementTypes.ToBigUint64(BigIntConstructor.ToBigInt(args.At(2)).Value)))
            : Operations.ToInt32(args.At(2));
        double q = Operations.ToNumber(args.At(3));
        double t = double.IsNaN(q) || double.IsPositiveInfinity(q) ? double.PositiveInfinity : double.IsNegativeInfinity(q) ? 0 : Math.Max(q, 0);
        if (async) return AtomicsWaitAsync.DoWait(realm, ta, byteIndex, v, t);
        return AtomicsWaiterLists.WaitSync(realm, ta, byteIndex, v, t);
    }
}
