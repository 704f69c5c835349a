using System.Buffers;
using Eventide.Builtins;

namespace Eventide.Runtime;

/// <summary>
/// Builds a long string in a buffer rented from the shared pool, so the result is the only new
/// allocation: a StringBuilder sized for a 100 KB result is itself a large-object allocation
/// (each one counts towards a full collection), and one that grows allocates chunk after chunk.
/// Dispose returns the buffer.
/// </summary>
internal ref struct PooledStringBuilder
{
    private char[] _buffer;
    private int _length;

    public PooledStringBuilder(int capacity) => _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    public readonly int Length => _length;

    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _buffer.Length - _length) Grow(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(char c)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = c;
    }

    private void Grow(int extra)
    {
        long needed = (long)_length + extra;
        if (needed > StringPrototype.MaxStringLength) throw JsException.RangeError("Invalid string length");
        var bigger = ArrayPool<char>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _buffer.Length), Array.MaxLength));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public readonly override string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null!;
    }
}
