using System.Runtime.InteropServices;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>Iterator.prototype.chunks's closure (iterator-chunking): arrays of chunkSize values, the last one shorter.</summary>
internal sealed class ChunksHelper(Realm realm, IteratorRecord iterated, int chunkSize) : IteratorHelper(realm.IteratorHelperPrototype, iterated)
{
    private readonly List<JsValue> _buffer = new();
    private bool _exhausted;

    protected override bool Step(out JsValue value)
    {
        value = default;
        if (_exhausted) return false;
        while (true)
        {
            // a-b. Let value be ? IteratorStepValue(iterated); when done, yield what the buffer holds (if anything), then return.
            if (!Underlying!.Step(out var item))
            {
                _exhausted = true;
                if (_buffer.Count == 0) return false;
                value = TakeBuffer();
                return true;
            }
            // c-d. Append value to buffer; if it has chunkSize values, Yield(CreateArrayFromList(buffer)) and empty it.
            _buffer.Add(item);
            if (_buffer.Count == chunkSize)
            {
                value = TakeBuffer();
                return true;
            }
        }
    }

    private JsArray TakeBuffer()
    {
        var chunk = realm.NewArray(CollectionsMarshal.AsSpan(_buffer));
        _buffer.Clear();
        return chunk;
    }

    /// <summary>The final chunk is yielded after the underlying iterator is done: then there is nothing to close.</summary>
    protected override void CloseAtYield()
    {
        if (!_exhausted) Underlying!.Close();
    }
}

/// <summary>Iterator.prototype.windows's closure (iterator-chunking): sliding windows of windowSize values.</summary>
internal sealed class WindowsHelper(Realm realm, IteratorRecord iterated, int windowSize, bool allowPartial) : IteratorHelper(realm.IteratorHelperPrototype, iterated)
{
    private readonly Queue<JsValue> _buffer = new();
    private bool _exhausted;

    protected override bool Step(out JsValue value)
    {
        value = default;
        if (_exhausted) return false;
        while (true)
        {
            // a-b. Let value be ? IteratorStepValue(iterated); when done, "allow-partial" yields a window that never filled, then returns.
            if (!Underlying!.Step(out var item))
            {
                _exhausted = true;
                if (!allowPartial || _buffer.Count == 0 || _buffer.Count == windowSize) return false;
                value = Window();
                return true;
            }
            // c-d. If buffer has windowSize values, remove the first; append value.
            if (_buffer.Count == windowSize) _buffer.Dequeue();
            _buffer.Enqueue(item);
            // e. If buffer has windowSize values, Yield(CreateArrayFromList(buffer)).
            if (_buffer.Count == windowSize)
            {
                value = Window();
                return true;
            }
        }
    }

    private JsArray Window()
    {
        var items = new JsValue[_buffer.Count];
        _buffer.CopyTo(items, 0);
        return new JsArray(realm.ArrayPrototype, items, items.Length);
    }

    /// <summary>The partial window is yielded after the underlying iterator is done: then there is nothing to close.</summary>
    protected override void CloseAtYield()
    {
        if (!_exhausted) Underlying!.Close();
    }
}
