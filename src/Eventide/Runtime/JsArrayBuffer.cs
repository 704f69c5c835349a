namespace Eventide.Runtime;

/// <summary>
/// An ArrayBuffer or SharedArrayBuffer (25.1, 25.2): [[ArrayBufferData]] is a byte[] of exactly
/// [[ArrayBufferByteLength]] bytes (null once detached); a resizable buffer reallocates on resize.
/// An immutable buffer (proposal-immutable-arraybuffer) is fixed-length and can never be detached or
/// written after its allocation: every write path checks <see cref="IsImmutable"/> first.
/// </summary>
internal sealed class JsArrayBuffer : JsObject
{
    /// <summary>The largest buffer .NET can hold in one array.</summary>
    public const long MaxLength = 0x7FFFFFC7;

    internal byte[]? Data;
    /// <summary>[[ArrayBufferMaxByteLength]], or -1 for a fixed-length buffer.</summary>
    internal readonly long MaxByteLength;
    internal readonly bool IsShared;
    /// <summary>[[ArrayBufferIsImmutable]] (IsImmutableBuffer): set at allocation, never changes.</summary>
    internal readonly bool IsImmutable;
    /// <summary>[[ArrayBufferDetachKey]]</summary>
    internal JsValue DetachKey = JsValue.Undefined;

    internal JsArrayBuffer(JsObject prototype, byte[] data, long maxByteLength = -1, bool shared = false, bool immutable = false) : base(prototype)
    {
        Data = data;
        MaxByteLength = maxByteLength;
        IsShared = shared;
        IsImmutable = immutable;
    }

    internal override string ClassName => IsShared ? "SharedArrayBuffer" : "ArrayBuffer";

    /// <summary>25.1.3.4 IsDetachedBuffer</summary>
    public bool IsDetached => Data is null;

    /// <summary>[[ArrayBufferByteLength]]: 0 once detached.</summary>
    public int ByteLength => Data?.Length ?? 0;

    /// <summary>25.1.3.9 IsFixedLengthArrayBuffer (negated)</summary>
    public bool IsResizable => MaxByteLength >= 0;

    /// <summary>The bytes, for hosts (empty once detached).</summary>
    public Span<byte> Bytes => Data ?? [];

    /// <summary>25.1.3.5 DetachArrayBuffer</summary>
    public void Detach(JsValue key = default)
    {
        if (IsShared) throw JsException.TypeError("Cannot detach a SharedArrayBuffer");
        if (IsImmutable) throw JsException.TypeError("Cannot detach an immutable ArrayBuffer");
        if (!JsValue.SameValue(DetachKey, key)) throw JsException.TypeError("Cannot detach ArrayBuffer: wrong detach key");
        Data = null;
    }

    /// <summary>Sets a new length, keeping the common prefix and zero-filling the rest (resize and grow).</summary>
    internal void SetLength(int newLength)
    {
        var data = Data!;
        if (newLength == data.Length) return;
        Vm.ExecutionBudget.BeforeAllocating(newLength);
        Array.Resize(ref data, newLength);
        Data = data;
    }

    /// <summary>Allocates a zeroed block, or throws RangeError as 25.1.3.1 CreateByteDataBlock does when it cannot.</summary>
    internal static byte[] CreateByteDataBlock(long size)
    {
        if (size > MaxLength) throw JsException.RangeError("Array buffer allocation failed");
        if (size == 0) return [];
        Vm.ExecutionBudget.BeforeAllocating(size);
        try { return new byte[size]; }
        catch (OutOfMemoryException) { throw JsException.RangeError("Array buffer allocation failed"); }
    }
}
