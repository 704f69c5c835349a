using System.Buffers;

namespace Eventide.Runtime;

/// <summary>
/// A list of values in a buffer rented from the shared pool, for builtins that collect elements
/// before making an array of known size (filter, split, sort): growing a List or a JsArray by
/// doubling allocates about twice the final size, in large-object arrays once past 5,000 values.
/// Dispose clears the used slots (so the pool holds no references) and returns the buffer.
/// </summary>
internal ref struct PooledValueList
{
    private JsValue[] _items;
    private int _count;

    public PooledValueList(int capacity) => _items = ArrayPool<JsValue>.Shared.Rent(Math.Max(capacity, 16));

    public readonly int Count => _count;

    public readonly Span<JsValue> Span => _items.AsSpan(0, _count);

    public void Add(JsValue value)
    {
        if (_count == _items.Length) Grow();
        _items[_count++] = value;
    }

    private void Grow()
    {
        var bigger = ArrayPool<JsValue>.Shared.Rent(Vm.ExecutionBudget.DoubledValueCapacity(_items.Length));
        Span.CopyTo(bigger);
        Release();
        _items = bigger;
    }

    private readonly void Release()
    {
        Span.Clear();
        ArrayPool<JsValue>.Shared.Return(_items);
    }

    public void Dispose()
    {
        if (_items is null) return;
        Release();
        _items = null!;
        _count = 0;
    }
}
