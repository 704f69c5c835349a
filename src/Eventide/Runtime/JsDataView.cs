namespace Eventide.Runtime;

/// <summary>A DataView (25.3): a window on a buffer, fixed or tracking a resizable buffer's length.</summary>
internal sealed class JsDataView : JsObject
{
    /// <summary>[[ViewedArrayBuffer]]</summary>
    public readonly JsArrayBuffer Buffer;
    /// <summary>[[ByteOffset]]</summary>
    public readonly int ByteOffset;
    /// <summary>[[ByteLength]], or -1 (auto) when the view tracks its buffer's length.</summary>
    private readonly int _fixedByteLength;

    internal JsDataView(JsObject prototype, JsArrayBuffer buffer, int byteOffset, int byteLength) : base(prototype)
    {
        Buffer = buffer;
        ByteOffset = byteOffset;
        _fixedByteLength = byteLength;
    }

    internal override string ClassName => "DataView";

    /// <summary>True when the view tracks its (resizable) buffer's length.</summary>
    public bool IsLengthTracking => _fixedByteLength < 0;

    /// <summary>25.3.1.3 IsViewOutOfBounds (detached counts as out of bounds)</summary>
    public bool IsOutOfBounds
    {
        get
        {
            var data = Buffer.Data;
            if (data is null || ByteOffset > data.Length) return true;
            return _fixedByteLength >= 0 && ByteOffset + (long)_fixedByteLength > data.Length;
        }
    }

    /// <summary>25.3.1.2 GetViewByteLength (the view must be in bounds)</summary>
    public int ViewByteLength => _fixedByteLength >= 0 ? _fixedByteLength : Buffer.ByteLength - ByteOffset;
}
